package th.go.moph.dho.linelogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default (no LIFF id, no LINE credentials): the mock mints ID tokens that
 * the real verifier checks end to end through the app's stand-in for LINE's verify
 * endpoint on its own port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dho.office.base-url=http://localhost:8080")
class LiffMockModeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String CITIZEN = "U00112233445566778899aabbccddeeff";

	@LocalServerPort
	int port;

	@Autowired
	LineLogin lineLogin;

	@Autowired
	LiffApp liffApp;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String mint(String body) throws Exception {
		HttpResponse<String> response = post("/dev/liff/id-token", "application/json", body);
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body()).path("idToken").asString();
	}

	@Test
	void configSaysMockWithTheMockUser() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/liff/config")).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode config = JSON.readTree(response.body());

		assertThat(config.path("mock").asBoolean()).isTrue();
		assertThat(config.path("liffId").isNull()).isTrue();
		assertThat(config.path("mockUserId").asString()).matches("U[0-9a-f]{32}");
	}

	@Test
	void mintedTokenVerifiesThroughTheStandInEndToEnd() throws Exception {
		String token = mint("{\"userId\":\"" + CITIZEN + "\",\"displayName\":\"มานี มีนา\"}");

		assertThat(this.lineLogin.verify(token)).isEqualTo(new LineUser(CITIZEN, "มานี มีนา"));
	}

	@Test
	void mintsForTheMockUserWhenNoneIsGiven() throws Exception {
		String token = mint("{}");

		assertThat(this.lineLogin.verify(token).userId()).isEqualTo(LiffSettings.MOCK_USER_ID);
	}

	@Test
	void refusesToMintForAMalformedUserId() throws Exception {
		HttpResponse<String> response = post("/dev/liff/id-token", "application/json", "{\"userId\":\"alice\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).path("error").asString()).contains("รหัสผู้ใช้ LINE");
	}

	@Test
	void tamperedTokenIsRefused() throws Exception {
		String token = mint("{\"userId\":\"" + CITIZEN + "\"}");
		String[] parts = token.split("\\.");
		String otherUser = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
				.replace(CITIZEN, LiffSettings.MOCK_USER_ID)
				.getBytes(StandardCharsets.UTF_8));
		String forged = parts[0] + "." + otherUser + "." + parts[2];

		assertThatThrownBy(() -> this.lineLogin.verify(forged)).isInstanceOf(InvalidIdTokenException.class);
	}

	@Test
	void standInAnswersLikeLineForAnotherChannel() throws Exception {
		String token = mint("{\"userId\":\"" + CITIZEN + "\"}");

		HttpResponse<String> ok = post(LiffMode.FAKE_VERIFY_PATH, "application/x-www-form-urlencoded", "id_token="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8) + "&client_id=" + LiffMode.SIMULATOR_AUDIENCE);
		HttpResponse<String> wrong = post(LiffMode.FAKE_VERIFY_PATH, "application/x-www-form-urlencoded",
				"id_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&client_id=1234567890");

		assertThat(JSON.readTree(ok.body()).path("sub").asString()).isEqualTo(CITIZEN);
		assertThat(JSON.readTree(ok.body()).path("iss").asString()).isEqualTo(IdTokenVerifier.ISSUER);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(wrong.body()).path("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void liffLinksStayOnThePublicSiteWithoutALiffId() {
		assertThat(this.liffApp.url("requests")).isEqualTo("http://localhost:8080/liff/requests");
	}

}
