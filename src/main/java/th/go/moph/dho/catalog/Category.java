package th.go.moph.dho.catalog;

import java.util.List;
import java.util.Locale;

/**
 * One of the nine mandated categories, with its sections in order.
 */
public record Category(int id, String slug, int position, String nameTh, String nameEn, String descriptionTh,
		String descriptionEn, List<Section> sections) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameTh;
	}

	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.descriptionEn : this.descriptionTh;
	}

	/** {@code /office}: the category's page on the public site. */
	public String path() {
		return "/" + this.slug;
	}

}
