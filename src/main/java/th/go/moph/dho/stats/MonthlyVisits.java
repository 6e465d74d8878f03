package th.go.moph.dho.stats;

import java.time.YearMonth;

/**
 * Visits in one month: the sums of its days.
 *
 * @param month the month
 * @param pageViews pages shown (within the per-visitor cap)
 * @param visitorDays daily unique visitors added up over the month
 * @param rawPageViews every page shown, without that cap
 */
public record MonthlyVisits(YearMonth month, long pageViews, long visitorDays, long rawPageViews) {

}
