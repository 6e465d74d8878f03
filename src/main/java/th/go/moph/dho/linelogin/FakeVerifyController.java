package th.go.moph.dho.linelogin;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The local simulator's stand-in for LINE's "verify ID token" endpoint: same form
 * parameters, same answers (200 with the claims, 400 {@code invalid_request} with a
 * description). 404 unless in mock mode.
 */
@RestController
class FakeVerifyController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LiffMode mode;

	private final MockIdTokens tokens;

	FakeVerifyController(LiffMode mode, MockIdTokens tokens) {
		this.mode = mode;
		this.tokens = tokens;
	}

	@PostMapping(path = LiffMode.FAKE_VERIFY_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> verify(@RequestParam(name = "id_token", required = false) @Nullable String idToken,
			@RequestParam(name = "client_id", required = false) @Nullable String clientId) {
		if (!this.mode.mock()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		MockIdTokens.Answer answer = this.tokens.check(idToken, clientId);
		if (answer instanceof MockIdTokens.Valid valid) {
			return ResponseEntity.ok(JSON.writeValueAsString(valid.claims()));
		}
		String description = ((MockIdTokens.Refused) answer).description();
		return ResponseEntity.badRequest()
			.body(JSON.writeValueAsString(
					JSON.createObjectNode().put("error", "invalid_request").put("error_description", description)));
	}

}
