package th.go.moph.dho.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.stats.TestClockConfiguration;

/**
 * The server-rendered e-service pages for citizens without LINE (category 8).
 */
@SpringBootTest(properties = "dho.eservice.tracking-attempts-per-hour=3")
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class EserviceWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

	String client;

	@BeforeEach
	void freshClient() {
		this.clock.set(TestClockConfiguration.START);
		this.client = "10.0.0." + CLIENTS.incrementAndGet();
	}

	@Test
	void theCategoryPageListsTheServicesAndKeepsItsLinkSections() throws Exception {
		Document page = html(this.mvc.perform(get("/e-services")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("a[href=/e-services/forms/nuisance]").text()).isEqualTo("แจ้งเหตุรำคาญ");
		assertThat(page.select("a[href=/e-services/forms/corruption]")).hasSize(1);
		assertThat(page.select("a[href=/e-services/track]")).isNotEmpty();
		assertThat(page.select("a[href=/e-services/e-services]")).isNotEmpty();
	}

	@Test
	void theFormShowsAFieldPerKindWithLabelsHintsAndCsrf() throws Exception {
		Document page = html(
				this.mvc.perform(get("/e-services/forms/nuisance")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("form[enctype=multipart/form-data] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("fieldset legend").text()).contains("ประเภทเหตุรำคาญ");
		assertThat(page.select("input[type=radio][name=field.nuisance_kind]")).hasSize(5);
		assertThat(page.select("textarea[name=field.detail]").attr("maxlength")).isEqualTo("2000");
		assertThat(page.select("label[for=f-detail]").text()).contains("รายละเอียด", "(จำเป็น)");
		assertThat(page.select("textarea[name=field.detail]").attr("aria-describedby")).isEqualTo("f-detail-hint");
		assertThat(page.select("input[type=file][name=file.photos]").attr("accept")).contains("image/png");
		assertThat(page.select("input[type=tel][name=field.phone]")).hasSize(1);
		assertThat(page.select("input[name=website]")).hasSize(1);
		this.mvc.perform(get("/e-services/forms/no-such-service")).andExpect(status().isNotFound());
	}

	@Test
	void aSubmissionWithoutCsrfIsRefused() throws Exception {
		long before = count();
		this.mvc.perform(nuisance().with(r -> {
			r.setRemoteAddr(this.client);
			return r;
		})).andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void badInputShowsAThaiSummaryAndFieldErrorsTiedToTheFieldsAndSavesNothing() throws Exception {
		long before = count();
		MockMultipartHttpServletRequestBuilder request = multipart("/e-services/forms/nuisance");
		request.file(new MockMultipartFile("file.photos", "photo.png", "image/png", EserviceFixture.HTML))
			.param("field.nuisance_kind", "กลิ่นเหม็น")
			.param("field.detail", "ง".repeat(2001))
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr(this.client);
				return r;
			});
		Document page = html(this.mvc.perform(request).andExpect(status().isOk()).andReturn());
		assertThat(page.select("#error-summary h2").text()).isEqualTo("กรุณาแก้ไขข้อมูลต่อไปนี้");
		assertThat(page.select("#error-summary a[href=#q-location]").text()).isEqualTo("กรุณากรอกตำแหน่งที่เกิดเหตุ");
		assertThat(page.select("#f-detail-error").text()).isEqualTo("รายละเอียด ยาวเกิน 2,000 ตัวอักษร");
		assertThat(page.select("textarea[name=field.detail]").attr("aria-describedby"))
			.isEqualTo("f-detail-hint f-detail-error");
		assertThat(page.select("textarea[name=field.detail]").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-photos-error").text()).startsWith("ไฟล์ \"photo.png\" ไม่ใช่ชนิดที่รับ");
		assertThat(page.select("input[type=radio][value=กลิ่นเหม็น]").hasAttr("checked")).isTrue();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aWebRequestShowsItsNumberAndCodeOnceAndIsFollowedWithBoth() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult posted = this.mvc.perform(nuisance().with(csrf()).session(session).with(r -> {
			r.setRemoteAddr(this.client);
			return r;
		}))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/e-services/forms/nuisance/submitted"))
			.andReturn();
		Document done = html(this.mvc
			.perform(get("/e-services/forms/nuisance/submitted").session(session).flashAttrs(posted.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn());
		String number = done.select("#tracking-number").text();
		String code = done.select("#access-code").text();
		assertThat(number).matches("ER-2569-\\d{6}");
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		// shown once: a reload goes to the tracking form
		this.mvc.perform(get("/e-services/forms/nuisance/submitted").session(new MockHttpSession()))
			.andExpect(redirectedUrl("/e-services/track"));

		MockHttpSession other = new MockHttpSession();
		this.mvc.perform(get("/e-services/track/" + number).session(other))
			.andExpect(redirectedUrl("/e-services/track?number=" + number));
		this.mvc
			.perform(post("/e-services/track").param("number", number.toLowerCase())
				.param("code", code.replace("-", "").toLowerCase())
				.with(csrf())
				.session(other))
			.andExpect(redirectedUrl("/e-services/track/" + number));
		Document tracked = html(this.mvc.perform(get("/e-services/track/" + number).session(other))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(tracked.select("h1").text()).contains("แจ้งเหตุรำคาญ", number);
		assertThat(tracked.select(".es-timeline li").first().text()).contains("รับเรื่องแล้ว");
		assertThat(tracked.select(".es-answers").text()).contains("กลิ่นจากฟาร์มสุกรทุกเย็น");

		MvcResult added = this.mvc
			.perform(multipart("/e-services/track/" + number + "/information").param("text", "ได้กลิ่นตอนเช้าด้วย")
				.with(csrf())
				.session(other))
			.andExpect(redirectedUrl("/e-services/track/" + number))
			.andReturn();
		assertThat(added.getFlashMap().get("notice")).isEqualTo("ส่งข้อมูลเพิ่มเติมแล้ว");
		this.mvc
			.perform(post("/e-services/track/" + number + "/withdraw").param("reason", "แก้ไขแล้ว")
				.with(csrf())
				.session(other))
			.andExpect(redirectedUrl("/e-services/track/" + number));
		Document withdrawn = html(this.mvc.perform(get("/e-services/track/" + number).session(other)).andReturn());
		assertThat(withdrawn.select(".es-answers").first().text()).contains("ผู้ยื่นยกเลิกเรื่อง");
		assertThat(withdrawn.select("form[action$=/withdraw]")).isEmpty();
		assertThat(withdrawn.select("form[action$=/information]")).isEmpty();
	}

	@Test
	void aWrongPairAnswersLikeAnUnknownNumberAndTooManyTriesAreLimited() throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult posted = this.mvc.perform(nuisance().with(csrf()).session(session).with(r -> {
			r.setRemoteAddr(this.client);
			return r;
		})).andReturn();
		SubmissionReceipt receipt = (SubmissionReceipt) posted.getFlashMap().get("receipt");
		String wrongCode = html(
				track(receipt.trackingNumber(), "AAAA-BBBB-CCCC").andExpect(status().isOk()).andReturn())
			.select("#error-summary")
			.text();
		String unknownNumber = html(track("ER-2569-999999", "AAAA-BBBB-CCCC").andExpect(status().isOk()).andReturn())
			.select("#error-summary")
			.text();
		assertThat(wrongCode).isEqualTo(unknownNumber).contains("ไม่พบเรื่องตามเลขที่และรหัสที่ระบุ");
		track(receipt.trackingNumber(), "AAAA-BBBB-DDDD").andExpect(status().isOk());
		// three wrong pairs in the hour: even the right pair waits now
		String blocked = html(
				track(receipt.trackingNumber(), receipt.accessCode()).andExpect(status().isTooManyRequests())
					.andReturn())
			.select("#error-summary")
			.text();
		assertThat(blocked).contains("ลองผิดหลายครั้งเกินไป");
	}

	private org.springframework.test.web.servlet.ResultActions track(String number, String code) throws Exception {
		return this.mvc
			.perform(post("/e-services/track").param("number", number).param("code", code).with(csrf()).with(r -> {
				r.setRemoteAddr(this.client);
				return r;
			}));
	}

	private MockMultipartHttpServletRequestBuilder nuisance() {
		MockMultipartHttpServletRequestBuilder request = multipart("/e-services/forms/nuisance");
		request.param("field.nuisance_kind", "กลิ่นเหม็น")
			.param("field.detail", "กลิ่นจากฟาร์มสุกรทุกเย็น")
			.param("field.location", "หมู่ 3 ตำบลปากตะโก")
			.param("field.full_name", "นางสาวแจ้ง เหตุ")
			.param("field.phone", "0812345678")
			.param("website", "");
		return request;
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM eservice_request").query(Long.class).single();
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
