package th.go.moph.dho.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentService;
import th.go.moph.dho.publishing.PublicationWorkflow;

/**
 * {@code dho.demo.enabled=false} (the tests' default) and the mysql profile start with
 * the catalog only.
 */
@SpringBootTest(properties = "dho.demo.enabled=false")
class DemoContentDisabledTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ContentItemRepository items;

	@Autowired
	Catalog catalog;

	@Test
	void disabledDemoLeavesOnlyTheCatalog() {
		assertThat(this.context.getBeansOfType(DemoContentLoader.class)).isEmpty();
		// a context of its own (explicit property), so other tests' items are not in this
		// database
		assertThat(this.items.count()).isZero();
		assertThat(this.items.findAll()).noneMatch(item -> item.getCreatedBy().equals("demo"));
		assertThat(this.catalog.categories()).hasSize(9);
	}

	@Test
	void loaderNeverExistsUnderTheMysqlProfileEvenWhenEnabled() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withPropertyValues("dho.demo.enabled=true")
			.withUserConfiguration(Settings.class, DemoContentLoader.class)
			.withBean(ContentService.class, () -> mock(ContentService.class))
			.withBean(PublicationWorkflow.class, () -> mock(PublicationWorkflow.class))
			.withBean(ContentItemRepository.class, () -> mock(ContentItemRepository.class))
			.withBean(Catalog.class, () -> mock(Catalog.class))
			.withBean(DataSource.class, () -> mock(DataSource.class))
			.withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
			.withBean(Clock.class, Clock::systemUTC);
		runner.run(context -> assertThat(context).hasSingleBean(DemoContentLoader.class));
		runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("mysql"))
			.run(context -> assertThat(context).doesNotHaveBean(DemoContentLoader.class));
		runner.withPropertyValues("dho.demo.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(DemoContentLoader.class));
	}

	@EnableConfigurationProperties(DemoSettings.class)
	static class Settings {

	}

}
