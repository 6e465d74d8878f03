package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.RequestDispatcher;

import th.go.moph.dho.assistant.Answer;
import th.go.moph.dho.assistant.Assistant;
import th.go.moph.dho.assistant.Channel;
import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.PublicDownload;
import th.go.moph.dho.publishing.PublicFile;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.publishing.PublishedSummary;
import th.go.moph.dho.thai.ThaiDateFormat;
import th.go.moph.dho.thai.ThaiNumberFormat;

/**
 * The public controllers in a web slice, with the catalog and content mocked.
 */
@WebMvcTest(controllers = { HomeController.class, CategoryController.class, ItemController.class, NewsController.class,
		FileController.class, SearchController.class, PolicyController.class, SitemapController.class,
		FeedController.class })
@AutoConfigureMockMvc(addFilters = false)
@Import({ ThaiDateFormat.class, ThaiNumberFormat.class, Breadcrumbs.class, SiteLinks.class, HomeContent.class })
@EnableConfigurationProperties(OfficeSettings.class)
class SitePagesControllerTests {

	private static final Instant PUBLISHED = Instant.parse("2026-11-26T03:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	PublishedContent content;

	@MockitoBean
	Assistant assistant;

	@BeforeEach
	void catalog() {
		TestCatalog.stub(this.catalog);
		given(this.content.activityBySection()).willReturn(Map.of());
		given(this.content.page(any(), any())).willAnswer(i -> new PageImpl<>(List.of(), i.getArgument(1), 0));
	}

	@Test
	void aServerErrorShowsTheThai500PageWithoutDetails() throws Exception {
		String page = this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isInternalServerError())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document html = Jsoup.parse(page);
		assertThat(html.select("h1").text()).isEqualTo("ขออภัย ระบบขัดข้องชั่วคราว");
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("th");
		assertThat(page).doesNotContain("secret detail").doesNotContain("IllegalStateException");
	}

	@Test
	void homeShowsAlertsNewsShortcutsAndCategories() throws Exception {
		given(this.content.latest(eq(List.of("alerts")), anyInt()))
			.willReturn(List.of(summary(3, TestCatalog.alerts(), "เตือนภัยน้ำท่วม")));
		given(this.content.latest(eq(SiteSections.HOME_NEWS), anyInt()))
			.willReturn(List.of(summary(4, TestCatalog.news(), "ประชุม อสม.")));
		Document page = html("/");
		assertThat(page.select(".alert-list a").attr("href")).isEqualTo("/public-relations/alerts/3");
		assertThat(page.select(".summary-title").text()).isEqualTo("ประชุม อสม.");
		assertThat(page.select(".summary-meta time").text()).isEqualTo("26 พฤศจิกายน 2569");
		assertThat(page.select(".shortcut").eachAttr("href")).contains("/service-manuals/forms", "/office/contact",
				"/statistics/satisfaction");
		assertThat(page.select(".category-card h3")).hasSize(3);
		assertThat(page.select("h1")).hasSize(1);
	}

	@Test
	void anItemIsShownOnlyUnderItsOwnSection() throws Exception {
		given(this.content.find(5)).willReturn(Optional.of(item(5, TestCatalog.news(), "ข่าวที่ห้า")));
		assertThat(html("/public-relations/news/5").select("h1").text()).isEqualTo("ข่าวที่ห้า");
		this.mvc.perform(get("/laws/acts/5")).andExpect(status().isNotFound());
		this.mvc.perform(get("/office/news/5")).andExpect(status().isNotFound());
		this.mvc.perform(get("/public-relations/news/6")).andExpect(status().isNotFound());
	}

	@Test
	void anItemsFiscalYearIsPrintedWithoutAThousandsSeparator() throws Exception {
		PublishedItem plan = item(7, TestCatalog.news(), "แผนปฏิบัติราชการ");
		given(this.content.find(7)).willReturn(Optional.of(new PublishedItem(plan.id(), null, plan.section(),
				plan.title(), null, plan.bodyHtml(), plan.bodyText(), null, null, null, 2570, null, null, null,
				List.of(), List.of(), List.of(), List.of(), List.of(), 1, PUBLISHED, PUBLISHED)));
		String text = html("/public-relations/news/7").select("main").text();
		assertThat(text).contains("ปีงบประมาณ 2570").doesNotContain("2,570");
	}

	@Test
	void idsThatAreNotNumbersOrTooLongAreNotFound() throws Exception {
		this.mvc.perform(get("/office/history/99999999999999999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/files/99999999999999999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/no-such-category")).andExpect(status().isNotFound());
		this.mvc.perform(get("/office/no-such-section")).andExpect(status().isNotFound());
	}

	@Test
	void newsClampsMalformedPageNumbersToTheFirstPage() throws Exception {
		for (String page : List.of("abc", "-4", "0", "1.5", "99999999999")) {
			this.mvc.perform(get("/news").param("page", page)).andExpect(status().isOk());
		}
		then(this.content).should(org.mockito.Mockito.times(5))
			.page(SiteSections.NEWS_TYPES, PageRequest.of(0, PageNumber.PAGE_SIZE));
	}

	@Test
	void newsFiltersByOneOfTheSixTypesAndIgnoresOthers() throws Exception {
		Document page = html("/news?type=alerts");
		then(this.content).should().page(List.of("alerts"), PageRequest.of(0, PageNumber.PAGE_SIZE));
		assertThat(page.select(".type-filter .active").attr("href")).isEqualTo("/news?type=alerts");
		html("/news?type=../../etc");
		then(this.content).should().page(SiteSections.NEWS_TYPES, PageRequest.of(0, PageNumber.PAGE_SIZE));
	}

