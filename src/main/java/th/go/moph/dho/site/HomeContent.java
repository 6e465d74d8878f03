package th.go.moph.dho.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import th.go.moph.dho.publishing.PublicationPublished;
import th.go.moph.dho.publishing.PublicationWithdrawn;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * What the home page shows of published content, kept for a short while because the home
 * page is the most visited page. A publication or withdrawal empties it at once (after
 * its transaction commits); the time limit covers items whose publish window opens or
 * closes on its own.
 */
@Component
class HomeContent {

	static final int ALERTS = 3;

	static final int NEWS = 6;

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	private final PublishedContent content;

	private final Clock clock;

	private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

	HomeContent(PublishedContent content, Clock clock) {
		this.content = content;
		this.clock = clock;
	}

	HomeView get() {
		Snapshot current = this.snapshot.get();
		if (current != null && this.clock.instant().isBefore(current.expires())) {
			return current.view();
		}
		// one request reads the database; the others arriving meanwhile wait for its
		// result
		synchronized (this) {
			Instant now = this.clock.instant();
			current = this.snapshot.get();
			if (current == null || !now.isBefore(current.expires())) {
				current = new Snapshot(load(), now.plus(TIME_TO_LIVE));
				this.snapshot.set(current);
			}
			return current.view();
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PublicationPublished event) {
		this.snapshot.set(null);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PublicationWithdrawn event) {
		this.snapshot.set(null);
	}

	private HomeView load() {
		List<PublishedSummary> alerts = this.content.latest(List.of(SiteSections.ALERTS), ALERTS);
		List<PublishedSummary> news = this.content.latest(SiteSections.HOME_NEWS, NEWS);
		Instant lastUpdated = this.content.activityBySection()
			.values()
			.stream()
			.map(PublishedContent.SectionActivity::lastPublishedAt)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new HomeView(alerts, news, lastUpdated);
	}

	/**
	 * The home page's content: newest alerts, newest news, when anything last changed.
	 */
	record HomeView(List<PublishedSummary> alerts, List<PublishedSummary> news, @Nullable Instant lastUpdated) {
	}

	private record Snapshot(HomeView view, Instant expires) {
	}

}
