package th.go.moph.dho.line;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Sends a text or a postback to the intent it names (or to the intent that understands
 * the text, such as a tracking number); any other text goes to the assistant. A text that
 * reads as an emergency, self-harm or violence goes to the assistant (and its hotline)
 * before anything else, menu words included.
 */
@Component
class IntentRouter {

	private final Map<String, LineIntent> byWord = new HashMap<>();

	private final Map<String, LineIntent> byAction = new HashMap<>();

	private final List<LineIntent> intents;

	private final AssistantIntent assistant;

	private final UserKeys keys;

	IntentRouter(List<LineIntent> intents, AssistantIntent assistant, UserKeys keys) {
		for (LineIntent intent : intents) {
			if (this.byAction.put(intent.action(), intent) != null) {
				throw new IllegalStateException("Two LINE intents for action " + intent.action());
			}
			intent.words().forEach(word -> this.byWord.put(LineText.normalize(word), intent));
		}
		this.intents = List.copyOf(intents);
		this.assistant = assistant;
		this.keys = keys;
	}

	Reply text(Conversation conversation, String text) {
		if (this.assistant.urgent(text)) {
			return this.assistant.ask(conversation, text, action -> Optional.empty());
		}
		LineIntent intent = this.byWord.get(LineText.normalize(text));
		if (intent != null) {
			return intent.reply(conversation, Postback.of(intent.action()));
		}
		for (LineIntent candidate : this.intents) {
			Optional<Postback> matched = candidate.match(text);
			if (matched.isPresent()) {
				return candidate.reply(conversation, matched.get());
			}
		}
		return this.assistant.ask(conversation, text, action -> Optional.ofNullable(this.byAction.get(action))
			.map(menu -> menu.reply(conversation, Postback.of(action))));
	}

	/** A postback: unknown actions, garbage and forged signatures are ignored. */
	Reply postback(Conversation conversation, String data) {
		Optional<Postback> postback = Postback.parse(data);
		if (postback.isEmpty()) {
			return Reply.none("IGNORED_POSTBACK");
		}
		LineIntent intent = this.byAction.get(postback.get().action());
		if (intent == null) {
			return Reply.none("IGNORED_POSTBACK");
		}
		if (intent.signed() && !postback.get().isSignedFor(this.keys, conversation.userKey())) {
			return Reply.none("FORGED_POSTBACK");
		}
		return intent.reply(conversation, postback.get());
	}

}
