package th.go.moph.dho.line;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;

/**
 * The local LINE simulator (embedded default only, never with real credentials): turns
 * what a citizen types on {@code /dev/line} into a signed webhook posted to the real
 * webhook, and keeps what the bot sent to the in-app fake LINE API so the page can show
 * it.
 */
@Component
class LineSimulator {

	static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");

	private final LineChannel channel;

	private final LineSettings settings;

	private final Environment environment;

	private final Clock clock;

	private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, String> replyTokens = new ConcurrentHashMap<>();

	private final Map<String, List<ObjectNode>> inbox = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	LineSimulator(LineChannel channel, LineSettings settings, Environment environment, Clock clock) {
		this.channel = channel;
		this.settings = settings;
		this.environment = environment;
		this.clock = clock;
	}

	boolean active() {
		return this.channel.isSimulator();
	}

	/** What a citizen does on the page. */
	enum Kind {

		TEXT, POSTBACK, FOLLOW, UNFOLLOW

	}

	/** Sends a webhook for this action; @return the HTTP status the webhook answered. */
	int send(String userId, Kind kind, @Nullable String value) throws IOException, InterruptedException {
		String token = UUID.randomUUID().toString().replace("-", "");
		ObjectNode event = this.json.createObjectNode();
		event.put("type", switch (kind) {
			case TEXT -> "message";
			case POSTBACK -> "postback";
			case FOLLOW -> "follow";
			case UNFOLLOW -> "unfollow";
		});
		event.put("mode", "active");
		event.put("timestamp", this.clock.millis());
		event.putObject("source").put("type", "user").put("userId", userId);
		event.put("webhookEventId", "SIM" + token.substring(0, 23).toUpperCase());
		event.putObject("deliveryContext").put("isRedelivery", false);
		if (kind != Kind.UNFOLLOW) {
			event.put("replyToken", token);
			this.replyTokens.put(token, userId);
		}
		String shown = value == null ? "" : value;
		switch (kind) {
			case TEXT -> event.putObject("message")
				.put("id", String.valueOf(this.sequence.incrementAndGet()))
				.put("type", "text")
				.put("quoteToken", token)
				.put("text", shown);
			case POSTBACK -> event.putObject("postback").put("data", shown);
			case FOLLOW -> event.putObject("follow").put("isUnblocked", false);
			case UNFOLLOW -> {
			}
		}
		ObjectNode body = this.json.createObjectNode();
		body.put("destination", "Usimulatorbot000000000000000000000");
		body.putArray("events").add(event);
		byte[] bytes = this.json.writeValueAsBytes(body);
		String signature = Base64.getEncoder()
			.encodeToString(new LineSignatureValidator(this.channel.secret()).generateSignature(bytes));
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + this.settings.webhookPath()))
			.header("Content-Type", "application/json")
			.header("X-Line-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * The bot replied with this reply token; @return false for an unknown or used token.
	 */
	boolean reply(String replyToken, ArrayNode messages) {
		String userId = this.replyTokens.remove(replyToken);
		if (userId == null) {
			return false;
		}
		record(userId, messages);
		return true;
	}

	void push(String userId, ArrayNode messages) {
		record(userId, messages);
	}

	private void record(String userId, ArrayNode messages) {
		ObjectNode entry = this.json.createObjectNode();
		entry.put("seq", this.sequence.incrementAndGet());
		entry.set("messages", messages);
		List<ObjectNode> list = this.inbox.computeIfAbsent(userId, k -> new ArrayList<>());
		synchronized (list) {
			list.add(entry);
			if (list.size() > 200) {
				list.remove(0);
			}
		}
	}

	/** What the bot sent to this user after sequence number {@code after}, as JSON. */
	String messagesAfter(String userId, long after) throws IOException {
		ArrayNode result = this.json.createArrayNode();
		List<ObjectNode> list = this.inbox.getOrDefault(userId, List.of());
		synchronized (list) {
			list.stream().filter(e -> e.get("seq").asLong() > after).forEach(result::add);
		}
		return this.json.writeValueAsString(result);
	}

	ObjectMapper json() {
		return this.json;
	}

	private String baseUrl() {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port + this.environment.getProperty("server.servlet.context-path", "");
	}

}
