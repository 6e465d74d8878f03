package th.go.moph.dho;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.go.moph.dho.catalog.Catalog;

@SpringBootTest
class ApplicationStartsTests {

	@Autowired
	Catalog catalog;

	@Test
	void migrationsBuildTheCatalogOfNineCategories() {
		assertThat(this.catalog.categories()).hasSize(9);
		assertThat(this.catalog.category("office").sections()).hasSize(11);
	}

}
