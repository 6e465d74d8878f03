package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The LIFF app as the Spring application serves it (built by the Maven build from
 * liff-web/): index.html for the app's address and its deep links, cacheable hashed
 * assets, a 404 for a missing file, and the app's own Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiffAppTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void servesTheAppAtItsAddressAndAtEveryDeepLink() throws Exception {
		for (String path : new String[] { "/liff/", "/liff", "/liff/services/nuisance", "/liff/requests",
				"/liff/requests/ER-2569-000123", "/liff/settings" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			Document page = Jsoup.parse(response.body());
			assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("th");
			assertThat(page.getElementById("app")).as(path).isNotNull();
			// a new build must reach phones at once: revalidated on every visit
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
		}
	}

	@Test
	void assetsHaveHashedNamesAndAreCachedForAYear() throws Exception {
		Document page = Jsoup.parse(get("/liff/").body());
		Element script = page.selectFirst("script[type=module][src]");
		Element stylesheet = page.selectFirst("link[rel=stylesheet][href]");
		assertThat(script).isNotNull();
		assertThat(stylesheet).isNotNull();
		for (String asset : new String[] { script.attr("src"), stylesheet.attr("href") }) {
			assertThat(asset).matches("/liff/assets/[\\w-]+-[\\w-]{8}\\.(js|css)");
			HttpResponse<String> response = get(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(asset)
				.contains("max-age=31536000")
				.contains("immutable");
		}
	}

	@Test
	void aMissingFileIsNotFoundRatherThanTheApp() throws Exception {
		assertThat(get("/liff/assets/index-missing0.js").statusCode()).isEqualTo(404);
		assertThat(get("/liff/assets/anything").statusCode()).isEqualTo(404);
		assertThat(get("/liff/logo.png").statusCode()).isEqualTo(404);
	}

	@Test
	void thePageHasNoInlineScriptOrStyleAndLoadsNothingFromAnotherHost() throws Exception {
		Document page = Jsoup.parse(get("/liff/requests/ER-2569-000123").body());
		for (Element script : page.select("script")) {
			assertThat(script.attr("src")).as("every script is a file").startsWith("/liff/assets/");
			assertThat(script.data()).as("no inline script").isBlank();
		}
		assertThat(page.select("style, [style]")).as("no inline style").isEmpty();
		assertThat(page.select("[onclick], [onload], [onerror]")).as("no inline handlers").isEmpty();
		for (Element link : page.select("link[href]")) {
			assertThat(link.attr("href")).startsWith("/liff/");
		}
	}

	@Test
	void theAppsContentSecurityPolicyAllowsLineHostsTheSdkNeedsAndNothingInline() throws Exception {
		HttpResponse<String> response = get("/liff/");

		String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).isEqualTo("default-src 'self'; script-src 'self' https://static.line-scdn.net; "
				+ "connect-src 'self' https://api.line.me https://access.line.me https://liff.line.me https://liffsdk.line-scdn.net; "
				+ "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();

		// the rest of the site keeps its own strict policy
		String sitePolicy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(sitePolicy).doesNotContain("line.me").doesNotContain("line-scdn.net");
	}

	@Test
	void onlyReadsAreAllowed() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/liff/"))
				.POST(HttpRequest.BodyPublishers.ofString("x"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
	}

}
