package th.go.moph.dho.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;

import th.go.moph.dho.assistant.Answer;
import th.go.moph.dho.assistant.Assistant;
import th.go.moph.dho.assistant.Channel;
import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * Any other text goes to the assistant: a sure answer is shown (a guide as a bubble, an
 * FAQ as text), suggestions are offered as "คุณหมายถึง…", and when nothing fits the bot
 * says so and offers the contacts. The {@code item} postback shows one published entry.
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

	Reply ask(Conversation conversation, String text) {
		String question = LineText.truncate(text.strip(), 500);
		if (question.isEmpty()) {
			return Reply.of("EMPTY", this.messages.help().get(0));
		}
		Answer answer = this.assistant.answer(question, Channel.LINE);
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
