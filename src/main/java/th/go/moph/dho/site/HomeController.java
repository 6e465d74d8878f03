package th.go.moph.dho.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The home page: alerts, the newest news, shortcuts to services and the nine categories.
 * It is the most visited page and the same for everyone who reads it in one language, so
 * the rendered page is kept per language for as long as {@link HomeContent} gives the
 * same view (until a publication, a withdrawal or a publish window opening or closing).
 * Interceptors and filters still see every request.
 */
@Controller
class HomeController {

	static final String VIEW = "site/home";

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	/** Where citizens most often want to go, with the label each shortcut shows. */
	static final List<Shortcut> SHORTCUTS = List.of(
			new Shortcut("site.shortcut.service-guides", "/service-manuals/service-guides"),
			new Shortcut("site.shortcut.forms", "/service-manuals/forms"),
			new Shortcut("site.shortcut.e-services", "/e-services/e-services"),
			new Shortcut("site.shortcut.contact", "/office/contact"),
			new Shortcut("site.shortcut.survey", "/statistics/satisfaction"));

	private final HomeContent content;

	private final ThymeleafViewResolver views;

	private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

	HomeController(HomeContent content, ThymeleafViewResolver views) {
		this.content = content;
		this.views = views;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		HomeContent.HomeView view = this.content.get();
		// only the site's two languages are keys, whatever locale a crafted cookie names
		String language = "en".equals(locale.getLanguage()) ? "en" : "th";
		Rendered page = this.rendered.get(language);
		if (page == null || page.view() != view) {
			// one request renders; the others arriving meanwhile wait and reuse its page
			synchronized (this.rendered) {
				page = this.rendered.get(language);
				if (page == null || page.view() != view) {
					page = new Rendered(view, render(view, model, locale, request, response));
					this.rendered.put(language, page);
				}
			}
		}
		return ResponseEntity.ok().contentType(HTML).body(page.html());
	}

	private byte[] render(HomeContent.HomeView view, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		model.addAttribute("home", view);
		model.addAttribute("shortcuts", SHORTCUTS);
		model.addAttribute("lastUpdated", view.lastUpdated());
		View template = this.views.resolveViewName(VIEW, locale);
		if (template == null) {
			throw new IllegalStateException("No view " + VIEW);
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		template.render(model.asMap(), request, capture);
		return capture.getContentAsByteArray();
	}

	/** A shortcut on the home page: its label's message key and where it goes. */
	record Shortcut(String messageKey, String path) {
	}

	/** The home page as rendered from one snapshot of its content, in UTF-8. */
	private record Rendered(HomeContent.HomeView view, byte[] html) {
	}

}
