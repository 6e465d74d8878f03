package th.go.moph.dho.linelogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web side with a LIFF id configured (real LINE Login, LINE faked on loopback): a
 * controller's {@link LineUser} parameter is the verified citizen, a missing or refused
 * bearer token is a 401 with the Thai message and nothing else, and the mock endpoints do
 * not exist.
 */
@SpringBootTest(properties = { "dho.liff.liff-id=1234567890-AbCdEfGh",
		"dho.liff.login-channel-id=" + FakeVerifyServer.CHANNEL, "dho.office.base-url=https://dho.example.go.th" })
@AutoConfigureMockMvc
@Import(LiffApiTests.WhoAmI.class)
class LiffApiTests {

	static final FakeVerifyServer line = new FakeVerifyServer();

	static final String THAI_ERROR = "ยืนยันตัวตนกับ LINE ไม่สำเร็จ กรุณาปิดแล้วเปิดหน้านี้ใหม่อีกครั้ง";

	@DynamicPropertySource
	static void verifyUrl(DynamicPropertyRegistry registry) {
		registry.add("dho.liff.verify-url", () -> line.url().toString());
	}

	@AfterAll
	static void close() {
		line.close();
	}

	/** A controller of another module, as the e-service API will have. */
	@TestConfiguration
	@RestController
	static class WhoAmI {

		@RequestMapping(path = "/api/liff/test/whoami", method = { RequestMethod.GET, RequestMethod.POST })
		LineUser whoAmI(LineUser user) {
			return user;
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	LiffApp liffApp;

	@Test
	void givesTheVerifiedCitizenToTheController() throws Exception {
		line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL,
				Instant.now().plus(Duration.ofHours(1)).getEpochSecond(), FakeVerifyServer.USER);

		this.mvc.perform(get("/api/liff/test/whoami").header("Authorization", "Bearer a.valid.token"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(FakeVerifyServer.USER))
			.andExpect(jsonPath("$.displayName").value("สมชาย ใจดี"));
	}

	@Test
	void answersMissingBearerTokenWith401AndTheThaiMessageOnly() throws Exception {
		int calls = line.calls.get();
		String body = this.mvc.perform(get("/api/liff/test/whoami"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(THAI_ERROR))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("Exception", "trace", "at th.go");
		assertThat(line.calls).hasValue(calls);
	}

	@Test
	void answersRefusedTokenWith401AndTheThaiMessageOnly() throws Exception {
		line.answerRefusal("IdToken expired.");

		String body = this.mvc.perform(get("/api/liff/test/whoami").header("Authorization", "Bearer an.expired.token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_JSON_VALUE))
			.andExpect(jsonPath("$.error").value(THAI_ERROR))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(body).doesNotContain("expired", "Exception", "trace");
	}

	@Test
	void apiIsStatelessWithoutCsrfAndKeepsTheSecurityHeaders() throws Exception {
		line.answerRefusal("Invalid IdToken.");

		// a POST without a CSRF token reaches the controller (401 from the token, not
		// 403)
		this.mvc.perform(post("/api/liff/test/whoami").header("Authorization", "Bearer forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(THAI_ERROR));
		this.mvc.perform(get("/api/liff/config"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().string("Content-Security-Policy", LiffSecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void configGivesTheLiffIdAndNoMock() throws Exception {
		this.mvc.perform(get("/api/liff/config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.liffId").value("1234567890-AbCdEfGh"))
			.andExpect(jsonPath("$.mock").value(false))
			.andExpect(jsonPath("$.mockUserId").doesNotExist());
	}

	@Test
	void mockEndpointsDoNotExistWhenALiffIdIsConfigured() throws Exception {
		this.mvc
			.perform(post("/dev/liff/id-token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"userId\":\"" + FakeVerifyServer.USER + "\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(LiffMode.FAKE_VERIFY_PATH).param("id_token", "x").param("client_id", "y"))
			.andExpect(status().isNotFound());
	}

	@Test
	void liffLinksOpenThroughLiffLineMe() {
		assertThat(this.liffApp.url("requests/ER-2569-000123"))
			.isEqualTo("https://liff.line.me/1234567890-AbCdEfGh/requests/ER-2569-000123");
		assertThat(this.liffApp.url("/")).isEqualTo("https://liff.line.me/1234567890-AbCdEfGh");
	}

}
