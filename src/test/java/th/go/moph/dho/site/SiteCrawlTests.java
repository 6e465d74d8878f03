package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentService;

/**
 * The whole application on a random port with content of every section kind: a crawler
 * starts at the home page and follows every internal link, and every page must be a
 * complete, accessible Thai page that loads nothing from another host. Then bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=site-crawl-tests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteCrawlTests {

	private static final Pattern CSS_URL = Pattern
		.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

	@LocalServerPort
	int port;

	@Autowired
	ContentService contentService;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private SiteContentFixture.Created created;

	@BeforeAll
	void createContent() {
		this.created = SiteContentFixture.create(this.contentService);
	}

	@Test
	void everyPageReachableFromHomeIsACompleteThaiPageThatLoadsNothingFromAnotherHost() throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Set<String> stylesheets = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		int pages = 0;
		while (!queue.isEmpty()) {
			String path = queue.poll();
			HttpResponse<String> response = get(path);
			if (response.statusCode() == 302) {
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				if (response.statusCode() != 200) {
					problems.add(path + " answered " + response.statusCode());
				}
				continue;
			}
			pages++;
			Document page = Jsoup.parse(response.body(), base() + path);
			checkPage(path, response.statusCode(), page, problems);
			for (Element resource : page.select("script[src], link[href], img[src], iframe[src], source[src], "
					+ "source[srcset], video[src], audio[src], embed[src], object[data], input[src]")) {
				String url = resource.hasAttr("src") ? resource.absUrl("src")
						: resource.hasAttr("href") ? resource.absUrl("href")
								: resource.hasAttr("data") ? resource.absUrl("data") : resource.attr("srcset");
				if (resource.is("link[rel~=alternate]")) {
					continue;
				}
				if (!isLocal(url)) {
					problems.add(path + " loads " + url + " from another host");
				}
				else if (resource.is("link[rel~=stylesheet]")) {
					stylesheets.add(URI.create(url).getPath());
				}
			}
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("?lang=") || href.startsWith("#") || href.startsWith("tel:")
						|| href.startsWith("mailto:")) {
					continue;
				}
				String url = link.absUrl("href");
				if (!isLocal(url)) {
					continue;
				}
				URI uri = URI.create(url);
				String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				if (seen.add(target)) {
					queue.add(target);
				}
			}
		}
		for (String stylesheet : stylesheets) {
			HttpResponse<String> css = get(stylesheet);
			assertThat(css.statusCode()).as(stylesheet).isEqualTo(200);
			Matcher m = CSS_URL.matcher(css.body());
			while (m.find()) {
				String url = m.group(1) != null ? m.group(1) : m.group(2);
				if (!url.startsWith("data:") && (url.startsWith("//") || url.matches("(?i)^[a-z][a-z0-9+.-]*:.*"))) {
					problems.add(stylesheet + " loads " + url + " from another host");
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(pages).as("pages crawled").isGreaterThan(60);
		assertThat(seen).contains("/office/contact", "/office/executives", "/links", "/news", "/policies/privacy",
				"/statistics/visit-statistics", "/statistics/satisfaction", "/sitemap.xml", "/feed.atom",
				"/public-relations/news/" + this.created.newsItem(), "/files/" + this.created.thaiFile());
		assertThat(stylesheets).anyMatch(s -> s.startsWith("/css/site"));
	}

	private void checkPage(String path, int status, Document page, List<String> problems) {
		if (status != 200) {
			problems.add(path + " answered " + status);
		}
		if (!"th".equals(page.selectFirst("html").attr("lang"))) {
			problems.add(path + " is not lang=th");
		}
		if (page.title().isBlank()) {
			problems.add(path + " has no title");
		}
		if (page.select("h1").size() != 1) {
			problems.add(path + " has " + page.select("h1").size() + " h1");
		}
		if (page.select("main").size() != 1) {
			problems.add(path + " has " + page.select("main").size() + " main");
		}
		if (page.select("a.skip-link[href=#main]").isEmpty() || page.getElementById("main") == null) {
			problems.add(path + " has no working skip link");
		}
		if (page.select("nav.breadcrumbs").isEmpty() && !path.equals("/") && !path.startsWith("/search")) {
			problems.add(path + " has no breadcrumbs");
		}
		for (Element img : page.select("img")) {
			if (!img.hasAttr("alt")) {
				problems.add(path + " has an image without alt: " + img.attr("src"));
			}
		}
	}

	@Test
	void contentPagesShowWhenTheyWereLastUpdatedInTheBuddhistEra() throws Exception {
		for (String path : List.of("/office/history/" + this.created.pageItem(), "/office/history", "/office")) {
			Document page = Jsoup.parse(get(path).body());
			Element time = page.selectFirst(".last-updated time");
			assertThat(time).as(path).isNotNull();
			assertThat(time.text()).as(path).matches("\\d{1,2} \\S+ 25\\d\\d");
		}
	}

	@Test
	void officeSettingsInThaiReachThePagesIntact() throws Exception {
		Document page = Jsoup.parse(get("/office/contact").body());
		assertThat(page.select(".brand-name").text()).isEqualTo("สำนักงานสาธารณสุขอำเภอทุ่งตะโก");
		assertThat(page.select("a[href^=tel:]").attr("href")).isEqualTo("tel:077000000");
		assertThat(page.select("a[href^=mailto:]").first().attr("href")).startsWith("mailto:saraban");
		assertThat(page.select(".office-map svg[role=img] title").text()).contains("ทุ่งตะโก");
		assertThat(page.select("a[href^=https://www.openstreetmap.org/]")).hasSize(1);
		assertThat(page.select(".contact-item").text()).contains("ติดต่อผ่านไลน์ได้ตลอดเวลา");
	}

	@Test
	void itemPagesRenderWhatTheirKindCarries() throws Exception {
		Document law = Jsoup.parse(get("/laws/acts/" + this.created.lawItem()).body());
		assertThat(law.select(".facts").text()).contains("ราชกิจจานุเบกษา");
		assertThat(law.select("a[rel=external]").attr("href")).startsWith("https://www.ratchakitcha");
		assertThat(law.select("a[rel=external]").attr("target")).isEmpty();
		Document procurement = Jsoup
			.parse(get("/public-relations/procurement-announcements/" + this.created.procurementItem()).body());
		assertThat(procurement.select(".facts").text()).contains("1,250,000.50 บาท", "1 พฤศจิกายน 2569");
		Document page = Jsoup.parse(get("/office/history/" + this.created.pageItem()).body());
		assertThat(page.select(".item-body h2").text()).isEqualTo("ความเป็นมา");
		assertThat(page.select(".item-body table")).hasSize(1);
		Document executives = Jsoup.parse(get("/office/executives").body());
		assertThat(executives.select(".person-card img").attr("alt")).isEqualTo("รูปถ่ายนายสมชาย ใจดี");
		assertThat(executives.select(".person-card").text()).contains("นายสมชาย ใจดี", "077-000-010");
		Document guide = Jsoup.parse(get("/service-manuals/service-guides").body());
		String guidePath = guide.select(".summary-title a").attr("href");
		Document guidePage = Jsoup.parse(get(guidePath).body());
		assertThat(guidePage.select("ol.step-list > li")).hasSize(2);
		assertThat(guidePage.select("ol.step-list").text()).contains("10 นาที", "20 นาที");
		Document links = Jsoup.parse(get("/links").body());
		assertThat(links.select(".section-card h2")).hasSize(4);
		assertThat(links.select(".link-list a[href=https://example.go.th/cpho]")).hasSize(1);
	}

	@Test
	void markupInTitlesBodiesAndFileNamesRendersAsText() throws Exception {
		Document page = Jsoup.parse(get("/public-relations/news/" + this.created.xssItem()).body());
		assertThat(page.select("h1").text()).isEqualTo(SiteContentFixture.XSS_TITLE);
		assertThat(page.select("script").stream().filter(s -> !s.hasAttr("src"))).isEmpty();
		assertThat(page.select("script[src]")).allMatch(s -> s.attr("src").startsWith("/js/site/"));
		assertThat(page.select("[onerror], [onclick], [onload]")).isEmpty();
		assertThat(page.select("a[href^=javascript:]")).isEmpty();
		assertThat(page.select(".file-list a").text()).isEqualTo(SiteContentFixture.XSS_FILE_NAME);
		Document news = Jsoup.parse(get("/news").body());
		assertThat(news.select(".summary-title").text()).contains(SiteContentFixture.XSS_TITLE);
		assertThat(news.select("b")).isEmpty();
	}

	@Test
	void unknownSlugsAndIdsGiveTheThai404Page() throws Exception {
		for (String path : List.of("/no-such-category", "/office/no-such-section", "/office/history/999999",
				"/office/history/99999999999999999999999", "/laws/acts/" + this.created.newsItem(),
				"/office/news/" + this.created.newsItem(), "/public-relations/news/" + this.created.withdrawnItem(),
				"/policies/cookies")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("h1").text()).as(path).isEqualTo("ไม่พบหน้าที่ท่านต้องการ");
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("th");
		}
	}

	@Test
	void aRefusedRequestGetsTheThai400Page() throws Exception {
		// a form sent without its CSRF token, as a forged cross-site post would be
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(base() + "/statistics/satisfaction/survey"))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("overall=5"))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("คำขอไม่ถูกต้อง");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("th");
		assertThat(page.select("main")).hasSize(1);
	}

	@Test
	void malformedPageNumbersAreClampedNeverAnError() throws Exception {
		for (String query : List.of("page=abc", "page=-1", "page=0", "page=99999", "page=1e9", "page=%00", "page=",
				"type=nonsense&page=2", "page=2147483648")) {
			HttpResponse<String> response = get("/news?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(200);
			assertThat(Jsoup.parse(response.body()).select(".summary-card")).as(query).isNotEmpty();
		}
		Document last = Jsoup.parse(get("/public-relations/activity-photos?page=500").body());
		assertThat(last.select(".pagination .active").text()).isEqualTo("หน้า 2 จาก 2");
	}

	@Test
	void filesAreReachableOnlyByTheIdOfAFileOfALiveItem() throws Exception {
		for (String path : List.of("/files/abc", "/files/../application.properties", "/files/%2e%2e/x",
				"/files/" + this.created.draftFile(), "/files/" + this.created.withdrawnFile(), "/files/999999",
				"/files/1.pdf")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain("%PDF");
		}
		assertThat(get("/files/" + this.created.draftFile()).statusCode()).isEqualTo(404);
		assertThat(get("/files/" + this.created.withdrawnFile()).statusCode()).isEqualTo(404);
		assertThat(get("/files/abc").statusCode()).isEqualTo(404);
		assertThat(get("/files/../x").statusCode()).isEqualTo(404);
	}

	@Test
	void downloadsKeepTheirThaiNameWithAnAsciiFallback() throws Exception {
		HttpResponse<String> response = get("/files/" + this.created.thaiFile());
		assertThat(response.statusCode()).isEqualTo(200);
		String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).startsWith("attachment;");
		assertThat(disposition).contains("filename*=UTF-8''"
				+ java.net.URLEncoder.encode(SiteContentFixture.THAI_FILE_NAME, StandardCharsets.UTF_8)
					.replace("+", "%20"));
		Matcher ascii = Pattern.compile("filename=\"([^\"]*)\"").matcher(disposition);
		assertThat(ascii.find()).isTrue();
		assertThat(ascii.group(1)).matches("\\p{ASCII}+").endsWith(".pdf");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		HttpResponse<String> image = get("/files/" + this.created.imageFile());
		assertThat(image.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
	}

	@Test
	void searchAnswersAndHandlesEmptyAndOverlongQuestionsInThai() throws Exception {
		Document found = Jsoup.parse(get("/search?q=" + enc("ไข้เลือดออก")).body());
		assertThat(found.select(".summary-title").text()).contains("เตือนภัยไข้เลือดออกระบาด");
		assertThat(found.select("#search-q").val()).isEqualTo("ไข้เลือดออก");
		Document empty = Jsoup.parse(get("/search?q=+").body());
		assertThat(empty.select("[role=status]").text()).isEqualTo("กรุณาพิมพ์คำที่ต้องการค้นหา");
		HttpResponse<String> tooLong = get("/search?q=" + "ก".repeat(501));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(tooLong.body()).select("[role=status]").text()).contains("500");
	}

	@Test
	void homeShowsANewAlertAsSoonAsItIsPublished() throws Exception {
		assertThat(Jsoup.parse(get("/").body()).select(".alert-list").text()).contains("เตือนภัยไข้เลือดออกระบาด");
		var revision = this.contentService.createDraft("alerts", null,
				ContentFields.of("งดจ่ายน้ำประปาชั่วคราว", null, "แจ้งเตือน")
					.withWindow(java.time.Instant.now().minusSeconds(60), null),
				"test");
		long item = this.contentService.goLive(revision.getId()).id();
		assertThat(Jsoup.parse(get("/").body()).select(".alert-list").text()).contains("งดจ่ายน้ำประปาชั่วคราว");
		this.contentService.withdraw(item, "ทดสอบ");
		assertThat(Jsoup.parse(get("/").body()).select(".alert-list").text()).doesNotContain("งดจ่ายน้ำประปาชั่วคราว");
	}

	@Test
	void englishIsOfferedAndRememberedWithACookie() throws Exception {
		HttpResponse<String> english = get("/?lang=en");
		Document page = Jsoup.parse(english.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select(".skip-link").text()).isEqualTo("Skip to main content");
		assertThat(page.select(".brand-name").text()).isEqualTo("Thung Tako District Public Health Office");
		String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("dho-lang=en");
		HttpResponse<String> again = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/news"))
			.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(Jsoup.parse(again.body()).select("h1").text()).isEqualTo("News");
		assertThat(Jsoup.parse(get("/news").body()).select("h1").text()).isEqualTo("ข่าวประชาสัมพันธ์");
		assertThat(Jsoup.parse(get("/?lang=fr").body()).selectFirst("html").attr("lang")).isEqualTo("th");
	}

	@Test
	void sitemapFeedAndRobotsUseAbsoluteUrlsAndKeepCrawlersOutOfStaffPages() throws Exception {
		String sitemap = get("/sitemap.xml").body();
		assertThat(sitemap)
			.contains("<loc>http://localhost:8080/public-relations/news/" + this.created.newsItem() + "</loc>")
			.contains("<loc>http://localhost:8080/office/contact</loc>")
			.doesNotContain("/" + this.created.withdrawnItem() + "</loc>");
		HttpResponse<String> feed = get("/feed.atom");
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		Document atom = Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser());
		assertThat(atom.select("entry > title").eachText()).contains("ประชุมประจำเดือน อสม.",
				SiteContentFixture.XSS_TITLE);
		assertThat(atom.select("entry > id").first().text()).startsWith("http://localhost:8080/public-relations/");
		String robots = get("/robots.txt").body();
		assertThat(robots).contains("Disallow: /staff", "Disallow: /api", "Disallow: /dev",
				"Sitemap: http://localhost:8080/sitemap.xml");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private boolean isLocal(String url) {
		URI uri = URI.create(url.replace(" ", "%20"));
		return uri.getHost() == null || ("localhost".equals(uri.getHost()) && uri.getPort() == this.port);
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
