package th.go.moph.dho.site;

import java.util.List;

/**
 * Sections the public site gives a special place: the six of public relations, the alerts
 * and the shortcuts to services on the home page.
 */
final class SiteSections {

	static final String PUBLIC_RELATIONS = "public-relations";

	static final String ALERTS = "alerts";

	/**
	 * The six sections of category 7, in the framework's order: the news list's types.
	 */
	static final List<String> NEWS_TYPES = List.of("news", "activity-photos", "alerts", "job-announcements",
			"procurement-announcements", "procurement-results");

	/**
	 * What the home page calls news: everything of category 7 except the alerts, shown
	 * apart.
	 */
	static final List<String> HOME_NEWS = NEWS_TYPES.stream().filter(s -> !s.equals(ALERTS)).toList();

	private SiteSections() {
	}

}
