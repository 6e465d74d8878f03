package th.go.moph.dho.linelogin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link LineLogin} by LINE's "verify ID token" endpoint ({@code POST
 * /oauth2/v2.1/verify}, form {@code id_token}, {@code client_id}), whose answer is then
 * checked again here: issuer, audience, expiry by the application's clock, user id.
 * Verified tokens are remembered by their SHA-256 until they expire (at most
 * {@code dho.liff.cache-time}), and callers asking about the same token at the same time
 * share one call to LINE, so a burst of API calls with one token asks LINE once. The
 * token itself is never logged nor kept.
 */
@Component
class IdTokenVerifier implements LineLogin {

	static final String ISSUER = "https://access.line.me";

	static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Supplier<URI> verifyUrl;

	private final Supplier<String> audience;

	private final Duration readTimeout;

	private final Duration cacheTime;

	private final int cacheSize;

	private final Clock clock;

	private final HttpClient http;

	private final Map<String, CompletableFuture<Verified>> cache = new ConcurrentHashMap<>();

	private record Verified(LineUser user, Instant until) {
	}

	@Autowired
	IdTokenVerifier(LiffSettings settings, LiffMode mode, Clock clock) {
		this(mode::verifyUrl, mode::audience, settings.connectTimeout(), settings.readTimeout(), settings.cacheTime(),
				settings.cacheSize(), clock);
	}

	IdTokenVerifier(Supplier<URI> verifyUrl, Supplier<String> audience, Duration connectTimeout, Duration readTimeout,
			Duration cacheTime, int cacheSize, Clock clock) {
		this.verifyUrl = verifyUrl;
		this.audience = audience;
		this.readTimeout = readTimeout;
		this.cacheTime = cacheTime;
		this.cacheSize = cacheSize;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public LineUser verify(@Nullable String idToken) {
		if (idToken == null || idToken.isBlank()) {
			throw new InvalidIdTokenException("no ID token");
		}
		String token = idToken.strip();
		String key = sha256(token);
		while (true) {
			CompletableFuture<Verified> mine = new CompletableFuture<>();
			CompletableFuture<Verified> known = this.cache.putIfAbsent(key, mine);
			if (known == null) {
				try {
					Verified verified = ask(token);
					mine.complete(verified);
					trim();
					return verified.user();
				}
				catch (RuntimeException ex) {
					this.cache.remove(key, mine);
					mine.completeExceptionally(ex);
					throw ex;
				}
			}
			Verified verified;
			try {
				verified = known.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof InvalidIdTokenException invalid) {
					throw new InvalidIdTokenException(invalid.getMessage());
				}
				throw new InvalidIdTokenException("verification failed: " + ex.getCause().getClass().getSimpleName());
			}
			if (verified.until().isAfter(this.clock.instant())) {
				return verified.user();
			}
			this.cache.remove(key, known); // expired: ask LINE again
		}
	}

	/** How many tokens are remembered (tests). */
	int cached() {
		return this.cache.size();
	}

	private Verified ask(String token) {
		String audience = this.audience.get();
		if (audience.isBlank()) {
			throw new InvalidIdTokenException("no LINE Login channel id configured (DHO_LINE_LOGIN_CHANNEL_ID)");
		}
		String form = "id_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&client_id="
				+ URLEncoder.encode(audience, StandardCharsets.UTF_8);
		HttpResponse<String> response;
		try {
			HttpRequest request = HttpRequest.newBuilder(this.verifyUrl.get())
				.timeout(this.readTimeout)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build();
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new InvalidIdTokenException("LINE verify endpoint not reachable: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InvalidIdTokenException("interrupted while asking LINE");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidIdTokenException("bad verify URL");
		}
		JsonNode body = parse(response.body());
		if (response.statusCode() != 200) {
			String description = body == null ? null : text(body, "error_description");
			throw new InvalidIdTokenException("LINE refused the ID token: " + response.statusCode() + " "
					+ (description == null ? "" : shorten(description)));
		}
		if (body == null || !body.isObject()) {
			throw new InvalidIdTokenException("LINE answered 200 without a JSON object");
		}
		return check(body, audience);
	}

	private Verified check(JsonNode claims, String audience) {
		if (!ISSUER.equals(text(claims, "iss"))) {
			throw new InvalidIdTokenException("wrong issuer");
		}
		if (!audience.equals(text(claims, "aud"))) {
			throw new InvalidIdTokenException("issued for another channel");
		}
		JsonNode exp = claims.get("exp");
		if (exp == null || !exp.canConvertToLong()) {
			throw new InvalidIdTokenException("no expiry");
		}
		Instant expiry = Instant.ofEpochSecond(exp.asLong());
		Instant now = this.clock.instant();
		if (!expiry.isAfter(now)) {
			throw new InvalidIdTokenException("expired");
		}
		String sub = text(claims, "sub");
		if (sub == null || !USER_ID.matcher(sub).matches()) {
			throw new InvalidIdTokenException("no LINE user id");
		}
		String name = text(claims, "name");
		Instant until = now.plus(this.cacheTime);
		return new Verified(new LineUser(sub, name == null || name.isBlank() ? null : name),
				expiry.isBefore(until) ? expiry : until);
	}

	/** Forgets expired tokens when full, and everything if that is not enough. */
	private void trim() {
		if (this.cache.size() <= this.cacheSize) {
			return;
		}
		Instant now = this.clock.instant();
		this.cache.values()
			.removeIf(f -> f.isDone() && (f.isCompletedExceptionally() || !f.join().until().isAfter(now)));
		if (this.cache.size() > this.cacheSize) {
			this.cache.values().removeIf(CompletableFuture::isDone);
		}
	}

	private static @Nullable JsonNode parse(@Nullable String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** A claim as text: LINE's {@code aud} is a string, but a number is taken too. */
	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		return value.isIntegralNumber() ? value.asString() : null;
	}

	private static String shorten(String s) {
		String line = s.replaceAll("[\\r\\n]", " ");
		return line.length() > 120 ? line.substring(0, 120) : line;
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
