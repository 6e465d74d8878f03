package th.go.moph.dho.site;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.office.OfficeSettings;

/**
 * What the public layout needs on every page: the office and the nine categories for the
 * menu.
 */
@ControllerAdvice
class LayoutAttributes {

	private final OfficeSettings office;

	private final Catalog catalog;

	LayoutAttributes(OfficeSettings office, Catalog catalog) {
		this.office = office;
		this.catalog = catalog;
	}

	@ModelAttribute("office")
	OfficeSettings office() {
		return this.office;
	}

	@ModelAttribute("categories")
	List<Category> categories() {
		return this.catalog.categories();
	}

}
