package th.go.moph.dho.stats;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.moph.dho.feedback.FiscalYearSatisfaction;
import th.go.moph.dho.feedback.Satisfaction;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The public satisfaction results (category 9): the current fiscal year (or an earlier
 * one) in its six- and twelve-month rounds, web survey and LINE apart and combined.
 */
@Controller
class SatisfactionController {

	static final String VIEW = "stats/satisfaction";

	static final int YEARS_SHOWN = 5;

	/** The first fiscal year that may be asked for (B.E. 2550 = 2006/07). */
	static final int EARLIEST_YEAR = 2550;

	private final Satisfaction satisfaction;

	private final VisitStatistics statistics;

	private final SatisfactionRows rows;

	SatisfactionController(Satisfaction satisfaction, VisitStatistics statistics, SatisfactionRows rows) {
		this.satisfaction = satisfaction;
		this.statistics = statistics;
		this.rows = rows;
	}

	@GetMapping("/statistics/satisfaction")
	String satisfaction(@RequestParam(name = "year", required = false) @Nullable Integer year, Model model,
			Locale locale) {
		int current = ThaiDates.fiscalYear(this.statistics.today());
		List<Integer> years = IntStream.range(0, YEARS_SHOWN).map(i -> current - i).boxed().toList();
		int fiscalYear = (year != null && year >= EARLIEST_YEAR && year <= current) ? year : current;
		FiscalYearSatisfaction result = this.satisfaction.fiscalYear(fiscalYear);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("years", years.contains(fiscalYear) ? years
				: java.util.stream.Stream.concat(years.stream(), java.util.stream.Stream.of(fiscalYear)).toList());
		model.addAttribute("sixMonths", this.rows.view(result.sixMonths(), locale));
		model.addAttribute("twelveMonths", this.rows.view(result.twelveMonths(), locale));
		return VIEW;
	}

}
