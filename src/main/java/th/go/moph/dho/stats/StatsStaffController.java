package th.go.moph.dho.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.moph.dho.feedback.Aspect;
import th.go.moph.dho.feedback.RatingRow;
import th.go.moph.dho.feedback.Satisfaction;
import th.go.moph.dho.feedback.SurveyAnswer;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The staff dashboard of category 9: visits, LINE, questions and satisfaction for any
 * period; CSV exports; the printable six- and twelve-month satisfaction report.
 */
@Controller
@RequestMapping("/staff/stats")
@PreAuthorize("hasAnyRole('APPROVER','ADMIN')")
class StatsStaffController {

	static final String VIEW = "staff/stats/dashboard";

	static final String VIEW_REPORT = "staff/stats/report";

	static final int DEFAULT_DAYS = 30;

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final VisitStatistics statistics;

	private final Satisfaction satisfaction;

	private final SatisfactionRows rows;

	private final MessageSource messages;

	StatsStaffController(VisitStatistics statistics, Satisfaction satisfaction, SatisfactionRows rows,
			MessageSource messages) {
		this.statistics = statistics;
		this.satisfaction = satisfaction;
		this.rows = rows;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("fiscalYears")
	List<Integer> fiscalYears() {
		int current = ThaiDates.fiscalYear(this.statistics.today());
		return IntStream.range(0, 5).map(i -> current - i).boxed().toList();
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, Locale locale) {
		DateRangeForm range = (from == null && to == null)
				? DateRangeForm.lastDays(this.statistics.today(), DEFAULT_DAYS) : new DateRangeForm(from, to);
		BindingResult errors = new BeanPropertyBindingResult(range, "range");
		range.validate(errors);
		model.addAttribute("range", range);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "range", errors);
		if (errors.hasErrors()) {
			return VIEW;
		}
		LocalDate start = range.start();
		LocalDate end = range.end();
		List<DailyVisits> days = this.statistics.daily(start, end);
		model.addAttribute("start", start);
		model.addAttribute("end", end);
		model.addAttribute("days", days);
		model.addAttribute("dailyChart", VisitStatisticsController.dailyChart(days, locale));
		model.addAttribute("pageViews", days.stream().mapToLong(DailyVisits::pageViews).sum());
		model.addAttribute("visitorDays", days.stream().mapToLong(DailyVisits::uniqueVisitors).sum());
		model.addAttribute("pages", this.statistics.topPages(start, end, 20));
		List<LineDay> line = this.statistics.line(start, end);
		model.addAttribute("line", line);
		model.addAttribute("followers", line.isEmpty() ? 0 : line.get(line.size() - 1).followers());
		model.addAttribute("followersGained", line.stream().mapToLong(LineDay::followersGained).sum());
		model.addAttribute("followersLost", line.stream().mapToLong(LineDay::followersLost).sum());
		model.addAttribute("messagesReceived", line.stream().mapToLong(LineDay::messagesReceived).sum());
		List<QuestionCounts> questions = this.statistics.questions(start, end);
		model.addAttribute("questions", questions);
		model.addAttribute("notAnswered", questions.stream().mapToLong(QuestionCounts::notAnswered).sum());
		model.addAttribute("suggested", questions.stream().mapToLong(QuestionCounts::suggested).sum());
		model.addAttribute("satisfaction", this.rows.view(this.satisfaction.summary(start, end), locale));
		model.addAttribute("topics", this.satisfaction.topics(start, end));
		model.addAttribute("comments", this.satisfaction.latestComments(start, end, 20));
		return VIEW;
	}

	@GetMapping("/ratings.csv")
	ResponseEntity<byte[]> ratingsCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale) {
		DateRangeForm range = new DateRangeForm(from, to);
		BindingResult errors = new BeanPropertyBindingResult(range, "range");
		range.validate(errors);
		if (errors.hasErrors()) {
			return badRange(errors, locale);
		}
		Csv csv = new Csv().row(msg("stats.csv.date", locale), msg("stats.csv.time", locale),
				msg("stats.csv.topic", locale), msg("stats.csv.title", locale), msg("stats.csv.helpful", locale),
				msg("stats.csv.score", locale));
		for (RatingRow r : this.satisfaction.ratingRows(range.start(), range.end())) {
			csv.row(r.ratedOn(), CSV_TIME.format(ThaiDates.toLocal(r.at())), r.topic(), r.title(),
					r.helpful() == null ? "" : msg(r.helpful() ? "stats.csv.yes" : "stats.csv.no", locale), r.score());
		}
		return csvResponse(csv, "line-ratings-" + range.start() + "-" + range.end() + ".csv");
	}

	@GetMapping("/survey.csv")
	ResponseEntity<byte[]> surveyCsv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale) {
		DateRangeForm range = new DateRangeForm(from, to);
		BindingResult errors = new BeanPropertyBindingResult(range, "range");
		range.validate(errors);
		if (errors.hasErrors()) {
			return badRange(errors, locale);
		}
		List<Object> header = new java.util.ArrayList<>(List.of(msg("stats.csv.time", locale),
				msg("stats.csv.fiscalYear", locale), msg("stats.csv.group", locale)));
		for (Aspect aspect : Aspect.values()) {
			header.add(msg(aspect.messageKey(), locale));
		}
		header.add(msg("stats.csv.comment", locale));
		Csv csv = new Csv().row(header.toArray());
		for (SurveyAnswer a : this.satisfaction.surveyAnswers(range.start(), range.end())) {
			List<Object> cells = new java.util.ArrayList<>();
			cells.add(CSV_TIME.format(ThaiDates.toLocal(a.submittedAt())));
			cells.add(a.fiscalYear());
			cells.add(a.group() == null ? "" : msg(a.group().messageKey(), locale));
			for (Aspect aspect : Aspect.values()) {
				cells.add(a.scores().get(aspect));
			}
			cells.add(a.comment());
			csv.row(cells.toArray());
		}
		return csvResponse(csv, "survey-" + range.start() + "-" + range.end() + ".csv");
	}

	@GetMapping("/report")
	String report(@RequestParam(required = false) @Nullable Integer year, Model model, Locale locale) {
		List<Integer> years = fiscalYears();
		int fiscalYear = (year != null && year >= SatisfactionController.EARLIEST_YEAR && year <= years.get(0)) ? year
				: years.get(0);
		var result = this.satisfaction.fiscalYear(fiscalYear);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("sixMonths", this.rows.view(result.sixMonths(), locale));
		model.addAttribute("twelveMonths", this.rows.view(result.twelveMonths(), locale));
		model.addAttribute("printedOn", this.statistics.today());
		return VIEW_REPORT;
	}

	private ResponseEntity<byte[]> badRange(BindingResult errors, Locale locale) {
		StringBuilder text = new StringBuilder();
		errors.getAllErrors().forEach(e -> text.append(this.messages.getMessage(e, locale)).append('\n'));
		return ResponseEntity.badRequest()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static ResponseEntity<byte[]> csvResponse(Csv csv, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(csv.bytes());
	}

	private String msg(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
