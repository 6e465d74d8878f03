package th.go.moph.dho.stats;

import java.time.YearMonth;

/**
 * Visits in one month: the sums of its days.
 *
 * @param month the month
 * @param pageViews pages shown
 * @param visitorDays daily unique visitors added up over the month
 */
public record MonthlyVisits(YearMonth month, long pageViews, long visitorDays) {
}
