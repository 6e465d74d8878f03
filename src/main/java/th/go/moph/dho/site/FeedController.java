package th.go.moph.dho.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;
import th.go.moph.dho.thai.ThaiDates;

/**
 * An Atom feed of the newest public-relations items, for feed readers and other sites.
 */
@Controller
class FeedController {

	static final int ENTRIES = 20;

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final PublishedContent content;

	private final OfficeSettings office;

	private final MessageSource messages;

	FeedController(PublishedContent content, OfficeSettings office, MessageSource messages) {
		this.content = content;
		this.office = office;
		this.messages = messages;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed() {
		List<PublishedSummary> entries = this.content.latest(SiteSections.NEWS_TYPES, ENTRIES);
		Locale thai = ThaiDates.THAI;
		Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).publishedAt();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"th\">\n")
			.append("  <title>")
			.append(Xml.escape(this.messages.getMessage("site.feed.title", null, thai) + " " + this.office.nameTh()))
			.append("</title>\n")
			.append("  <id>")
			.append(Xml.escape(this.office.absoluteUrl("/feed.atom")))
			.append("</id>\n")
			.append("  <link rel=\"self\" href=\"")
			.append(Xml.escape(this.office.absoluteUrl("/feed.atom")))
			.append("\"/>\n")
			.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
			.append(Xml.escape(this.office.absoluteUrl("/news")))
			.append("\"/>\n")
			.append("  <updated>")
			.append(DateTimeFormatter.ISO_INSTANT.format(updated))
			.append("</updated>\n")
			.append("  <author><name>")
			.append(Xml.escape(this.office.nameTh()))
			.append("</name></author>\n");
		for (PublishedSummary entry : entries) {
			String url = this.office.absoluteUrl(entry.path());
			xml.append("  <entry>\n    <title>")
				.append(Xml.escape(entry.title()))
				.append("</title>\n    <id>")
				.append(Xml.escape(url))
				.append("</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"")
				.append(Xml.escape(url))
				.append("\"/>\n    <updated>")
				.append(DateTimeFormatter.ISO_INSTANT.format(entry.publishedAt()))
				.append("</updated>\n    <category term=\"")
				.append(Xml.escape(entry.section().slug()))
				.append("\" label=\"")
				.append(Xml.escape(entry.section().nameTh()))
				.append("\"/>\n");
			if (entry.summary() != null && !entry.summary().isBlank()) {
				xml.append("    <summary>").append(Xml.escape(entry.summary())).append("</summary>\n");
			}
			xml.append("  </entry>\n");
		}
		xml.append("</feed>\n");
		return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
	}

}
