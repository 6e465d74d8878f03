package th.go.moph.dho.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The framework as the database holds it. It is fixed by migrations, so it is read once
 * at start and kept in memory.
 */
@Service
public class Catalog {

	private final List<Category> categories;

	private final Map<String, Category> categoriesBySlug;

	private final Map<String, Section> sectionsBySlug;

	private final Map<Integer, Section> sectionsById;

	Catalog(JdbcClient jdbc) {
		Map<Integer, String> categorySlugs = jdbc.sql("SELECT id, slug FROM catalog_category")
			.query((rs, n) -> Map.entry(rs.getInt("id"), rs.getString("slug")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Section> sections = jdbc.sql("SELECT * FROM catalog_section ORDER BY category_id, position")
			.query((rs, n) -> new Section(rs.getInt("id"), rs.getInt("category_id"),
					categorySlugs.get(rs.getInt("category_id")), rs.getString("slug"), rs.getInt("position"),
					rs.getString("name_th"), rs.getString("name_en"), rs.getString("description_th"),
					rs.getString("description_en"), ContentKind.valueOf(rs.getString("kind")),
					new Section.Requirements(rs.getBoolean("requires_source"),
							rs.getBoolean("requires_information_date"), rs.getBoolean("requires_steps"),
							rs.getBoolean("requires_files"), rs.getBoolean("requires_url")),
					UpdateCycle.valueOf(rs.getString("update_cycle"))))
			.list();
		this.categories = jdbc.sql("SELECT * FROM catalog_category ORDER BY position").query((rs, n) -> {
			int id = rs.getInt("id");
			return new Category(id, rs.getString("slug"), rs.getInt("position"), rs.getString("name_th"),
					rs.getString("name_en"), rs.getString("description_th"), rs.getString("description_en"),
					sections.stream().filter(s -> s.categoryId() == id).toList());
		}).list();
		this.categoriesBySlug = index(this.categories, Category::slug);
		this.sectionsBySlug = index(sections, Section::slug);
		this.sectionsById = sections.stream()
			.collect(Collectors.toMap(Section::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
		return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The nine categories in the framework's order. */
	public List<Category> categories() {
		return this.categories;
	}

	public List<Section> sections() {
		return List.copyOf(this.sectionsById.values());
	}

	public Optional<Category> findCategory(String slug) {
		return Optional.ofNullable(this.categoriesBySlug.get(slug));
	}

	public Category category(String slug) {
		return findCategory(slug).orElseThrow(() -> new CategoryNotFoundException(slug));
	}

	public Category category(Section section) {
		return this.categories.stream()
			.filter(c -> c.id() == section.categoryId())
			.findFirst()
			.orElseThrow(() -> new CategoryNotFoundException(section.categorySlug()));
	}

	public Optional<Section> findSection(String slug) {
		return Optional.ofNullable(this.sectionsBySlug.get(slug));
	}

	public Section section(String slug) {
		return findSection(slug).orElseThrow(() -> new CategoryNotFoundException(slug));
	}

	public Section section(int id) {
		Section section = this.sectionsById.get(id);
		if (section == null) {
			throw new CategoryNotFoundException(String.valueOf(id));
		}
		return section;
	}

	/** The section with this slug inside this category, as a public URL names it. */
	public Section section(String categorySlug, String sectionSlug) {
		Section section = section(sectionSlug);
		if (!section.categorySlug().equals(categorySlug)) {
			throw new CategoryNotFoundException(categorySlug + "/" + sectionSlug);
		}
		return section;
	}

	public List<Section> sectionsOfKind(ContentKind kind) {
		return this.sectionsById.values()
			.stream()
			.filter(s -> s.kind() == kind)
			.sorted(Comparator.comparingInt(Section::id))
			.toList();
	}

}
