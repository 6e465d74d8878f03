package th.go.moph.dho.linelogin;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Whatever controller meets an ID token it cannot trust answers 401 with {@code {"error":
 * "<Thai>"}}, never a stack trace. The reason goes to the log (it never holds the token).
 */
@RestControllerAdvice
class InvalidIdTokenAdvice {

	private static final Logger log = LoggerFactory.getLogger(InvalidIdTokenAdvice.class);

	private final MessageSource messages;

	InvalidIdTokenAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidIdTokenException.class)
	ResponseEntity<Map<String, String>> invalidIdToken(InvalidIdTokenException ex, Locale locale) {
		log.info("LINE ID token refused: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", this.messages.getMessage("linelogin.error.invalid-token", null, locale)));
	}

}
