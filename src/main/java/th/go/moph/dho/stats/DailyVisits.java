package th.go.moph.dho.stats;

import java.time.LocalDate;

/**
 * Visits to the public website on one day.
 *
 * @param date the day (Asia/Bangkok)
 * @param pageViews pages shown
 * @param uniqueVisitors different visitors that day (a visitor is counted once per day)
 */
public record DailyVisits(LocalDate date, long pageViews, long uniqueVisitors) {
}
