package th.go.moph.dho.linelogin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The local simulator's ID tokens (mock mode only): compact JWTs ({@code HS256}) signed
 * with a random key made at each start, with the claims LINE puts in its tokens. The
 * stand-in for LINE's verify endpoint checks them the way LINE checks its own.
 */
@Component
class MockIdTokens {

	static final Duration LIFETIME = Duration.ofHours(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final byte[] key = new byte[32];

	private final Clock clock;

	private final LiffMode mode;

	MockIdTokens(Clock clock, LiffMode mode) {
		this.clock = clock;
		this.mode = mode;
		new SecureRandom().nextBytes(this.key);
	}

	/** A token for this user, for this app's channel, valid for an hour. */
	String mint(String userId, String displayName) {
		long now = this.clock.instant().getEpochSecond();
		ObjectNode claims = JSON.createObjectNode()
			.put("iss", IdTokenVerifier.ISSUER)
			.put("sub", userId)
			.put("aud", this.mode.audience())
			.put("exp", now + LIFETIME.toSeconds())
			.put("iat", now)
			.put("name", displayName);
		claims.putArray("amr").add("linesso");
		String signed = ENCODER.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8))
				+ "." + ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
		return signed + "." + ENCODER.encodeToString(sign(signed));
	}

	/** What LINE's verify endpoint would say of this token. */
	sealed interface Answer permits Valid, Refused {

	}

	record Valid(JsonNode claims) implements Answer {
	}

	record Refused(String description) implements Answer {
	}

	Answer check(@Nullable String idToken, @Nullable String clientId) {
		if (idToken == null || idToken.isBlank()) {
			return new Refused("Required parameter is missing: id_token");
		}
		if (clientId == null || clientId.isBlank()) {
			return new Refused("Required parameter is missing: client_id");
		}
		String[] parts = idToken.split("\\.", -1);
		if (parts.length != 3) {
			return new Refused("Invalid IdToken.");
		}
		byte[] signature;
		JsonNode claims;
		try {
			signature = Base64.getUrlDecoder().decode(parts[2]);
			claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return new Refused("Invalid IdToken.");
		}
		if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1])) || !claims.isObject()) {
			return new Refused("Invalid IdToken signature.");
		}
		if (!clientId.equals(claims.path("aud").asString(""))) {
			return new Refused("Invalid IdToken Audience.");
		}
		if (claims.path("exp").asLong(0) <= this.clock.instant().getEpochSecond()) {
			return new Refused("IdToken expired.");
		}
		return new Valid(claims);
	}

	private byte[] sign(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
