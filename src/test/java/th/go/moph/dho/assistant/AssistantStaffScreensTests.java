package th.go.moph.dho.assistant;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.ContentService;
import th.go.moph.dho.publishing.RevisionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "editor9", roles = "EDITOR")
class AssistantStaffScreensTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Assistant assistant;

	@Autowired
	AnswerIndex index;

	@Autowired
	ContentService contentService;

	@Autowired
	ContentRevisionRepository revisions;

	@Autowired
	UnansweredQuestionRepository unanswered;

	@Test
	void staffAddASynonymGroupAndTheAnalyzerReloads() throws Exception {
		this.mvc.perform(get("/staff/assistant/synonyms"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("สุนัข")));
		int before = this.index.synonyms().size();
		this.mvc.perform(post("/staff/assistant/synonyms").param("terms", "แมวเหมียว, วิฬาร์").with(csrf()))
			.andExpect(redirectedUrl("/staff/assistant/synonyms"));
		assertThat(this.index.synonyms().size()).isEqualTo(before + 1);
		this.mvc.perform(post("/staff/assistant/synonyms").param("terms", "คำเดียว").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กลุ่มคำต้องมีอย่างน้อย 2 คำ")));
	}

	@Test
	void importScreenShowsTheForm() throws Exception {
		this.mvc.perform(get("/staff/assistant/import"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"file\"")));
	}

	@Test
	void entriesCloseToATitleAreFoundWithoutLoggingAMissedQuestion() {
		this.assistant.answer("ผลบอลเมื่อคืนใครชนะ", Channel.LINE);
		assertThat(this.unanswered.findAll()).anyMatch(q -> q.getQuestion().equals("ผลบอลเมื่อคืนใครชนะ"));
		this.assistant.closestTo("ราคาทองวันนี้เท่าไหร่");
		assertThat(this.unanswered.findAll()).noneMatch(q -> q.getQuestion().equals("ราคาทองวันนี้เท่าไหร่"));
	}

	@Test
	void missedQuestionIsLoggedWithoutWhoAskedAndBecomesAnExamplePhrasingDraft() throws Exception {
		ContentRevision draft = this.contentService.createDraft("faq", "dental-care",
				ContentFields.of("บริการทันตกรรมที่ รพ.สต.", null, "ขูดหินปูน อุดฟัน ถอนฟัน ฟรีตามสิทธิบัตรทอง")
					.withFaq(List.of("ทำฟัน"), List.of("ทำฟันฟรีไหม")),
				"tester");
		long itemId = this.contentService.goLive(draft.getId()).id();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.index.search("ทันตกรรม").stream().anyMatch(c -> c.entry().itemId() == itemId));

		this.assistant.answer("ถูกหวยงวดนี้ได้เท่าไหร่", Channel.LINE);
		UnansweredQuestion logged = this.unanswered.findAll()
			.stream()
			.filter(q -> q.getQuestion().equals("ถูกหวยงวดนี้ได้เท่าไหร่"))
			.findFirst()
			.orElseThrow();
		assertThat(logged.getChannel()).isEqualTo(Channel.LINE);

		this.mvc.perform(get("/staff/assistant/unanswered"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ถูกหวยงวดนี้ได้เท่าไหร่")));
		this.mvc
			.perform(post("/staff/assistant/unanswered/phrasing").param("itemId", Long.toString(itemId))
				.param("question", "ถูกหวยงวดนี้ได้เท่าไหร่")
				.param("ids", Long.toString(logged.getId()))
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/assistant/unanswered"));
		ContentRevision newest = this.revisions.findByItemIdOrderByRevisionNumberDesc(itemId).get(0);
		assertThat(newest.getRevisionNumber()).isEqualTo(2);
		assertThat(newest.getStatus()).isEqualTo(RevisionStatus.DRAFT);
		assertThat(newest.faqQuestionList()).containsExactly("ทำฟันฟรีไหม", "ถูกหวยงวดนี้ได้เท่าไหร่");
		assertThat(this.unanswered.findById(logged.getId())).isEmpty();
	}

	@Test
	void aQuestionCanStartANewDraftEntry() throws Exception {
		this.mvc
			.perform(post("/staff/assistant/unanswered/entry").param("question", "ตรวจสุขภาพก่อนเข้างานที่ไหน")
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/assistant/unanswered"));
	}

}
