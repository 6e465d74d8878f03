package th.go.moph.dho.line;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import th.go.moph.dho.thai.ThaiDates;

/**
 * LINE activity counted by kind and Thai calendar day while events are handled in
 * parallel, and taken out now and then to be published as one {@link LineActivity} per
 * kind and day. Every count is taken out exactly once, however the adding and the taking
 * interleave.
 */
final class ActivityTally {

	private final Map<Key, Count> counts = new ConcurrentHashMap<>();

	void add(LineActivity.Kind kind, Instant at) {
		count(kind, at).increment();
	}

	/** Puts back what could not be published, to go with the next round. */
	void putBack(List<LineActivity> activities) {
		activities.forEach(a -> count(a.kind(), a.at()).add(a.count()));
	}

	private LongAdder count(LineActivity.Kind kind, Instant at) {
		Key key = new Key(kind, ThaiDates.toLocal(at).toLocalDate());
		return this.counts.computeIfAbsent(key, k -> new Count(at)).n();
	}

	/** What was counted since the last call. */
	List<LineActivity> takeAll() {
		List<LineActivity> taken = new ArrayList<>();
		this.counts.forEach((key, count) -> {
			long n = count.n().sumThenReset();
			if (n > 0) {
				taken.add(new LineActivity(key.kind(), count.first(), n));
			}
		});
		return taken;
	}

	private record Key(LineActivity.Kind kind, LocalDate day) {
	}

	private record Count(Instant first, LongAdder n) {

		Count(Instant first) {
			this(first, new LongAdder());
		}

	}

}
