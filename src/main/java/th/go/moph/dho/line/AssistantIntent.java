package th.go.moph.dho.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;

import th.go.moph.dho.assistant.Answer;
import th.go.moph.dho.assistant.Assistant;
import th.go.moph.dho.assistant.Channel;
import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * Any other text goes to the assistant: a message that reads as an emergency, self-harm
 * or violence gets the hotline at once as a tappable call button (and the matching entry
 * after it, when there is one); small talk gets a short friendly reply ("any news?" and
 * "what can you do?" open the news and help menus); a sure answer is shown (a guide as a
 * bubble, an FAQ as text), suggestions are offered as "คุณหมายถึง…", an everyday
 * off-topic question is politely declined, and when nothing fits the bot says so and
 * offers the contacts. The {@code item} postback shows one published entry.
 */
@Component
class AssistantIntent implements LineIntent {

	private final Assistant assistant;

	private final PublishedContent content;

	private final LineMessages messages;

	private final LineTexts texts;

	AssistantIntent(Assistant assistant, PublishedContent content, LineMessages messages, LineTexts texts) {
		this.assistant = assistant;
		this.content = content;
		this.messages = messages;
		this.texts = texts;
	}

	@Override
	public String action() {
		return "item";
	}

	@Override
	public Set<String> words() {
		return Set.of();
	}

	@Override
	public Reply reply(Conversation conversation, Postback request) {
		long id;
		try {
			id = Long.parseLong(request.param("id"));
		}
		catch (NumberFormatException ex) {
			return Reply.none("IGNORED_POSTBACK");
		}
		return show(id).orElseGet(this::notFound);
	}

	/** Whether a text reads as an emergency, self-harm or violence. */
	boolean urgent(String text) {
		return !this.assistant.urgent(LineText.truncate(text.strip(), 500)).isEmpty();
	}

	/**
	 * The assistant's reply to a text.
	 * @param menu the reply of a menu action ({@code news}, {@code help}) that small talk
	 * points to
	 */
	Reply ask(Conversation conversation, String text, Function<String, Optional<Reply>> menu) {
		String question = LineText.truncate(text.strip(), 500);
		if (question.isEmpty()) {
			return Reply.of("EMPTY", this.messages.help().get(0));
		}
		Answer answer = this.assistant.answer(question, Channel.LINE);
		switch (answer.kind()) {
			case SAFETY -> {
				return safety(answer);
			}
			case SMALL_TALK -> {
				String intent = answer.intent() == null ? "" : answer.intent();
				Optional<Reply> shown = SMALL_TALK_MENUS.contains(intent) ? menu.apply(intent) : Optional.empty();
				return shown.orElseGet(() -> Reply.of("SMALL_TALK", this.messages
					.text(this.texts.get("small-talk." + smallTalkKey(intent)), this.messages.menuQuickReply())));
			}
			case OFF_TOPIC -> {
				return Reply.of("OFF_TOPIC",
						this.messages.text(this.texts.get("off-topic"), this.messages.menuQuickReply()));
			}
			default -> {
			}
		}
		if (answer.direct().isPresent()) {
			Optional<Reply> shown = show(answer.direct().get().itemId());
			if (shown.isPresent()) {
				return shown.get();
			}
		}
		List<Answer.Match> suggestions = answer.suggestions().stream().limit(3).toList();
		if (!suggestions.isEmpty() && !answer.outOfScope()) {
			List<Postback> postbacks = new ArrayList<>();
			List<String> titles = new ArrayList<>();
			for (Answer.Match match : suggestions) {
				postbacks.add(Postback.of("item", "id", String.valueOf(match.itemId())));
				titles.add(match.title());
			}
			return Reply.of("SUGGESTED", this.messages.suggestions(postbacks, titles));
		}
		return notFound();
	}

	/** Small-talk intents answered by a menu of the bot. */
	private static final Set<String> SMALL_TALK_MENUS = Set.of("news", "help");

	/** Small-talk intents with a reply of their own; any other gets the general one. */
	private static final Set<String> SMALL_TALK_REPLIES = Set.of("greeting", "thanks", "ok", "goodbye", "who-are-you",
			"praise", "complaint-bot");

	private static String smallTalkKey(String intent) {
		return SMALL_TALK_REPLIES.contains(intent) ? intent : "other";
	}

	/**
	 * The hotlines first, each with a call button (a LINE URI action with {@code tel:}),
	 * then the matching entry when there is one.
	 */
	private Reply safety(Answer answer) {
		List<Message> reply = new ArrayList<>(this.messages.hotlines(answer.hotlines()));
		Reply.Topic topic = null;
		if (answer.answer() != null && reply.size() < LineMessages.MAX_MESSAGES) {
			Optional<PublishedItem> item = this.content.find(answer.answer().itemId());
			if (item.isPresent()) {
				reply.add(this.messages.answerText(item.get()));
			}
		}
		return new Reply(List.copyOf(reply), topic, "SAFETY_" + answer.hotlines().get(0).name());
	}

	private Optional<Reply> show(long itemId) {
		return this.content.find(itemId).map(item -> {
			Message message = item.kind() == ContentKind.SERVICE_GUIDE || !item.steps().isEmpty()
					? this.messages.guideBubble(item) : this.messages.answerText(item);
			return Reply.answer(topic(item), message);
		});
	}

	private Reply notFound() {
		List<Message> reply = new ArrayList<>();
		reply.add(this.messages.text(this.texts.get("not-found")));
		reply.addAll(this.messages.contact());
		return new Reply(reply, null, "NOT_ANSWERED");
	}

	static Reply.Topic topic(PublishedItem item) {
		return new Reply.Topic("item:" + item.id(), LineText.truncate(item.title(), 300));
	}

}
