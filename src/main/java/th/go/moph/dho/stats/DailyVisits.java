package th.go.moph.dho.stats;

import java.time.LocalDate;

/**
 * Visits to the public website on one day.
 *
 * @param date the day (Asia/Bangkok)
 * @param pageViews pages shown, at most {@code dho.stats.max-views-per-visitor-page} of
 * one page to one visitor
 * @param uniqueVisitors different visitors that day (a visitor is counted once per day)
 * @param rawPageViews every page shown, without that cap
 */
public record DailyVisits(LocalDate date, long pageViews, long uniqueVisitors, long rawPageViews) {

	/** A day whose views were all within the cap. */
	public DailyVisits(LocalDate date, long pageViews, long uniqueVisitors) {
		this(date, pageViews, uniqueVisitors, pageViews);
	}

}
