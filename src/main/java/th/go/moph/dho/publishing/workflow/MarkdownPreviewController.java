package th.go.moph.dho.publishing.workflow;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.go.moph.dho.publishing.Markdown;

/**
 * The live preview of the Markdown editor: posts the text, gets back the same sanitised
 * HTML the public page would show.
 */
@RestController
@PreAuthorize("hasAnyRole('EDITOR','APPROVER')")
class MarkdownPreviewController {

	private static final int MAX_LENGTH = 200_000;

	private final Markdown markdown;

	MarkdownPreviewController(Markdown markdown) {
		this.markdown = markdown;
	}

	@PostMapping(path = "/api/staff/markdown-preview", consumes = MediaType.TEXT_PLAIN_VALUE,
			produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	String preview(@RequestBody(required = false) String text) {
		String source = text == null ? "" : text;
		return this.markdown.toSafeHtml(source.length() > MAX_LENGTH ? source.substring(0, MAX_LENGTH) : source);
	}

}
