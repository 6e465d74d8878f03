package th.go.moph.dho.site;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * All public-relations items, newest first, ten to a page, optionally of one type (one of
 * the six sections of category 7). An unknown type shows all types.
 */
@Controller
class NewsController {

	static final String VIEW = "site/news";

	private final Catalog catalog;

	private final PublishedContent content;

	private final Breadcrumbs breadcrumbs;

	NewsController(Catalog catalog, PublishedContent content, Breadcrumbs breadcrumbs) {
		this.catalog = catalog;
		this.content = content;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping("/news")
	String news(@RequestParam(name = "type", required = false) @Nullable String type,
			@RequestParam(name = "page", required = false) @Nullable String page, Locale locale, Model model) {
		String selected = type != null && SiteSections.NEWS_TYPES.contains(type) ? type : null;
		List<String> sections = selected == null ? SiteSections.NEWS_TYPES : List.of(selected);
		Page<PublishedSummary> result = PageNumber.load(this.content, sections, PageNumber.parse(page));
		List<Section> types = SiteSections.NEWS_TYPES.stream().map(this.catalog::section).toList();
		model.addAttribute("types", types);
		model.addAttribute("type", selected);
		model.addAttribute("summaries", result.getContent());
		model.addAttribute("pager", PageNumber.pager(result));
		model.addAttribute("breadcrumbs", this.breadcrumbs.page("site.news.title", locale));
		model.addAttribute("lastUpdated",
				result.getContent().isEmpty() ? null : result.getContent().get(0).publishedAt());
		return VIEW;
	}

}
