package th.go.moph.dho.publishing.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.thai.ThaiDates;

/**
 * What the head of office checks before the audit: which sections of the catalog have
 * nothing on the site or are past their update cycle. Editors see it too, since they are
 * the ones who fill the gaps.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR','APPROVER','ADMIN')")
class ComplianceStaffController {

	static final String COMPLIANCE_VIEW = "staff/evidence/compliance";

	/** How many fiscal years back the report chooser offers. */
	private static final int YEARS_OFFERED = 5;

	private final Catalog catalog;

	private final PublishedContent published;

	private final Clock clock;

	ComplianceStaffController(Catalog catalog, PublishedContent published, Clock clock) {
		this.catalog = catalog;
		this.published = published;
		this.clock = clock;
	}

	/**
	 * The evidence area opens on the compliance view, which links to the yearly reports.
	 */
	@GetMapping("/staff/evidence")
	String home() {
		return "redirect:/staff/evidence/compliance";
	}

	@GetMapping("/staff/evidence/compliance")
	String compliance(Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.ZONE));
		model.addAttribute("compliance",
				ComplianceCheck.check(this.catalog.categories(), this.published.activityBySection(), today));
		int current = ThaiDates.fiscalYear(today);
		List<Integer> years = IntStream.range(0, YEARS_OFFERED).mapToObj(i -> current - i).toList();
		model.addAttribute("years", years);
		return COMPLIANCE_VIEW;
	}

}
