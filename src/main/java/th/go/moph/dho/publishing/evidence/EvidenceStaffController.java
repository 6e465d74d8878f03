package th.go.moph.dho.publishing.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import th.go.moph.dho.thai.ThaiDates;

/**
 * The audit evidence for approvers and admins: the request-for-publication form of each
 * request (print page and PDF), the list of an item's requests and the yearly monitoring
 * report (print page and PDF).
 */
@Controller
@RequestMapping("/staff/evidence")
@PreAuthorize("hasAnyRole('APPROVER','ADMIN')")
class EvidenceStaffController {

	static final String FORM_VIEW = "staff/evidence/form";

	static final String ITEM_VIEW = "staff/evidence/item";

	static final String REPORT_VIEW = "staff/evidence/report";

	static final String INVALID_YEAR_VIEW = "staff/evidence/invalid-year";

	/** The earliest fiscal year a report may be asked for (พ.ศ. 2550). */
	static final int FIRST_FISCAL_YEAR = 2550;

	private static final MediaType PDF = MediaType.APPLICATION_PDF;

	private final EvidenceSource source;

	private final EvidencePdf pdf;

	private final Clock clock;

	EvidenceStaffController(EvidenceSource source, EvidencePdf pdf, Clock clock) {
		this.source = source;
		this.pdf = pdf;
		this.clock = clock;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/requests/{id:\\d+}")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("form", find(id));
		return FORM_VIEW;
	}

	@GetMapping("/requests/{id:\\d+}.pdf")
	ResponseEntity<byte[]> formPdf(@PathVariable long id, Locale locale) {
		EvidenceForm form = find(id);
		return pdf(this.pdf.form(form, locale), "publication-request-" + form.requestId() + ".pdf");
	}

	@GetMapping("/items/{itemId:\\d+}")
	String item(@PathVariable long itemId, Model model) {
		List<EvidenceForm> forms = this.source.formsForItem(itemId);
		model.addAttribute("itemId", itemId);
		model.addAttribute("forms", forms);
		return ITEM_VIEW;
	}

	@GetMapping("/reports")
	String currentReport(@RequestParam(name = "year", required = false) String year) {
		int fiscalYear = year == null ? ThaiDates.fiscalYear(today()) : fiscalYear(year);
		return "redirect:/staff/evidence/reports/" + fiscalYear;
	}

	@GetMapping("/reports/{year:[^.]+}")
	String report(@PathVariable String year, Model model) {
		model.addAttribute("report", this.source.report(fiscalYear(year)));
		return REPORT_VIEW;
	}

	@GetMapping("/reports/{year:[^.]+}.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable String year, Locale locale) {
		int fiscalYear = fiscalYear(year);
		return pdf(this.pdf.report(this.source.report(fiscalYear), locale), "monitoring-report-" + fiscalYear + ".pdf");
	}

	@ExceptionHandler(InvalidFiscalYearException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidYear(InvalidFiscalYearException ex, Model model) {
		model.addAttribute("value", ex.value());
		model.addAttribute("first", String.valueOf(FIRST_FISCAL_YEAR));
		model.addAttribute("last", String.valueOf(lastFiscalYear()));
		return INVALID_YEAR_VIEW;
	}

	private EvidenceForm find(long id) {
		return this.source.form(id).orElseThrow(() -> new EvidenceFormNotFoundException(id));
	}

	/** A fiscal year from a URL: digits only, between 2550 and next year. */
	private int fiscalYear(String value) {
		String digits = value.strip();
		if (!digits.matches("\\d{4}")) {
			throw new InvalidFiscalYearException(shorten(value));
		}
		int year = Integer.parseInt(digits);
		if (year < FIRST_FISCAL_YEAR || year > lastFiscalYear()) {
			throw new InvalidFiscalYearException(shorten(value));
		}
		return year;
	}

	private int lastFiscalYear() {
		return ThaiDates.fiscalYear(today()) + 1;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ThaiDates.ZONE));
	}

	private static String shorten(String value) {
		return value.length() > 20 ? value.substring(0, 20) + "…" : value;
	}

	private static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
		return ResponseEntity.ok()
			.contentType(PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
