package th.go.moph.dho;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.moph.dho.publishing.AttachmentKind;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.ContentService;
import th.go.moph.dho.publishing.PublicDownload;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * The schema and the public queries on a real MariaDB/MySQL, run by failsafe when
 * {@code DHO_TEST_DB_URL} is set, e.g.
 * {@code jdbc:mysql://127.0.0.1:3306/dho_test?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci}
 * with {@code DHO_TEST_DB_USER} and {@code DHO_TEST_DB_PASSWORD}. The database is wiped
 * and migrated from scratch when the context starts.
 */
@SpringBootTest(properties = { "spring.flyway.clean-disabled=false", "dho.demo.enabled=false",
		"dho.storage.directory=target/it-files" })
@EnabledIfEnvironmentVariable(named = "DHO_TEST_DB_URL", matches = ".+")
class MariaDbIntegrationTests {

	/** Tone marks, sara am, mai yamok, Thai digits and a 4-byte emoji (needs utf8mb4). */
	static final String THAI = "ผู้ใหญ่บ้านน้ำใจดี ๆ ฉีดวัคซีนครั้งที่ ๑๒๓ ณ ศาลาฯ ฤๅษี ฦๅ 🙏🏽";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("DHO_TEST_DB_URL"));
		registry.add("spring.datasource.username",
				() -> Objects.requireNonNullElse(System.getenv("DHO_TEST_DB_USER"), "dho"));
		registry.add("spring.datasource.password",
				() -> Objects.requireNonNullElse(System.getenv("DHO_TEST_DB_PASSWORD"), ""));
		registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
	}

	@TestConfiguration
	static class CleanDatabase {

		/** Drops everything in the test schema, then applies every migration. */
		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContentService content;

	@Autowired
	PublishedContent published;

	@Autowired
	ContentItemRepository items;

	@Autowired
	ContentRevisionRepository revisions;

	@Autowired
	Clock clock;

	@Value("${spring.jpa.hibernate.ddl-auto}")
	String ddlAuto;

	@Test
	void everyMigrationAppliesToACleanDatabase() throws Exception {
		int scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql").length;
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(Arrays.stream(applied).filter(m -> m.getVersion() != null)).hasSize(scripts)
			.allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM catalog_section").query(Integer.class).single())
			.isGreaterThanOrEqualTo(36);
	}

	@Test
	void hibernateValidatesTheSchemaAndTablesUseUtf8mb4() {
		// the context only starts when Hibernate's validation of every entity passed
		assertThat(this.ddlAuto).isEqualTo("validate");
		List<String> charsets = this.jdbc
			.sql("SELECT DISTINCT c.character_set_name FROM information_schema.columns c "
					+ "WHERE c.table_schema = DATABASE() AND c.character_set_name IS NOT NULL")
			.query(String.class)
			.list();
		assertThat(charsets).containsOnly("utf8mb4");
	}

	@Test
	void thaiTextRoundTripsExactly() {
		ContentFields fields = ContentFields.of(THAI, THAI, "## " + THAI + "\n\n" + THAI)
			.withSource(THAI, "https://ratchakitcha.soc.go.th/", LocalDateTime.of(2026, 11, 26, 9, 30))
			.withPerson(THAI, THAI, "๐๗๗-๐๐๐-๐๐๐")
			.withFaq(List.of(THAI, "น้ำ"), List.of(THAI, "ถามอีกแบบ ๆ"))
			.withSteps(List.of(new ContentFields.StepFields(THAI, THAI, "๑๕ นาที")));
		ContentRevision revision = this.content.createDraft("articles", "thai-" + UUID.randomUUID(), fields,
				"ผู้เขียน");
		this.content.attach(Objects.requireNonNull(revision.getId()), AttachmentKind.FILE,
				new ByteArrayInputStream(new byte[] { 1 }), "คู่มือการขอใบรับรองแพทย์ ๑.pdf", "application/pdf", THAI);
		this.content.goLive(revision.getId());

		PublishedItem item = this.published.get(revision.getItemId());
		assertThat(item.title()).isEqualTo(THAI);
		assertThat(item.summary()).isEqualTo(THAI);
		assertThat(item.sourceName()).isEqualTo(THAI);
		assertThat(item.person().name()).isEqualTo(THAI);
		assertThat(item.person().phone()).isEqualTo("๐๗๗-๐๐๐-๐๐๐");
		assertThat(item.faqKeywords()).containsExactly(THAI, "น้ำ");
		assertThat(item.faqQuestions()).containsExactly(THAI, "ถามอีกแบบ ๆ");
		assertThat(item.steps()).singleElement().satisfies(step -> {
			assertThat(step.title()).isEqualTo(THAI);
			assertThat(step.duration()).isEqualTo("๑๕ นาที");
		});
		assertThat(item.files()).singleElement().satisfies(file -> {
			assertThat(file.name()).isEqualTo("คู่มือการขอใบรับรองแพทย์ ๑.pdf");
			assertThat(file.altText()).isEqualTo(THAI);
		});
		assertThat(item.bodyText()).contains(THAI);
		// byte for byte in the database, not just through Hibernate
		String stored = this.jdbc.sql("SELECT body_markdown FROM content_revision WHERE id = ?")
			.param(revision.getId())
			.query(String.class)
			.single();
		assertThat(stored.getBytes(StandardCharsets.UTF_8))
			.isEqualTo(("## " + THAI + "\n\n" + THAI).getBytes(StandardCharsets.UTF_8));
		assertThat(this.jdbc.sql("SELECT CHAR_LENGTH(title) FROM content_revision WHERE id = ?")
			.param(revision.getId())
			.query(Integer.class)
			.single()).isEqualTo(THAI.codePointCount(0, THAI.length()));
	}

	@Test
	void publicQueriesFindPageAndSearch() throws Exception {
		String word = "ไข้เลือดออก" + UUID.randomUUID().toString().substring(0, 6);
		var now = this.clock.instant();
		long visible = 0;
		for (int i = 0; i < 5; i++) {
			ContentRevision r = this.content.createDraft("news", null,
					ContentFields.of("ข่าว " + word + " " + i, "สรุป", "เนื้อหา " + word)
						.withProcurement(null, new java.math.BigDecimal("48000.50"), null, null,
								LocalDate.of(2026, 11, 1), null)
						.withWindow(now.minus(Duration.ofDays(i + 1)), null),
					"tester");
			this.content.goLive(Objects.requireNonNull(r.getId()));
			visible = r.getItemId();
		}
		ContentRevision future = this.content.createDraft("news", null,
				ContentFields.of("ข่าวอนาคต " + word, null, null).withWindow(now.plus(Duration.ofDays(3)), null),
				"tester");
		this.content.goLive(Objects.requireNonNull(future.getId()));
		ContentRevision withFile = this.content.createDraft("forms", null,
				ContentFields.of("แบบฟอร์ม " + word, null, null), "tester");
		long fileId = Objects.requireNonNull(
				this.content
					.attach(Objects.requireNonNull(withFile.getId()), AttachmentKind.FILE,
							new ByteArrayInputStream("%PDF-".getBytes(StandardCharsets.US_ASCII)), "แบบฟอร์ม.pdf",
							"application/pdf", null)
					.getId());
		assertThat(this.published.download(fileId)).isEmpty();
		this.content.goLive(withFile.getId());

		assertThat(this.published.find(visible)).hasValueSatisfying(item -> {
			assertThat(item.procurement().budgetAmount()).isEqualByComparingTo("48000.50");
			assertThat(item.procurement().announcedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
		});
		assertThat(this.published.find(future.getItemId())).isEmpty();

		var firstPage = this.published.page(List.of("news", "alerts"), PageRequest.of(0, 2));
		assertThat(firstPage.getContent()).hasSize(2);
		assertThat(firstPage.getTotalElements()).isEqualTo(5);
		assertThat(firstPage.getContent().get(0).title()).isEqualTo("ข่าว " + word + " 0");
		assertThat(this.published.page(List.of("news"), PageRequest.of(2, 2)).getContent()).hasSize(1);

		List<PublishedSummary> found = this.published.search(word, 10);
		assertThat(found).hasSize(6).extracting(PublishedSummary::title).doesNotContain("ข่าวอนาคต " + word);
		assertThat(this.published.search("ไม่มีคำนี้แน่นอน", 10)).isEmpty();
		// LIKE wildcards typed by people are plain text
		assertThat(this.published.search("%", 10)).isEmpty();
		assertThat(this.published.search("_", 10)).isEmpty();
		assertThat(this.published.latest(List.of("news"), 3)).hasSize(3);
		assertThat(this.published.activityBySection()).containsKeys("news", "forms");
		assertThat(this.published.section("news")).hasSizeGreaterThanOrEqualTo(5);

		PublicDownload download = this.published.download(fileId).orElseThrow();
		try (InputStream in = download.content().getInputStream()) {
			assertThat(in.readAllBytes()).startsWith('%', 'P', 'D', 'F');
		}
		assertThat(download.file().name()).isEqualTo("แบบฟอร์ม.pdf");
	}

}
