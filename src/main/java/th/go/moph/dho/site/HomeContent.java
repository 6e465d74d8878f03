package th.go.moph.dho.site;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * What the home page shows of published content. {@link PublishedContent} keeps its lists
 * of live content until a publication, a withdrawal or the next time a publish window
 * opens or closes, and hands out the same list objects meanwhile; the home page's view is
 * kept as long as they are the same, so the home page can keep its rendered page too, and
 * changes the moment the content does.
 */
@Component
class HomeContent {

	static final int ALERTS = 3;

	static final int NEWS = 6;

	private final PublishedContent content;

	private volatile @Nullable Snapshot snapshot;

	HomeContent(PublishedContent content) {
		this.content = content;
	}

	HomeView get() {
		List<PublishedSummary> alerts = this.content.latest(List.of(SiteSections.ALERTS), ALERTS);
		List<PublishedSummary> news = this.content.latest(SiteSections.HOME_NEWS, NEWS);
		Map<String, PublishedContent.SectionActivity> activity = this.content.activityBySection();
		Snapshot current = this.snapshot;
		if (current != null && current.alerts() == alerts && current.news() == news && current.activity() == activity) {
			return current.view();
		}
		Snapshot next = new Snapshot(alerts, news, activity, new HomeView(alerts, news, lastUpdated(activity)));
		this.snapshot = next;
		return next.view();
	}

	private static @Nullable Instant lastUpdated(Map<String, PublishedContent.SectionActivity> activity) {
		return activity.values()
			.stream()
			.map(PublishedContent.SectionActivity::lastPublishedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The home page's content: newest alerts, newest news, when anything last changed.
	 */
	record HomeView(List<PublishedSummary> alerts, List<PublishedSummary> news, @Nullable Instant lastUpdated) {
	}

	/** A view and the lists it was made from, compared by identity. */
	private record Snapshot(List<PublishedSummary> alerts, List<PublishedSummary> news,
			Map<String, PublishedContent.SectionActivity> activity, HomeView view) {
	}

}
