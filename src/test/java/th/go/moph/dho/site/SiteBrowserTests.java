package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.moph.dho.publishing.ContentService;

/**
 * The public site in Debian's headless Chromium: the home, a category, an item and the
 * contact page at phone (375 px) and desktop (1280 px) widths have no serious or critical
 * axe-core violation, Sarabun is the font that renders Thai, the menu folds on phones and
 * nothing scrolls sideways at 320 px. Skipped when Chromium or its driver is absent;
 * never downloads a browser or driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=site-browser-tests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	@LocalServerPort
	int port;

	@Autowired
	ContentService contentService;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private ChromeDriver driver;

	private Path profile;

	private String axe;

	private SiteContentFixture.Created created;

	@BeforeAll
	void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver from Debian are needed");
		this.created = SiteContentFixture.create(this.contentService);
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(AXE)) {
			assertThat(in).as(AXE).isNotNull();
			this.axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		this.profile = Files.createTempDirectory("site-chrome");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--user-data-dir=" + this.profile, "--lang=th");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void keyPagesHaveNoSeriousOrCriticalAccessibilityViolationsOnPhoneAndDesktop() {
		List<String> pages = List.of("/", "/office", "/public-relations/news/" + this.created.newsItem(),
				"/office/contact");
		List<String> serious = new ArrayList<>();
		for (int width : new int[] { 375, 1280 }) {
			this.driver.manage().window().setSize(new Dimension(width, 900));
			for (String page : pages) {
				open(page);
				for (Map<String, Object> violation : axe()) {
					String line = width + "px " + page + " [" + violation.get("impact") + "] " + violation.get("id")
							+ ": " + violation.get("help") + " at " + violation.get("nodes");
					System.out.println("axe: " + line);
					if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
						serious.add(line);
					}
				}
			}
		}
		assertThat(serious).isEmpty();
	}

	@Test
	void thaiRendersInTheSelfHostedSarabunFont() throws IOException {
		this.driver.manage().window().setSize(new Dimension(375, 1400));
		open("/");
		Object loaded = ((JavascriptExecutor) this.driver).executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						document.fonts.ready.then(function () {
						  var faces = [];
						  document.fonts.forEach(function (f) { if (f.status === 'loaded') faces.push(f.family + ' ' + f.weight); });
						  done(faces);
						});""");
		assertThat(loaded.toString()).contains("Sarabun");
		String family = (String) ((JavascriptExecutor) this.driver)
			.executeScript("return getComputedStyle(document.querySelector('h1')).fontFamily");
		assertThat(family).startsWith("Sarabun");
		Path shot = Path.of("target", "site-home-375.png");
		Files.createDirectories(shot.getParent());
		Files.write(shot, this.driver.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void theMenuFoldsBehindAButtonOnPhonesAndStaysOpenOnDesktops() {
		this.driver.manage().window().setSize(new Dimension(375, 900));
		open("/");
		WebElement button = this.driver.findElement(By.cssSelector(".menu-toggle"));
		WebElement menu = this.driver.findElement(By.id("site-menu"));
		assertThat(button.isDisplayed()).isTrue();
		assertThat(menu.isDisplayed()).isFalse();
		button.click();
		assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(menu.isDisplayed()).isTrue();
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		open("/");
		assertThat(this.driver.findElement(By.cssSelector(".menu-toggle")).isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.id("site-menu")).isDisplayed()).isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void tablesAndChartsAreReadableOnAPhone() {
		java.time.LocalDate today = java.time.LocalDate.now(th.go.moph.dho.thai.ThaiDates.ZONE);
		for (int back : new int[] { 2, 9 }) {
			this.jdbc
				.sql("INSERT INTO visit_daily (stat_date, page_views, unique_visitors, raw_page_views) "
						+ "SELECT ?, 1234567, 45678, 9876543 FROM (SELECT 1) x WHERE NOT EXISTS "
						+ "(SELECT 1 FROM visit_daily WHERE stat_date = ?)")
				.params(today.minusDays(back), today.minusDays(back))
				.update();
		}
		this.jdbc
			.sql("INSERT INTO survey_response (submitted_at, submitted_on, fiscal_year, content_score, "
					+ "findability_score, speed_score, design_score, overall_score) VALUES (?, ?, ?, 5, 4, 4, 3, 5)")
			.params(java.time.Instant.now(), today, th.go.moph.dho.thai.ThaiDates.fiscalYear(today))
			.update();
		this.driver.manage().window().setSize(new Dimension(375, 900));
		JavascriptExecutor js = this.driver;
		for (String page : List.of("/statistics/visit-statistics", "/statistics/satisfaction")) {
			open(page);
			// no number breaks over two lines; every table fits the screen (its rows
			// stack)
			List<String> wrapped = (List<String>) js.executeScript(
					"""
							var bad = [];
							document.querySelectorAll('.stats-table td, .stats-table th').forEach(function (c) {
							  var t = c.textContent.trim();
							  if (!/^[0-9][0-9,.]*$/.test(t)) return;
							  var r = document.createRange(); r.selectNodeContents(c);
							  var tops = new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.top); }));
							  if (tops.size > 1) bad.push(t);
							});
							return bad;""");
			assertThat(wrapped).as(page).isEmpty();
			List<Long> overflow = (List<Long>) js.executeScript("""
					return Array.from(document.querySelectorAll('.stats-table')).map(function (t) {
					  return t.scrollWidth - t.parentElement.clientWidth; });""");
			assertThat(overflow).as(page).isNotEmpty().allSatisfy(o -> assertThat(o).isLessThanOrEqualTo(0L));
			// chart labels as large on screen as body text
			Number smallest = (Number) js.executeScript("""
					var min = 1000;
					document.querySelectorAll('svg.stats-chart-svg').forEach(function (svg) {
					  var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
					  svg.querySelectorAll('text').forEach(function (t) {
					    min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale); });
					});
					return min;""");
			assertThat(smallest.doubleValue()).as(page).isGreaterThanOrEqualTo(12.0);
		}
		open("/statistics/visit-statistics");
		// days without visits are folded, so the daily table is not 30 rows of zeros
		assertThat(this.driver.findElements(By.cssSelector("#daily-table tbody tr"))).hasSizeLessThan(30);
		open("/public-relations/procurement-announcements/" + this.created.procurementItem());
		Long amountLines = (Long) js.executeScript(
				"""
						var most = 0;
						document.querySelectorAll('dd.amount').forEach(function (c) {
						  var r = document.createRange(); r.selectNodeContents(c);
						  most = Math.max(most, new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.top); })).size);
						});
						return most;""");
		assertThat(amountLines).isEqualTo(1L);
	}

	@Test
	void theHomePageShowsItsSearchBoxOnAPhoneWithoutOpeningTheMenu() {
		this.driver.manage().window().setSize(new Dimension(375, 900));
		open("/");
		assertThat(this.driver.findElement(By.id("site-menu")).isDisplayed()).isFalse();
		WebElement search = this.driver.findElement(By.cssSelector("main input[type=search]"));
		assertThat(search.isDisplayed()).isTrue();
		assertThat(search.getRect().getY()).as("above the fold").isLessThan(900);
		search.sendKeys("ฉีดวัคซีน");
		search.submit();
		assertThat(this.driver.getCurrentUrl()).contains("/search?q=");
		// on a desktop the header's search box is in view and the home page shows no
		// second one
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		open("/");
		assertThat(
				this.driver.findElements(By.cssSelector("input[type=search]")).stream().filter(WebElement::isDisplayed))
			.hasSize(1);
	}

	@Test
	void nothingScrollsSidewaysAt320Pixels() {
		this.driver.manage().window().setSize(new Dimension(320, 800));
		for (String page : List.of("/", "/office/contact",
				"/public-relations/procurement-announcements/" + this.created.procurementItem(), "/news")) {
			open(page);
			Long overflow = (Long) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as(page).isLessThanOrEqualTo(0L);
		}
	}

	@Test
	void theSkipLinkIsTheFirstStopAndMovesFocusToTheContent() {
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		open("/office");
		this.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		WebElement active = this.driver.switchTo().activeElement();
		assertThat(active.getAttribute("class")).contains("skip-link");
		assertThat(active.isDisplayed()).isTrue();
		active.sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(this.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> axe() {
		JavascriptExecutor js = this.driver;
		js.executeScript(this.axe);
		Object result = js.executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
						  done(r.violations.map(function (v) {
						    return { id: v.id, impact: v.impact, help: v.help,
						      nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ') };
						  }));
						}).catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: '' }]); });""");
		return (List<Map<String, Object>>) result;
	}

}
