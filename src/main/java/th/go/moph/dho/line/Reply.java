package th.go.moph.dho.line;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.linecorp.bot.messaging.model.Message;

/**
 * What the bot answers to one event.
 *
 * @param messages at most five messages
 * @param answered the topic answered (e.g. {@code item:42}) when a rating may follow
 * @param outcome a short word for the event log (no text of the citizen)
 */
record Reply(List<Message> messages, @Nullable Topic answered, String outcome) {

	static Reply of(String outcome, Message... messages) {
		return new Reply(List.of(messages), null, outcome);
	}

	static Reply answer(Topic topic, Message... messages) {
		return new Reply(List.of(messages), topic, "ANSWERED");
	}

	static Reply none(String outcome) {
		return new Reply(List.of(), null, outcome);
	}

	/** What a rating is about. */
	record Topic(String key, String title) {
	}

}
