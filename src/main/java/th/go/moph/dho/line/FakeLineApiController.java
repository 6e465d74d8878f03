package th.go.moph.dho.line;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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
 * credentials are set. It records replies and pushes for the chat page and keeps rich
 * menus in memory. 404 unless the simulator runs; 401 without the simulator's token.
 */
@RestController
@RequestMapping(path = LineChannel.FAKE_API_PATH + "/v2/bot", produces = MediaType.APPLICATION_JSON_VALUE)
class FakeLineApiController {

	private final LineSimulator simulator;

	private final List<ObjectNode> richMenus = new CopyOnWriteArrayList<>();

	private final Map<String, byte[]> images = new ConcurrentHashMap<>();

	private final AtomicInteger richMenuIds = new AtomicInteger();

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
			@RequestBody byte[] body) throws IOException {
		ResponseEntity<String> refused = refuse(authorization);
		if (refused != null) {
			return refused;
		}
		JsonNode request = this.simulator.json().readTree(body);
		String to = request.path("to").asText();
		JsonNode messages = request.path("messages");
		if (!LineSimulator.USER_ID.matcher(to).matches() || !messages.isArray() || messages.isEmpty()) {
			return ResponseEntity.badRequest().body("{\"message\":\"The request body has 1 error(s)\"}");
		}
		this.simulator.push(to, (ArrayNode) messages);
		return ResponseEntity.ok("{\"sentMessages\":[]}");
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
