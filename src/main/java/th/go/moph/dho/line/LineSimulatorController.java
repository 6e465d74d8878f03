package th.go.moph.dho.line;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.go.moph.dho.linelogin.LiffSettings;

/**
 * {@code /dev/line}: a chat page to try the bot without a LINE channel. 404 unless the
 * simulator runs (no credentials, not the {@code mysql} profile).
 */
@Controller
@RequestMapping("/dev/line")
class LineSimulatorController {

	static final String VIEW = "line/simulator";

	private final LineSimulator simulator;

	private final RichMenu richMenu;

	private final LiffSettings liff;

	LineSimulatorController(LineSimulator simulator, RichMenu richMenu, LiffSettings liff) {
		this.simulator = simulator;
		this.richMenu = richMenu;
		this.liff = liff;
	}

	private void requireSimulator() {
		if (!this.simulator.active()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/**
	 * The chat of {@code ?user=U…}, or by default of the LIFF app's mock citizen, so that
	 * what the LIFF app files in mock mode is pushed into this chat.
	 */
	@GetMapping
	String page(@RequestParam(required = false) @Nullable String user, Model model) {
		requireSimulator();
		model.addAttribute("simUser",
				user != null && LineSimulator.USER_ID.matcher(user).matches() ? user : this.liff.mockUserId());
		return VIEW;
	}

	@PostMapping("/send")
	ResponseEntity<Void> send(@RequestParam String user, @RequestParam String kind,
			@RequestParam(required = false) @Nullable String value) throws IOException, InterruptedException {
		requireSimulator();
		LineSimulator.Kind k;
		try {
			k = LineSimulator.Kind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().build();
		}
		if (!LineSimulator.USER_ID.matcher(user).matches() || (value != null && value.length() > 5000)) {
			return ResponseEntity.badRequest().build();
		}
		int status = this.simulator.send(user, k, value);
		return ResponseEntity.status(status == 200 ? HttpStatus.ACCEPTED : HttpStatus.BAD_GATEWAY).build();
	}

	@GetMapping(path = "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	String messages(@RequestParam String user, @RequestParam(defaultValue = "0") long after) throws IOException {
		requireSimulator();
		if (!LineSimulator.USER_ID.matcher(user).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return this.simulator.messagesAfter(user, after);
	}

	@GetMapping(path = "/rich-menu.png", produces = MediaType.IMAGE_PNG_VALUE)
	@ResponseBody
	byte[] richMenuImage() {
		requireSimulator();
		return this.richMenu.png();
	}

	@GetMapping(path = "/rich-menu", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	String richMenuAreas() throws IOException {
		requireSimulator();
		ArrayNode areas = this.simulator.json().createArrayNode();
		this.richMenu.areas().forEach(a -> areas.add(this.simulator.json().valueToTree(a)));
		ObjectNode menu = this.simulator.json().createObjectNode();
		menu.set("areas", areas);
		return this.simulator.json().writeValueAsString(menu);
	}

}
