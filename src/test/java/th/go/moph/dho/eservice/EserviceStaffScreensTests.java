package th.go.moph.dho.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.stats.TestClockConfiguration;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class EserviceStaffScreensTests {

	static final UserRequestPostProcessor OFFICER = user("officer").roles("ESERVICE");

	static final UserRequestPostProcessor INTEGRITY = user("integrity").roles("INTEGRITY");

	static final UserRequestPostProcessor EDITOR = user("editoronly").roles("EDITOR");

	static final UserRequestPostProcessor ADMIN = user("sysadmin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	EserviceRequests requests;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.START);
		EserviceFixture.staff(this.accounts);
	}

	@Test
	void corruptionReportIsNotVisibleToEditorsOrOfficersWithoutTheIntegrityRole() throws Exception {
		String report = file("corruption", EserviceFixture.corruption(), true);
		long id = this.requests.idOf(report).orElseThrow();
		String complaint = file("complaint", EserviceFixture.complaint(), false);
		long auditBefore = auditRows(id);

		// an officer (ESERVICE, no INTEGRITY) sees the complaint but not the report, nor
		// its type among the counts
		Document inbox = page(get("/staff/eservice"), OFFICER);
		assertThat(inbox.select("tr.inbox-row").eachAttr("data-number")).contains(complaint).doesNotContain(report);
		assertThat(inbox.select("#type-counts tr[data-type]").eachAttr("data-type")).contains("complaint")
			.doesNotContain("corruption");
		assertThat(inbox.text()).doesNotContain("ทุจริต");
		this.mvc.perform(get("/staff/eservice").param("type", "corruption").with(OFFICER))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/eservice").param("q", report).with(OFFICER)).andExpect(status().isOk());
		assertThat(page(get("/staff/eservice").param("q", report), OFFICER).select("tr.inbox-row")).isEmpty();
		this.mvc.perform(get("/staff/eservice/requests/" + id).with(OFFICER)).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/eservice/requests/" + id + "/print").with(OFFICER))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/staff/eservice/requests/" + id + "/status").with(OFFICER)
				.with(csrf())
				.param("status", "IN_PROGRESS"))
			.andExpect(status().isNotFound());

		// an editor without any e-service role may not open the inbox at all
		this.mvc.perform(get("/staff/eservice").with(EDITOR)).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/eservice/requests/" + id).with(EDITOR)).andExpect(status().isForbidden());
		assertThat(auditRows(id)).isEqualTo(auditBefore);
		assertThat(statusOf(id)).isEqualTo("RECEIVED");

		// the integrity officer sees it, counted with its type
		Document integrityInbox = page(get("/staff/eservice"), INTEGRITY);
		assertThat(integrityInbox.select("tr.inbox-row").eachAttr("data-number")).contains(report);
		assertThat(integrityInbox.select("#type-counts tr[data-type=corruption] .count-open").text()).isNotEqualTo("0");
	}

	@Test
	void everyViewOfACorruptionReportByIntegrityStaffWritesOneAuditRow() throws Exception {
		String report = file("corruption", EserviceFixture.corruption(), true);
		long id = this.requests.idOf(report).orElseThrow();
		long before = auditRows(id);
		Document first = page(get("/staff/eservice/requests/" + id), INTEGRITY);
		assertThat(first.select("h1").text()).contains(report);
		assertThat(auditRows(id)).isEqualTo(before + 1);
		page(get("/staff/eservice/requests/" + id), INTEGRITY);
		assertThat(auditRows(id)).isEqualTo(before + 2);
		page(get("/staff/eservice/requests/" + id + "/print"), INTEGRITY);
		assertThat(auditRows(id)).isEqualTo(before + 3);
		assertThat(this.jdbc.sql("SELECT DISTINCT actor FROM eservice_view_audit WHERE request_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("integrity");
		// the page lists who opened it
		Document third = page(get("/staff/eservice/requests/" + id), INTEGRITY);
		assertThat(third.select("#view-audit li")).hasSize((int) before + 4);
	}

	@Test
	void aDisallowedStatusChangeShowsAThaiErrorAndKeepsTheForm() throws Exception {
		String complaint = file("complaint", EserviceFixture.complaint(), false);
		long id = this.requests.idOf(complaint).orElseThrow();
		this.requests.changeStatus(id, RequestStatus.DONE, "เรียบร้อยแล้ว", null, "officer");
		Document page = page(post("/staff/eservice/requests/" + id + "/status").with(csrf())
			.param("status", "IN_PROGRESS")
			.param("citizenMessage", "ขอเปิดเรื่องอีกครั้ง")
			.param("internalNote", "บันทึกที่ต้องไม่หาย"), OFFICER);
		assertThat(page.select(".alert-danger").text())
			.contains("ไม่สามารถเปลี่ยนสถานะจาก \"ดำเนินการเสร็จสิ้น\" เป็น \"กำลังดำเนินการ\" ได้");
		assertThat(page.select("#request-status").text()).contains("ดำเนินการเสร็จสิ้น");
		assertThat(statusOf(id)).isEqualTo("DONE");
	}

	@Test
	void rejectingWithoutAMessageToTheCitizenKeepsWhatWasTyped() throws Exception {
		String complaint = file("complaint", EserviceFixture.complaint(), false);
		long id = this.requests.idOf(complaint).orElseThrow();
		Document page = page(post("/staff/eservice/requests/" + id + "/status").with(csrf())
			.param("status", "REJECTED")
			.param("citizenMessage", " ")
			.param("internalNote", "ไม่อยู่ในอำนาจ"), OFFICER);
		assertThat(page.select("#status-form .invalid-feedback").text()).contains("กรุณาเขียนข้อความแจ้งผู้ยื่น");
		assertThat(page.select("#status-form select[name=status] option[selected]").attr("value"))
			.isEqualTo("REJECTED");
		assertThat(page.select("#status-form textarea[name=internalNote]").text()).isEqualTo("ไม่อยู่ในอำนาจ");
		assertThat(statusOf(id)).isEqualTo("RECEIVED");
	}

	@Test
	void aStatusChangeWithAMessageToTheCitizenPublishesRequestStatusChanged() throws Exception {
		String complaint = file("complaint", EserviceFixture.complaint(), false);
		long id = this.requests.idOf(complaint).orElseThrow();
		this.mvc
			.perform(post("/staff/eservice/requests/" + id + "/status").with(OFFICER)
				.with(csrf())
				.param("status", "IN_PROGRESS")
				.param("citizenMessage", "เจ้าหน้าที่กำลังตรวจสอบข้อเท็จจริง"))
			.andExpect(redirectedUrl("/staff/eservice/requests/" + id));
		assertThat(this.events.stream(RequestStatusChanged.class)
			.filter(e -> e.trackingNumber().equals(complaint) && e.status() == RequestStatus.IN_PROGRESS))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.citizenMessage()).isEqualTo("เจ้าหน้าที่กำลังตรวจสอบข้อเท็จจริง");
				assertThat(e.lineUserId()).isEqualTo(EserviceFixture.CITIZEN);
				assertThat(e.serviceCode()).isEqualTo("complaint");
			});
		Document page = page(get("/staff/eservice/requests/" + id), OFFICER);
		assertThat(page.select("#history").text()).contains("เจ้าหน้าที่กำลังตรวจสอบข้อเท็จจริง");
	}

	@Test
	void forwardAssignAndNoteFromTheRequestPage() throws Exception {
		String nuisance = file("nuisance", Map.of("nuisance_kind", "เสียงดัง", "detail", "โรงงานเปิดเครื่องจักรทั้งคืน",
				"location", "13.7563,100.5018", "full_name", "นายทดสอบ แจ้งเหตุ", "phone", "0812345678"), false);
		long id = this.requests.idOf(nuisance).orElseThrow();
		this.mvc
			.perform(post("/staff/eservice/requests/" + id + "/assign").with(OFFICER)
				.with(csrf())
				.param("assignee", "officer"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/staff/eservice/requests/" + id + "/notes").with(OFFICER)
				.with(csrf())
				.param("internalNote", "โทรสอบถามผู้แจ้งแล้ว"))
			.andExpect(status().is3xxRedirection());
		Document empty = page(post("/staff/eservice/requests/" + id + "/forward").with(csrf()).param("agency", ""),
				OFFICER);
		assertThat(empty.select("#forward-form .invalid-feedback").text()).contains("กรุณาระบุหน่วยงานที่ส่งต่อ");
		this.mvc
			.perform(post("/staff/eservice/requests/" + id + "/forward").with(OFFICER)
				.with(csrf())
				.param("agency", "องค์การบริหารส่วนตำบลปากตะโก"))
			.andExpect(status().is3xxRedirection());
		Document page = page(get("/staff/eservice/requests/" + id), OFFICER);
		assertThat(page.select("#request-status").text()).contains("ส่งต่อหน่วยงานที่เกี่ยวข้อง");
		assertThat(page.select("#request-assignee").text()).isEqualTo("ทดสอบ officer");
		assertThat(page.select("#history").text()).contains("โทรสอบถามผู้แจ้งแล้ว", "องค์การบริหารส่วนตำบลปากตะโก");
		// the inbox finds it by assignee and status
		Document mine = page(get("/staff/eservice").param("assignee", "me").param("status", "FORWARDED"), OFFICER);
		assertThat(mine.select("tr.inbox-row").eachAttr("data-number")).contains(nuisance)
			.allSatisfy(n -> assertThat(n).startsWith("ER-"));
		Document unassigned = page(get("/staff/eservice").param("assignee", "-"), OFFICER);
		assertThat(unassigned.select("tr.inbox-row").eachAttr("data-number")).doesNotContain(nuisance);
	}

	@Test
	void inboxShowsOnlyOverdueRequestsWhenAsked() throws Exception {
		this.clock.set(TestClockConfiguration.START.minus(java.time.Duration.ofDays(40)));
		String old = file("complaint", EserviceFixture.complaint(), false);
		this.clock.set(TestClockConfiguration.START);
		String fresh = file("complaint", EserviceFixture.complaint(), false);
		Document overdue = page(get("/staff/eservice").param("overdue", "true"), OFFICER);
		assertThat(overdue.select("tr.inbox-row").eachAttr("data-number")).contains(old).doesNotContain(fresh);
		assertThat(overdue.select("tr.inbox-row[data-number=" + old + "]").text()).contains("เกินกำหนด");
	}

	@Test
	void printPageShowsTheRequestWithBuddhistEraDates() throws Exception {
		String complaint = file("complaint", EserviceFixture.complaint(), false);
		long id = this.requests.idOf(complaint).orElseThrow();
		Document print = page(get("/staff/eservice/requests/" + id + "/print"), OFFICER);
		assertThat(print.select("link[rel=stylesheet]").attr("href")).isEqualTo("/evidence/print.css");
		assertThat(print.text()).contains(complaint, "27 พฤศจิกายน 2569", "รอรับบริการนานกว่า 3 ชั่วโมง");
	}

	@Test
	void adminCreatesAndEditsAServiceTypeWithThaiErrorsKeepingWhatWasTyped() throws Exception {
		Document bad = page(post("/staff/eservice/types/new").with(csrf())
			.param("code", "water-test")
			.param("nameTh", "")
			.param("descriptionTh", "แจ้งปัญหาน้ำประปา")
			.param("targetDays", "สิบ")
			.param("handlerRole", "ESERVICE")
			.param("active", "true")
			.param("sortOrder", "50")
			.param("fields[0].key", "detail")
			.param("fields[0].labelTh", "รายละเอียด")
			.param("fields[0].kind", "LONG_TEXT")
			.param("fields[0].required", "true")
			.param("fields[1].key", "kind")
			.param("fields[1].labelTh", "ประเภทปัญหา")
			.param("fields[1].kind", "CHOICE")
			.param("fields[1].choices", "น้ำไม่ไหล"), ADMIN);
		assertThat(bad.select("#error-summary").text()).contains("ระยะเวลาดำเนินการต้องอยู่ระหว่าง 0-365 วัน");
		assertThat(bad.select("#descriptionTh").text()).isEqualTo("แจ้งปัญหาน้ำประปา");
		assertThat(bad.select("input[name=fields[1].labelTh]").val()).isEqualTo("ประเภทปัญหา");
		// fix the number: the service's own checks speak next
		bad = page(post("/staff/eservice/types/new").with(csrf())
			.param("code", "water-test")
			.param("nameTh", "")
			.param("descriptionTh", "แจ้งปัญหาน้ำประปา")
			.param("targetDays", "10")
			.param("handlerRole", "ESERVICE")
			.param("sortOrder", "50")
			.param("fields[0].key", "detail")
			.param("fields[0].labelTh", "รายละเอียด")
			.param("fields[0].kind", "LONG_TEXT")
			.param("fields[1].key", "kind")
			.param("fields[1].labelTh", "ประเภทปัญหา")
			.param("fields[1].kind", "CHOICE")
			.param("fields[1].choices", "น้ำไม่ไหล"), ADMIN);
		assertThat(bad.select("#nameTh").hasClass("is-invalid")).isTrue();
		assertThat(bad.select("textarea[name=fields[1].choices]").hasClass("is-invalid")).isTrue();
		assertThat(bad.select("#error-summary").text()).contains("กรุณากรอกชื่อบริการ",
				"ตัวเลือกต้องมีอย่างน้อย 2 ข้อ");

		this.mvc
			.perform(post("/staff/eservice/types/new").with(ADMIN)
				.with(csrf())
				.param("code", "water-test")
				.param("nameTh", "แจ้งปัญหาน้ำประปา")
				.param("descriptionTh", "แจ้งปัญหาน้ำประปาในหมู่บ้าน")
				.param("targetDays", "10")
				.param("handlerRole", "ESERVICE")
				.param("active", "true")
				.param("sortOrder", "50")
				.param("fields[0].key", "detail")
				.param("fields[0].labelTh", "รายละเอียด")
				.param("fields[0].kind", "LONG_TEXT")
				.param("fields[0].required", "true")
				.param("fields[1].key", "kind")
				.param("fields[1].labelTh", "ประเภทปัญหา")
				.param("fields[1].kind", "CHOICE")
				.param("fields[1].choices", "น้ำไม่ไหล\nน้ำขุ่น\n")
				.param("fields[2].key", "")
				.param("fields[2].labelTh", ""))
			.andExpect(redirectedUrl("/staff/eservice/types/water-test"));
		Document edit = page(get("/staff/eservice/types/water-test"), ADMIN);
		assertThat(edit.select("#nameTh").val()).isEqualTo("แจ้งปัญหาน้ำประปา");
		assertThat(edit.select("textarea[name=fields[1].choices]").text()).contains("น้ำไม่ไหล", "น้ำขุ่น");
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM eservice_field f JOIN eservice_type t ON t.id = f.service_type_id"
					+ " WHERE t.code = 'water-test'")
			.query(Long.class)
			.single()).isEqualTo(2);
		// the same code again is refused, not overwritten
		Document taken = page(post("/staff/eservice/types/new").with(csrf())
			.param("code", "water-test")
			.param("nameTh", "อื่น")
			.param("descriptionTh", "อื่น")
			.param("targetDays", "5")
			.param("sortOrder", "1")
			.param("fields[0].key", "detail")
			.param("fields[0].labelTh", "รายละเอียด"), ADMIN);
		assertThat(taken.select("#error-summary").text()).contains("รหัสบริการนี้มีอยู่แล้ว");
		// an officer may not manage types
		this.mvc.perform(get("/staff/eservice/types").with(OFFICER)).andExpect(status().isForbidden());
	}

	@Test
	void staffOpenASlotAndSeeWhoBooked() throws Exception {
		Document bad = page(post("/staff/eservice/slots").with(csrf())
			.param("type", "appointment")
			.param("date", "2026-12-20")
			.param("start", "09:00")
			.param("end", "12:00")
			.param("placeTh", "รพ.สต.บ้านนา")
			.param("capacity", "ห้า"), OFFICER);
		assertThat(bad.select("#error-summary").text()).contains("จำนวนที่รับต้องเป็นตัวเลข");
		assertThat(bad.select("#placeTh").val()).isEqualTo("รพ.สต.บ้านนา");
		this.mvc
			.perform(post("/staff/eservice/slots").with(OFFICER)
				.with(csrf())
				.param("type", "appointment")
				.param("date", "2026-12-21")
				.param("start", "13:00")
				.param("end", "15:30")
				.param("placeTh", "รพ.สต.บ้านทดสอบ")
				.param("capacity", "2"))
			.andExpect(redirectedUrl("/staff/eservice/slots?type=appointment"));
		long slotId = this.jdbc.sql("SELECT MAX(id) FROM eservice_slot WHERE place_th = 'รพ.สต.บ้านทดสอบ'")
			.query(Long.class)
			.single();
		String booked = this.requests
			.submit(Submission.viaLine(EserviceFixture.CITIZEN, "appointment", EserviceFixture.appointment(), Map.of(),
					slotId, false))
			.trackingNumber();
		Document slots = page(get("/staff/eservice/slots").param("type", "appointment"), OFFICER);
		assertThat(slots.select("#slots").text()).contains("21 ธันวาคม 2569", "รพ.สต.บ้านทดสอบ", "จองแล้ว 1 จาก 2");
		Document slot = page(get("/staff/eservice/slots/" + slotId), OFFICER);
		assertThat(slot.select("#bookings").text()).contains(booked);
	}

	@Test
	void slotDateTypedInTheBuddhistEraIsStoredAsThatDayAndAnImpossibleYearIsRefused() throws Exception {
		this.mvc
			.perform(post("/staff/eservice/slots").with(OFFICER)
				.with(csrf())
				.param("type", "appointment")
				.param("date", "2569-12-22")
				.param("start", "09:00")
				.param("end", "10:00")
				.param("placeTh", "รพ.สต.บ้านพุทธศักราช")
				.param("capacity", "3"))
			.andExpect(redirectedUrl("/staff/eservice/slots?type=appointment"));
		assertThat(this.jdbc.sql("SELECT slot_date FROM eservice_slot WHERE place_th = 'รพ.สต.บ้านพุทธศักราช'")
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(java.time.LocalDate.of(2026, 12, 22));
		Document impossible = page(post("/staff/eservice/slots").with(csrf())
			.param("type", "appointment")
			.param("date", "2300-12-22")
			.param("start", "09:00")
			.param("end", "10:00")
			.param("placeTh", "รพ.สต.บ้านปีผิด")
			.param("capacity", "3"), OFFICER);
		assertThat(impossible.select("#error-summary").text()).isNotBlank();
		assertThat(impossible.select("#placeTh").val()).isEqualTo("รพ.สต.บ้านปีผิด");
	}

	@Test
	void handlingManualIsPublicAndFollowsTheConfiguredTypes() throws Exception {
		String html = this.mvc.perform(get("/e-services/handling-manual"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("main h1")).hasSize(1);
		assertThat(page.select("tr.manual-service[data-code=complaint] .target").text()).isEqualTo("ภายใน 15 วัน");
		assertThat(page.select("tr.manual-service[data-code=corruption]").text()).contains("ภายใน 30 วัน",
				"ยื่นโดยไม่ระบุตัวตนได้", "ผู้ได้รับมอบหมายเรื่องร้องเรียนการทุจริต");
		assertThat(page.select("#steps li")).hasSize(HandlingManualController.STEPS.size());
		assertThat(page.select("#channels").text()).contains("077-000-000");
	}

	@Test
	void staffApiChangesAStatusWithBasicCredentials() throws Exception {
		String complaint = file("complaint", EserviceFixture.complaint(), false);
		this.mvc
			.perform(post("/api/staff/eservice/requests/" + complaint + "/status")
				.with(httpBasic("officer", "password-1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"IN_PROGRESS\",\"citizenMessage\":\"รับเรื่องไว้พิจารณาแล้ว\"}"))
			.andExpect(status().isOk());
		assertThat(statusOf(this.requests.idOf(complaint).orElseThrow())).isEqualTo("IN_PROGRESS");
		String body = this.mvc
			.perform(post("/api/staff/eservice/requests/" + complaint + "/status")
				.with(httpBasic("officer", "password-1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"RECEIVED\"}"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("ไม่สามารถเปลี่ยนสถานะ");
	}

	private String file(String service, Map<String, String> answers, boolean anonymous) {
		return this.requests
			.submit(anonymous ? Submission.viaWeb(service, answers, Map.of(), null, true)
					: Submission.viaLine(EserviceFixture.CITIZEN, service, answers, Map.of(), null, false))
			.trackingNumber();
	}

	private Document page(MockHttpServletRequestBuilder request, UserRequestPostProcessor who) throws Exception {
		String html = this.mvc.perform(request.with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private long auditRows(long requestId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM eservice_view_audit WHERE request_id = :id")
			.param("id", requestId)
			.query(Long.class)
			.single();
	}

	private String statusOf(long requestId) {
		return this.jdbc.sql("SELECT status FROM eservice_request WHERE id = :id")
			.param("id", requestId)
			.query(String.class)
			.single();
	}

}
