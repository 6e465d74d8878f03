package th.go.moph.dho.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void stripsScriptWhateverWayItIsWritten() {
		String html = this.markdown.toSafeHtml("""
				ก่อน <script>alert('x')</script> หลัง

				<script src="https://evil.example/x.js"></script>

				<SCRIPT>alert(1)</SCRIPT>
				""");
		Document doc = Jsoup.parseBodyFragment(html);
		assertThat(doc.select("script")).isEmpty();
		assertThat(doc.text()).contains("ก่อน").contains("หลัง");
	}

	@Test
	void stripsEventHandlersAndDangerousElements() {
		String html = this.markdown.toSafeHtml("""
				<img src=x onerror="alert(1)">

				<a href="https://example.org" onclick="steal()">ลิงก์</a>

				<div onmouseover="x()">ข้อความ</div>

				<iframe src="https://evil.example"></iframe> <style>body{}</style> <form action="/x"><input></form>
				""");
		Document doc = Jsoup.parseBodyFragment(html);
		for (Element element : doc.getAllElements()) {
			element.attributes()
				.forEach(attribute -> assertThat(attribute.getKey().toLowerCase()).doesNotStartWith("on"));
		}
		assertThat(doc.select("img, iframe, style, form, input")).isEmpty();
	}

	@Test
	void dropsJavascriptAndDataLinksButKeepsSafeOnes() {
		String html = this.markdown.toSafeHtml(
				"""
						[กดที่นี่](javascript:alert(1)) [ข้อมูล](data:text/html;base64,PHNjcmlwdD4=) [แปลก](JaVaScRiPt:alert(1))
						<a href="javascript:alert(2)">ดิบ</a>

						[กระทรวงสาธารณสุข](https://www.moph.go.th/) [อีเมล](mailto:saraban@example.go.th) [โทร](tel:1669) [ค้นหา](/search?q=วัคซีน)
						""");
		Document doc = Jsoup.parseBodyFragment(html);
		assertThat(doc.select("a[href]")).allSatisfy(a -> {
			String href = a.attr("href").toLowerCase().strip();
			assertThat(href).doesNotStartWith("javascript:").doesNotStartWith("data:");
		});
		assertThat(doc.select("a[href=https://www.moph.go.th/]")).hasSize(1);
		assertThat(doc.select("a[href=mailto:saraban@example.go.th]")).hasSize(1);
		assertThat(doc.select("a[href=tel:1669]")).hasSize(1);
		assertThat(doc.select("a[href^=/search]")).hasSize(1);
	}

	@Test
	void keepsTablesHeadingsAndListsWithTheirAlignment() {
		String html = this.markdown.toSafeHtml("""
				## งบประมาณ

				| โครงการ | บาท |
				|---|---:|
				| ไข้เลือดออก | 85,000 |

				- หนึ่ง
				- สอง
				""");
		Document doc = Jsoup.parseBodyFragment(html);
		assertThat(doc.select("h2").text()).isEqualTo("งบประมาณ");
		assertThat(doc.select("table thead th")).hasSize(2);
		assertThat(doc.select("table tbody td").eachText()).containsExactly("ไข้เลือดออก", "85,000");
		assertThat(doc.select("td").last().attr("align")).isEqualTo("right");
		assertThat(doc.select("ul li")).hasSize(2);
	}

	@Test
	void plainTextHasNoMarkup() {
		assertThat(this.markdown.toPlainText("**ตัวหนา** และ [ลิงก์](https://example.org) <b>x</b>"))
			.isEqualTo("ตัวหนา และ ลิงก์ <b>x</b>");
	}

}
