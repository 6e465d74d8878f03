package th.go.moph.dho.site;

import java.io.IOException;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.moph.dho.office.OfficeSettings;

/**
 * {@code /favicon.ico}, which browsers and feed readers ask for on their own: the
 * office's logo ({@code dho.office.logo}), so an office that changes its logo changes its
 * icon too.
 */
@Controller
class FaviconController {

	private final OfficeSettings office;

	FaviconController(OfficeSettings office) {
		this.office = office;
	}

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> favicon() throws IOException {
		String logo = this.office.logo();
		if (logo == null || !logo.startsWith("/") || logo.contains("..")) {
			return ResponseEntity.notFound().build();
		}
		Resource resource = new ClassPathResource("static" + logo);
		if (!resource.exists()) {
			return ResponseEntity.notFound().build();
		}
		MediaType type = MediaTypeFactory.getMediaType(resource).orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(resource.contentLength())
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(resource);
	}

}
