package th.go.moph.dho.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.moph.dho.publishing.ItemNotFoundException;
import th.go.moph.dho.publishing.PublicDownload;
import th.go.moph.dho.publishing.PublicFile;
import th.go.moph.dho.publishing.PublishedContent;

/**
 * Files and images of live items, by attachment id only: no request names a path, so no
 * request can reach a file of a draft, an older revision, a withdrawn item or the disk.
 * Downloads keep their Thai names (RFC 5987 {@code filename*}, with an ASCII fallback);
 * raster images are shown inline.
 */
@Controller
class FileController {

	/** Images a browser may show inline; anything else (SVG included) is downloaded. */
	private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	private final PublishedContent content;

	FileController(PublishedContent content) {
		this.content = content;
	}

	@GetMapping("/files/{id:[0-9]+}")
	ResponseEntity<Resource> download(@PathVariable long id) {
		PublicDownload download = this.content.download(id)
			.filter(d -> d.content().exists())
			.orElseThrow(() -> new ItemNotFoundException("file " + id));
		PublicFile file = download.file();
		MediaType type = mediaType(file.mediaType());
		boolean inline = INLINE_TYPES.contains(type.getType() + "/" + type.getSubtype());
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
			.eTag(file.sha256())
			.body(download.content());
	}

	private static MediaType mediaType(String value) {
		try {
			MediaType type = MediaType.parseMediaType(value);
			return type.isConcrete() ? type : MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
