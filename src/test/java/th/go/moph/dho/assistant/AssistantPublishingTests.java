package th.go.moph.dho.assistant;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import th.go.moph.dho.publishing.AuditAction;
import th.go.moph.dho.publishing.AuditRecord;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.ContentService;
import th.go.moph.dho.publishing.ItemStatus;
import th.go.moph.dho.publishing.PublicationWorkflow;
import th.go.moph.dho.publishing.RevisionStatus;
import th.go.moph.dho.publishing.WorkflowException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The index follows publication events; the import saves all rows or none. */
@SpringBootTest
@AutoConfigureMockMvc
class AssistantPublishingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentService contentService;

	@Autowired
	ContentItemRepository items;

	@Autowired
	ContentRevisionRepository revisions;

	@Autowired
	Assistant assistant;

	private String answerSlug(String question) {
		Answer answer = this.assistant.answer(question, Channel.WEB);
		return answer.answer() == null ? "" : answer.answer().slug();
	}

	@Test
	void indexFollowsPublishAndWithdrawEvents() {
		ContentRevision draft = this.contentService.createDraft("faq", "rabies-after-bite",
				ContentFields
					.of("วัคซีนพิษสุนัขบ้าหลังถูกสุนัขกัด", null,
							"ล้างแผลด้วยน้ำสบู่ 15 นาที แล้วไปรับวัคซีนที่โรงพยาบาล")
					.withFaq(List.of("พิษสุนัขบ้า"), List.of("โดนสุนัขกัดต้องทำอย่างไร")),
				"tester");
		assertThat(answerSlug("โดนหมากัดต้องทำยังไง")).isEmpty();
		ContentItem item = this.contentService.goLive(draft.getId());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(answerSlug("โดนหมากัดต้องทำยังไง")).isEqualTo("rabies-after-bite"));
		this.contentService.withdraw(item.id(), "ทดสอบถอน");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(answerSlug("โดนหมากัดต้องทำยังไง")).isEmpty());
	}

	@Test
	@WithMockUser(username = "editor1", roles = "EDITOR")
	void importSavesEveryRowOfAGoodCsvWithBomAsDrafts() throws Exception {
		String csv = "\uFEFFslug,title,answer,keywords,questions\n"
				+ "import-flu,วัคซีนไข้หวัดใหญ่,\"ฉีดฟรีที่ รพ.สต., ทุกแห่ง\",ไข้หวัดใหญ่|flu,ฉีดฟรีไหม|ฉีดที่ไหน\n"
				+ "import-dengue,ไข้เลือดออก,คว่ำภาชนะทุกสัปดาห์,,\n";
		this.mvc.perform(multipart("/api/staff/faq/import").file(file("faq.csv", csv)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.published").value(false));
		ContentItem flu = this.items.findBySlug("import-flu").orElseThrow();
		assertThat(flu.getStatus()).isEqualTo(ItemStatus.DRAFT);
		ContentRevision revision = this.revisions.findByItemIdOrderByRevisionNumberDesc(flu.id()).get(0);
		assertThat(revision.faqKeywordList()).containsExactly("ไข้หวัดใหญ่", "flu");
		assertThat(revision.faqQuestionList()).containsExactly("ฉีดฟรีไหม", "ฉีดที่ไหน");
		assertThat(revision.getBodyMarkdown()).isEqualTo("ฉีดฟรีที่ รพ.สต., ทุกแห่ง");

		// importing again while the entries are still drafts corrects those drafts in
		// place
		String corrected = csv.replace("ทุกแห่ง", "ทุกแห่งในอำเภอ");
		this.mvc.perform(multipart("/api/staff/faq/import").file(file("again.csv", corrected)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.revised").value(2));
		assertThat(this.revisions.findByItemIdOrderByRevisionNumberDesc(flu.id())).singleElement()
			.extracting(ContentRevision::getBodyMarkdown)
			.isEqualTo("ฉีดฟรีที่ รพ.สต., ทุกแห่งในอำเภอ");
	}

	@Test
	@WithMockUser(username = "editor2", roles = "EDITOR")
	void importWithOneBadRowSavesNothingAndNamesTheLine() throws Exception {
		String csv = "slug,title,answer,keywords,questions\n" + "bad-batch-one,หัวข้อหนึ่ง,คำตอบ,,\n"
				+ "bad-batch-two,หัวข้อสอง,,,\n" + "bad-batch-three,หัวข้อสาม,คำตอบ,,\n";
		long before = this.items.count();
		this.mvc.perform(multipart("/api/staff/faq/import").file(file("faq.csv", csv)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.saved").value(false))
			.andExpect(jsonPath("$.problems[0].line").value(3))
			.andExpect(jsonPath("$.problems[0].message").value("ไม่มีคำตอบ (answer)"));
		assertThat(this.items.count()).isEqualTo(before);
		assertThat(this.items.findBySlug("bad-batch-one")).isEmpty();
	}

	@Test
	@WithMockUser(username = "editor3", roles = "EDITOR")
	void importOfJsonWithABadEntrySavesNothing() throws Exception {
		String json = "{\"entries\": [\n" + " {\"slug\": \"json-one\", \"title\": \"หัวข้อ\", \"answer\": \"คำตอบ\"},\n"
				+ " {\"slug\": \"json-two\", \"title\": \"หัวข้อ\", \"answer\": \"\"}\n" + "]}";
		this.mvc.perform(multipart("/api/staff/faq/import").file(file("faq.json", json)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].line").value(3));
		assertThat(this.items.findBySlug("json-one")).isEmpty();
	}

	@Test
	void importRefusesASlugOfAnotherSectionAndSavesNothing() {
		this.contentService.createDraft("news", "taken-by-news", ContentFields.of("ข่าว", null, "ข่าว"), "tester");
		String csv = "slug,title,answer\n" + "first-fine-row,หัวข้อ,คำตอบ\n" + "taken-by-news,หัวข้อ,คำตอบ\n";
		FaqDrafts.ImportResult result = this.drafts.importFile("x.csv", csv.getBytes(StandardCharsets.UTF_8), "tester",
				false);
		assertThat(result.problems()).extracting(FaqImportParser.Problem::line, FaqImportParser.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "assistant.import.error.slugOtherSection"));
		assertThat(this.items.findBySlug("first-fine-row")).isEmpty();
		assertThat(this.revisions
			.findByItemIdOrderByRevisionNumberDesc(this.items.findBySlug("taken-by-news").orElseThrow().id()))
			.hasSize(1);
	}

	@Autowired
	FaqDrafts drafts;

	@Autowired
	PublicationWorkflow workflow;

	@Test
	void importAndMissedQuestionsNeverChangeAnEntryAwaitingApproval() {
		ContentRevision submitted = this.workflow.createDraft("faq", "awaiting-approval",
				ContentFields.of("ฉีดวัคซีนบาดทะยัก", null, "ฉีดได้ที่ รพ.สต. ทุกวันพุธ")
					.withFaq(List.of("บาดทะยัก"), List.of("ฉีดบาดทะยักที่ไหน")),
				"editor5");
		this.workflow.submit(submitted.getId(), "editor5", null);

		String csv = "slug,title,answer\n" + "another-fine-row,หัวข้อ,คำตอบ\n"
				+ "awaiting-approval,ฉีดวัคซีนบาดทะยัก,ฉีดได้ทุกวัน\n";
		FaqDrafts.ImportResult result = this.drafts.importFile("x.csv", csv.getBytes(StandardCharsets.UTF_8), "editor5",
				false);
		assertThat(result.problems()).extracting(FaqImportParser.Problem::line, FaqImportParser.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "assistant.import.error.awaitingApproval"));
		assertThat(this.items.findBySlug("another-fine-row")).isEmpty();

		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.drafts.addExamplePhrasing(submitted.getItemId(), "บาดทะยักฉีดวันไหน", "editor6"))
			.extracting(WorkflowException::getMessageKey)
			.isEqualTo("publishing.error.awaitingApproval");

		// the approver still reads exactly what was submitted
		assertThat(this.revisions.findByItemIdOrderByRevisionNumberDesc(submitted.getItemId())).singleElement()
			.satisfies(r -> {
				assertThat(r.getStatus()).isEqualTo(RevisionStatus.PENDING);
				assertThat(r.getBodyMarkdown()).isEqualTo("ฉีดได้ที่ รพ.สต. ทุกวันพุธ");
				assertThat(r.faqQuestionList()).containsExactly("ฉีดบาดทะยักที่ไหน");
			});

		// once returned to its author, a missed question goes into that draft, recorded
		// as an edit
		this.workflow.returnToAuthor(submitted.getId(), "approver5", "เพิ่มวันเวลาให้ชัดเจน");
		ContentRevision returned = this.drafts.addExamplePhrasing(submitted.getItemId(), "บาดทะยักฉีดวันไหน",
				"editor6");
		assertThat(returned.getId()).isEqualTo(submitted.getId());
		assertThat(returned.faqQuestionList()).containsExactly("ฉีดบาดทะยักที่ไหน", "บาดทะยักฉีดวันไหน");
		assertThat(this.workflow.history(submitted.getItemId())).extracting(AuditRecord::getAction)
			.endsWith(AuditAction.RETURNED, AuditAction.EDITED);
	}

	@Test
	@WithMockUser(username = "editor4", roles = "EDITOR")
	void onlyAnAdminMayPublishAnImportDirectly() throws Exception {
		String csv = "slug,title,answer,keywords,questions\nadmin-only,วิธีขอใบรับรองแพทย์,ติดต่อโรงพยาบาล,,\n";
		this.mvc
			.perform(
					multipart("/api/staff/faq/import").file(file("faq.csv", csv)).param("publish", "true").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.items.findBySlug("admin-only")).isEmpty();
	}

	@Test
	@WithMockUser(username = "admin1", roles = "ADMIN")
	void anAdminsPublishedImportIsAnsweredAtOnce() throws Exception {
		String csv = "slug,title,answer,keywords,questions\n"
				+ "medical-certificate,ขอใบรับรองแพทย์,ขอใบรับรองแพทย์ได้ที่โรงพยาบาลทุ่งตะโก ค่าบริการ 100 บาท,ใบรับรองแพทย์,ขอใบรับรองแพทย์ที่ไหน\n";
		this.mvc
			.perform(
					multipart("/api/staff/faq/import").file(file("faq.csv", csv)).param("publish", "true").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published").value(true));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(answerSlug("อยากได้ใบรับรองแพทย์")).isEqualTo("medical-certificate"));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
	}

}
