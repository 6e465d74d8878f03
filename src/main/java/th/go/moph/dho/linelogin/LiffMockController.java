package th.go.moph.dho.linelogin;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /dev/liff/id-token} (mock mode only, else 404): an ID token of the local
 * simulator for a citizen, which the server then verifies like any other, through the
 * stand-in for LINE's verify endpoint.
 */
@RestController
class LiffMockController {

	/**
	 * @param userId the LINE user id, {@code U} and 32 hex digits (the mock user if
	 * absent)
	 * @param displayName the LINE display name (a default if absent)
	 */
	record MockLogin(@Nullable String userId, @Nullable String displayName) {
	}

	private final LiffMode mode;

	private final LiffSettings settings;

	private final MockIdTokens tokens;

	private final MessageSource messages;

	LiffMockController(LiffMode mode, LiffSettings settings, MockIdTokens tokens, MessageSource messages) {
		this.mode = mode;
		this.settings = settings;
		this.tokens = tokens;
		this.messages = messages;
	}

	@PostMapping("/dev/liff/id-token")
	ResponseEntity<Map<String, String>> idToken(@RequestBody(required = false) @Nullable MockLogin login,
			Locale locale) {
		if (!this.mode.mock()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String userId = login == null || login.userId() == null || login.userId().isBlank() ? this.settings.mockUserId()
				: login.userId().strip();
		String name = login == null || login.displayName() == null || login.displayName().isBlank()
				? this.messages.getMessage("linelogin.mock.display-name", null, locale) : login.displayName().strip();
		if (!IdTokenVerifier.USER_ID.matcher(userId).matches() || name.length() > 100) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", this.messages.getMessage("linelogin.error.mock-user", null, locale)));
		}
		return ResponseEntity.ok(Map.of("idToken", this.tokens.mint(userId, name)));
	}

}
