package th.go.moph.dho.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The lists of live content that every visitor and every LINE user asks for (the newest
 * news, a section, a page of the news list), kept until live content changes: a
 * publication or a withdrawal (after its transaction commits) or the next moment a
 * publish window opens or closes, whichever comes first. Nothing is kept longer than
 * {@link #MAX_AGE}, in case the database was changed behind the application's back.
 */
@Component
class LiveContentCache {

	static final Duration MAX_AGE = Duration.ofMinutes(10);

	/**
	 * Beyond this many lists (e.g. a crawler paging through everything) lists are not
	 * kept.
	 */
	static final int MAX_ENTRIES = 500;

	private final ContentItemRepository items;

	private final Clock clock;

	private final AtomicReference<Generation> current = new AtomicReference<>(Generation.EMPTY);

	LiveContentCache(ContentItemRepository items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	/**
	 * The cached value for this key, or the loader's value, kept for the other readers.
	 * The loader must return an immutable value.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> loader) {
		Generation generation = generation();
		Object value = generation.values().get(key);
		if (value == null) {
			value = loader.get();
			if (generation.values().size() < MAX_ENTRIES) {
				Object raced = generation.values().putIfAbsent(key, value);
				value = raced == null ? value : raced;
			}
		}
		return (T) value;
	}

	/** Forgets everything; the next reader loads again. */
	void clear() {
		this.current.set(Generation.EMPTY);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PublicationPublished event) {
		clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PublicationWithdrawn event) {
		clear();
	}

	private Generation generation() {
		Instant now = this.clock.instant();
		while (true) {
			Generation generation = this.current.get();
			if (now.isBefore(generation.validUntil())) {
				return generation;
			}
			Generation fresh = new Generation(new ConcurrentHashMap<>(), nextChange(now));
			if (this.current.compareAndSet(generation, fresh)) {
				return fresh;
			}
			// another reader started a generation, or a publication cleared the cache:
			// look again
		}
	}

	/**
	 * The next moment an item's publish window opens or closes, at most {@link #MAX_AGE}
	 * away.
	 */
	private Instant nextChange(Instant now) {
		Instant limit = now.plus(MAX_AGE);
		return Stream.of(this.items.nextWindowOpening(now), this.items.nextWindowClosing(now))
			.flatMap(Optional::stream)
			.filter(limit::isAfter)
			.min(Comparator.naturalOrder())
			.orElse(limit);
	}

	private record Generation(Map<Object, Object> values, Instant validUntil) {

		static final Generation EMPTY = new Generation(Map.of(), Instant.MIN);

	}

}
