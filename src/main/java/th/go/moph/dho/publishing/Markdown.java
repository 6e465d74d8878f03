package th.go.moph.dho.publishing;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown that staff write into HTML that is safe to show: no script, no event
 * handlers, no {@code javascript:} links, whatever was typed or pasted.
 */
@Component
public class Markdown {

	private static final Safelist SAFE = Safelist.relaxed()
		.removeTags("img")
		.addTags("figure", "figcaption", "hr")
		.addAttributes("a", "rel")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.preserveRelativeLinks(true);

	private final Parser parser;

	private final HtmlRenderer renderer;

	public Markdown() {
		var extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.renderer = HtmlRenderer.builder()
			.extensions(extensions)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
			.build();
	}

	public String toSafeHtml(String markdown) {
		String html = this.renderer.render(this.parser.parse(markdown));
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "http://localhost/", SAFE, output);
	}

	/** Plain text of the Markdown, for summaries, search and LINE messages. */
	public String toPlainText(String markdown) {
		return Jsoup.parse(this.renderer.render(this.parser.parse(markdown))).text();
	}

}
