package th.go.moph.dho.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.stats.TestClockConfiguration;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SurveyTests {

	static final String PATH = "/statistics/satisfaction/survey";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

	int client;

	@BeforeEach
	void freshClient() {
		this.clock.set(TestClockConfiguration.START);
		this.client = CLIENTS.incrementAndGet();
	}

	@Test
	void showsAnAccessibleFormWithCsrfTokenAndHoneypot() throws Exception {
		String html = this.mvc.perform(get(PATH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("name=\"_csrf\"", "<legend", "เนื้อหาถูกต้องและเป็นปัจจุบัน", "5 มากที่สุด",
				"1 น้อยที่สุด", "บุคลากรสาธารณสุข", "name=\"website\"", "tabindex=\"-1\"", "autocomplete=\"off\"",
				"name=\"token\"");
	}

	@Test
	void acceptsACompleteAnswerAndThanksAfterARedirect() throws Exception {
		long before = count();
		String token = renderToken();
		this.clock.advance(Duration.ofSeconds(20));
		this.mvc.perform(answers(token).param("group", "HEALTH_STAFF").param("comment", "<b>ดีมาก</b>"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(PATH + "/thanks"));
		assertThat(count()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("SELECT respondent_group FROM survey_response ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo("HEALTH_STAFF");
		this.mvc.perform(get(PATH + "/thanks"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ขอบคุณที่ตอบแบบประเมิน")));
	}

	@Test
	void rejectsAMissingAnswerWithAThaiMessageLinkedToTheQuestion() throws Exception {
		long before = count();
		String token = renderToken();
		this.clock.advance(Duration.ofSeconds(20));
		String html = this.mvc.perform(answers(token, "design"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("ยังส่งแบบประเมินไม่ได้", "กรุณาเลือกระดับความพึงพอใจในข้อนี้",
				"href=\"#design-error\"", "id=\"design-error\"", "aria-describedby=\"design-error\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void rejectsAnOutOfRangeValue() throws Exception {
		long before = count();
		String token = renderToken();
		this.clock.advance(Duration.ofSeconds(20));
		String html = this.mvc.perform(answers(token, "overall").param("overall", "7"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("คำตอบต้องเป็นระดับ 1 ถึง 5 เท่านั้น");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void rejectsAFilledHoneypot() throws Exception {
		long before = count();
		String token = renderToken();
		this.clock.advance(Duration.ofSeconds(20));
		this.mvc.perform(answers(token).param("website", "http://spam.example"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ระบบไม่สามารถรับแบบประเมินนี้ได้")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void rejectsASubmitFasterThanAPersonCouldAnswer() throws Exception {
		long before = count();
		String token = renderToken();
		this.clock.advance(Duration.ofMillis(1500));
		this.mvc.perform(answers(token))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("เร็วเกินกว่าที่คนทั่วไปจะตอบได้")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anEmptySurveySentAtOnceAsksForTheAnswersInsteadOfSayingTooFast() throws Exception {
		long before = count();
		String token = renderToken();
		this.clock.advance(Duration.ofMillis(500));
		String html = this.mvc.perform(answers(token, "content", "findability", "speed", "design", "overall"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("ยังส่งแบบประเมินไม่ได้", "กรุณาเลือกระดับความพึงพอใจในข้อนี้", "href=\"#content-error\"")
			.doesNotContain("เร็วเกินกว่าที่คนทั่วไปจะตอบได้")
			.contains("name=\"token\" value=\"" + token + "\"");
		assertThat(count()).isEqualTo(before);
		// the answers given a moment later are taken with the same form
		this.clock.advance(Duration.ofSeconds(20));
		this.mvc.perform(answers(token)).andExpect(status().is3xxRedirection());
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void rejectsAForgedOrMissingToken() throws Exception {
		long before = count();
		String forged = (this.clock.millis() - 60_000) + ".AAAA";
		this.mvc.perform(answers(forged)).andExpect(status().isBadRequest());
		this.mvc.perform(answers("")).andExpect(status().isBadRequest());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void rejectsAFloodFromOneClient() throws Exception {
		long before = count();
		String token = renderToken();
		this.clock.advance(Duration.ofSeconds(20));
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(answers(token)).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(answers(token))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ส่งแบบประเมินหลายครั้งเกินไป")));
		assertThat(count()).isEqualTo(before + 3);
		// an hour later the client may answer again
		this.clock.advance(Duration.ofMinutes(61));
		String later = renderToken();
		this.clock.advance(Duration.ofSeconds(20));
		this.mvc.perform(answers(later)).andExpect(status().is3xxRedirection());
	}

	@Test
	void rejectsAPostWithoutCsrfToken() throws Exception {
		this.mvc.perform(post(PATH).param("content", "5")).andExpect(status().isForbidden());
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM survey_response").query(Long.class).single();
	}

	private String renderToken() throws Exception {
		String html = this.mvc.perform(get(PATH)).andReturn().getResponse().getContentAsString();
		Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private MockHttpServletRequestBuilder answers(String token, String... leaveOut) {
		String address = "192.0.2." + this.client;
		MockHttpServletRequestBuilder request = post(PATH).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("website", "").param("token", token);
		java.util.Map<String, String> answers = new java.util.LinkedHashMap<>(
				java.util.Map.of("content", "5", "findability", "4", "speed", "4", "design", "3", "overall", "5"));
		java.util.List.of(leaveOut).forEach(answers::remove);
		answers.forEach(request::param);
		return request;
	}

}
