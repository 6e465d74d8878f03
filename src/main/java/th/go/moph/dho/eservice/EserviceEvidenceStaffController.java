package th.go.moph.dho.eservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import th.go.moph.dho.thai.ThaiDates;

/**
 * The MOIT 10 evidence of complaint handling for approvers and admins: per fiscal year
 * and its six- and twelve-month rounds, the requests per service type and status, the
 * median days to close and the overdue count, as an A4 print page and a CSV file (with a
 * BOM so Excel opens the Thai).
 */
@Controller
@RequestMapping("/staff/eservice/evidence")
@PreAuthorize("hasAnyRole('APPROVER','ADMIN')")
class EserviceEvidenceStaffController {

	static final String REPORT_VIEW = "staff/eservice/evidence";

	static final String INVALID_YEAR_VIEW = "staff/eservice/invalid-year";

	/** The earliest fiscal year a report may be asked for (พ.ศ. 2550). */
	static final int FIRST_FISCAL_YEAR = 2550;

	private final EserviceEvidence evidence;

	private final MessageSource messages;

	private final Clock clock;

	EserviceEvidenceStaffController(EserviceEvidence evidence, MessageSource messages, Clock clock) {
		this.evidence = evidence;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String current(@RequestParam(name = "year", required = false) @Nullable String year, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		if (year != null) {
			Integer fiscalYear = fiscalYear(year);
			if (fiscalYear == null) {
				return invalidYear(year, model, response);
			}
			return "redirect:/staff/eservice/evidence/" + fiscalYear;
		}
		return "redirect:/staff/eservice/evidence/" + ThaiDates.fiscalYear(today());
	}

	@GetMapping("/{year:[^.]+}")
	String report(@PathVariable String year, Model model, jakarta.servlet.http.HttpServletResponse response) {
		Integer fiscalYear = fiscalYear(year);
		if (fiscalYear == null) {
			return invalidYear(year, model, response);
		}
		model.addAttribute("report", this.evidence.fiscalYear(fiscalYear));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("years", years());
		model.addAttribute("printedOn", today());
		return REPORT_VIEW;
	}

	@GetMapping("/{year:[^.]+}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String year, Locale locale) {
		Integer fiscalYear = fiscalYear(year);
		if (fiscalYear == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		EserviceEvidence.YearReport report = this.evidence.fiscalYear(fiscalYear);
		List<Object> header = new ArrayList<>(List.of(msg("eservice.evidence.csv.fiscalYear", locale),
				msg("eservice.evidence.csv.round", locale), msg("eservice.evidence.csv.from", locale),
				msg("eservice.evidence.csv.to", locale), msg("eservice.evidence.csv.code", locale),
				msg("eservice.evidence.csv.service", locale), msg("eservice.evidence.csv.targetDays", locale),
				msg("eservice.evidence.csv.received", locale)));
		for (RequestStatus status : RequestStatus.values()) {
			header.add(msg("eservice.status." + status.name(), locale));
		}
		header.add(msg("eservice.evidence.csv.closed", locale));
		header.add(msg("eservice.evidence.csv.median", locale));
		header.add(msg("eservice.evidence.csv.overdue", locale));
		EvidenceCsv csv = new EvidenceCsv().row(header.toArray());
		for (EserviceEvidence.Round round : report.rounds()) {
			List<EserviceEvidence.Figures> rows = new ArrayList<>(round.types());
			rows.add(round.total());
			for (EserviceEvidence.Figures f : rows) {
				List<@Nullable Object> cells = new ArrayList<>();
				cells.add(report.fiscalYear());
				cells.add(msg("eservice.evidence.round" + round.months(), locale));
				cells.add(round.from());
				cells.add(round.to());
				cells.add(f.code() == null ? "" : f.code());
				cells.add(f.code() == null ? msg("eservice.evidence.total", locale) : f.nameTh());
				cells.add(f.targetDays());
				cells.add(f.received());
				for (RequestStatus status : RequestStatus.values()) {
					cells.add(f.count(status));
				}
				cells.add(f.closed());
				cells.add(
						f.medianDaysToClose() == null ? "" : String.format(Locale.ROOT, "%.1f", f.medianDaysToClose()));
				cells.add(f.overdue());
				csv.row(cells.toArray());
			}
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("eservice-evidence-" + fiscalYear + ".csv")
						.build()
						.toString())
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(csv.bytes());
	}

	private String invalidYear(String value, Model model, jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("value", value.length() > 20 ? value.substring(0, 20) + "…" : value);
		model.addAttribute("first", String.valueOf(FIRST_FISCAL_YEAR));
		model.addAttribute("last", String.valueOf(lastFiscalYear()));
		return INVALID_YEAR_VIEW;
	}

	/** A fiscal year from a URL: four digits between 2550 and next year, else null. */
	private @Nullable Integer fiscalYear(String value) {
		String digits = value.strip();
		if (!digits.matches("\\d{4}")) {
			return null;
		}
		int year = Integer.parseInt(digits);
		return year < FIRST_FISCAL_YEAR || year > lastFiscalYear() ? null : year;
	}

	private List<Integer> years() {
		int current = ThaiDates.fiscalYear(today());
		return java.util.stream.IntStream.range(0, 5).map(i -> current - i).boxed().toList();
	}

	private int lastFiscalYear() {
		return ThaiDates.fiscalYear(today()) + 1;
	}

	private LocalDate today() {
		return ThaiDates.toLocal(this.clock.instant()).toLocalDate();
	}

	private String msg(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
