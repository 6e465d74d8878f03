package th.go.moph.dho.catalog;

import java.util.Locale;

/**
 * A sub-item of a category (ประวัติความเป็นมา, ข่าวสารทั่วไป, …): what its items are and
 * must carry.
 */
public record Section(int id, int categoryId, String categorySlug, String slug, int position, String nameTh,
		String nameEn, String descriptionTh, String descriptionEn, ContentKind kind, Requirements requirements,
		UpdateCycle updateCycle) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameTh;
	}

	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.descriptionEn : this.descriptionTh;
	}

	/** {@code /office/history}: the section's page on the public site. */
	public String path() {
		return "/" + this.categorySlug + "/" + this.slug;
	}

	/** What every item of a section must carry to satisfy the framework. */
	public record Requirements(boolean source, boolean informationDate, boolean steps, boolean files, boolean url) {
	}

}
