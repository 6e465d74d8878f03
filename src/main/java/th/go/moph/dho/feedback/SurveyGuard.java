package th.go.moph.dho.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps scripts and floods out of the survey without a third-party captcha: a signed
 * render time (a person needs a few seconds to answer; a form is valid for a while only)
 * and a per-client limit held in memory, keyed by a hash of the client address (never the
 * address).
 */
@Component
class SurveyGuard {

	enum Verdict {

		OK, TOO_FAST, EXPIRED, INVALID

	}

	private static final Duration WINDOW = Duration.ofHours(1);

	private final Clock clock;

	private final FeedbackSettings settings;

	private final SecretKeySpec key;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	SurveyGuard(Clock clock, FeedbackSettings settings) {
		this.clock = clock;
		this.settings = settings;
		byte[] secret;
		if (settings.surveySecret().isBlank()) {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		else {
			secret = settings.surveySecret().getBytes(StandardCharsets.UTF_8);
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** A token carrying the time the form was rendered, signed. */
	String issueToken() {
		String time = Long.toString(this.clock.millis());
		return time + "." + sign(time);
	}

	Verdict check(String token) {
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Verdict.INVALID;
		}
		String time = token.substring(0, dot);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, sign(time).getBytes(StandardCharsets.US_ASCII))) {
			return Verdict.INVALID;
		}
		long renderedAt;
		try {
			renderedAt = Long.parseLong(time);
		}
		catch (NumberFormatException ex) {
			return Verdict.INVALID;
		}
		Duration age = Duration.ofMillis(this.clock.millis() - renderedAt);
		if (age.isNegative()) {
			return Verdict.INVALID;
		}
		if (age.compareTo(this.settings.surveyMinFill()) < 0) {
			return Verdict.TOO_FAST;
		}
		if (age.compareTo(this.settings.surveyMaxAge()) > 0) {
			return Verdict.EXPIRED;
		}
		return Verdict.OK;
	}

	/**
	 * Takes one of the client's responses for the hour, or says no when they have used
	 * them all.
	 */
	boolean tryAcquire(String clientAddress) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.recent.computeIfAbsent(clientKey(clientAddress), k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= this.settings.surveyPerHour()) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	/** Forgets clients whose last response is more than an hour old. */
	@Scheduled(fixedDelay = 600_000)
	void forgetOldClients() {
		Instant cutoff = this.clock.instant().minus(WINDOW);
		this.recent.entrySet().removeIf(e -> {
			synchronized (e.getValue()) {
				Instant last = e.getValue().peekLast();
				return last == null || !last.isAfter(cutoff);
			}
		});
	}

	private String clientKey(String clientAddress) {
		return HexFormat.of().formatHex(mac(("client:" + clientAddress).getBytes(StandardCharsets.UTF_8)), 0, 16);
	}

	private String sign(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(value.getBytes(StandardCharsets.UTF_8)));
	}

	private byte[] mac(byte[] value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
