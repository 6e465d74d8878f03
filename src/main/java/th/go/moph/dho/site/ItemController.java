package th.go.moph.dho.site;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.publishing.ItemNotFoundException;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * An item's stable page, {@code /{category}/{section}/{id}}: only when the live item
 * really belongs to that section, so each item has exactly one address.
 */
@Controller
class ItemController {

	static final String VIEW = "site/item";

	private final Catalog catalog;

	private final PublishedContent content;

	private final Breadcrumbs breadcrumbs;

	ItemController(Catalog catalog, PublishedContent content, Breadcrumbs breadcrumbs) {
		this.catalog = catalog;
		this.content = content;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping("/{category:[a-z0-9-]+}/{section:[a-z0-9-]+}/{id:[0-9]+}")
	String item(@PathVariable String category, @PathVariable String section, @PathVariable long id, Locale locale,
			Model model) {
		Section found = this.catalog.section(category, section);
		PublishedItem item = this.content.find(id)
			.filter(i -> i.section().id() == found.id())
			.orElseThrow(() -> new ItemNotFoundException("item " + id + " in " + found.slug()));
		model.addAttribute("item", item);
		model.addAttribute("category", this.catalog.category(found));
		model.addAttribute("breadcrumbs", this.breadcrumbs.item(found, item.title(), locale));
		model.addAttribute("lastUpdated", item.publishedAt());
		return VIEW;
	}

}
