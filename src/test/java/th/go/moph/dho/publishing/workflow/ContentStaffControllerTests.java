package th.go.moph.dho.publishing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.PublicationWorkflow;
import th.go.moph.dho.publishing.StorageSettings;

@SpringBootTest(properties = { "dho.storage.max-file-size=2KB", "dho.storage.directory=target/test-files-staff" })
@AutoConfigureMockMvc
class ContentStaffControllerTests {

	static final String XSS = "<script>alert('x')</script>";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StorageSettings storage;

	static RequestPostProcessor editor() {
		return user("somsri").roles("EDITOR");
	}

	static RequestPostProcessor approver() {
		return user("somchai").roles("APPROVER", "EDITOR");
	}

	private long draft(String title) {
		return this.workflow.createDraft("news", ContentFields.of(title, "สรุป", "เนื้อหา"), "somsri").getId();
	}

	@Test
	void editorCreatesADraftWithStepsAddedWithoutJavaScript() throws Exception {
		this.mvc
			.perform(post("/staff/content/new/service-guides").with(editor())
				.with(csrf())
				.param("title", "การขอใบรับรองแพทย์")
				.param("steps[0].title", "ยื่นคำขอ")
				.param("steps[0].duration", "5 นาที")
				.param("addStep", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("steps[1].title")))
			.andExpect(content().string(containsString("ยื่นคำขอ")));
		this.mvc
			.perform(post("/staff/content/new/service-guides").with(editor())
				.with(csrf())
				.param("title", "การขอใบรับรองแพทย์")
				.param("steps[0].title", "ยื่นคำขอ")
				.param("steps[0].duration", "5 นาที")
				.param("steps[1].title", "ตรวจร่างกาย")
				.param("steps[1].duration", "15 นาที"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM revision_step s JOIN content_revision r ON r.id = s.revision_id "
					+ "WHERE r.title = 'การขอใบรับรองแพทย์'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Autowired
	th.go.moph.dho.catalog.Catalog catalog;

	@Test
	void everyAuthoredSectionHasADraftFormFittedToItsKind() throws Exception {
		for (th.go.moph.dho.catalog.Section section : this.catalog.sections()) {
			var result = this.mvc.perform(get("/staff/content/new/{slug}", section.slug()).with(editor()));
			if (!section.kind().isAuthored()) {
				result.andExpect(status().isNotFound());
				continue;
			}
			result.andExpect(status().isOk()).andExpect(content().string(containsString("name=\"title\"")));
			switch (section.kind()) {
				case EXECUTIVE -> result.andExpect(content().string(containsString("name=\"personPosition\"")));
				case PROCUREMENT -> result.andExpect(content().string(containsString("name=\"contractAmount\"")));
				case FAQ -> result.andExpect(content().string(containsString("name=\"faqQuestions\"")));
				case LAW, KNOWLEDGE -> result.andExpect(content().string(containsString("name=\"sourceName\"")))
					.andExpect(content().string(containsString("name=\"informationDate\"")));
				case MANUAL, SERVICE_GUIDE ->
					result.andExpect(content().string(containsString("name=\"steps[0].duration\"")));
				case LINK -> result.andExpect(content().string(containsString("name=\"linkUrl\"")));
				default -> {
				}
			}
		}
	}

	@Test
	void missingTitleIsRefusedWithAThaiMessage() throws Exception {
		this.mvc.perform(post("/staff/content/new/news").with(editor()).with(csrf()).param("title", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณากรอกหัวข้อเรื่อง")));
	}

	@Test
	void aMistypedAmountOrDateComesBackWithAThaiMessageBesideItAndTheOtherValuesKept() throws Exception {
		// a browser without a date picker or number field lets staff type anything
		String page = this.mvc
			.perform(post("/staff/content/new/procurement-results").with(editor())
				.with(csrf())
				.param("title", "ประกาศผลจัดซื้อวัสดุการแพทย์")
				.param("budgetAmount", "ห้าหมื่นบาท")
				.param("announcedOn", "วันที่สามสิบเอ็ด"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(page);
		assertThat(form.select("#title").val()).isEqualTo("ประกาศผลจัดซื้อวัสดุการแพทย์");
		for (String field : List.of("budgetAmount", "announcedOn")) {
			assertThat(form.select("#" + field).hasClass("is-invalid")).as(field).isTrue();
		}
		assertThat(form.select("#budgetAmount + .invalid-feedback").text()).isEqualTo("รูปแบบข้อมูลไม่ถูกต้อง");
		assertThat(form.select("#announcedOn + .invalid-feedback").text()).startsWith("วันที่ไม่ถูกต้อง");
		assertThat(form.select("#announcedOn").val()).isEqualTo("วันที่สามสิบเอ็ด");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM content_revision WHERE title = ?")
			.param("ประกาศผลจัดซื้อวัสดุการแพทย์")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFormClaimingMoreStepsThanAnyManualHasIsRefusedBeforeBinding() throws Exception {
		this.mvc
			.perform(post("/staff/content/new/news").with(editor())
				.with(csrf())
				.param("title", "ข่าว")
				.param("steps[999999].title", "ขั้นตอน"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/staff/content/new/news").with(editor())
				.with(csrf())
				.param("title", "ข่าว")
				.param("steps[99999999999999999999].title", "ขั้นตอน"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUploadFormSentWithoutItsFileGoesBackWithAThaiMessage() throws Exception {
		long revision = draft("ข่าวไม่มีไฟล์");
		this.mvc
			.perform(post("/staff/content/revisions/{id}/attachments", revision).with(editor())
				.with(csrf())
				.header("Referer", "http://localhost/staff/content/revisions/" + revision + "/edit"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staff/content/revisions/" + revision + "/edit"))
			.andExpect(flash().attribute("errorText", containsString("ไม่ได้รับไฟล์")));
	}

	@Test
	void realPdfIsAttachedAndKeepsItsThaiName() throws Exception {
		long revision = draft("ข่าวมีไฟล์");
		this.mvc
			.perform(multipart("/staff/content/revisions/{id}/attachments", revision)
				.file(new MockMultipartFile("file", "ประกาศรับสมัคร.pdf", "application/pdf", PDF))
				.with(editor())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("messageText"));
		assertThat(this.jdbc.sql("SELECT original_name FROM attachment WHERE revision_id = ?")
			.param(revision)
			.query(String.class)
			.single()).isEqualTo("ประกาศรับสมัคร.pdf");
		assertThat(this.jdbc.sql("SELECT media_type FROM attachment WHERE revision_id = ?")
			.param(revision)
			.query(String.class)
			.single()).isEqualTo("application/pdf");
	}

	@Test
	void disguisedExecutableIsRefusedAndNothingIsStored() throws Exception {
		assertRefusedAndNothingStored("คู่มือ.pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 },
				"ไม่ใช่ชนิดที่อนุญาต");
	}

	@Test
	void htmlRenamedAsImageIsRefusedAndNothingIsStored() throws Exception {
		assertRefusedAndNothingStored("รูป.png",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "ไม่ใช่ชนิดที่อนุญาต");
	}

	@Test
	void oversizedUploadIsRefusedAndNothingIsStored() throws Exception {
		byte[] big = new byte[3000];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertRefusedAndNothingStored("ใหญ่.pdf", big, "ขนาดใหญ่เกินกำหนด");
	}

	private void assertRefusedAndNothingStored(String name, byte[] bytes, String message) throws Exception {
		long revision = draft("ข่าว " + name);
		long filesBefore = filesOnDisk();
		long rowsBefore = this.jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
		String redirect = this.mvc
			.perform(multipart("/staff/content/revisions/{id}/attachments", revision)
				.file(new MockMultipartFile("file", name, "application/pdf", bytes))
				.with(editor())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorText", containsString(message)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(redirect).endsWith("/staff/content/revisions/" + revision + "/edit");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(rowsBefore);
		assertThat(filesOnDisk()).isEqualTo(filesBefore);
	}

	private long filesOnDisk() throws IOException {
		Path dir = this.storage.directory();
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void returnedItemAppearsInItsAuthorsListWithTheComment() throws Exception {
		long revision = draft("ข่าวรอแก้");
		this.workflow.submit(revision, "somsri", null);
		this.mvc
			.perform(post("/staff/review/{id}/return", revision).with(approver())
				.with(csrf())
				.param("comment", "กรุณาแนบรูปกิจกรรม"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/staff/content/mine").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ข่าวรอแก้")))
			.andExpect(content().string(containsString("กรุณาแนบรูปกิจกรรม")))
			.andExpect(content().string(containsString("ส่งกลับให้แก้ไข")));
	}

	@Test
	void returnWithoutACommentIsRefused() throws Exception {
		long revision = draft("ข่าวไม่มีความเห็น");
		this.workflow.submit(revision, "somsri", null);
		this.mvc.perform(post("/staff/review/{id}/return", revision).with(approver()).with(csrf()).param("comment", ""))
			.andExpect(flash().attribute("errorText", containsString("กรุณาระบุความเห็น")));
	}

	@Test
	void approverCannotApproveTheirOwnSubmissionThroughTheScreen() throws Exception {
		long revision = this.workflow
			.createDraft("news", ContentFields.of("ข่าวผู้อนุมัติเขียนเอง", null, "x"), "somchai")
			.getId();
		this.workflow.submit(revision, "somchai", null);
		this.mvc.perform(get("/staff/review/{id}", revision).with(approver()))
			.andExpect(content().string(containsString("จึงอนุมัติเองไม่ได้")))
			.andExpect(content().string(not(containsString("/approve"))));
		this.mvc.perform(post("/staff/review/{id}/approve", revision).with(approver()).with(csrf()))
			.andExpect(flash().attribute("errorText", containsString("ไม่สามารถอนุมัติรายการที่ตนเองเขียนหรือส่งได้")));
		assertThat(this.jdbc.sql("SELECT status FROM content_revision WHERE id = ?")
			.param(revision)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void xssInTitleBodyFileNameAndCommentIsShownAsTextOnEveryStaffPage() throws Exception {
		ContentRevision revision = this.workflow.createDraft("news",
				ContentFields.of(XSS, XSS, "# หัวข้อ\n" + XSS + "\n[ลิงก์](javascript:alert(1))"), "somsri");
		long id = revision.getId();
		this.mvc
			.perform(multipart("/staff/content/revisions/{id}/attachments", id)
				.file(new MockMultipartFile("file", "<img src=x onerror=alert(1)>.pdf", "application/pdf", PDF))
				.with(editor())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.workflow.submit(id, "somsri", XSS);
		this.workflow.returnToAuthor(id, "somchai", XSS);
		this.workflow.submit(id, "somsri", null);
		long item = revision.getItemId();

		for (String url : new String[] { "/staff/content", "/staff/content/mine", "/staff/review",
				"/staff/review/" + id, "/staff/content/items/" + item, "/staff/content/revisions/" + id + "/edit",
				"/staff/content/revisions/" + id + "/preview", "/staff" }) {
			String html = this.mvc.perform(get(url).with(url.endsWith("/mine") ? editor() : approver()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(url)
				.doesNotContain("<script>alert")
				.doesNotContain("<img src=x")
				.doesNotContain("href=\"javascript:");
			if (!url.equals("/staff")) {
				assertThat(html).as(url).contains("&lt;script&gt;");
			}
		}
	}

	@Test
	void historyShowsTheDiffBetweenTwoChosenRevisions() throws Exception {
		long first = draft("ฉบับหนึ่ง");
		this.workflow.submit(first, "somsri", null);
		long item = this.workflow.approve(first, "somchai", null).itemId();
		ContentRevision second = this.workflow.startRevision(item, "somsri");
		this.workflow.edit(second.getId(), ContentFields.of("ฉบับสอง", "สรุป", "เนื้อหา\nบรรทัดใหม่"), "somsri");
		this.mvc.perform(get("/staff/content/items/{id}", item).param("from", "1").param("to", "2").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ฉบับหนึ่ง")))
			.andExpect(content().string(containsString("ฉบับสอง")))
			.andExpect(content().string(containsString("diff-added")))
			.andExpect(content().string(containsString("บรรทัดใหม่")));
	}

	@Autowired
	WorkItems workItems;

	@Test
	void staffHomeCountsTheUsersDraftsReturnedAndPendingItems() throws Exception {
		this.workflow.createDraft("news", ContentFields.of("ร่าง", null, "x"), "counter");
		long returned = this.workflow.createDraft("news", ContentFields.of("ส่งกลับ", null, "x"), "counter").getId();
		this.workflow.submit(returned, "counter", null);
		this.workflow.returnToAuthor(returned, "somchai", "แก้ไข");
		long pending = this.workflow.createDraft("news", ContentFields.of("รอ", null, "x"), "counter").getId();
		this.workflow.submit(pending, "counter", null);
		WorkItems.Counts counts = this.workItems.counts("counter");
		assertThat(counts.myDrafts()).isEqualTo(1);
		assertThat(counts.myReturned()).isEqualTo(1);
		assertThat(counts.myPending()).isEqualTo(1);
		assertThat(counts.pending()).isGreaterThanOrEqualTo(1);
		this.mvc.perform(get("/staff").with(user("counter").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ถูกส่งกลับให้แก้ไข")));
	}

	@Test
	void unknownRevisionIsNotFound() throws Exception {
		this.mvc.perform(get("/staff/content/revisions/999999/edit").with(editor())).andExpect(status().isNotFound());
	}

	@Test
	void uploadingAFileFromTheEditFormSavesTheTextTypedBeforeIt() throws Exception {
		long revision = draft("ข่าวแก้สรุปแล้วแนบไฟล์");
		this.mvc
			.perform(multipart("/staff/content/revisions/{id}/edit", revision)
				.file(new MockMultipartFile("file", "กำหนดการ.pdf", "application/pdf", PDF))
				.param("title", "ข่าวแก้สรุปแล้วแนบไฟล์")
				.param("summary", "สรุปที่พิมพ์ก่อนอัปโหลด")
				.param("upload", "1")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/content/revisions/" + revision + "/edit"))
			.andExpect(flash().attribute("messageText", "บันทึกร่างและแนบไฟล์เรียบร้อยแล้ว"));
		assertThat(column("summary", revision)).isEqualTo("สรุปที่พิมพ์ก่อนอัปโหลด");
		assertThat(this.jdbc.sql("SELECT original_name FROM attachment WHERE revision_id = ?")
			.param(revision)
			.query(String.class)
			.single()).isEqualTo("กำหนดการ.pdf");
	}

	@Test
	void submittingFromTheEditFormSubmitsTheTextTypedNotTheLastSavedOne() throws Exception {
		long revision = draft("ข่าวแก้แล้วส่งเลย");
		this.mvc
			.perform(multipart("/staff/content/revisions/{id}/edit", revision).param("title", "ข่าวแก้แล้วส่งเลย")
				.param("summary", "สรุปฉบับที่ส่ง")
				.param("remarks", "ขอเผยแพร่ด่วน")
				.param("submitForApproval", "1")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/content/items/" + itemOf(revision)));
		assertThat(column("summary", revision)).isEqualTo("สรุปฉบับที่ส่ง");
		assertThat(column("status", revision)).isEqualTo("PENDING");
		assertThat(column("remarks", revision)).isEqualTo("ขอเผยแพร่ด่วน");
	}

	@Test
	void removingAFileFromTheEditFormKeepsTheTextTypedAndARefusedUploadKeepsItToo() throws Exception {
		long revision = draft("ข่าวลบไฟล์");
		long attachment = this.workflow
			.attach(revision, new java.io.ByteArrayInputStream(PDF), "เก่า.pdf", PDF.length, null, "somsri")
			.getId();
		this.mvc
			.perform(multipart("/staff/content/revisions/{id}/edit", revision).param("title", "ข่าวลบไฟล์")
				.param("summary", "สรุปก่อนลบไฟล์")
				.param("removeAttachment", String.valueOf(attachment))
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/content/revisions/" + revision + "/edit"));
		assertThat(column("summary", revision)).isEqualTo("สรุปก่อนลบไฟล์");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM attachment WHERE revision_id = ?")
			.param(revision)
			.query(Long.class)
			.single()).isZero();

		this.mvc
			.perform(multipart("/staff/content/revisions/{id}/edit", revision)
				.file(new MockMultipartFile("file", "ไวรัส.pdf", "application/pdf", new byte[] { 'M', 'Z', 0, 0 }))
				.param("title", "ข่าวลบไฟล์")
				.param("summary", "สรุปก่อนไฟล์ผิดชนิด")
				.param("submitForApproval", "1")
				.with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/content/revisions/" + revision + "/edit"))
			.andExpect(flash().attribute("errorText", containsString("ไม่ใช่ชนิดที่อนุญาต")));
		assertThat(column("summary", revision)).isEqualTo("สรุปก่อนไฟล์ผิดชนิด");
		// a file refused with the submission stops the submission
		assertThat(column("status", revision)).isEqualTo("DRAFT");
	}

	@Test
	void theEditPageIsOneMultipartFormWithSaveUploadAndSubmitButtons() throws Exception {
		long revision = draft("ข่าวฟอร์มเดียว");
		Document page = Jsoup.parse(this.mvc.perform(get("/staff/content/revisions/{id}/edit", revision).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("main form")).hasSize(1);
		var form = page.selectFirst("main form");
		assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(form.select("#summary, input[type=file], #remarks")).hasSize(3);
		// every field once: a second "title" would post the title twice, joined by a
		// comma
		List<String> names = form.select("[name]").eachAttr("name");
		assertThat(names.stream().filter(n -> !n.equals("save")).toList()).doesNotHaveDuplicates();
		assertThat(form.select("button[name=save], button[name=upload], button[name=submitForApproval]")).hasSize(4);
		// pressing Enter in a field presses the first button: it saves
		assertThat(form.selectFirst("button[type=submit]").attr("name")).isEqualTo("save");
	}

	private String column(String name, long revision) {
		return this.jdbc.sql("SELECT " + name + " FROM content_revision WHERE id = ?")
			.param(revision)
			.query(String.class)
			.single();
	}

	private long itemOf(long revision) {
		return this.jdbc.sql("SELECT item_id FROM content_revision WHERE id = ?")
			.param(revision)
			.query(Long.class)
			.single();
	}

	@Test
	void aBuddhistEraYearTypedInADateFieldIsStoredAsThatDayNot543YearsLater() throws Exception {
		long revision = draft("ข่าวตั้งเวลาเผยแพร่ พ.ศ.");
		this.mvc
			.perform(post("/staff/content/revisions/{id}/edit", revision).with(editor())
				.with(csrf())
				.param("title", "ข่าวตั้งเวลาเผยแพร่ พ.ศ.")
				.param("publishDate", "2569-12-12")
				.param("publishTime", "09:30")
				.param("unpublishDate", "31/12/2569"))
			.andExpect(redirectedUrl("/staff/content/revisions/" + revision + "/edit"));
		ContentRevision saved = this.workItems.revision(revision).orElseThrow();
		assertThat(saved.getPublishAt()).isEqualTo(java.time.Instant.parse("2026-12-12T02:30:00Z"));
		assertThat(saved.getUnpublishAt()).isEqualTo(java.time.Instant.parse("2026-12-31T01:00:00Z"));

		// and the form shows them back in the Buddhist era
		Document page = Jsoup.parse(this.mvc.perform(get("/staff/content/revisions/{id}/edit", revision).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#publishDate").val()).isEqualTo("12/12/2569");
		assertThat(page.select("#publishDate").attr("type")).isEqualTo("text");
		assertThat(page.select("#unpublishDate").val()).isEqualTo("31/12/2569");
		assertThat(page.select("#publishDate-hint").text()).contains("พ.ศ.");
	}

	@Test
	void anImpossibleYearGetsAThaiMessageBesideTheFieldAndTheFormIsKept() throws Exception {
		long revision = draft("ข่าวปีผิด");
		String html = this.mvc
			.perform(post("/staff/content/revisions/{id}/edit", revision).with(editor())
				.with(csrf())
				.param("title", "ข่าวปีผิด แก้แล้ว")
				.param("summary", "สรุปที่พิมพ์ไว้")
				.param("publishDate", "12/12/2300"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("#publishDate").hasClass("is-invalid")).isTrue();
		assertThat(page.select("#publishDate").val()).isEqualTo("12/12/2300");
		assertThat(page.select("#publishDate + .invalid-feedback").text())
			.isEqualTo("วันที่ไม่ถูกต้อง กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 31/12/2569 (ปี พ.ศ. 2443 ถึง 2743)");
		assertThat(page.select("#title").val()).isEqualTo("ข่าวปีผิด แก้แล้ว");
		assertThat(page.select("#summary").val()).isEqualTo("สรุปที่พิมพ์ไว้");
		assertThat(column("title", revision)).isEqualTo("ข่าวปีผิด");
	}

}
