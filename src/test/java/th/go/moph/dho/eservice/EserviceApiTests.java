package th.go.moph.dho.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.linelogin.InvalidIdTokenException;
import th.go.moph.dho.linelogin.LineLogin;
import th.go.moph.dho.linelogin.LineUser;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.stats.TestClockConfiguration;

/**
 * The LIFF app's JSON API as LIFF-API.md describes it, through the real security chain
 * (stateless, no CSRF) with {@link LineLogin} mocked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class EserviceApiTests {

	static final String ALICE = "Bearer token-alice";

	static final String BOB = "Bearer token-bob";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppointmentSlots slots;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	EserviceRequests requests;

	@Autowired
	MutableClock clock;

	@MockitoBean
	LineLogin lineLogin;

	@BeforeEach
	void tokens() {
		this.clock.set(TestClockConfiguration.START);
		EserviceFixture.staff(this.accounts);
		willThrow(new InvalidIdTokenException("unknown token")).given(this.lineLogin).verify(anyString());
		willReturn(new LineUser(EserviceFixture.CITIZEN, "Alice")).given(this.lineLogin).verify("token-alice");
		willReturn(new LineUser(EserviceFixture.OTHER_CITIZEN, "Bob")).given(this.lineLogin).verify("token-bob");
	}

	@Test
	void listsTheSeededServicesWithTheirFieldsWithoutAuthentication() throws Exception {
		this.mvc.perform(get("/api/eservice/services"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'nuisance')].nameTh").value("แจ้งเหตุรำคาญ"))
			.andExpect(jsonPath("$[?(@.code == 'corruption')].anonymousAllowed").value(true))
			.andExpect(jsonPath("$[?(@.code == 'corruption')].confidential").value(true))
			.andExpect(jsonPath("$[?(@.code == 'appointment')].appointment").value(true))
			.andExpect(jsonPath("$[?(@.code == 'nuisance')].fields[?(@.key == 'location')].kind").value("LOCATION"))
			.andExpect(jsonPath("$[?(@.code == 'nuisance')].fields[?(@.key == 'detail')].maxLength").value(2000))
			.andExpect(jsonPath("$[?(@.code == 'complaint')].fields[?(@.key == 'topic')].choices[0]")
				.value("การให้บริการ"));
	}

	@Test
	void listsBookableSlotsWithThaiDates() throws Exception {
		SlotView slot = this.slots.openSlot("appointment", LocalDate.of(2026, 12, 10), LocalTime.of(9, 0),
				LocalTime.of(10, 0), "รพ.สต.บ้านนา", 3, "officer");
		this.mvc.perform(get("/api/eservice/services/appointment/slots"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + slot.id() + ")].dateTh").value("10 ธ.ค. 2569"))
			.andExpect(jsonPath("$[?(@.id == " + slot.id() + ")].date").value("2026-12-10"))
			.andExpect(jsonPath("$[?(@.id == " + slot.id() + ")].start").value("09:00"))
			.andExpect(jsonPath("$[?(@.id == " + slot.id() + ")].remaining").value(3));
		this.mvc.perform(get("/api/eservice/services/no-such/slots"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("ไม่พบบริการที่เลือก หรือบริการนี้ปิดรับเรื่องแล้ว"));
	}

	@Test
	void filesARequestWithAPhotoAndFollowsItAsItsOwnLineUserOnly() throws Exception {
		String body = this.mvc
			.perform(nuisance(ALICE)
				.file(new MockMultipartFile("file.photos", "กลิ่น.png", "image/png", EserviceFixture.PNG)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.statusTh").value("รับเรื่องแล้ว"))
			.andExpect(jsonPath("$.accessCode").doesNotExist())
			.andExpect(jsonPath("$.targetDate").value("2026-12-12"))
			.andExpect(jsonPath("$.targetDateTh").value("12 ธ.ค. 2569"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String number = JsonPath.read(body, "$.trackingNumber");
		assertThat(number).matches("ER-2569-\\d{6}");

		this.mvc.perform(get("/api/eservice/my/requests").header("Authorization", ALICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].trackingNumber").value(number))
			.andExpect(jsonPath("$[0].serviceNameTh").value("แจ้งเหตุรำคาญ"))
			.andExpect(jsonPath("$[0].overdue").value(false));
		this.mvc.perform(get("/api/eservice/my/requests/" + number).header("Authorization", ALICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.serviceCode").value("nuisance"))
			.andExpect(jsonPath("$.answers[?(@.labelTh == 'ตำแหน่งที่เกิดเหตุ')].value").value("10.1036,99.0963"))
			.andExpect(jsonPath("$.attachments[0].name").value("กลิ่น.png"))
			.andExpect(jsonPath("$.timeline[0].statusTh").value("รับเรื่องแล้ว"))
			.andExpect(jsonPath("$.canWithdraw").value(true));
		this.mvc.perform(get("/api/eservice/my/requests/" + number).header("Authorization", BOB))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/eservice/my/requests").header("Authorization", BOB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.trackingNumber == '" + number + "')]").isEmpty());
		this.mvc
			.perform(post("/api/eservice/my/requests/" + number + "/withdraw").header("Authorization", BOB)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesMissingOrBadTokensWith401() throws Exception {
		this.mvc.perform(get("/api/eservice/my/requests")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/eservice/my/requests").header("Authorization", "Bearer forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").isNotEmpty());
		long before = this.jdbc.sql("SELECT COUNT(*) FROM eservice_request").query(Long.class).single();
		this.mvc.perform(nuisance("Bearer forged")).andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM eservice_request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void badInputGetsThaiFieldErrorsAndUnknownServiceA404() throws Exception {
		this.mvc
			.perform(multipart("/api/eservice/requests").param("service", "nuisance")
				.param("field.nuisance_kind", "กลิ่นเหม็น")
				.param("field.detail", "ค".repeat(2001))
				.header("Authorization", ALICE)
				.file(new MockMultipartFile("file.photos", "photo.jpg", "image/jpeg", EserviceFixture.HTML)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("ข้อมูลบางช่องยังไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้ง"))
			.andExpect(jsonPath("$.fieldErrors.detail").value("รายละเอียด ยาวเกิน 2,000 ตัวอักษร"))
			.andExpect(jsonPath("$.fieldErrors.location").value("กรุณากรอกตำแหน่งที่เกิดเหตุ"))
			.andExpect(jsonPath("$.fieldErrors.photos").value(org.hamcrest.Matchers.startsWith("ไฟล์ \"photo.jpg\"")));
		this.mvc.perform(multipart("/api/eservice/requests").param("service", "no-such").header("Authorization", ALICE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("ไม่พบบริการที่เลือก หรือบริการนี้ปิดรับเรื่องแล้ว"));
	}

	@Test
	void aFullSlotAnswers409() throws Exception {
		SlotView slot = this.slots.openSlot("appointment", LocalDate.of(2026, 12, 11), LocalTime.of(9, 0),
				LocalTime.of(10, 0), "รพ.สต.บ้านนา", 1, "officer");
		this.mvc.perform(appointment(ALICE, slot.id())).andExpect(status().isCreated());
		this.mvc.perform(appointment(BOB, slot.id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("ช่วงเวลาที่เลือกเต็มแล้ว กรุณาเลือกช่วงเวลาอื่น"));
	}

	@Test
	void anonymousCorruptionReportFromLiffGetsAnAccessCodeAndStoresNoLineId() throws Exception {
		String body = this.mvc
			.perform(multipart("/api/eservice/requests").param("service", "corruption")
				.param("anonymous", "true")
				.param("field.accused", "เจ้าหน้าที่การเงิน")
				.param("field.detail", "เรียกรับเงิน")
				.param("field.full_name", "ไม่ควรถูกเก็บ")
				.header("Authorization", ALICE))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.accessCode").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String number = JsonPath.read(body, "$.trackingNumber");
		assertThat(this.jdbc.sql("SELECT line_user_id FROM eservice_request WHERE tracking_number = :n")
			.param("n", number)
			.query(String.class)
			.optional()).isEmpty();
		this.mvc.perform(get("/api/eservice/my/requests/" + number).header("Authorization", ALICE))
			.andExpect(status().isNotFound());
	}

	@Test
	void addsInformationAndWithdrawsThenAnswers409WhenClosed() throws Exception {
		String body = this.mvc.perform(nuisance(ALICE))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String number = JsonPath.read(body, "$.trackingNumber");
		this.mvc
			.perform(multipart("/api/eservice/my/requests/" + number + "/information")
				.param("text", "ได้กลิ่นตอนเช้าด้วย")
				.file(new MockMultipartFile("file", "หลักฐาน.pdf", "application/pdf", EserviceFixture.PDF))
				.header("Authorization", ALICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[0].name").value("หลักฐาน.pdf"))
			.andExpect(jsonPath("$.timeline[1].note").value("ท่านเพิ่มเติมข้อมูล: ได้กลิ่นตอนเช้าด้วย"));
		this.mvc
			.perform(multipart("/api/eservice/my/requests/" + number + "/information").param("text", " ")
				.header("Authorization", ALICE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fieldErrors.text").value("กรุณากรอกข้อมูลที่ต้องการเพิ่มเติม"));
		this.mvc
			.perform(post("/api/eservice/my/requests/" + number + "/withdraw").header("Authorization", ALICE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"แก้ไขแล้ว\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.canWithdraw").value(false))
			.andExpect(jsonPath("$.canAddInformation").value(false));
		this.mvc
			.perform(post("/api/eservice/my/requests/" + number + "/withdraw").header("Authorization", ALICE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("เรื่องนี้ปิดแล้ว ไม่สามารถเพิ่มข้อมูลหรือยกเลิกได้"));
	}

	private MockMultipartHttpServletRequestBuilder nuisance(String authorization) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/eservice/requests");
		request.param("service", "nuisance")
			.param("field.nuisance_kind", "กลิ่นเหม็น")
			.param("field.detail", "กลิ่นจากฟาร์มสุกรทุกเย็น")
			.param("field.location", "10.1036,99.0963")
			.param("field.full_name", "นางสาวแจ้ง เหตุ")
			.param("field.phone", "081 234 5678")
			.header("Authorization", authorization);
		return request;
	}

	private MockMultipartHttpServletRequestBuilder appointment(String authorization, long slotId) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/eservice/requests");
		request.param("service", "appointment")
			.param("slotId", Long.toString(slotId))
			.param("field.reason", "ฉีดวัคซีน")
			.param("field.full_name", "นาย นัด")
			.param("field.phone", "0812345678")
			.header("Authorization", authorization);
		return request;
	}

}
