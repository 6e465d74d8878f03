package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In the embedded run (base URL on localhost) the staff home warns that links sent out
 * will say localhost; {@code /favicon.ico} is the office's logo.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FaviconAndLocalhostWarningTests {

	@Autowired
	MockMvc mvc;

	@Test
	void faviconIsServedFromTheLogo() throws Exception {
		byte[] icon = this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(icon, StandardCharsets.UTF_8)).startsWith("<svg");
	}

	@Test
	void withoutALineIdTheContactPageShowsNoLineAccountAndNoQrCode() throws Exception {
		String html = this.mvc.perform(get("/office/contact"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#line-account, .footer-line")).isEmpty();
		this.mvc.perform(get("/line-qr.svg")).andExpect(status().isNotFound());
	}

	@Test
	void staffHomeWarnsThatLinksWillSayLocalhost() throws Exception {
		String html = this.mvc.perform(get("/staff").with(user("editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#local-base-url").text()).contains("http://localhost:8080",
				"DHO_BASE_URL");
	}

}
