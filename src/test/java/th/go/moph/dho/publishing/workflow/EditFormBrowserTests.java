package th.go.moph.dho.publishing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
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

import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.PublicationWorkflow;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffRole;

/**
 * The edit page on a phone (375 px wide) in Debian's Chromium: what an editor types is
 * kept when they then upload a file, and what they submit is what they typed last; a page
 * left with unsaved changes asks first. Skipped when Chromium or its driver is not
 * installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dho.storage.directory=target/browser-files-edit")
class EditFormBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String DRIVER = "/usr/bin/chromedriver";

	private static final String PASSWORD = "browser-test-password";

	private static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	PublicationWorkflow workflow;

	@Autowired
	WorkItems workItems;

	@BeforeAll
	static void startBrowser() throws Exception {
		assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(), "Chromium is not installed");
		profile = Files.createTempDirectory("dho-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--user-data-dir=" + profile);
		// a desktop window cannot be narrower than 500 px: emulate a phone's 375 px
		// viewport
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 375, "height", 812, "pixelRatio", 2.0)));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void onAPhoneTextTypedBeforeAnUploadIsKeptAndSavedAndTheSubmittedRevisionHasTheTextTypedLast() throws Exception {
		this.accounts.create("e-editor", "นางสาวสมศรี ใจดี", "นักวิชาการสาธารณสุขชำนาญการ",
				EnumSet.of(StaffRole.EDITOR), PASSWORD);
		ContentRevision draft = this.workflow.createDraft("news",
				ContentFields.of("ประชาสัมพันธ์วันงดสูบบุหรี่โลก", "สรุปเดิม", "เนื้อหา"), "e-editor");
		Path pdf = Files.createTempDirectory("dho-upload").resolve("โปสเตอร์งดสูบบุหรี่.pdf");
		Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		logIn("e-editor");
		assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).intValue())
			.isLessThanOrEqualTo(375);

		open("/staff/content/revisions/" + draft.getId() + "/edit");
		WebElement summary = browser.findElement(By.id("summary"));
		summary.clear();
		summary.sendKeys("ชวนประชาชนเลิกบุหรี่ที่ รพ.สต. ทุกแห่ง");
		browser.findElement(By.id("file")).sendKeys(pdf.toString());
		click(By.cssSelector("button[name=upload]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "บันทึกร่างและแนบไฟล์เรียบร้อยแล้ว"));

		// the typed text is still on the page and saved, with the file
		assertThat(browser.findElement(By.id("summary")).getAttribute("value"))
			.isEqualTo("ชวนประชาชนเลิกบุหรี่ที่ รพ.สต. ทุกแห่ง");
		assertThat(revision(draft).getSummary()).isEqualTo("ชวนประชาชนเลิกบุหรี่ที่ รพ.สต. ทุกแห่ง");
		assertThat(browser.findElement(By.cssSelector("a[href*='/staff/content/attachments/']")).getText())
			.isEqualTo("โปสเตอร์งดสูบบุหรี่.pdf");

		// typing again and submitting straight away submits the text typed last
		summary = browser.findElement(By.id("summary"));
		summary.sendKeys(" วันที่ 31 พฤษภาคม");
		browser.findElement(By.id("remarks")).sendKeys("ขอเผยแพร่ก่อนวันงาน");
		click(By.cssSelector("button[name=submitForApproval]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "ส่งขออนุมัติเรียบร้อยแล้ว"));
		ContentRevision submitted = revision(draft);
		assertThat(submitted.getStatus().name()).isEqualTo("PENDING");
		assertThat(submitted.getSummary()).isEqualTo("ชวนประชาชนเลิกบุหรี่ที่ รพ.สต. ทุกแห่ง วันที่ 31 พฤษภาคม");
		assertThat(submitted.getRemarks()).isEqualTo("ขอเผยแพร่ก่อนวันงาน");
		assertThat(submitted.getAttachments()).extracting(a -> a.getOriginalName())
			.containsExactly("โปสเตอร์งดสูบบุหรี่.pdf");
	}

	@Test
	void leavingTheEditPageAsksFirstOnlyWhileTypedTextIsUnsaved() throws Exception {
		this.accounts.create("e-leaver", "นางวิไล ศรีสุข", "นักวิชาการสาธารณสุข", EnumSet.of(StaffRole.EDITOR),
				PASSWORD);
		ContentRevision draft = this.workflow.createDraft("news", ContentFields.of("ข่าวที่ยังไม่บันทึก", null, "x"),
				"e-leaver");
		logIn("e-leaver");
		open("/staff/content/revisions/" + draft.getId() + "/edit");
		// ChromeDriver accepts the browser's own "leave page?" dialog by itself, so the
		// test
		// asks the page whether leaving now would be held up, as the browser does
		assertThat(leavingIsHeldUp()).as("nothing typed yet").isFalse();
		browser.findElement(By.id("summary")).sendKeys("ข้อความที่ยังไม่บันทึก");
		assertThat(leavingIsHeldUp()).as("typed, not saved").isTrue();
		click(By.cssSelector("button[name=save]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "บันทึกร่างเรียบร้อยแล้ว"));
		assertThat(leavingIsHeldUp()).as("saved").isFalse();
		assertThat(revision(draft).getSummary()).isEqualTo("ข้อความที่ยังไม่บันทึก");
	}

	@Test
	void theFormattingToolbarWritesTheMarkdownForStaffWhoDoNotKnowIt() throws Exception {
		this.accounts.create("e-writer", "นายสมหมาย ใจงาม", "เจ้าพนักงานธุรการ", EnumSet.of(StaffRole.EDITOR),
				PASSWORD);
		ContentRevision draft = this.workflow.createDraft("news", ContentFields.of("ข่าวจัดรูปแบบ", null, null),
				"e-writer");
		logIn("e-writer");
		open("/staff/content/revisions/" + draft.getId() + "/edit");
		WebElement body = browser.findElement(By.id("bodyMarkdown"));
		body.sendKeys("ประชุมประจำเดือน");
		((JavascriptExecutor) browser).executeScript("arguments[0].setSelectionRange(0, arguments[0].value.length);",
				body);
		WebElement bold = browser.findElement(By.cssSelector("[role=toolbar] button[data-md=bold]"));
		assertThat(bold.getText()).isEqualTo("ตัวหนา");
		assertThat(bold.getAttribute("aria-label")).isEqualTo("ทำข้อความที่เลือกเป็นตัวหนา");
		click(By.cssSelector("[role=toolbar] button[data-md=bold]"));
		assertThat(body.getAttribute("value")).isEqualTo("**ประชุมประจำเดือน**");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#body-preview strong"), "ประชุมประจำเดือน"));

		click(By.cssSelector("[role=toolbar] button[data-md=table]"));
		assertThat(body.getAttribute("value"))
			.isEqualTo("**ประชุมประจำเดือน**\n\n| หัวข้อ | รายละเอียด |\n| --- | --- |\n| ข้อมูล | ข้อมูล |\n");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#body-preview table th"), "หัวข้อ"));

		// the Thai help opens in place
		click(By.cssSelector("details.md-help summary"));
		assertThat(browser.findElement(By.cssSelector("details.md-help")).getText()).contains("วิธีจัดรูปแบบข้อความ",
				"**ข้อความสำคัญ**");
	}

	/** Whether the page cancels a beforeunload event, which makes the browser ask. */
	private static boolean leavingIsHeldUp() {
		return (Boolean) ((JavascriptExecutor) browser)
			.executeScript("var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
					+ " return e.defaultPrevented;");
	}

	private ContentRevision revision(ContentRevision draft) {
		return this.workItems.revision(draft.getId()).orElseThrow();
	}

	private void logIn(String username) {
		open("/staff/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("^.*/staff$"));
	}

	private static void click(By selector) {
		WebElement element = browser.findElement(selector);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException ex) {
			js.executeScript("arguments[0].click();", element);
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
