package th.go.moph.dho.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.assistant.Channel;
import th.go.moph.dho.assistant.QuestionAsked;
import th.go.moph.dho.line.LineActivity;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class StatisticsPagesTests {

	static final String BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitCounter counter;

	@Autowired
	StatsStore store;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void countsAPublicPageViewButNotABotOrAStaffPage() throws Exception {
		this.counter.flush();
		long before = viewsToday();
		this.mvc.perform(get("/statistics/visit-statistics").header("User-Agent", BROWSER)).andExpect(status().isOk());
		this.mvc.perform(get("/statistics/visit-statistics").header("User-Agent", "Googlebot/2.1"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/staff/stats").header("User-Agent", BROWSER));
		this.counter.flush();
		assertThat(viewsToday()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("SELECT views FROM visit_page_daily WHERE stat_date = ? AND path = ?")
			.params(TODAY, "/statistics/visit-statistics")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void addsCountsFromSeveralFlushesToTheSameRow() {
		LocalDate day = LocalDate.of(2019, 5, 5);
		this.transactions.executeWithoutResult(tx -> {
			this.store.add("visit_daily", Map.of("stat_date", day),
					Map.of("page_views", 3L, "unique_visitors", 2L, "raw_page_views", 30L));
			this.store.add("visit_daily", Map.of("stat_date", day),
					Map.of("page_views", 4L, "unique_visitors", 1L, "raw_page_views", 4L));
		});
		assertThat(this.store.visits(day, day)).containsExactly(new DailyVisits(day, 7, 3, 34));
	}

	@Test
	void visitPageTableMatchesItsChart() throws Exception {
		this.transactions.executeWithoutResult(tx -> {
			this.store.add("visit_daily", Map.of("stat_date", TODAY.minusDays(3)),
					Map.of("page_views", 40L, "unique_visitors", 17L, "raw_page_views", 40L));
			this.store.add("visit_daily", Map.of("stat_date", TODAY.minusDays(1)),
					Map.of("page_views", 12L, "unique_visitors", 5L, "raw_page_views", 12L));
		});
		Document page = page("/statistics/visit-statistics");
		assertThat(page.select("main h1")).hasSize(1);
		assertTableMatchesChart(page, "daily-chart", "daily-table", 2);
		assertTableMatchesChart(page, "monthly-chart", "monthly-table", 2);
		Element row = page.select("#daily-table tbody tr:has(th:containsOwn(24 พ.ย. 2569))").first();
		assertThat(row.select("td").first().text()).isEqualTo("17");
		assertThat(page.select("#daily-chart rect[data-label=24 พ.ย. 2569]").attr("data-value")).isEqualTo("17");
	}

	@Test
	void visitPagePrintsYearsWithoutAndCountsWithAThousandsSeparator() throws Exception {
		this.transactions
			.executeWithoutResult(tx -> this.store.add("visit_daily", Map.of("stat_date", TODAY.minusDays(2)),
					Map.of("page_views", 406448L, "unique_visitors", 1234L, "raw_page_views", 406448L)));
		Document page = page("/statistics/visit-statistics");
		assertThat(page.select("main").text()).contains("ปีงบประมาณ 2570").doesNotContain("2,570");
		Element row = page.select("#daily-table tbody tr:has(th:containsOwn(25 พ.ย. 2569))").first();
		assertThat(row.select("td").eachText()).containsExactly("1,234", "406,448", "406,448");
		assertThat(page.select("#monthly-table tbody tr").last().select("td").last().text())
			.matches("\\d{1,3}(,\\d{3})+");
	}

	@Test
	void publicPageShowsCappedAndRawViewsAndExplainsTheCap() throws Exception {
		this.counter.flush();
		this.transactions
			.executeWithoutResult(tx -> this.store.add("visit_daily", Map.of("stat_date", LocalDate.of(2026, 10, 2)),
					Map.of("page_views", 120L, "unique_visitors", 6L, "raw_page_views", 350_000L)));
		Document page = page("/statistics/visit-statistics");
		long yearViews = Long.parseLong(page.select("#views-year").text().replace(",", ""));
		long yearRaw = Long.parseLong(page.select("#raw-views-year").text().replaceAll("\\D", ""));
		assertThat(yearRaw).isGreaterThanOrEqualTo(350_000L).isGreaterThan(yearViews);
		assertThat(page.select("#raw-views-year").text()).contains("การเปิดชมทั้งหมด");
		assertThat(page.select("#views-cap-note").text()).contains("ไม่เกิน 20 ครั้งต่อวัน");
		Element october = page.select("#monthly-table tbody tr").first();
		assertThat(october.select("th").text()).startsWith("ตุลาคม");
		assertThat(Long.parseLong(october.select("td").get(2).text().replace(",", "")))
			.isGreaterThanOrEqualTo(350_000L);
	}

	@Test
	void satisfactionPagePrintsTheFiscalYearWithoutAThousandsSeparator() throws Exception {
		Document page = page("/statistics/satisfaction");
		assertThat(page.select("main").text()).contains("ปีงบประมาณ 2570").doesNotContain("2,570");
		assertThat(page.select("#round6-heading").text()).isEqualTo("รอบ 6 เดือน ปีงบประมาณ 2570");
	}

	@Test
	void listsDaysFromTheFirstVisitAndFoldsRunsOfDaysWithoutVisits() {
		LocalDate start = LocalDate.of(2026, 11, 1);
		List<DailyVisits> days = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			boolean visited = i == 10 || i == 12 || i == 20 || i == 29;
			days.add(visited ? new DailyVisits(start.plusDays(i), 9, 4) : new DailyVisits(start.plusDays(i), 0, 0));
		}
		List<VisitStatisticsController.DayRange> listed = VisitStatisticsController.compact(days);
		assertThat(listed).extracting(r -> r.label(java.util.Locale.forLanguageTag("th")))
			.containsExactly("11 พ.ย. 2569", "12 พ.ย. 2569", "13 พ.ย. 2569", "14–20 พ.ย. 2569", "21 พ.ย. 2569",
					"22–29 พ.ย. 2569", "30 พ.ย. 2569");
		assertThat(VisitStatisticsController.compact(days.subList(0, 5))).singleElement()
			.satisfies(r -> assertThat(r.from()).isEqualTo(start))
			.satisfies(r -> assertThat(r.to()).isEqualTo(start.plusDays(4)));
	}

	@Test
	void satisfactionPageTableMatchesItsChartAndLinksToTheSurvey() throws Exception {
		insertSurvey(LocalDate.of(2026, 10, 20), 5, 4, 4, 3, 5);
		Document page = page("/statistics/satisfaction");
		assertTableMatchesChart(page, "round6-chart", "round6-table", 7);
		assertTableMatchesChart(page, "round12-chart", "round12-table", 7);
		assertThat(page.select("a[href=/statistics/satisfaction/survey]")).isNotEmpty();
		assertThat(page.text()).contains("ปีงบประมาณ 2570", "มากที่สุด", "4.51–5.00");
	}

	@Test
	void aggregatesTheSixAndTwelveMonthRoundsOfAFiscalYear() throws Exception {
		// fiscal year 2560 runs from 1 October 2016 to 30 September 2017
		insertSurvey(LocalDate.of(2016, 9, 30), 1, 1, 1, 1, 1); // fiscal year 2559:
																// outside
		insertSurvey(LocalDate.of(2016, 10, 1), 5, 5, 4, 4, 5); // first day: both rounds
		insertSurvey(LocalDate.of(2017, 3, 31), 4, 3, 4, 4, 4); // last day of the first
																// round
		insertSurvey(LocalDate.of(2017, 4, 1), 2, 2, 2, 2, 2); // second half only
		insertSurvey(LocalDate.of(2017, 9, 30), 3, 3, 3, 3, 3); // last day of the year
		insertSurvey(LocalDate.of(2017, 10, 1), 1, 1, 1, 1, 1); // fiscal year 2561:
																// outside
		insertRating(LocalDate.of(2016, 9, 30), true, 1);
		insertRating(LocalDate.of(2016, 10, 1), true, 5);
		insertRating(LocalDate.of(2017, 3, 31), false, null);
		insertRating(LocalDate.of(2017, 4, 1), false, 2);
		insertRating(LocalDate.of(2017, 10, 1), true, 1);

		Document page = page("/statistics/satisfaction?year=2560");
		// six months: web 2 respondents (overall 5, 4), LINE 1 score (5) -> combined
		// (5+4+5)/3
		assertThat(row(page, "round6-table", 0)).containsExactly("เนื้อหาถูกต้องและเป็นปัจจุบัน", "เว็บไซต์", "2",
				"4.50", "90.0", "มาก");
		assertThat(row(page, "round6-table", 4)).containsExactly("ความพึงพอใจโดยรวม", "เว็บไซต์", "2", "4.50", "90.0",
				"มาก");
		assertThat(row(page, "round6-table", 5)).containsExactly("ความพึงพอใจต่อคำตอบทางไลน์", "ไลน์", "1", "5.00",
				"100.0", "มากที่สุด");
		assertThat(row(page, "round6-table", 6)).containsExactly("ความพึงพอใจโดยรวม (รวมสองช่องทาง)", "เว็บไซต์และไลน์",
				"3", "4.67", "93.3", "มากที่สุด");
		// twelve months: web 4 (overall 5, 4, 2, 3), LINE 2 scores (5, 2) -> combined
		// 21/6
		assertThat(row(page, "round12-table", 0)).containsExactly("เนื้อหาถูกต้องและเป็นปัจจุบัน", "เว็บไซต์", "4",
				"3.50", "70.0", "ปานกลาง");
		assertThat(row(page, "round12-table", 1)).containsExactly("ค้นหาข้อมูลได้ง่าย", "เว็บไซต์", "4", "3.25", "65.0",
				"ปานกลาง");
		assertThat(row(page, "round12-table", 5)).containsExactly("ความพึงพอใจต่อคำตอบทางไลน์", "ไลน์", "2", "3.50",
				"70.0", "ปานกลาง");
		assertThat(row(page, "round12-table", 6)).containsExactly("ความพึงพอใจโดยรวม (รวมสองช่องทาง)",
				"เว็บไซต์และไลน์", "6", "3.50", "70.0", "ปานกลาง");
		// 3 LINE ratings said whether it helped in the year, 1 said yes
		assertThat(page.select("#round12-heading").first().parent().text()).contains("ร้อยละ 33.3 (จาก 3 คำตอบ)");
	}

	@Test
	void keepsDailyLineFiguresFromTheBotsEvents() {
		Instant at = Instant.parse("2020-01-15T05:00:00Z");
		this.transactions.executeWithoutResult(tx -> {
			this.events.publishEvent(new LineActivity(LineActivity.Kind.FOLLOWED, at));
			this.events.publishEvent(new LineActivity(LineActivity.Kind.FOLLOWED, at));
			this.events.publishEvent(new LineActivity(LineActivity.Kind.UNFOLLOWED, at));
			this.events.publishEvent(new LineActivity(LineActivity.Kind.MESSAGE_RECEIVED, at));
			this.events.publishEvent(new QuestionAsked(Channel.LINE, QuestionAsked.Outcome.NOT_ANSWERED, at));
			this.events.publishEvent(new QuestionAsked(Channel.LINE, QuestionAsked.Outcome.ANSWERED, at));
		});
		LocalDate day = LocalDate.of(2020, 1, 15);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<LineDay> days = this.store.lineDays(day, day);
			assertThat(days).containsExactly(new LineDay(day, 2, 1, 1, 1, 1, 0, 1));
		});
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void staffDashboardShowsTheUnansweredCountAndLinksToTheList() throws Exception {
		this.transactions.executeWithoutResult(tx -> {
			Map<String, Object> key = new java.util.LinkedHashMap<>();
			key.put("stat_date", LocalDate.of(2021, 2, 2));
			key.put("channel", "WEB");
			this.store.add("question_daily", key, Map.of("not_answered", 4L, "suggested", 2L));
		});
		Document page = page("/staff/stats?from=2021-02-01&to=2021-02-28");
		assertThat(page.select("#unanswered-count").text())
			.isEqualTo("ตอบไม่ได้ 4 คำถาม และตอบได้เพียงแนะนำเรื่องใกล้เคียง 2 คำถาม");
		assertThat(page.select("a[href=/staff/assistant/unanswered]")).isNotEmpty();
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void staffDashboardRejectsABadRangeInThai() throws Exception {
		Document page = page("/staff/stats?from=2021-03-01&to=2021-02-01");
		assertThat(page.select("#error-summary").text()).contains("วันที่สิ้นสุดต้องไม่อยู่ก่อนวันที่เริ่มต้น");
		page = page("/staff/stats?from=yesterday&to=2021-02-01");
		assertThat(page.select("#from-error").text()).isEqualTo("กรุณาระบุวันที่ให้ถูกต้อง");
		this.mvc.perform(get("/staff/stats/survey.csv?from=x&to=y")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void exportsSurveyAnswersAsCsvWithBomThaiAndNoFormulas() throws Exception {
		this.jdbc
			.sql("INSERT INTO survey_response (submitted_at, submitted_on, fiscal_year, respondent_group, "
					+ "content_score, findability_score, speed_score, design_score, overall_score, comment) "
					+ "VALUES (?, ?, 2565, 'PUBLIC', 5, 4, 3, 2, 1, ?)")
			.params(Instant.parse("2022-06-01T03:00:00Z"), LocalDate.of(2022, 6, 1), "=1+1 ข้อมูล, \"ครบ\"")
			.update();
		byte[] body = this.mvc.perform(get("/staff/stats/survey.csv?from=2022-06-01&to=2022-06-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).contains("เนื้อหาถูกต้องและเป็นปัจจุบัน")
			.contains("2022-06-01 10:00:00,2565,ประชาชน,5,4,3,2,1,\"'=1+1 ข้อมูล, \"\"ครบ\"\"\"\r\n");
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void showsCommentsToStaffOnlyAndEscaped() throws Exception {
		this.jdbc
			.sql("INSERT INTO survey_response (submitted_at, submitted_on, fiscal_year, content_score, "
					+ "findability_score, speed_score, design_score, overall_score, comment) "
					+ "VALUES (?, ?, 2567, 4, 4, 4, 4, 4, ?)")
			.params(Instant.parse("2023-12-01T03:00:00Z"), LocalDate.of(2023, 12, 1),
					"<script>alert('x')</script> ช้ามาก")
			.update();
		String staff = this.mvc.perform(get("/staff/stats?from=2023-12-01&to=2023-12-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(staff).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ช้ามาก")
			.doesNotContain("<script>alert");
		String publicPage = page("/statistics/satisfaction?year=2567").html();
		assertThat(publicPage).doesNotContain("ช้ามาก");
	}

	@Test
	void staffDashboardNeedsASignedInStaffMember() throws Exception {
		this.mvc.perform(get("/staff/stats")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/staff/stats/survey.csv?from=2022-06-01&to=2022-06-01"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	@WithMockUser(roles = "APPROVER")
	void printableReportShowsBothRounds() throws Exception {
		Document page = page("/staff/stats/report?year=2570");
		assertThat(page.select("#round6-table")).hasSize(1);
		assertThat(page.select("#round12-table")).hasSize(1);
		assertThat(page.select("link[href=/stats/report.css]")).hasSize(1);
	}

	private Document page(String url) throws Exception {
		String html = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static void assertTableMatchesChart(Document page, String chartId, String tableId, int atLeast) {
		List<Element> bars = page.select("#" + chartId + " rect");
		List<Element> rows = page.select("#" + tableId + " tbody tr");
		assertThat(page.select("#" + chartId).attr("role")).isEqualTo("img");
		assertThat(page.select("#" + chartId + " > title").text()).isNotBlank();
		assertThat(page.select("#" + tableId + " caption").text()).isNotBlank();
		assertThat(bars).hasSameSizeAs(rows).hasSizeGreaterThanOrEqualTo(atLeast);
		for (int i = 0; i < bars.size(); i++) {
			Element row = rows.get(i);
			assertThat(row.select("th[scope=row]").text()).isEqualTo(bars.get(i).attr("data-label"));
			String value = row.select("td").size() > 3 ? row.select("td").get(2).text()
					: row.select("td").get(0).text();
			assertThat(value).isEqualTo(bars.get(i).attr("data-value"));
		}
	}

	private static List<String> row(Document page, String tableId, int index) {
		Element row = page.select("#" + tableId + " tbody tr").get(index);
		return row.select("th, td").eachText();
	}

	private long viewsToday() {
		return this.jdbc.sql("SELECT COALESCE(SUM(page_views), 0) FROM visit_daily WHERE stat_date = ?")
			.param(TODAY)
			.query(Long.class)
			.single();
	}

	private void insertSurvey(LocalDate on, int content, int findability, int speed, int design, int overall) {
		this.jdbc
			.sql("INSERT INTO survey_response (submitted_at, submitted_on, fiscal_year, content_score, "
					+ "findability_score, speed_score, design_score, overall_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(on.atStartOfDay(th.go.moph.dho.thai.ThaiDates.ZONE).plusHours(9).toInstant(), on,
					th.go.moph.dho.thai.ThaiDates.fiscalYear(on), content, findability, speed, design, overall)
			.update();
	}

	private void insertRating(LocalDate on, Boolean helpful, Integer score) {
		this.jdbc
			.sql("INSERT INTO line_rating (user_key, topic, topic_title, helpful, score, rated_on, created_at, "
					+ "updated_at) VALUES (?, 'item:1', 'วิธีขอใบรับรองแพทย์', ?, ?, ?, ?, ?)")
			.params("user-" + on, helpful, score, on, Instant.parse("2017-01-01T00:00:00Z"),
					Instant.parse("2017-01-01T00:00:00Z"))
			.update();
	}

}
