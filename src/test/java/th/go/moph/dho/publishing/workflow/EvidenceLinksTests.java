package th.go.moph.dho.publishing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.PublicationRequestView;
import th.go.moph.dho.publishing.PublicationRequests;
import th.go.moph.dho.publishing.PublicationWorkflow;

/**
 * The evidence of an approval can be reached from the screens staff already use: the
 * menu, an item's history and the page the approver lands on after approving.
 */
@SpringBootTest(properties = "dho.storage.directory=target/test-files-evidence-links")
@AutoConfigureMockMvc
class EvidenceLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationWorkflow workflow;

	@Autowired
	PublicationRequests requests;

	static RequestPostProcessor editor() {
		return user("el-editor").roles("EDITOR");
	}

	static RequestPostProcessor approver() {
		return user("el-approver").roles("APPROVER", "EDITOR");
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theStaffMenuLeadsApproversAndAdminsToTheEvidenceButNotEditors() throws Exception {
		assertThat(page("/staff", approver()).select("nav a[href=/staff/evidence/compliance]")).hasSize(1);
		assertThat(page("/staff", user("el-admin").roles("ADMIN")).select("nav a[href=/staff/evidence/compliance]"))
			.hasSize(1);
		assertThat(page("/staff", editor()).select("nav a[href^=/staff/evidence]")).isEmpty();
	}

	@Test
	void afterApprovingTheApproverGetsLinksToThePublicPageTheFormAndItsPdf() throws Exception {
		long revision = this.workflow
			.createDraft("news", ContentFields.of("ข่าวหลักฐานหลังอนุมัติ", "สรุป", "เนื้อหา"), "el-editor")
			.getId();
		this.workflow.submit(revision, "el-editor", null);
		MvcResult approved = this.mvc
			.perform(post("/staff/review/{id}/approve", revision).with(approver()).with(csrf()))
			.andExpect(redirectedUrl("/staff/review"))
			.andReturn();
		PublicationRequestView request = this.requests.forItem(itemOf(revision)).get(0);

		Document queue = Jsoup
			.parse(this.mvc.perform(get("/staff/review").with(approver()).flashAttrs(approved.getFlashMap()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(queue.select("main a").eachAttr("href")).contains(request.publicPath(),
				"/staff/evidence/requests/" + request.id(), "/staff/evidence/requests/" + request.id() + ".pdf");
		this.mvc.perform(get(request.publicPath())).andExpect(status().isOk());
	}

	@Test
	void anItemsHistoryLinksEachPublicationRequestToItsFormAndPdfForApprovers() throws Exception {
		long revision = this.workflow
			.createDraft("news", ContentFields.of("ข่าวหลักฐานในประวัติ", "สรุป", "เนื้อหา"), "el-editor")
			.getId();
		this.workflow.submit(revision, "el-editor", null);
		PublicationRequestView request = this.workflow.approve(revision, "el-approver", null);

		Document history = page("/staff/content/items/" + request.itemId(), approver());
		assertThat(history.select("main a").eachAttr("href")).contains("/staff/evidence/requests/" + request.id(),
				"/staff/evidence/requests/" + request.id() + ".pdf");
		this.mvc.perform(get("/staff/evidence/requests/{id}.pdf", request.id()).with(approver()))
			.andExpect(status().isOk());
		// editors cannot open the evidence, so they are not offered the links
		assertThat(page("/staff/content/items/" + request.itemId(), editor()).select("a[href^=/staff/evidence]"))
			.isEmpty();
	}

	private long itemOf(long revision) {
		return this.workItems.revision(revision).orElseThrow().getItemId();
	}

	@Autowired
	WorkItems workItems;

}
