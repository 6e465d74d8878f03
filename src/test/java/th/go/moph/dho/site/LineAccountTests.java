package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.nayuki.qrcodegen.QrCode;

/**
 * With {@code dho.office.line-id} set, the contact page and the footer give the LINE ID,
 * LINE's add-friend link and a QR code drawn by the application itself.
 */
@SpringBootTest(properties = "dho.office.line-id=@123abcde")
@AutoConfigureMockMvc
class LineAccountTests {

	static final String ADD_FRIEND = "https://line.me/R/ti/p/%40123abcde";

	@Autowired
	MockMvc mvc;

	@Test
	void contactPageGivesTheLineIdAddFriendLinkAndQrCode() throws Exception {
		Document page = html("/office/contact");
		assertThat(page.select("#line-account .line-id").text()).isEqualTo("@123abcde");
		assertThat(page.select("#line-add-friend").attr("href")).isEqualTo(ADD_FRIEND);
		assertThat(page.select("#line-account img").attr("src")).isEqualTo("/line-qr.svg");
		assertThat(page.select("#line-account img").attr("alt")).contains("@123abcde");
		// nothing comes from another host: the QR code is this site's own image
		assertThat(page.select("img[src^=http]")).isEmpty();
	}

	@Test
	void footerOfEveryPageGivesTheLineIdWithTheAddFriendLink() throws Exception {
		Document home = html("/");
		assertThat(home.select("footer .footer-line a").attr("href")).isEqualTo(ADD_FRIEND);
		assertThat(home.select("footer .footer-line").text()).contains("@123abcde");
	}

	@Test
	void qrCodeIsDrawnByTheAppAndEncodesTheAddFriendLink() throws Exception {
		String svg = this.mvc.perform(get("/line-qr.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(svg).contains("<svg").doesNotContain("http://line.me").doesNotContain("<script");
		assertThat(svg).isEqualTo(LineQrController.svg(QrCode.encodeText(ADD_FRIEND, QrCode.Ecc.MEDIUM), 4));
	}

	private Document html(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
