package th.go.moph.dho.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;

/**
 * Where LINE posts webhooks. The signature of the raw body is checked by the SDK's
 * validator before anything else; then each event is stored once (by its
 * {@code webhookEventId}) and LINE gets its 200 at once. A worker replies later.
 */
@RestController
class LineWebhookController {

	private static final Logger log = LoggerFactory.getLogger(LineWebhookController.class);

	private final @Nullable LineSignatureValidator signatures;

	private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

	private final InboundEvents events;

	private final UserKeys userKeys;

	private final LineEventWorker worker;

	LineWebhookController(LineChannel channel, InboundEvents events, UserKeys userKeys, LineEventWorker worker) {
		// with no channel at all (production without LINE credentials) there is no key to
		// check with
		this.signatures = channel.mode() == LineChannel.Mode.OFF ? null : new LineSignatureValidator(channel.secret());
		this.events = events;
		this.userKeys = userKeys;
		this.worker = worker;
	}

	@PostMapping(path = "${dho.line.webhook-path:/line/webhook}")
	ResponseEntity<Void> receive(
			@RequestHeader(name = WebhookParser.SIGNATURE_HEADER_NAME, required = false) @Nullable String signature,
			@RequestBody(required = false) byte @Nullable [] body) {
		LineSignatureValidator signatures = this.signatures;
		if (signatures == null) {
			log.warn("LINE webhook called but no channel secret is configured");
			return ResponseEntity.badRequest().build();
		}
		byte[] raw = body == null ? new byte[0] : body;
		if (signature == null || signature.isBlank()) {
			log.warn("Rejected a LINE webhook: no signature");
			return ResponseEntity.badRequest().build();
		}
		try {
			if (!signatures.validateSignature(raw, signature)) {
				log.warn("Rejected a LINE webhook: wrong signature");
				return ResponseEntity.badRequest().build();
			}
		}
		catch (IllegalArgumentException ex) {
			// the SDK's validator throws this for a signature that is not Base64
			log.warn("Rejected a LINE webhook: malformed signature");
			return ResponseEntity.badRequest().build();
		}
		JsonNode list;
		try {
			list = this.json.readTree(raw).path("events");
		}
		catch (IOException ex) {
			return ResponseEntity.badRequest().build();
		}
		int stored = 0;
		for (JsonNode event : list) {
			String text = event.toString();
			String id = event.path("webhookEventId").asText("");
			if (id.isEmpty()) {
				id = "sha256:" + sha256(text).substring(0, 56);
			}
			String userId = event.path("source").path("userId").asText("");
			String userKey = userId.isEmpty() ? null : this.userKeys.of(userId);
			long millis = event.path("timestamp").asLong(0);
			Instant occurredAt = millis > 0 ? Instant.ofEpochMilli(millis) : Instant.EPOCH;
			boolean redelivery = event.path("deliveryContext").path("isRedelivery").asBoolean(false);
			String type = truncate(event.path("type").asText("unknown"), 40);
			if (this.events.store(truncate(id, 64), type, userKey, text, occurredAt, redelivery)) {
				stored++;
			}
		}
		if (stored > 0) {
			this.worker.kick();
		}
		return ResponseEntity.ok().build();
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}

	private static String sha256(String s) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
