package th.go.moph.dho.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.PublicDownload;
import th.go.moph.dho.publishing.PublicFile;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.thai.ThaiDates;

@SpringBootTest(properties = "dho.demo.enabled=true")
class DemoContentLoaderTests {

	@Autowired
	DemoContentLoader loader;

	@Autowired
	PublishedContent published;

	@Autowired
	Catalog catalog;

	@Autowired
	ContentItemRepository items;

	@Test
	void everySectionExceptStatisticsHasVisibleExampleContent() {
		for (Section section : this.catalog.sections()) {
			List<PublishedItem> visible = this.published.section(section.slug());
			if (section.kind() == ContentKind.STATISTICS) {
				assertThat(visible).as(section.slug()).isEmpty();
			}
			else {
				assertThat(visible).as(section.slug()).isNotEmpty();
			}
		}
	}

	@Test
	void everyItemCarriesWhatItsSectionRequires() {
		for (PublishedItem item : this.published.all()) {
			Section.Requirements needs = item.section().requirements();
			String what = item.section().slug() + ": " + item.title();
			if (needs.source()) {
				assertThat(item.sourceName()).as(what).isNotBlank();
			}
			if (needs.informationDate()) {
				assertThat(item.informationAt()).as(what).isNotNull();
			}
			if (needs.steps()) {
				assertThat(item.steps()).as(what).hasSizeGreaterThanOrEqualTo(3);
				assertThat(item.steps()).as(what).allSatisfy(step -> assertThat(step.duration()).isNotBlank());
			}
			if (needs.files()) {
				assertThat(item.files()).as(what).isNotEmpty();
			}
			if (needs.url()) {
				assertThat(item.linkUrl()).as(what).isNotBlank();
			}
			assertThat(item.fiscalYear()).as(what).isNotNull();
			assertThat(item.title()).as(what).doesNotContain("{");
		}
	}

	@Test
	void everyItemIsMarkedAsExampleContent() {
		assertThat(this.published.all()).isNotEmpty().allSatisfy(item -> {
			assertThat(item.summary()).startsWith("ตัวอย่างข้อมูล");
			assertThat(item.bodyText()).contains("ตัวอย่างข้อมูล");
		});
	}

	@Test
	void newsIsSpreadOverPastDatesOfTheFiscalYear() {
		List<PublishedItem> news = this.published.section("news");
		assertThat(news).hasSizeGreaterThanOrEqualTo(8);
		Instant now = Instant.now();
		assertThat(news).allSatisfy(item -> assertThat(item.publishedAt()).isBefore(now));
		assertThat(news.stream().map(i -> i.publishedAt().truncatedTo(ChronoUnit.DAYS)).distinct().count())
			.isGreaterThanOrEqualTo(8);
		int currentYear = ThaiDates.fiscalYear(ThaiDates.toLocal(now).toLocalDate());
		assertThat(news).anySatisfy(item -> assertThat(item.fiscalYear()).isEqualTo(currentYear));
		List<String> pr = List.of("news", "activity-photos", "alerts", "job-announcements", "procurement-announcements",
				"procurement-results");
		assertThat(this.published.page(pr, org.springframework.data.domain.PageRequest.of(0, 50)).getTotalElements())
			.isGreaterThanOrEqualTo(12);
	}

	@Test
	void procurementResultsCarryAmountsAndWinners() {
		assertThat(this.published.section("procurement-results")).hasSizeGreaterThanOrEqualTo(3).allSatisfy(item -> {
			assertThat(item.procurement()).isNotNull();
			assertThat(item.procurement().contractAmount()).isPositive();
			assertThat(item.procurement().winnerName()).isNotBlank();
		});
	}

	@Test
	void faqEntriesHaveSlugsKeywordsAndExampleQuestions() {
		List<PublishedItem> faq = this.published.section("faq");
		assertThat(faq).hasSizeGreaterThanOrEqualTo(20).allSatisfy(item -> {
			assertThat(item.slug()).startsWith("faq-");
			assertThat(item.faqKeywords()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(item.faqQuestions()).hasSizeGreaterThanOrEqualTo(3);
		});
		assertThat(this.published.findBySlug("faq-flu-vaccine"))
			.hasValueSatisfying(item -> assertThat(item.faqKeywords()).contains("วัคซีนไข้หวัดใหญ่"));
	}

	@Test
	void executivesHavePortraitsWithAltText() throws IOException {
		List<PublishedItem> executives = this.published.section("executives");
		assertThat(executives).hasSizeGreaterThanOrEqualTo(3).allSatisfy(item -> {
			assertThat(item.person()).isNotNull();
			assertThat(item.person().phone()).isNotBlank();
			assertThat(item.images()).singleElement().satisfies(image -> {
				assertThat(image.mediaType()).isEqualTo("image/png");
				assertThat(image.altText()).contains(item.person().name());
			});
		});
		PublicDownload portrait = this.published.download(executives.get(0).images().get(0).id()).orElseThrow();
		byte[] png = bytes(portrait);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void generatedFilesDownloadWithThaiNamesAndTheirFingerprint() throws Exception {
		PublicFile manual = this.published.section("service-guides")
			.stream()
			.flatMap(item -> item.files().stream())
			.filter(file -> file.name().equals("คู่มือการขอใบรับรองแพทย์.pdf"))
			.findFirst()
			.orElseThrow();
		PublicDownload download = this.published.download(manual.id()).orElseThrow();
		byte[] pdf = bytes(download);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf).hasSize((int) manual.sizeBytes());
		assertThat(HexFormat.of().formatHex(sha256(pdf))).isEqualTo(manual.sha256());
		assertThat(download.file().mediaType()).isEqualTo("application/pdf");

		PublicFile csv = this.published.section("health-statistics")
			.stream()
			.flatMap(item -> item.files().stream())
			.filter(file -> file.name().endsWith(".csv"))
			.findFirst()
			.orElseThrow();
		String text = new String(bytes(this.published.download(csv.id()).orElseThrow()),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains("ปากตะโก");
	}

	@Test
	void loadingAgainAddsNothing() {
		long before = this.items.count();
		assertThat(before).isGreaterThanOrEqualTo(100);
		assertThat(this.loader.load()).isZero();
		assertThat(this.items.count()).isEqualTo(before);
	}

	private static byte[] bytes(PublicDownload download) throws IOException {
		try (InputStream in = download.content().getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static byte[] sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return MessageDigest.getInstance("SHA-256").digest(bytes);
	}

}
