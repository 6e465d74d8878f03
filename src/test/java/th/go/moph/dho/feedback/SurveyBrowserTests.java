package th.go.moph.dho.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fills the survey in Debian's Chromium on a 375 px wide phone screen (skipped when
 * Chromium is not installed). The too-fast check is set to zero here; its own test covers
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dho.feedback.survey-min-fill=0s")
class SurveyBrowserTests {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	WebDriver driver;

	Path profile;

	@BeforeEach
	void startBrowser() throws Exception {
		assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Chromium is not installed");
		this.profile = Files.createTempDirectory("survey-chrome");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--user-data-dir=" + this.profile);
		// a phone's screen: desktop Chrome windows cannot be narrower than about 500 px
		options.setExperimentalOption("mobileEmulation",
				java.util.Map.of("deviceMetrics", java.util.Map.of("width", 375, "height", 812, "pixelRatio", 2.0)));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void citizenFillsTheSurveyOnAPhoneAndSeesTheThankYouPage() {
		this.driver.get("http://127.0.0.1:" + this.port + "/statistics/satisfaction/survey");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("แบบประเมินความพึงพอใจต่อเว็บไซต์");
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		// nothing of the survey is wider than the phone's screen (the site header is the
		// layout's)
		Object tooWide = js.executeScript("var out = [];"
				+ "document.querySelectorAll('#main *').forEach(function (e) {" + "  var r = e.getBoundingClientRect();"
				+ "  if (r.width > 0 && r.right > 375 && !e.closest('.survey-hp')) { out.push(e.tagName + '#' + e.id); }"
				+ "});" + "return out.join(' ');");
		assertThat(tooWide).isEqualTo("");

		// sending with one answer missing shows the Thai error summary first
		for (String field : new String[] { "content", "findability", "speed", "design" }) {
			choose(field + "-4");
		}
		submit();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
		assertThat(this.driver.findElement(By.id("error-summary")).getText())
			.contains("กรุณาเลือกระดับความพึงพอใจในข้อนี้");

		choose("overall-5");
		choose("group-PUBLIC");
		this.driver.findElement(By.id("comment")).sendKeys("อ่านง่ายบนมือถือ");
		submit();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "ขอบคุณที่ตอบแบบประเมิน"));
		assertThat(this.driver.getCurrentUrl()).endsWith("/statistics/satisfaction/survey/thanks");
	}

	/** Sends the form from the keyboard, as a keyboard or switch user would. */
	private void submit() {
		this.driver.findElement(By.cssSelector("main form button[type=submit]"))
			.sendKeys(org.openqa.selenium.Keys.ENTER);
	}

	/**
	 * Chooses a radio button from the keyboard (focus, space), as a keyboard user would.
	 */
	private void choose(String id) {
		this.driver.findElement(By.id(id)).sendKeys(org.openqa.selenium.Keys.SPACE);
		assertThat(this.driver.findElement(By.id(id)).isSelected()).isTrue();
	}

}
