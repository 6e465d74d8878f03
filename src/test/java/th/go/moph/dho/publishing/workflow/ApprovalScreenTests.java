package th.go.moph.dho.publishing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.moph.dho.publishing.Attachment;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.PublicationWorkflow;

/**
 * The approval screen speaks to office staff: the new version rendered beside the live
 * one with its changes marked, files that open, no Markdown, revision numbers or hashes,
 * and one approval with one choice of when.
 */
@SpringBootTest(properties = "dho.storage.directory=target/test-files-approval")
@AutoConfigureMockMvc
class ApprovalScreenTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor approver() {
		return user("as-approver").roles("APPROVER", "EDITOR");
	}

	private Document review(long revision) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/staff/review/{id}", revision).with(approver()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private long submitted(String title, String body) {
		long revision = this.workflow.createDraft("news", ContentFields.of(title, "สรุป", body), "as-editor").getId();
		this.workflow.submit(revision, "as-editor", null);
		return revision;
	}

	@Test
	void aChangeToAPublishedItemIsShownRenderedBesideTheLiveVersionWithChangedWordsMarked() throws Exception {
		long first = this.workflow
			.createDraft("news",
					ContentFields.of("ประชุมประจำเดือน", "สรุป",
							"ประชุมวันจันทร์ที่ **รพ.สต.บ้านนา**\n\nเวลา 9 นาฬิกา"),
					"as-editor")
			.getId();
		this.workflow.attach(first, new ByteArrayInputStream(PDF), "วาระเดิม.pdf", PDF.length, null, "as-editor");
		this.workflow.submit(first, "as-editor", null);
		long item = this.workflow.approve(first, "as-approver2", null).itemId();
		ContentRevision second = this.workflow.startRevision(item, "as-editor");
		this.workflow.edit(second.getId(), ContentFields.of("ประชุมประจำเดือน", "สรุป",
				"ประชุมวันอังคารที่ **รพ.สต.บ้านนา**\n\nเวลา 9 นาฬิกา\n\n## วาระการประชุม"), "as-editor");
		for (Attachment old : second.getAttachments()) {
			this.workflow.detach(second.getId(), old.getId(), "as-editor");
		}
		Attachment file = this.workflow.attach(second.getId(), new ByteArrayInputStream(PDF), "วาระใหม่.pdf",
				PDF.length, null, "as-editor");
		this.workflow.submit(second.getId(), "as-editor", null);

		Document page = review(second.getId());
		String main = page.select("main").text();
		assertThat(page.select(".rendered-live strong").text()).isEqualTo("รพ.สต.บ้านนา");
		assertThat(page.select(".rendered-live").text()).contains("วันจันทร์");
		assertThat(page.select(".rendered-new ins").eachText()).anyMatch(t -> t.contains("อังคาร"));
		assertThat(page.select(".rendered-new del").eachText()).anyMatch(t -> t.contains("จันทร์"));
		// a new block is marked whole, an unchanged one not at all
		assertThat(page.select(".rendered-new ins.diff-block h2").text()).isEqualTo("วาระการประชุม");
		assertThat(page.select(".rendered-new > p").eachText()).contains("เวลา 9 นาฬิกา");
		assertThat(main).contains("ฉบับที่เผยแพร่อยู่", "ฉบับใหม่ (ยังไม่เผยแพร่)")
			.doesNotContain("**", "ฉบับที่ 1 →", "+ ", file.getSha256().substring(0, 8));
		// files open from the screen, the one to go is marked
		assertThat(page.select("main a[href=/staff/content/attachments/" + file.getId() + "]").text())
			.isEqualTo("วาระใหม่.pdf");
		assertThat(page.select("main del a").text()).isEqualTo("วาระเดิม.pdf");
		this.mvc.perform(get("/staff/content/attachments/{id}", file.getId()).with(approver()))
			.andExpect(status().isOk());
	}

	@Test
	void aNewItemIsShownAsThePublicWillSeeItWithoutMarkdown() throws Exception {
		long revision = submitted("ข่าวใหม่ทั้งหมด", "# หัวข้อ\n\nเชิญร่วม **งานวันเด็ก**\n\n- ของขวัญ\n- อาหาร");
		Document page = review(revision);
		assertThat(page.select("main").text()).contains("รายการใหม่ (ยังไม่เผยแพร่)").doesNotContain("**", "ฉบับที่ 0");
		assertThat(page.select(".rendered-new strong").text()).isEqualTo("งานวันเด็ก");
		assertThat(page.select(".rendered-new li").eachText()).containsExactly("ของขวัญ", "อาหาร");
		assertThat(page.select(".rendered-live")).isEmpty();
	}

	@Test
	void oneApproveFormOffersNowOrABuddhistEraDateAndTheUrgentPathIsTuckedAway() throws Exception {
		long revision = submitted("ข่าวทางเลือกอนุมัติ", "เนื้อหา");
		Document page = review(revision);
		assertThat(page.select("form[action$=/approve]")).hasSize(1);
		assertThat(page.select("form[action$=/approve] input[name=when]").eachAttr("value")).containsExactly("now",
				"date");
		assertThat(page.select("form[action$=/approve] #publishDate").attr("type")).isEqualTo("text");
		assertThat(page.select("form[action$=/approve] label").eachText()).contains("เผยแพร่ทันที",
				"กำหนดวันเผยแพร่ (พ.ศ.)");
		assertThat(page.select("form[action$=/return] textarea[name=comment][required]")).hasSize(1);
		assertThat(page.select("details form[action$=/urgent]")).hasSize(1);
	}

	@Test
	void approvingForABuddhistEraDateSchedulesItForThatDay() throws Exception {
		long revision = submitted("ข่าวตั้งวันเผยแพร่", "เนื้อหา");
		this.mvc
			.perform(post("/staff/review/{id}/approve", revision).with(approver())
				.with(csrf())
				.param("when", "date")
				.param("publishDate", "1/1/2600")
				.param("publishTime", "09:00"))
			.andExpect(redirectedUrl("/staff/review"));
		assertThat(this.jdbc.sql("SELECT publish_at FROM content_revision WHERE id = ?")
			.param(revision)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2057-01-01T02:00:00Z"));
	}

	@Test
	void approvingForAnImpossibleYearIsRefusedInThaiAndNothingIsApproved() throws Exception {
		long revision = submitted("ข่าวปีอนุมัติผิด", "เนื้อหา");
		this.mvc
			.perform(post("/staff/review/{id}/approve", revision).with(approver())
				.with(csrf())
				.param("when", "date")
				.param("publishDate", "12/12/2300"))
			.andExpect(redirectedUrl("/staff/review/" + revision))
			.andExpect(flash().attribute("error", "publishing.date.invalid"))
			.andExpect(flash().attribute("typedDate", "12/12/2300"));
		assertThat(this.jdbc.sql("SELECT status FROM content_revision WHERE id = ?")
			.param(revision)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void thaiWordsAreComparedAsWordsNotWholeLines() {
		assertThat(BodyComparison.tokens("ประชุมวันจันทร์ที่ รพ.สต.")).contains("ประชุม", "วัน", "จันทร์", " ");
	}

}
