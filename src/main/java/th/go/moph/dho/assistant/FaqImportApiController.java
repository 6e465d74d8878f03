package th.go.moph.dho.assistant;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of FAQ entries for staff tools: {@code POST /api/staff/faq/import} with a
 * multipart {@code file} (.csv or .json) and optionally {@code publish=true} (admins
 * only).
 */
@RestController
@PreAuthorize("hasAnyRole('EDITOR','APPROVER','ADMIN')")
class FaqImportApiController {

	private final FaqDrafts drafts;

	private final MessageSource messages;

	FaqImportApiController(FaqDrafts drafts, MessageSource messages) {
		this.drafts = drafts;
		this.messages = messages;
	}

	@PostMapping(path = "/api/staff/faq/import", produces = "application/json")
	ResponseEntity<ImportJson> importFaq(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish, Authentication user)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		if (publish && !isAdmin(user)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(ImportJson.failed(List.of(new ProblemJson(0,
						this.messages.getMessage("assistant.import.error.publishAdminOnly", null, locale)))));
		}
		FaqDrafts.ImportResult result = this.drafts.importFile(nameOf(file), file.getBytes(), user.getName(), publish);
		if (!result.ok()) {
			return ResponseEntity.badRequest()
				.body(ImportJson.failed(result.problems()
					.stream()
					.map(p -> new ProblemJson(p.line(), this.messages.getMessage(p.code(), p.args(), locale)))
					.toList()));
		}
		return ResponseEntity
			.ok(new ImportJson(true, result.created(), result.revised(), result.published(), List.of()));
	}

	static String nameOf(MultipartFile file) {
		return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
	}

	static boolean isAdmin(Authentication user) {
		return user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

	record ImportJson(boolean saved, int created, int revised, boolean published, List<ProblemJson> problems) {

		static ImportJson failed(List<ProblemJson> problems) {
			return new ImportJson(false, 0, 0, false, problems);
		}

	}

	record ProblemJson(int line, String message) {
	}

}
