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
		model.addAttribute("days", days);
		model.addAttribute("dailyChart", dailyChart(days, locale));
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

	static BarChart monthlyChart(List<MonthlyVisits> months, Locale locale) {
		return BarChart.ofCounts(months.stream()
			.map(m -> new BarChart.Entry(ThaiDates.formatMonth(m.month().getYear(), m.month().getMonthValue(), locale),
					m.visitorDays(), ThaiNumberFormat.formatCount(m.visitorDays())))
			.toList());
	}

}
