package th.go.moph.dho.site;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.eservice.ServiceTypes;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * A page per category (its sections) and per section (its items). Slugs contain no dots,
 * so static files such as {@code /css/site.css} never reach here.
 */
@Controller
class CategoryController {

	static final String CATEGORY_VIEW = "site/category";

	static final String SECTION_VIEW = "site/section";

	static final String CONTACT_VIEW = "site/contact";

	/** The category whose page lists the e-service forms. */
	static final String ESERVICES = "e-services";

	/** Kinds whose section page shows every item in full instead of a paged list. */
	private static final List<ContentKind> SHOWN_IN_FULL = List.of(ContentKind.EXECUTIVE, ContentKind.LINK,
			ContentKind.FAQ, ContentKind.ESERVICE, ContentKind.CONTACT);

	private final Catalog catalog;

	private final PublishedContent content;

	private final Breadcrumbs breadcrumbs;

	private final ObjectProvider<ServiceTypes> serviceTypes;

	CategoryController(Catalog catalog, PublishedContent content, Breadcrumbs breadcrumbs,
			ObjectProvider<ServiceTypes> serviceTypes) {
		this.catalog = catalog;
		this.content = content;
		this.breadcrumbs = breadcrumbs;
		this.serviceTypes = serviceTypes;
	}

	@GetMapping("/contact")
	String contact() {
		return "redirect:/office/contact";
	}

	@GetMapping("/{category:[a-z0-9-]+}")
	String category(@PathVariable String category, Locale locale, Model model) {
		Category found = this.catalog.category(category);
		Map<String, PublishedContent.SectionActivity> activity = this.content.activityBySection();
		List<SectionEntry> sections = found.sections().stream().map(section -> {
			PublishedContent.SectionActivity a = activity.get(section.slug());
			List<PublishedItem> links = section.kind() == ContentKind.LINK && a != null
					? this.content.section(section.slug()) : List.of();
			return new SectionEntry(section, a == null ? 0 : a.count(), a == null ? null : a.lastPublishedAt(), links);
		}).toList();
		model.addAttribute("category", found);
		model.addAttribute("sections", sections);
		ServiceTypes services = this.serviceTypes.getIfAvailable();
		if (ESERVICES.equals(found.slug()) && services != null) {
			// category 8 lists the online forms above its sections of link items
			model.addAttribute("eservices", services.active());
		}
		model.addAttribute("breadcrumbs", this.breadcrumbs.category(found, locale));
		model.addAttribute("lastUpdated",
				sections.stream()
					.map(SectionEntry::lastPublishedAt)
					.filter(Objects::nonNull)
					.max(Comparator.naturalOrder())
					.orElse(null));
		return CATEGORY_VIEW;
	}

	@GetMapping("/{category:[a-z0-9-]+}/{section:[a-z0-9-]+}")
	String section(@PathVariable String category, @PathVariable String section,
			@RequestParam(name = "page", required = false) @Nullable String page, Locale locale, Model model) {
		Section found = this.catalog.section(category, section);
		model.addAttribute("category", this.catalog.category(found));
		model.addAttribute("section", found);
		model.addAttribute("breadcrumbs", this.breadcrumbs.section(found, locale));
		if (SHOWN_IN_FULL.contains(found.kind())) {
			List<PublishedItem> items = this.content.section(found.slug());
			model.addAttribute("items", items);
			model.addAttribute("lastUpdated",
					items.stream().map(PublishedItem::publishedAt).max(Comparator.naturalOrder()).orElse(null));
			return found.kind() == ContentKind.CONTACT ? CONTACT_VIEW : SECTION_VIEW;
		}
		Page<PublishedSummary> summaries = PageNumber.load(this.content, List.of(found.slug()), PageNumber.parse(page));
		model.addAttribute("summaries", summaries.getContent());
		model.addAttribute("pager", PageNumber.pager(summaries));
		PublishedContent.SectionActivity activity = this.content.activityBySection().get(found.slug());
		model.addAttribute("lastUpdated", activity == null ? null : activity.lastPublishedAt());
		return SECTION_VIEW;
	}

	/**
	 * A section on its category's page: how many items it has and when it last changed.
	 */
	record SectionEntry(Section section, long count, @Nullable Instant lastPublishedAt, List<PublishedItem> links) {
	}

}
