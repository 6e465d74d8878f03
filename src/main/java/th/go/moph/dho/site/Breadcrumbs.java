package th.go.moph.dho.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.catalog.Section;

/**
 * Builds the trail from the home page to a page: home › category › section › item.
 */
@Component
class Breadcrumbs {

	private final MessageSource messages;

	private final Catalog catalog;

	Breadcrumbs(MessageSource messages, Catalog catalog) {
		this.messages = messages;
		this.catalog = catalog;
	}

	/** Home › (a page with a label from the bundles). */
	List<Crumb> page(String messageKey, Locale locale) {
		return List.of(home(locale), new Crumb(this.messages.getMessage(messageKey, null, locale), null));
	}

	/** Home › a parent page › the current page, both labels from the bundles. */
	List<Crumb> page(String parentKey, String parentPath, String label, Locale locale) {
		return List.of(home(locale), new Crumb(this.messages.getMessage(parentKey, null, locale), parentPath),
				new Crumb(label, null));
	}

	List<Crumb> category(Category category, Locale locale) {
		return List.of(home(locale), new Crumb(category.name(locale), null));
	}

	List<Crumb> section(Section section, Locale locale) {
		Category category = this.catalog.category(section);
		return List.of(home(locale), new Crumb(category.name(locale), category.path()),
				new Crumb(section.name(locale), null));
	}

	List<Crumb> item(Section section, String title, Locale locale) {
		List<Crumb> crumbs = new ArrayList<>(section(section, locale));
		crumbs.set(crumbs.size() - 1, new Crumb(section.name(locale), section.path()));
		crumbs.add(new Crumb(title, null));
		return crumbs;
	}

	private Crumb home(Locale locale) {
		return new Crumb(this.messages.getMessage("site.nav.home", null, locale), "/");
	}

}
