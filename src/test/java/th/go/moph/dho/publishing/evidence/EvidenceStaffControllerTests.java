package th.go.moph.dho.publishing.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.thai.ThaiDateFormat;
import th.go.moph.dho.thai.ThaiDates;

@WebMvcTest({ EvidenceStaffController.class, ComplianceStaffController.class })
@Import({ EvidencePdf.class, ThaiDateFormat.class, EvidenceStaffControllerTests.Config.class })
class EvidenceStaffControllerTests {

	static final String XSS_TOPIC = "<script>alert('topic')</script>ประกาศ";

	static final String XSS_REMARKS = "<img src=x onerror=alert('remarks')>";

	@TestConfiguration
	@EnableMethodSecurity
	@EnableConfigurationProperties(OfficeSettings.class)
	static class Config {

		/** 27 November 2026 in Bangkok: fiscal year 2570. */
		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ThaiDates.ZONE);
		}

		@Bean
		EvidenceSource evidenceSource() {
			EvidenceForm xss = EvidenceFixtures.form(12, 4, EvidenceFixtures.NEWS, LocalDate.of(2025, 11, 3),
					XSS_TOPIC);
			return new EvidenceFixtures.FixtureEvidenceSource()
				.add(EvidenceFixtures.form(7, 3, EvidenceFixtures.PROCUREMENT_RESULTS, LocalDate.of(2025, 10, 1),
						"ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568"))
				.add(EvidenceFixtures.form(8, 5, EvidenceFixtures.NEWS, LocalDate.of(2025, 9, 30), "ข่าวปีงบก่อน"))
				.add(EvidenceFixtures.form(9, 6, EvidenceFixtures.ACTS, LocalDate.of(2026, 9, 30), "พระราชบัญญัติ"))
				.add(EvidenceFixtures.form(10, 7, EvidenceFixtures.NEWS, LocalDate.of(2026, 10, 1), "ข่าวปีงบถัดไป"))
				.add(new EvidenceForm(12, 4, 1, xss.officeName(), xss.section(), xss.date(), XSS_TOPIC, xss.summary(),
						xss.url(), XSS_REMARKS, null, xss.requester(), xss.approver(), xss.publisher()));
		}

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@MockitoBean
	PublishedContent published;

	@BeforeEach
	void catalog() {
		given(this.catalog.categories()).willReturn(EvidenceFixtures.CATEGORIES);
	}

	private Document page(String url) throws Exception {
		String html = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void printPageShowsTheThreeRolesWithNamesPositionsAndBuddhistEraDates() throws Exception {
		Document page = page("/staff/evidence/requests/7");

		assertThat(page.select("h1").text()).isEqualTo("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน");
		assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/evidence/print.css");
		assertThat(page.select(".fields").text()).contains("สำนักงานสาธารณสุขอำเภอทุ่งตะโก", "1 ตุลาคม 2568",
				"ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568",
				"https://thungtako.example.go.th/public-relations/procurement-results/3");
		assertThat(page.select(".signature")).hasSize(3);
		assertSignature(page.selectFirst(".signature-requester"), "ผู้รับผิดชอบการให้ข้อมูล",
				EvidenceFixtures.REQUESTER, EvidenceFixtures.REQUESTER_POSITION, "1 ตุลาคม 2568");
		assertSignature(page.selectFirst(".signature-approver"), "ผู้อนุมัติรับรอง", EvidenceFixtures.APPROVER,
				EvidenceFixtures.APPROVER_POSITION, "2 ตุลาคม 2568");
		assertSignature(page.selectFirst(".signature-publisher"), "ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่",
				EvidenceFixtures.PUBLISHER, EvidenceFixtures.PUBLISHER_POSITION, "3 ตุลาคม 2568");
		assertThat(page.select("a[href=/staff/evidence/requests/7.pdf]")).hasSize(1);
		assertThat(page.select("script[src=/evidence/print.js]")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
	}

	private static void assertSignature(Element block, String role, String name, String position, String date) {
		assertThat(block).isNotNull();
		assertThat(block.select("h2").text()).isEqualTo(role);
		assertThat(block.text()).containsSubsequence("ลงชื่อ", "(" + name + ")", "ตำแหน่ง " + position,
				"วันที่ " + date);
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void scriptInTopicAndRemarksIsShownAsTextOnThePrintPage() throws Exception {
		String html = this.mvc.perform(get("/staff/evidence/requests/12"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
		Document page = Jsoup.parse(html);
		assertThat(page.select(".topic").text()).isEqualTo(XSS_TOPIC);
		assertThat(page.select(".remarks").text()).isEqualTo(XSS_REMARKS);
		assertThat(page.select("img")).isEmpty();
		assertThat(page.title()).contains(XSS_TOPIC);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void pdfDownloadIsAnAttachmentWithTheThaiText() throws Exception {
		byte[] pdf = this.mvc.perform(get("/staff/evidence/requests/7.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"publication-request-7.pdf\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		EvidencePdfTests.assertInOrder(EvidencePdfTests.actualText(pdf), EvidenceFixtures.REQUESTER, "1 ตุลาคม 2568",
				EvidenceFixtures.APPROVER, "2 ตุลาคม 2568", EvidenceFixtures.PUBLISHER, "3 ตุลาคม 2568");
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void unknownRequestIsNotFound() throws Exception {
		this.mvc.perform(get("/staff/evidence/requests/999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/evidence/requests/999.pdf")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void itemPageListsItsRequestsWithLinksToForms() throws Exception {
		Document page = page("/staff/evidence/items/3");

		assertThat(page.select("tbody tr")).hasSize(1);
		assertThat(page.select("tbody tr").text()).contains("1 ตุลาคม 2568", "ประกาศผลการจัดซื้อจัดจ้าง");
		assertThat(page.select("a[href=/staff/evidence/requests/7]")).hasSize(1);
		assertThat(page.select("a[href=/staff/evidence/requests/7.pdf]")).hasSize(1);
		assertThat(page("/staff/evidence/items/42").text()).contains("เรื่องนี้ยังไม่มีคำขอเผยแพร่ที่ได้รับอนุมัติ");
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void reportCountsRequestsOfTheFiscalYearByCategoryAndMonth() throws Exception {
		Document page = page("/staff/evidence/reports/2569");

		assertThat(page.select("h1").text()).contains("ประจำปีงบประมาณ พ.ศ. 2569");
		assertThat(page.select(".period").text()).isEqualTo("ระหว่างวันที่ 1 ตุลาคม 2568 ถึงวันที่ 30 กันยายน 2569");
		// 30 Sep 2568 belongs to 2568 and 1 Oct 2569 to 2570: neither is listed
		assertThat(page.select(".request-row")).hasSize(3);
		assertThat(page.select(".request-row").get(0).text()).contains("1 ต.ค. 2568", "ประกาศผลการจัดซื้อจัดจ้าง",
				EvidenceFixtures.REQUESTER, EvidenceFixtures.APPROVER, "2 ต.ค. 2568", EvidenceFixtures.PUBLISHER);
		assertThat(page.select(".request-row").get(1).text()).contains("3 พ.ย. 2568", XSS_TOPIC);
		assertThat(page.select(".request-row").get(2).text()).contains("30 ก.ย. 2569", "พระราชบัญญัติ");
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select(".by-category tbody tr")).hasSize(9);
		assertThat(countOf(page, "data-category", "public-relations")).isEqualTo("2");
		assertThat(countOf(page, "data-category", "laws")).isEqualTo("1");
		assertThat(countOf(page, "data-category", "office")).isEqualTo("0");
		assertThat(page.select(".by-month tbody tr")).hasSize(12);
		assertThat(page.select(".by-month tbody th").first().text()).isEqualTo("ต.ค. 68");
		assertThat(countOf(page, "data-month", "2025-10")).isEqualTo("1");
		assertThat(countOf(page, "data-month", "2025-11")).isEqualTo("1");
		assertThat(countOf(page, "data-month", "2026-09")).isEqualTo("1");
		assertThat(countOf(page, "data-month", "2026-03")).isEqualTo("0");
		assertThat(page.select(".by-category .total").text()).isEqualTo("3");
	}

	private static String countOf(Document page, String attribute, String value) {
		return page.select("tr[" + attribute + "=" + value + "] td.number").text();
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void reportPdfIsServed() throws Exception {
		byte[] pdf = this.mvc.perform(get("/staff/evidence/reports/2570.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		EvidencePdfTests.assertInOrder(EvidencePdfTests.actualText(pdf), "ประจำปีงบประมาณ พ.ศ. 2570", "1 ต.ค. 2569",
				"ข่าวปีงบถัดไป");
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void invalidFiscalYearIsABadRequestWithAThaiMessage() throws Exception {
		for (String year : new String[] { "abc", "25x9", "1999", "2549", "2572", "99999" }) {
			String html = this.mvc.perform(get("/staff/evidence/reports/" + year))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("ปีงบประมาณไม่ถูกต้อง");
			assertThat(Jsoup.parse(html).text()).contains("ระหว่าง 2550 ถึง 2571");
		}
		this.mvc.perform(get("/staff/evidence/reports/abc.pdf")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/staff/evidence/reports").param("year", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))));
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void reportsWithoutAYearOpenTheCurrentFiscalYear() throws Exception {
		this.mvc.perform(get("/staff/evidence/reports")).andExpect(redirectedUrl("/staff/evidence/reports/2570"));
		this.mvc.perform(get("/staff/evidence/reports").param("year", "2568"))
			.andExpect(redirectedUrl("/staff/evidence/reports/2568"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorSeesComplianceButNotTheEvidenceForms() throws Exception {
		given(this.published.activityBySection()).willReturn(Map.of());
		this.mvc.perform(get("/staff/evidence/compliance")).andExpect(status().isOk());
		this.mvc.perform(get("/staff/evidence")).andExpect(redirectedUrl("/staff/evidence/compliance"));
		this.mvc.perform(get("/staff/evidence/requests/7")).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/evidence/requests/7.pdf")).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/evidence/reports/2569")).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorIsSentToLogIn() throws Exception {
		this.mvc.perform(get("/staff/evidence/requests/7").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("login")));
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void complianceShowsMissingAndOverdueSectionsWithASummary() throws Exception {
		Instant fortyDaysAgo = LocalDate.of(2026, 10, 18).atTime(9, 0).atZone(ThaiDates.ZONE).toInstant();
		Instant lastWeek = LocalDate.of(2026, 11, 20).atTime(9, 0).atZone(ThaiDates.ZONE).toInstant();
		given(this.published.activityBySection())
			.willReturn(Map.of("news", new PublishedContent.SectionActivity(4, lastWeek), "procurement-results",
					new PublishedContent.SectionActivity(2, fortyDaysAgo)));

		Document page = page("/staff/evidence/compliance");

		assertThat(page.select(".compliance-summary").text()).contains("ข้อมูลเป็นปัจจุบัน 1 จาก 10 หัวข้อ",
				"ยังไม่มีข้อมูล 8 หัวข้อ", "เกินรอบการปรับปรุง 1 หัวข้อ");
		Element news = page.selectFirst("tr[data-section=news]");
		assertThat(news.attr("data-status")).isEqualTo("UP_TO_DATE");
		assertThat(news.text()).contains("ทุกเดือน", "20 พฤศจิกายน 2569", "เป็นปัจจุบัน");
		Element results = page.selectFirst("tr[data-section=procurement-results]");
		assertThat(results.attr("data-status")).isEqualTo("OVERDUE");
		assertThat(results.text()).contains("18 ตุลาคม 2569", "18 พฤศจิกายน 2569", "เกินรอบการปรับปรุง");
		assertThat(page.selectFirst("tr[data-section=acts]").attr("data-status")).isEqualTo("MISSING");
		assertThat(page.select("tr[data-section=visit-statistics]")).isEmpty();
		assertThat(page.select("select#year option")).extracting(Element::text)
			.containsExactly("2570", "2569", "2568", "2567", "2566");
	}

}
