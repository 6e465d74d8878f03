package th.go.moph.dho.site;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: alerts, the newest news, shortcuts to services and the nine categories.
 */
@Controller
class HomeController {

	static final String VIEW = "site/home";

	/** Where citizens most often want to go, with the label each shortcut shows. */
	static final List<Shortcut> SHORTCUTS = List.of(
			new Shortcut("site.shortcut.service-guides", "/service-manuals/service-guides"),
			new Shortcut("site.shortcut.forms", "/service-manuals/forms"),
			new Shortcut("site.shortcut.e-services", "/e-services/e-services"),
			new Shortcut("site.shortcut.contact", "/office/contact"),
			new Shortcut("site.shortcut.survey", "/statistics/satisfaction"));

	private final HomeContent content;

	HomeController(HomeContent content) {
		this.content = content;
	}

	@GetMapping("/")
	String home(Model model) {
		HomeContent.HomeView view = this.content.get();
		model.addAttribute("home", view);
		model.addAttribute("shortcuts", SHORTCUTS);
		model.addAttribute("lastUpdated", view.lastUpdated());
		return VIEW;
	}

	/** A shortcut on the home page: its label's message key and where it goes. */
	record Shortcut(String messageKey, String path) {
	}

}
