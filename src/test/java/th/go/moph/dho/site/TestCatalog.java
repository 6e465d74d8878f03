package th.go.moph.dho.site;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.catalog.CategoryNotFoundException;
import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.catalog.UpdateCycle;

/**
 * A small catalog for slice tests: office, laws and public relations, stubbed onto a
 * mock.
 */
final class TestCatalog {

	static final Section HISTORY = section(101, 1, "office", "history", ContentKind.PAGE);

	static final Section CONTACT = section(111, 1, "office", "contact", ContentKind.CONTACT);

	static final Section ACTS = section(201, 2, "laws", "acts", ContentKind.LAW);

	static final List<Section> PR = List.of(section(701, 7, "public-relations", "news", ContentKind.NEWS),
			section(702, 7, "public-relations", "activity-photos", ContentKind.NEWS),
			section(703, 7, "public-relations", "alerts", ContentKind.NEWS),
			section(704, 7, "public-relations", "job-announcements", ContentKind.NEWS),
			section(705, 7, "public-relations", "procurement-announcements", ContentKind.PROCUREMENT),
			section(706, 7, "public-relations", "procurement-results", ContentKind.PROCUREMENT));

	static final List<Category> CATEGORIES = List.of(
			new Category(1, "office", 1, "ข้อมูลของหน่วยงาน", "Office information", "ประวัติ", "History",
					List.of(HISTORY, CONTACT)),
			new Category(2, "laws", 2, "กฎหมาย ระเบียบ ข้อบังคับ", "Laws", "กฎหมาย", "Laws", List.of(ACTS)),
			new Category(7, "public-relations", 7, "ข่าวประชาสัมพันธ์", "Public relations", "ข่าว", "News", PR));

	private TestCatalog() {
	}

	static Section news() {
		return PR.get(0);
	}

	static Section alerts() {
		return PR.get(2);
	}

	static void stub(Catalog catalog) {
		List<Section> all = new ArrayList<>(List.of(HISTORY, CONTACT, ACTS));
		all.addAll(PR);
		given(catalog.categories()).willReturn(CATEGORIES);
		given(catalog.sections()).willReturn(all);
		given(catalog.findCategory(anyString()))
			.willAnswer(i -> CATEGORIES.stream().filter(c -> c.slug().equals(i.getArgument(0))).findFirst());
		given(catalog.category(anyString())).willAnswer(i -> CATEGORIES.stream()
			.filter(c -> c.slug().equals(i.getArgument(0)))
			.findFirst()
			.orElseThrow(() -> new CategoryNotFoundException(i.getArgument(0))));
		given(catalog.category(any(Section.class))).willAnswer(i -> CATEGORIES.stream()
			.filter(c -> c.id() == ((Section) i.getArgument(0)).categoryId())
			.findFirst()
			.orElseThrow());
		given(catalog.findSection(anyString()))
			.willAnswer(i -> all.stream().filter(s -> s.slug().equals(i.getArgument(0))).findFirst());
		given(catalog.section(anyString())).willAnswer(
				i -> find(all, i.getArgument(0)).orElseThrow(() -> new CategoryNotFoundException(i.getArgument(0))));
		given(catalog.section(anyString(), anyString()))
			.willAnswer(i -> find(all, i.getArgument(1)).filter(s -> s.categorySlug().equals(i.getArgument(0)))
				.orElseThrow(() -> new CategoryNotFoundException(i.getArgument(1))));
	}

	private static Optional<Section> find(List<Section> all, String slug) {
		return all.stream().filter(s -> s.slug().equals(slug)).findFirst();
	}

	private static Section section(int id, int categoryId, String category, String slug, ContentKind kind) {
		return new Section(id, categoryId, category, slug, id % 100, "หมวด " + slug, slug, "คำอธิบาย " + slug, slug,
				kind, new Section.Requirements(false, false, false, false, false), UpdateCycle.NONE);
	}

}
