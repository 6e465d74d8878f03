package th.go.moph.dho.line;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulator's fake LINE Messaging API: the bot's real SDK client talks to it when no
 * credentials are set. It records replies, pushes and multicasts for the chat page,
 * answers the quota endpoints, refuses a retry key used before (409, as LINE does) and
 * keeps rich menus in memory. 404 unless the simulator runs; 401 without the simulator's
 * token.
 */
@RestController
@RequestMapping(path = LineChannel.FAKE_API_PATH + "/v2/bot", produces = MediaType.APPLICATION_JSON_VALUE)
class FakeLineApiController {

	private final LineSimulator simulator;

	private final List<ObjectNode> richMenus = new CopyOnWriteArrayList<>();

	private final Map<String, byte[]> images = new ConcurrentHashMap<>();

	private final AtomicInteger richMenuIds = new AtomicInteger();

	static final long QUOTA = 10_000;

	static final int MAX_RETRY_KEYS = 100_000;

	private final Set<String> retryKeys = ConcurrentHashMap.newKeySet();

	private final AtomicLong consumed = new AtomicLong();

	private volatile @Nullable String defaultRichMenu;

	FakeLineApiController(LineSimulator simulator) {
		this.simulator = simulator;
	}

	private @Nullable ResponseEntity<String> refuse(@Nullable String authorization) {
		if (!this.simulator.active()) {
			return ResponseEntity.notFound().build();
		}
		if (!("Bearer " + LineChannel.SIMULATOR_TOKEN).equals(authorization)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body("{\"message\":\"Authentication failed\"}");
		}
		return null;
	}

	@PostMapping("/message/reply")
	ResponseEntity<String> reply(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@RequestBody byte[] body) throws IOException {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		JsonNode request = this.simulator.json().readTree(body);
		JsonNode messages = request.path("messages");
		if (!messages.isArray() || messages.isEmpty() || messages.size() > 5) {
			return ResponseEntity.badRequest().body("{\"message\":\"The request body has 1 error(s)\"}");
		}
		if (!this.simulator.reply(request.path("replyToken").asText(), (ArrayNode) messages)) {
			return ResponseEntity.badRequest().body("{\"message\":\"Invalid reply token\"}");
		}
		return ResponseEntity.ok("{\"sentMessages\":[]}");
	}

	@PostMapping("/message/push")
	ResponseEntity<String> push(@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@RequestHeader(name = "X-Line-Retry-Key", required = false) @Nullable String retryKey,
			@RequestBody byte[] body) throws IOException {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		JsonNode request = this.simulator.json().readTree(body);
		String to = request.path("to").asText();
		JsonNode messages = request.path("messages");
		if (!LineSimulator.USER_ID.matcher(to).matches() || !messages.isArray() || messages.isEmpty()
				|| messages.size() > 5) {
			return ResponseEntity.badRequest().body("{\"message\":\"The request body has 1 error(s)\"}");
		}
		if (!firstUse(retryKey)) {
			return alreadyAccepted();
		}
		this.simulator.push(to, (ArrayNode) messages);
		this.consumed.incrementAndGet();
		return ResponseEntity.ok("{\"sentMessages\":[]}");
	}

	/** LINE's multicast: up to 500 recipients, each gets the messages as a push. */
	@PostMapping("/message/multicast")
	ResponseEntity<String> multicast(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@RequestHeader(name = "X-Line-Retry-Key", required = false) @Nullable String retryKey,
			@RequestBody byte[] body) throws IOException {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		JsonNode request = this.simulator.json().readTree(body);
		JsonNode to = request.path("to");
		JsonNode messages = request.path("messages");
		boolean valid = to.isArray() && !to.isEmpty() && to.size() <= 500 && messages.isArray() && !messages.isEmpty()
				&& messages.size() <= 5;
		for (JsonNode user : to) {
			valid &= LineSimulator.USER_ID.matcher(user.asText()).matches();
		}
		if (!valid) {
			return ResponseEntity.badRequest().body("{\"message\":\"The request body has 1 error(s)\"}");
		}
		if (!firstUse(retryKey)) {
			return alreadyAccepted();
		}
		for (JsonNode user : to) {
			this.simulator.push(user.asText(), ((ArrayNode) messages).deepCopy());
		}
		this.consumed.addAndGet(to.size());
		return ResponseEntity.ok("{}");
	}

	/**
	 * The simulator's monthly quota: generous, so pushes are never stopped by it here.
	 */
	@GetMapping("/message/quota")
	ResponseEntity<String> quota(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization) {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		return ResponseEntity.ok("{\"type\":\"limited\",\"value\":" + QUOTA + "}");
	}

	@GetMapping("/message/quota/consumption")
	ResponseEntity<String> consumption(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization) {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		return ResponseEntity.ok("{\"totalUsage\":" + this.consumed.get() + "}");
	}

	/** Whether this retry key is new (LINE answers 409 to a key it accepted before). */
	private boolean firstUse(@Nullable String retryKey) {
		if (retryKey == null || retryKey.isBlank()) {
			return true;
		}
		if (this.retryKeys.size() >= MAX_RETRY_KEYS) {
			this.retryKeys.clear();
		}
		return this.retryKeys.add(retryKey);
	}

	private static ResponseEntity<String> alreadyAccepted() {
		return ResponseEntity.status(HttpStatus.CONFLICT).body("{\"message\":\"The retry key is already accepted\"}");
	}

	@GetMapping("/richmenu/list")
	ResponseEntity<String> richMenus(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization)
			throws IOException {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		ObjectNode list = this.simulator.json().createObjectNode();
		list.putArray("richmenus").addAll(this.richMenus);
		return ResponseEntity.ok(this.simulator.json().writeValueAsString(list));
	}

	@PostMapping("/richmenu")
	ResponseEntity<String> createRichMenu(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@RequestBody byte[] body) throws IOException {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		ObjectNode menu = (ObjectNode) this.simulator.json().readTree(body);
		String id = "richmenu-sim-" + this.richMenuIds.incrementAndGet();
		menu.put("richMenuId", id);
		this.richMenus.add(menu);
		return ResponseEntity.ok("{\"richMenuId\":\"" + id + "\"}");
	}

	@PostMapping(path = "/richmenu/{id}/content", consumes = MediaType.ALL_VALUE)
	ResponseEntity<String> uploadImage(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@PathVariable String id, @RequestBody byte[] image) {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		this.images.put(id, image);
		return ResponseEntity.ok("{}");
	}

	@PostMapping("/user/all/richmenu/{id}")
	ResponseEntity<String> setDefault(
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
			@PathVariable String id) {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		this.defaultRichMenu = id;
		return ResponseEntity.ok("{}");
	}

}
