package th.go.moph.dho.site;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * {@code sitemap.xml} (every public page with absolute URLs) and {@code robots.txt}
 * (keeps crawlers out of the staff screens, the APIs and development pages).
 */
@Controller
class SitemapController {

	static final List<String> FIXED_PAGES = List.of("/", "/news", "/search", "/policies/website", "/policies/privacy",
			"/policies/security");

	static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final Catalog catalog;

	private final PublishedContent content;

	private final OfficeSettings office;

	SitemapController(Catalog catalog, PublishedContent content, OfficeSettings office) {
		this.catalog = catalog;
		this.content = content;
		this.office = office;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		List<String> urls = new ArrayList<>();
		FIXED_PAGES.forEach(path -> urls.add(url(path, null)));
		for (Category category : this.catalog.categories()) {
			urls.add(url(category.path(), null));
			for (Section section : category.sections()) {
				urls.add(url(section.path(), null));
			}
		}
		for (PublishedItem item : this.content.all()) {
			urls.add(url(item.path(), item.publishedAt()));
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		urls.forEach(xml::append);
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nDisallow: /staff\nDisallow: /api\nDisallow: /dev\n\nSitemap: "
				+ this.office.absoluteUrl("/sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

	private String url(String path, @Nullable Instant modified) {
		StringBuilder entry = new StringBuilder("  <url><loc>").append(Xml.escape(this.office.absoluteUrl(path)))
			.append("</loc>");
		if (modified != null) {
			entry.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(modified)).append("</lastmod>");
		}
		return entry.append("</url>\n").toString();
	}

}
