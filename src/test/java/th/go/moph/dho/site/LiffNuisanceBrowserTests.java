package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.moph.dho.eservice.EserviceRequests;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffRole;

/**
 * The LIFF app on a 375 px phone in Chromium, in mock mode (no LIFF id: @line/liff-mock
 * and the local LINE simulator): a citizen files a nuisance complaint with a photo and
 * sees the tracking number; a staff member moves it to done on the staff screen; the
 * /dev/line simulator shows the card LINE pushed to the citizen. Skipped when Debian's
 * Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiffNuisanceBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final String PASSWORD = "liff-browser-test-password";

	static final int PHONE_WIDTH = 375;

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	EserviceRequests requests;

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
				"--user-data-dir=" + this.profile, "--window-size=" + PHONE_WIDTH + ",812");
		// a phone's screen: 375 CSS pixels wide, touch, twice as many device pixels
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", PHONE_WIDTH, "height", 812, "pixelRatio", 2.0, "touch", true)));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (this.browser != null) {
			Files.writeString(Path.of("target/liff-nuisance-page.html"), this.browser.getPageSource());
			Files.write(Path.of("target/liff-nuisance.png"),
					((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
			this.browser.quit();
		}
	}

	void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

	void click(WebElement element) {
		js("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
		}
		catch (ElementClickInterceptedException ex) {
			// a bar fixed to the bottom of the staff screen covers it on a phone
			js("arguments[0].click();", element);
		}
	}

	WebElement button(String text) {
		return this.wait
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']")));
	}

	static Path photo() throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(90, 90, 90));
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.WHITE);
		g.fillOval(20, 10, 24, 24);
		g.dispose();
		Path file = Files.createTempDirectory("dho-photo").resolve("smoke.png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	@Test
	void citizenFilesANuisanceComplaintWithAPhotoOnAPhoneAndLineShowsItDone() throws Exception {
		// the citizen has added the office's LINE account as a friend (the simulator
		// chats as
		// the LIFF app's mock user)
		open("/dev/line");
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("sim-follow"))));
		this.wait.until(d -> !d.findElements(By.cssSelector("#sim-chat .sim-bot")).isEmpty());
		int before = this.browser.findElements(By.cssSelector("#sim-chat .sim-bot")).size();

		// the services, on a phone
		open("/liff/");
		WebElement service = this.wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//a[contains(@class,'card-link')][.//span[normalize-space(.)='แจ้งเหตุรำคาญ']]")));
		assertThat(((Number) js("return window.innerWidth;")).intValue()).isEqualTo(PHONE_WIDTH);
		assertThat(this.browser.findElement(By.cssSelector(".mock-banner")).getText()).contains("โหมดทดลอง");
		click(service);

		// the form: nothing filled in gives the errors, tied to their fields
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-detail")));
		click(button("ตรวจสอบข้อมูล"));
		WebElement summary = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
		assertThat(summary.getText()).contains("รายละเอียด");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(summary);
		assertThat(this.browser.findElement(By.id("f-detail")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.browser.findElement(By.id("f-detail")).getAttribute("aria-describedby"))
			.contains("f-detail-error");

		click(this.browser.findElement(By.xpath("//label[normalize-space(.)='กลิ่นเหม็น']")));
		this.browser.findElement(By.id("f-detail"))
			.sendKeys("มีการเผาขยะพลาสติกทุกเย็น ควันและกลิ่นเข้าบ้านหลายหลัง เด็กไอ");
		this.browser.findElement(By.id("f-location")).sendKeys("หมู่ 3 ตำบลปากตะโก ใกล้ศาลาประชาคม");
		this.browser.findElement(By.id("f-full_name")).sendKeys("นางสมใจ ทดสอบ");
		this.browser.findElement(By.id("f-phone")).sendKeys("0812345678");
		assertThat(this.browser.findElement(By.id("f-phone")).getAttribute("inputmode")).isEqualTo("tel");
		this.browser.findElement(By.id("f-photos-pick")).sendKeys(photo().toString());
		WebElement preview = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#f-photos-field img.file-preview")));
		this.wait.until(d -> (Boolean) js("return arguments[0].complete && arguments[0].naturalWidth > 0;", preview));
		assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;"))
			.as("nothing wider than the phone")
			.isTrue();
		click(button("ตรวจสอบข้อมูล"));

		// check your answers, then send
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "ตรวจสอบข้อมูล"));
		String answers = this.browser.findElement(By.cssSelector(".summary-list")).getText();
		assertThat(answers).contains("กลิ่นเหม็น").contains("smoke.png").contains("0812345678");
		click(button("ยืนยันและส่งเรื่อง"));

		// the tracking number, large
		WebElement number = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tracking-number")));
		String trackingNumber = number.getText();
		assertThat(trackingNumber).matches("ER-\\d{4}-\\d{6}");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("ส่งเรื่องเรียบร้อยแล้ว");

		// a staff member moves it to done on the staff screen
		this.accounts.create("liff-eservice", "นายรับเรื่อง ทดสอบ", "เจ้าพนักงานสาธารณสุข",
				EnumSet.of(StaffRole.ESERVICE), PASSWORD);
		open("/staff/login");
		this.browser.findElement(By.id("username")).sendKeys("liff-eservice");
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(this.browser.findElement(By.cssSelector("main form button[type=submit]")));
		this.wait.until(ExpectedConditions.urlMatches("^.*/staff$"));
		long id = this.requests.idOf(trackingNumber).orElseThrow();
		open("/staff/eservice/requests/" + id);
		new Select(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))))
			.selectByValue("DONE");
		this.browser.findElement(By.id("citizenMessage")).sendKeys("ตรวจสอบแล้ว ผู้ประกอบการหยุดเผาขยะแล้ว");
		click(this.browser.findElement(By.cssSelector("#status-form button[type=submit]")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request-status"), "เสร็จ"));

		// the citizen's LINE (the simulator chats as the LIFF mock user) shows the pushed
		// card
		open("/dev/line");
		By doneCard = By.xpath("//ol[@id='sim-chat']//*[contains(@class,'sim-bubble')][contains(., '" + trackingNumber
				+ "')][contains(., 'ดำเนินการเสร็จสิ้น')]");
		WebElement card = this.wait.until(ExpectedConditions.visibilityOfElementLocated(doneCard));
		assertThat(card.getText()).contains("แจ้งเหตุรำคาญ").contains("ผู้ประกอบการหยุดเผาขยะแล้ว");
		assertThat(this.browser.findElements(By.cssSelector("#sim-chat .sim-bot")).size()).isGreaterThan(before);

		// nothing was refused by the pages' Content-Security-Policy
		List<LogEntry> refused = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getMessage().contains("Content Security Policy"))
			.toList();
		assertThat(refused).isEmpty();
	}

}
