package th.go.moph.dho.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff pages bring their own Thai font: on a computer without Thai fonts the labels
 * would otherwise be boxes. The login page (no session yet) must get the stylesheet and
 * the font files too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffFontTests {

	private static final Pattern FONT_URL = Pattern.compile("url\\(\"([^\"]+\\.woff2)\"\\)");

	@Autowired
	MockMvc mvc;

	@Test
	void loginPageLoadsTheStaffStylesheetWhichServesSelfHostedSarabunToAnonymousVisitors() throws Exception {
		String login = this.mvc.perform(get("/staff/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String stylesheet = Jsoup.parse(login).select("link[rel=stylesheet][href$=staff.css]").attr("href");
		assertThat(stylesheet).isEqualTo("/staff/staff.css");

		String css = this.mvc.perform(get(stylesheet))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(css).contains("font-family: \"Sarabun\"").contains("--bs-body-font-family: \"Sarabun\"");
		List<String> fonts = new ArrayList<>();
		Matcher url = FONT_URL.matcher(css);
		while (url.find()) {
			fonts.add(URI.create(stylesheet).resolve(url.group(1)).getPath());
		}
		assertThat(fonts).contains("/fonts/sarabun-thai-400-normal.woff2", "/fonts/sarabun-thai-700-normal.woff2");
		for (String font : fonts) {
			byte[] body = this.mvc.perform(get(font))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(new String(body, 0, 4, StandardCharsets.US_ASCII)).as(font).isEqualTo("wOF2");
		}
	}

}
