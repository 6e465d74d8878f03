package th.go.moph.dho.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionOperations;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.dho.MutableClock;

class VisitCounterTests {

	static final String BROWSER = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";

	// 2026-11-26 23:59 in Bangkok
	final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T16:59:00Z"));

	final StatsStore store = mock(StatsStore.class);

	final VisitCounter counter = new VisitCounter(this.store, TransactionOperations.withoutTransaction(), this.clock,
			new StatsSettings(true, Duration.ofSeconds(5), 3));

	final VisitCountingFilter filter = new VisitCountingFilter(this.counter);

	@Test
	void countsAViewOfAPublicPage() throws Exception {
		get("/news/123", BROWSER, 200, "text/html;charset=UTF-8");
		assertThat(this.counter.pendingToday()).isEqualTo(new DailyVisits(LocalDate.of(2026, 11, 26), 1, 1));
		this.counter.flush();
		verify(this.store).add("visit_daily", Map.of("stat_date", LocalDate.of(2026, 11, 26)),
				Map.of("page_views", 1L, "unique_visitors", 1L, "raw_page_views", 1L));
		verify(this.store).add(eq("visit_page_daily"),
				eq(Map.of("stat_date", LocalDate.of(2026, 11, 26), "path", "/news/{id}")), eq(Map.of("views", 1L)));
	}

	@Test
	void countsOneVisitorsViewsOfAPageAtMostTheCapADayButKeepsTheRawNumber() throws Exception {
		VisitCounter capped = new VisitCounter(this.store, TransactionOperations.withoutTransaction(), this.clock,
				new StatsSettings(true, Duration.ofSeconds(5), 500, 20, 1000));
		LocalDate day = LocalDate.of(2026, 11, 26);
		for (int i = 0; i < 1000; i++) {
			capped.count("/news", "192.0.2.1", BROWSER);
		}
		capped.count("/news", "192.0.2.2", BROWSER); // another visitor
		for (int i = 0; i < 25; i++) {
			capped.count("/office", "192.0.2.1", BROWSER); // the same visitor, another
															// page
		}
		assertThat(capped.pendingToday()).isEqualTo(new DailyVisits(day, 20 + 1 + 20, 2, 1000 + 1 + 25));
		capped.flush();
		verify(this.store).add("visit_daily", Map.of("stat_date", day),
				Map.of("page_views", 41L, "unique_visitors", 2L, "raw_page_views", 1026L));
		verify(this.store).add(eq("visit_page_daily"), eq(Map.of("stat_date", day, "path", "/news")),
				eq(Map.of("views", 21L)));
		// a new day starts every visitor afresh
		this.clock.advance(Duration.ofMinutes(2));
		for (int i = 0; i < 30; i++) {
			capped.count("/news", "192.0.2.1", BROWSER);
		}
		assertThat(capped.pendingToday()).isEqualTo(new DailyVisits(day.plusDays(1), 20, 1, 30));
	}

	@Test
	void remembersABoundedNumberOfVisitorPagesAndCountsTheRestWithoutTheCap() {
		VisitCounter capped = new VisitCounter(this.store, TransactionOperations.withoutTransaction(), this.clock,
				new StatsSettings(true, Duration.ofSeconds(5), 500, 2, 1));
		for (int i = 0; i < 5; i++) {
			capped.count("/a", "192.0.2.1", BROWSER); // remembered: capped at 2
			capped.count("/b", "192.0.2.1", BROWSER); // past the memory bound: all count
		}
		assertThat(capped.pendingToday().pageViews()).isEqualTo(2 + 5);
		assertThat(capped.pendingToday().rawPageViews()).isEqualTo(10);
	}

	@Test
	void ignoresBots() throws Exception {
		get("/", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 200, "text/html");
		get("/", "", 200, "text/html");
		get("/", null, 200, "text/html");
		assertNothingCounted();
	}

