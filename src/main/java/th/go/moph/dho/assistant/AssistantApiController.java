package th.go.moph.dho.assistant;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import th.go.moph.dho.office.OfficeSettings;

/**
 * The public answer API, used by the site's search box and anyone else:
 * {@code GET /api/assistant/answer?q=…}. Rate-limited per client address.
 */
@RestController
class AssistantApiController {

	private final Assistant assistant;

	private final RateLimiter limiter;

	private final AssistantSettings settings;

	private final OfficeSettings office;

	private final MessageSource messages;

	AssistantApiController(Assistant assistant, RateLimiter limiter, AssistantSettings settings, OfficeSettings office,
			MessageSource messages) {
		this.assistant = assistant;
		this.limiter = limiter;
		this.settings = settings;
		this.office = office;
		this.messages = messages;
	}

	@GetMapping(path = "/api/assistant/answer", produces = "application/json")
	ResponseEntity<?> answer(@RequestParam(name = "q", required = false) @Nullable String q,
			HttpServletRequest request) {
		if (!this.limiter.tryAcquire(request.getRemoteAddr())) {
			return error(HttpStatus.TOO_MANY_REQUESTS, "assistant.api.error.tooMany");
		}
		if (q == null || q.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "assistant.api.error.empty");
		}
		if (q.length() > this.settings.maxQuestionLength()) {
			return error(HttpStatus.BAD_REQUEST, "assistant.api.error.tooLong", this.settings.maxQuestionLength());
		}
		Answer answer = this.assistant.answer(q, Channel.API);
		return ResponseEntity.ok(new AnswerJson(answer.answer() == null ? null : link(answer.answer()),
				Math.round(answer.confidence() * 1000) / 1000.0, answer.suggestions().stream().map(this::link).toList(),
				answer.outOfScope()));
	}

	private Link link(Answer.Match match) {
		return new Link(match.slug(), match.title(), this.office.absoluteUrl(match.path()));
	}

	private ResponseEntity<Map<String, String>> error(HttpStatus status, String code, Object... args) {
		return ResponseEntity.status(status)
			.body(Map.of("error", this.messages.getMessage(code, args, LocaleContextHolder.getLocale())));
	}

	record AnswerJson(@Nullable Link answer, double confidence, List<Link> suggestions, boolean outOfScope) {
	}

	record Link(String slug, String title, String url) {
	}

}