	@Test
	void searchRefusesEmptyAndOverlongTextInThaiWithoutAskingTheAssistant() throws Exception {
		assertThat(html("/search?q=").select("[role=status]").text()).isEqualTo("กรุณาพิมพ์คำที่ต้องการค้นหา");
		assertThat(html("/search?q=" + "a".repeat(501)).select("[role=status]").text())
			.isEqualTo("ข้อความยาวเกิน 500 ตัวอักษร กรุณาพิมพ์ให้สั้นลง");
		verifyNoInteractions(this.assistant);
	}

	@Test
	void searchShowsTheAssistantsAnswerAndTheMatchingItems() throws Exception {
		given(this.assistant.answer("วัคซีน", Channel.WEB))
			.willReturn(new Answer(new Answer.Match(9, "faq-vaccine", "ฉีดวัคซีนที่ไหน", "/service-manuals/faq/9"), 0.9,
					List.of(), false));
		given(this.content.search("วัคซีน", SearchController.MAX_RESULTS))
			.willReturn(List.of(summary(10, TestCatalog.news(), "รณรงค์ฉีดวัคซีน")));
		Document page = html("/search?q=วัคซีน");
		assertThat(page.select(".answer a").attr("href")).isEqualTo("/service-manuals/faq/9");
		assertThat(page.select(".summary-title").text()).isEqualTo("รณรงค์ฉีดวัคซีน");
	}

	@Test
	void searchShowsTheAnswerTextForANaturalQuestionAndNeverSaysNothingFoundUnderIt() throws Exception {
		given(this.assistant.answer("ฉีดวัคซีนที่ไหน", Channel.WEB))
			.willReturn(new Answer(new Answer.Match(9, "faq-vaccine", "วัคซีนไข้หวัดใหญ่", "/service-manuals/faq/9",
					"รับวัคซีนไข้หวัดใหญ่ฟรีที่ รพ.สต. ทุกแห่ง"), 0.9, List.of(), false));
		given(this.content.search("ฉีดวัคซีนที่ไหน", SearchController.MAX_RESULTS)).willReturn(List.of());
		Document page = html("/search?q=ฉีดวัคซีนที่ไหน");
		assertThat(page.select(".answer-text").text()).isEqualTo("รับวัคซีนไข้หวัดใหญ่ฟรีที่ รพ.สต. ทุกแห่ง");
		assertThat(page.text()).doesNotContain("ไม่พบข้อมูล");
	}

	@Test
	void searchGivesTheHotlineAsATelLink() throws Exception {
		given(this.assistant.answer("ยายหมดสติ", Channel.WEB)).willReturn(new Answer(Answer.Kind.SAFETY, null, 1,
				List.of(), List.of(th.go.moph.dho.assistant.Hotline.EMERGENCY), null));
		Document page = html("/search?q=ยายหมดสติ");
		assertThat(page.select(".hotlines a[href=tel:1669]")).hasSize(1);
	}

	@Test
	void downloadsCarryTheThaiNameAsRfc5987AndAnAsciiFallback() throws Exception {
		PublicFile file = new PublicFile(3, "แบบคำร้อง.pdf", "application/pdf", 4, "ab12", null);
		given(this.content.download(3))
			.willReturn(Optional.of(new PublicDownload(file, new ByteArrayResource("%PDF".getBytes()))));
		this.mvc.perform(get("/files/3"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.startsWith("attachment; filename=\""),
					org.hamcrest.Matchers.containsString(
							"filename*=UTF-8''%E0%B9%81%E0%B8%9A%E0%B8%9A%E0%B8%84%E0%B8%B3%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87.pdf"))))
			.andExpect(content().bytes("%PDF".getBytes()));
		given(this.content.download(anyLong())).willReturn(Optional.empty());
		this.mvc.perform(get("/files/4")).andExpect(status().isNotFound());
	}

	@Test
	void svgUploadsAreDownloadedNotShownInline() throws Exception {
		PublicFile file = new PublicFile(7, "map.svg", "image/svg+xml", 5, "cd34", "แผนที่");
		given(this.content.download(7))
			.willReturn(Optional.of(new PublicDownload(file, new ByteArrayResource("<svg/>".getBytes()))));
		this.mvc.perform(get("/files/7"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
	}

	@Test
	void policiesAreInThaiAndUnknownOnesAreNotFound() throws Exception {
		String privacy = html("/policies/privacy").text();
		assertThat(privacy).contains("ไม่บันทึกหมายเลขไอพี", "ค่าแฮชแบบมีกุญแจ", "ระยะเวลาการเก็บรักษา");
		this.mvc.perform(get("/policies/cookies")).andExpect(status().isNotFound());
	}

	@Test
	void contactHasAShortAddress() throws Exception {
		this.mvc.perform(get("/contact")).andExpect(redirectedUrl("/office/contact"));
	}

	@Test
	void robotsKeepsCrawlersOutOfStaffApiAndDevPages() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Disallow: /staff\nDisallow: /api\nDisallow: /dev")));
	}

	private Document html(String path) throws Exception {
		String body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(body);
	}

	private static PublishedSummary summary(long id, th.go.moph.dho.catalog.Section section, String title) {
		return new PublishedSummary(id, section, title, null, null, PUBLISHED);
	}

	private static PublishedItem item(long id, th.go.moph.dho.catalog.Section section, String title) {
		return new PublishedItem(id, null, section, title, null, "<p>เนื้อหา</p>", "เนื้อหา", null, null, null, null,
				null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), 1, PUBLISHED, PUBLISHED);
	}

}
