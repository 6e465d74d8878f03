package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.eservice.RequestStatus;
import th.go.moph.dho.eservice.RequestStatusChanged;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentService;

/**
 * The /dev/line simulator in Chromium: type "ข่าว" and see the news carousel, tap a quick
 * reply, read a guide and rate it. Skipped when Debian's Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LineSimulatorBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	ContentService content;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	WebDriver browser;

	WebDriverWait wait;

	Path profile;

	@BeforeEach
	void openBrowser() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium not installed");
		this.profile = Files.createTempDirectory("dho-chrome");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--user-data-dir=" + this.profile, "--window-size=420,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (this.browser != null) {
			Files.writeString(Path.of("target/line-simulator-page.html"), this.browser.getPageSource());
			Files.write(Path.of("target/line-simulator.png"), ((org.openqa.selenium.TakesScreenshot) this.browser)
				.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
			this.browser.quit();
		}
	}

	void publish(String section, String title, ContentFields fields) {
		long revision = this.content.createDraft(section, null, fields, "test").getId();
		this.content.goLive(revision);
	}

	List<WebElement> botMessages() {
		return this.browser.findElements(By.cssSelector("#sim-chat .sim-bot"));
	}

	void send(String text) {
		WebElement input = this.browser.findElement(By.id("sim-text"));
		input.sendKeys(text);
		this.browser.findElement(By.cssSelector("#sim-form button")).click();
	}

	WebElement quickReply(String label) {
		return this.wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[@id='sim-quick']/button[starts-with(normalize-space(.), '" + label + "')]")));
	}

	@Test
	void citizenSeesNewsTapsAQuickReplyAsksAQuestionAndRatesTheGuide() {
		for (int i = 1; i <= 3; i++) {
			publish("news", "ข่าว " + i,
					ContentFields.of("ข่าวรณรงค์ฉีดวัคซีนไข้หวัดใหญ่ครั้งที่ " + i, "สรุปข่าว " + i, "เนื้อหา"));
		}
		publish("service-guides", "guide",
				ContentFields
					.of("การขอรับบริการฉีดวัคซีนผู้สูงอายุ", "ผู้สูงอายุ 60 ปีขึ้นไปรับวัคซีนฟรี", "รายละเอียด")
					.withSteps(List.of(new ContentFields.StepFields("ยื่นบัตรประชาชน", null, "5 นาที"),
							new ContentFields.StepFields("รับวัคซีน", null, "15 นาที"))));

		this.browser.get("http://localhost:" + this.port + "/dev/line");
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#sim-menu-areas button"), 5));

		send("ข่าว");
		this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sim-chat .sim-bot .sim-carousel")));
		assertThat(this.browser.findElements(By.cssSelector(".sim-carousel .sim-bubble"))).hasSize(3);
		assertThat(this.browser.findElement(By.cssSelector(".sim-carousel")).getText()).contains("ข่าวรณรงค์ฉีดวัคซีน")
			.contains("2569");

		// a quick reply of the help menu
		send("เมนู");
		quickReply("ติดต่อเรา").click();
		this.wait.until(d -> d.findElements(By.cssSelector("#sim-chat .sim-location")).size() == 1);

		// ask a question: the assistant is sure of the only guide and answers with it;
		// rate it
		send("วัคซีนผู้สูงอายุ");
		this.wait.until(d -> d.findElement(By.id("sim-chat")).getText().contains("ขั้นตอนการรับบริการ"));
		quickReply("เป็นประโยชน์").click();
		quickReply("5").click();
		this.wait.until(d -> d.findElement(By.id("sim-chat")).getText().contains("ขอบคุณสำหรับการประเมิน"));
		assertThat(this.jdbc.sql("SELECT score FROM line_rating").query(Integer.class).list()).containsExactly(5);
		String chat = this.browser.findElement(By.id("sim-chat")).getText();
		assertThat(chat.split("ขอบคุณสำหรับการประเมิน", -1)).as("each reply shown once").hasSize(2);
	}

	@Test
	void followerSeesTheStatusCardOfTheirRequestPushedIntoTheChat() {
		// the chat of a citizen named in the address (by default the LIFF mock user's)
		String user = "U" + UUID.randomUUID().toString().replace("-", "");
		this.browser.get("http://localhost:" + this.port + "/dev/line?user=" + user);
		this.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#sim-menu-areas button"), 5));
		assertThat(this.browser.findElement(By.id("main")).getDomAttribute("data-user")).isEqualTo(user);
		this.browser.findElement(By.id("sim-follow")).click();
		this.wait.until(d -> d.findElement(By.id("sim-chat")).getText().contains("สวัสดีค่ะ"));
		// nothing typed: the staff moved the request on and the bot pushes the card
		this.transaction
			.executeWithoutResult(status -> this.events.publishEvent(new RequestStatusChanged(UUID.randomUUID(),
					"ER-2569-000777", "nuisance", "ร้องเรียนเหตุรำคาญ", RequestStatus.WAITING_FOR_CITIZEN,
					"กรุณาส่งภาพถ่ายจุดที่เกิดเหตุเพิ่มเติม", user, Instant.now())));
		WebElement card = this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//ol[@id='sim-chat']//div[contains(@class, 'sim-bubble')]"
					+ "[contains(normalize-space(.), 'ER-2569-000777')]")));
		assertThat(card.getText()).contains("รอข้อมูลเพิ่มเติมจากท่าน")
			.contains("กรุณาส่งภาพถ่ายจุดที่เกิดเหตุเพิ่มเติม")
			.contains("ดูรายละเอียด");
		assertThat(this.jdbc.sql("SELECT status FROM line_outbound WHERE subject = 'ER-2569-000777'")
			.query(String.class)
			.single()).isEqualTo("SENT");
	}

}
