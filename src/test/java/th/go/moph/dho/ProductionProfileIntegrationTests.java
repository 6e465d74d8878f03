package th.go.moph.dho;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as production starts it: the {@code mysql} profile on the real
 * MariaDB/MySQL, an administrator from the environment, and no LINE channel configured
 * yet (an office may put its website online before its LINE official account). Run by
 * failsafe when {@code DHO_TEST_DB_URL} is set, like {@link MariaDbIntegrationTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dho.staff.admin-username=prod-admin", "dho.staff.admin-password=a-long-enough-password",
				"dho.line.channel-secret=", "dho.line.channel-token=", "dho.storage.directory=target/it-prod-files" })
@ActiveProfiles("mysql")
@EnabledIfEnvironmentVariable(named = "DHO_TEST_DB_URL", matches = ".+")
class ProductionProfileIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("DHO_DB_URL", () -> System.getenv("DHO_TEST_DB_URL"));
		registry.add("DHO_DB_USER", () -> Objects.requireNonNullElse(System.getenv("DHO_TEST_DB_USER"), "dho"));
		registry.add("DHO_DB_PASSWORD", () -> Objects.requireNonNullElse(System.getenv("DHO_TEST_DB_PASSWORD"), ""));
		// production refuses to start without the public address (BaseUrlCheck)
		registry.add("DHO_BASE_URL", () -> "https://dho.example.go.th");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startsWithoutALineChannelServesTheSiteAndRefusesWebhooks() throws Exception {
		assertThat(get("/").statusCode()).isEqualTo(200);
		assertThat(get("/office/contact").statusCode()).isEqualTo(200);
		assertThat(get("/staff/login").statusCode()).isEqualTo(200);
		// no simulator in production, and a webhook is refused until a channel secret is
		// set
		assertThat(get("/dev/line").statusCode()).isEqualTo(404);
		HttpResponse<String> webhook = this.http.send(HttpRequest.newBuilder(uri("/line/webhook"))
			.header("Content-Type", "application/json")
			.header("X-Line-Signature", "c2lnbmF0dXJl")
			.POST(HttpRequest.BodyPublishers.ofString("{\"destination\":\"x\",\"events\":[]}"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(webhook.statusCode()).isEqualTo(400);
	}

	@Test
	void theAdministratorComesFromTheEnvironmentAndNoDemoAccountExists() {
		assertThat(usernames()).contains("prod-admin").doesNotContain("editor", "approver", "approver2", "admin");
	}

	private java.util.List<String> usernames() {
		return this.jdbc.sql("SELECT username FROM staff_account").query(String.class).list();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
