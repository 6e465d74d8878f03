package th.go.moph.dho.site;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.moph.dho.catalog.CategoryNotFoundException;

/**
 * The website, privacy and security policies. Their text lives in the message bundles
 * ({@code site.policy.<name>.s<n>.title} and {@code .p<m>}), so it is translated and
 * extended without touching code; the date each was last revised is here.
 */
@Controller
class PolicyController {

	static final String VIEW = "site/policy";

	static final Map<String, LocalDate> POLICIES = Map.of("website", LocalDate.of(2026, 11, 27), "privacy",
			LocalDate.of(2026, 11, 27), "security", LocalDate.of(2026, 11, 27));

	private final Breadcrumbs breadcrumbs;

	PolicyController(Breadcrumbs breadcrumbs) {
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping("/policies/{name:[a-z]+}")
	String policy(@PathVariable String name, Locale locale, Model model) {
		LocalDate revised = POLICIES.get(name);
		if (revised == null) {
			throw new CategoryNotFoundException("policies/" + name);
		}
		model.addAttribute("policy", name);
		model.addAttribute("breadcrumbs", this.breadcrumbs.page("site.policy." + name + ".title", locale));
		model.addAttribute("lastUpdated", revised);
		return VIEW;
	}

}
