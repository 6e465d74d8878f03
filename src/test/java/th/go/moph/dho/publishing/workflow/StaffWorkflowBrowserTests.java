package th.go.moph.dho.publishing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.moph.dho.publishing.PublicationRequestView;
import th.go.moph.dho.publishing.PublicationRequests;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffRole;

/**
 * The whole loop in Debian's Chromium: an editor drafts a news item with an attachment
 * and submits it; an approver sees the diff and approves it; the item is public. Skipped
 * when Chromium or its driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dho.storage.directory=target/browser-files")
class StaffWorkflowBrowserTests {

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
	PublishedContent published;

	@Autowired
	PublicationRequests requests;

	@BeforeAll
	static void startBrowser() throws Exception {
		assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(), "Chromium is not installed");
		profile = Files.createTempDirectory("dho-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,1600", "--user-data-dir=" + profile);
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
	void editorDraftsAndSubmitsApproverApprovesThePublicSeesItAndTheEvidenceNamesBoth() throws Exception {
		this.accounts.create("b-editor", "นางสาวสมศรี ใจดี", "นักวิชาการสาธารณสุขชำนาญการ",
				EnumSet.of(StaffRole.EDITOR), PASSWORD);
		this.accounts.create("b-approver", "นายสมชาย รักษ์สุขภาพ", "สาธารณสุขอำเภอทุ่งตะโก",
				EnumSet.of(StaffRole.APPROVER), PASSWORD);
		Path pdf = Files.createTempDirectory("dho-upload").resolve("กำหนดการรณรงค์.pdf");
		Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

		// the editor drafts a news item with an attachment and submits it
		logIn("b-editor");
		open("/staff/content/new/news");
		browser.findElement(By.id("title")).sendKeys("รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569");
		browser.findElement(By.id("summary")).sendKeys("เชิญชวนผู้สูงอายุรับวัคซีนฟรี");
		browser.findElement(By.id("bodyMarkdown")).sendKeys("ฉีดได้ที่ **รพ.สต.ทุกแห่ง**");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#body-preview strong"), "รพ.สต."));
		click(By.cssSelector("form[action*='/staff/content/new/news'] button.btn-primary[name=save]"));
		browser.findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
		click(By.cssSelector("button[name=upload]"));
		assertThat(browser.findElement(By.cssSelector("a[href*='/staff/content/attachments/']")).getText())
			.isEqualTo("กำหนดการรณรงค์.pdf");
		browser.findElement(By.id("remarks")).sendKeys("ขอเผยแพร่ก่อนวันรณรงค์");
		click(By.cssSelector("button[name=submitForApproval]"));
		assertThat(browser.getPageSource()).contains("ส่งขออนุมัติเรียบร้อยแล้ว");
		logOut();

		// the approver sees the diff and approves
		logIn("b-approver");
		open("/staff/review");
		// staff read names, not login names
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("นางสาวสมศรี ใจดี")
			.doesNotContain("b-editor");
		click(By.linkText("รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569"));
		// the new item as the public will see it, its file openable
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569",
				"รายการใหม่ (ยังไม่เผยแพร่)");
		assertThat(browser.findElement(By.cssSelector(".rendered-new strong")).getText()).isEqualTo("รพ.สต.ทุกแห่ง");
		assertThat(browser.findElement(By.cssSelector(".rendered-new")).getText()).doesNotContain("**");
		assertThat(browser.findElement(By.cssSelector("main a[href*='/staff/content/attachments/']")).getText())
			.isEqualTo("กำหนดการรณรงค์.pdf");
		click(By.cssSelector("form[action$='/approve'] button"));
		assertThat(browser.getPageSource()).contains("อนุมัติเรียบร้อยแล้ว");

		// the public sees it
		List<PublishedSummary> news = this.published.latest(List.of("news"), 5);
		PublishedSummary item = news.stream()
			.filter(s -> s.title().equals("รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569"))
			.findFirst()
			.orElseThrow();
		assertThat(this.published.get(item.id()).files()).extracting(f -> f.name())
			.containsExactly("กำหนดการรณรงค์.pdf");
		PublicationRequestView request = this.requests.forItem(item.id()).get(0);
		assertThat(request.requestedBy()).isEqualTo("b-editor");
		assertThat(request.approvedBy()).isEqualTo("b-approver");
		assertThat(request.remarks()).isEqualTo("ขอเผยแพร่ก่อนวันรณรงค์");

		// the evidence form lists both people with their positions
		open("/staff/evidence/requests/" + request.id());
		String form = browser.findElement(By.tagName("body")).getText();
		assertThat(form).contains("รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569", "นางสาวสมศรี ใจดี", "นักวิชาการสาธารณสุขชำนาญการ",
				"นายสมชาย รักษ์สุขภาพ", "สาธารณสุขอำเภอทุ่งตะโก");
		assertThat(form.indexOf("นางสาวสมศรี ใจดี")).isLessThan(form.indexOf("นายสมชาย รักษ์สุขภาพ"));
		open("/staff");
		logOut();

		open(item.path());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ 2569");
	}

	private void logIn(String username) {
		open("/staff/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		waitForUrl("^.*/staff$");
	}

	private void logOut() {
		click(By.cssSelector("form[action$='/staff/logout'] button"));
		waitForUrl("^.*/staff/login\\?logout$");
	}

	/**
	 * A click on a submit button returns before the browser has followed the redirect.
	 */
	private static void waitForUrl(String regex) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(regex));
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window; if something
	 * still lies over it while the page settles (the live preview grows), the click goes
	 * to it directly.
	 */
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
