package th.go.moph.dho.line;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.linecorp.bot.parser.LineSignatureValidator;

/**
 * Builds webhook bodies as LINE sends them, and signs them the way the SDK's tests do.
 */
final class Webhooks {

	static final String SECRET = "test-channel-secret";

	static final String TOKEN = "test-channel-token";

	private Webhooks() {
	}

	static String sign(String body) {
		return sign(body, SECRET);
	}

	static String sign(String body, String secret) {
		byte[] signature = new LineSignatureValidator(secret.getBytes(StandardCharsets.UTF_8))
			.generateSignature(body.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature);
	}

	static String body(String... events) {
		return "{\"destination\":\"Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1\",\"events\":[" + String.join(",", events) + "]}";
	}

	static String id() {
		return "01" + UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
	}

	/** An event of any type: {@code extra} is the JSON members after the common ones. */
	static String event(String type, String id, String userId, long timestamp, boolean redelivery, String extra) {
		return "{\"type\":\"" + type + "\",\"mode\":\"active\",\"timestamp\":" + timestamp
				+ ",\"source\":{\"type\":\"user\",\"userId\":\"" + userId + "\"},\"webhookEventId\":\"" + id
				+ "\",\"deliveryContext\":{\"isRedelivery\":" + redelivery + "}" + (extra.isEmpty() ? "" : "," + extra)
				+ "}";
	}

	static String text(String id, String userId, long timestamp, String text) {
		return event("message", id, userId, timestamp, false, "\"replyToken\":\"rt-" + id + "\",\"message\":{\"id\":\"m"
				+ id + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"" + text + "\"}");
	}

	static String postback(String id, String userId, long timestamp, String data) {
		return event("postback", id, userId, timestamp, false,
				"\"replyToken\":\"rt-" + id + "\",\"postback\":{\"data\":\"" + data.replace("\"", "\\\"") + "\"}");
	}

	static String follow(String id, String userId, long timestamp) {
		return event("follow", id, userId, timestamp, false,
				"\"replyToken\":\"rt-" + id + "\",\"follow\":{\"isUnblocked\":false}");
	}

	static String unfollow(String id, String userId, long timestamp) {
		return event("unfollow", id, userId, timestamp, false, "");
	}

}
