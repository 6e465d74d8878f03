package th.go.moph.dho.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CatalogTests {

	@Autowired
	Catalog catalog;

	@Test
	void holdsTheNineCategoriesOfTheFrameworkInOrder() {
		assertThat(this.catalog.categories()).extracting(Category::slug)
			.containsExactly("office", "laws", "knowledge", "links", "operations-manuals", "service-manuals",
					"public-relations", "e-services", "statistics");
		assertThat(this.catalog.category("office").sections()).extracting(Section::slug)
			.containsExactly("history", "vision-mission", "structure", "executives", "executive-profiles", "authority",
					"strategy", "action-plan", "annual-expenditure", "performance", "contact");
		assertThat(this.catalog.category("links").sections()).hasSize(4);
		assertThat(this.catalog.category("public-relations").sections()).extracting(Section::slug)
			.containsExactly("news", "activity-photos", "alerts", "job-announcements", "procurement-announcements",
					"procurement-results");
	}

	@Test
	void everySectionStatesWhatItsItemsMustCarry() {
		assertThat(this.catalog.category("laws").sections())
			.allSatisfy(s -> assertThat(s.requirements().source()).isTrue());
		assertThat(this.catalog.category("knowledge").sections())
			.allSatisfy(s -> assertThat(s.requirements().source() && s.requirements().informationDate()).isTrue());
		assertThat(this.catalog.section("operations-manuals").requirements().steps()).isTrue();
		assertThat(this.catalog.section("operations-manuals").requirements().files()).isTrue();
		assertThat(this.catalog.section("service-guides").requirements().steps()).isTrue();
		assertThat(this.catalog.section("forms").requirements().files()).isTrue();
		assertThat(this.catalog.category("links").sections())
			.allSatisfy(s -> assertThat(s.requirements().url()).isTrue());
		assertThat(this.catalog.sectionsOfKind(ContentKind.STATISTICS)).extracting(Section::slug)
			.containsExactly("visit-statistics", "satisfaction");
	}

	@Test
	void findsSectionsBySlugIdAndPath() {
		Section news = this.catalog.section("news");
		assertThat(news.path()).isEqualTo("/public-relations/news");
		assertThat(this.catalog.section(news.id())).isEqualTo(news);
		assertThat(this.catalog.section("public-relations", "news")).isEqualTo(news);
		assertThat(this.catalog.category(news).slug()).isEqualTo("public-relations");
		assertThat(news.name(java.util.Locale.ENGLISH)).isEqualTo("General news");
		assertThat(news.name(java.util.Locale.forLanguageTag("th"))).isEqualTo("ข่าวสารทั่วไป");
	}

	@Test
	void unknownSlugsAreNotFound() {
		assertThat(this.catalog.findSection("nope")).isEmpty();
		assertThatThrownBy(() -> this.catalog.section("nope")).isInstanceOf(CategoryNotFoundException.class);
		assertThatThrownBy(() -> this.catalog.category("nope")).isInstanceOf(CategoryNotFoundException.class);
		assertThatThrownBy(() -> this.catalog.section("office", "news")).isInstanceOf(CategoryNotFoundException.class);
		assertThatThrownBy(() -> this.catalog.section(9999)).isInstanceOf(CategoryNotFoundException.class);
	}

}