	@Test
	void remembersWhichUserAgentsAreBotsWithoutEverGrowingPastItsLimit() {
		for (int i = 0; i < 3 * VisitPaths.MAX_USER_AGENTS; i++) {
			assertThat(VisitPaths.isBot("Mozilla/5.0 (Windows NT 10.0) Chrome/" + i)).isFalse();
			assertThat(VisitPaths.isBot("ExampleCrawler/" + i)).isTrue();
		}
		// asked again, from memory or not, the answers stay the same
		assertThat(VisitPaths.isBot(BROWSER)).isFalse();
		assertThat(VisitPaths.isBot(BROWSER)).isFalse();
		assertThat(VisitPaths.isBot("Mozilla/5.0 (compatible; Googlebot/2.1)")).isTrue();
		assertThat(VisitPaths.isBot("Mozilla/5.0 (compatible; Googlebot/2.1)")).isTrue();
		assertThat(VisitPaths.rememberedUserAgents()).isLessThanOrEqualTo(VisitPaths.MAX_USER_AGENTS);
	}

	@Test
	void ignoresStaffPagesAssetsApisAndHealthChecks() throws Exception {
		get("/staff/stats", BROWSER, 200, "text/html");
		get("/api/assistant", BROWSER, 200, "text/html");
		get("/actuator/health", BROWSER, 200, "text/html");
		get("/webjars/bootstrap/css/bootstrap.min.css", BROWSER, 200, "text/html");
		get("/line/webhook", BROWSER, 200, "text/html");
		assertNothingCounted();
	}

	@Test
	void ignoresErrorsOtherMethodsAndOtherContent() throws Exception {
		get("/missing", BROWSER, 404, "text/html");
		get("/feed.json", BROWSER, 200, "application/json");
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/statistics/satisfaction/survey");
		post.addHeader("User-Agent", BROWSER);
		this.filter.doFilter(post, new MockHttpServletResponse(), chain(200, "text/html"));
		assertNothingCounted();
	}

	@Test
	void countsAVisitorOncePerDayAndAgainTheNextDay() throws Exception {
		get("/", BROWSER, 200, "text/html");
		get("/knowledge", BROWSER, 200, "text/html");
		get("/", BROWSER, 200, "text/html", "10.0.0.2");
		// past midnight in Bangkok: a new day, a new key, the same visitor counts again
		this.clock.advance(Duration.ofMinutes(2));
		get("/", BROWSER, 200, "text/html");
		this.counter.flush();
		verify(this.store).add("visit_daily", Map.of("stat_date", LocalDate.of(2026, 11, 26)),
				Map.of("page_views", 3L, "unique_visitors", 2L, "raw_page_views", 3L));
		verify(this.store).add("visit_daily", Map.of("stat_date", LocalDate.of(2026, 11, 27)),
				Map.of("page_views", 1L, "unique_visitors", 1L, "raw_page_views", 1L));
	}

	@Test
	void countsPathsBeyondTheDailyCapAsOther() throws Exception {
		for (String path : new String[] { "/a", "/b", "/c", "/d", "/e" }) {
			get(path, BROWSER, 200, "text/html");
		}
		this.counter.flush();
		LocalDate day = LocalDate.of(2026, 11, 26);
		verify(this.store).add("visit_page_daily", Map.of("stat_date", day, "path", VisitCounter.OTHER_PATHS),
				Map.of("views", 2L));
		verify(this.store).add("visit_page_daily", Map.of("stat_date", day, "path", "/c"), Map.of("views", 1L));
	}

	@Test
	void normalisesPathsToAFewNames() {
		assertThat(VisitPaths.normalise("/files/42")).isEqualTo("/files/{id}");
		assertThat(VisitPaths.normalise("/Knowledge/Articles/")).isEqualTo("/knowledge/articles");
		assertThat(VisitPaths.normalise("/office/history;jsessionid=ABC")).isEqualTo("/office/history");
		assertThat(VisitPaths.normalise("/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7")).isEqualTo("/ข่าว");
		assertThat(VisitPaths.normalise("")).isEqualTo("/");
	}

	private void assertNothingCounted() {
		assertThat(this.counter.pendingToday().pageViews()).isZero();
		this.counter.flush();
		verify(this.store, never()).add(any(), anyMap(), anyMap());
	}

	private void get(String path, String userAgent, int status, String contentType)
			throws IOException, ServletException {
		get(path, userAgent, status, contentType, "10.0.0.1");
	}

	private void get(String path, String userAgent, int status, String contentType, String address)
			throws IOException, ServletException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		if (userAgent != null) {
			request.addHeader("User-Agent", userAgent);
		}
		this.filter.doFilter(request, new MockHttpServletResponse(), chain(status, contentType));
	}

	private static MockFilterChain chain(int status, String contentType) {
		return new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				res.setStatus(status);
				res.setContentType(contentType);
			}
		});
	}

}
