package th.go.moph.dho.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.moph.dho.thai.ThaiDates;
import th.go.moph.dho.thai.ThaiNumberFormat;

/**
 * The public page of website visits (category 9): the last 30 days, the months of the
 * current fiscal year, today's and the year's visitors.
 */
@Controller
class VisitStatisticsController {

	static final String VIEW = "stats/visits";

	static final int DAYS = 30;

	private final VisitStatistics statistics;

	private final int maxViewsPerVisitorPage;

	VisitStatisticsController(VisitStatistics statistics, StatsSettings settings) {
		this.statistics = statistics;
		this.maxViewsPerVisitorPage = settings.maxViewsPerVisitorPage();
	}

	@GetMapping("/statistics/visit-statistics")
	String visits(Model model, Locale locale) {
		LocalDate today = this.statistics.today();
		int fiscalYear = ThaiDates.fiscalYear(today);
		LocalDate yearStart = ThaiDates.fiscalYearStart(fiscalYear);
		List<DailyVisits> days = this.statistics.daily(today.minusDays(DAYS - 1), today);
		List<MonthlyVisits> months = this.statistics.monthly(yearStart, today);
		model.addAttribute("today", days.get(days.size() - 1));
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("yearStart", yearStart);
		List<DayRange> listed = compact(days);
		model.addAttribute("days", listed);
		model.addAttribute("dailyChart", rangeChart(listed, locale));
		model.addAttribute("months", months);
		model.addAttribute("monthlyChart", monthlyChart(months, locale));
		model.addAttribute("yearPageViews", months.stream().mapToLong(MonthlyVisits::pageViews).sum());
		model.addAttribute("yearRawPageViews", months.stream().mapToLong(MonthlyVisits::rawPageViews).sum());
		model.addAttribute("maxViewsPerVisitorPage", this.maxViewsPerVisitorPage);
		model.addAttribute("yearVisitors", months.stream().mapToLong(MonthlyVisits::visitorDays).sum());
		return VIEW;
	}

	static BarChart dailyChart(List<DailyVisits> days, Locale locale) {
		return BarChart.ofCounts(days.stream()
			.map(d -> new BarChart.Entry(ThaiDates.formatShortDate(d.date(), locale), d.uniqueVisitors(),
					ThaiNumberFormat.formatCount(d.uniqueVisitors())))
			.toList());
	}

	/**
	 * Days or runs of days as the public page lists them, with their sums.
	 *
	 * @param from the first day
	 * @param to the last day (the same as {@code from} for one day)
	 */
	record DayRange(LocalDate from, LocalDate to, long pageViews, long uniqueVisitors, long rawPageViews) {

		boolean isEmpty() {
			return this.pageViews == 0 && this.uniqueVisitors == 0 && this.rawPageViews == 0;
		}

		String label(Locale locale) {
			if (this.from.equals(this.to)) {
				return ThaiDates.formatShortDate(this.from, locale);
			}
			if (this.from.getMonth() == this.to.getMonth() && this.from.getYear() == this.to.getYear()) {
				return this.from.getDayOfMonth() + "–" + ThaiDates.formatShortDate(this.to, locale);
			}
			return ThaiDates.formatShortDate(this.from, locale) + " – " + ThaiDates.formatShortDate(this.to, locale);
		}

	}

	/** Runs of this many days without visits or more are listed as one row. */
	static final int EMPTY_RUN = 3;

	/**
	 * The days to list on a phone-sized page: from the first day with visits on (days
	 * before the site was counted are left out), and a run of {@value #EMPTY_RUN} or more
	 * days without visits as one row; with no visits at all, one row for the period.
	 */
	static List<DayRange> compact(List<DailyVisits> days) {
		List<DayRange> listed = new java.util.ArrayList<>();
		int first = 0;
		while (first < days.size() && isEmpty(days.get(first))) {
			first++;
		}
		if (first == days.size()) {
			if (!days.isEmpty()) {
				listed.add(new DayRange(days.get(0).date(), days.get(days.size() - 1).date(), 0, 0, 0));
			}
			return listed;
		}
		int i = first;
		while (i < days.size()) {
			DailyVisits d = days.get(i);
			if (!isEmpty(d)) {
				listed.add(new DayRange(d.date(), d.date(), d.pageViews(), d.uniqueVisitors(), d.rawPageViews()));
				i++;
				continue;
			}
			int end = i;
			while (end + 1 < days.size() && isEmpty(days.get(end + 1))) {
				end++;
			}
			if (end - i + 1 >= EMPTY_RUN) {
				listed.add(new DayRange(d.date(), days.get(end).date(), 0, 0, 0));
			}
			else {
				for (int k = i; k <= end; k++) {
					listed.add(new DayRange(days.get(k).date(), days.get(k).date(), 0, 0, 0));
				}
			}
			i = end + 1;
		}
		return listed;
	}

	private static boolean isEmpty(DailyVisits d) {
		return d.pageViews() == 0 && d.uniqueVisitors() == 0 && d.rawPageViews() == 0;
	}

	static BarChart rangeChart(List<DayRange> ranges, Locale locale) {
		return BarChart.ofCounts(ranges.stream()
			.map(r -> new BarChart.Entry(r.label(locale), r.uniqueVisitors(),
					ThaiNumberFormat.formatCount(r.uniqueVisitors())))
			.toList());
	}

	static BarChart monthlyChart(List<MonthlyVisits> months, Locale locale) {
		return BarChart.ofCounts(months.stream()
			.map(m -> new BarChart.Entry(ThaiDates.formatMonth(m.month().getYear(), m.month().getMonthValue(), locale),
					m.visitorDays(), ThaiNumberFormat.formatCount(m.visitorDays())))
			.toList());
	}

}
