package th.go.moph.dho.line;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * News topics in the chat: "รับข่าว" shows which topics the follower receives, with a
 * quick reply per topic that switches it; the switch is a postback signed for the user.
 * The LIFF settings page does the same.
 */
final class TopicIntents {

	private TopicIntents() {
	}

	/** รับข่าว: the follower's topics and the switches. */
	@Component
	static class Show implements LineIntent {

		private final Subscriptions subscriptions;

		private final LineMessages messages;

		private final LineTexts texts;

		private final UserKeys keys;

		Show(Subscriptions subscriptions, LineMessages messages, LineTexts texts, UserKeys keys) {
			this.subscriptions = subscriptions;
			this.messages = messages;
			this.texts = texts;
			this.keys = keys;
		}

		@Override
		public String action() {
			return "topics";
		}

		@Override
		public Set<String> words() {
			return Set.of("รับข่าว", "สมัครรับข่าว", "ตั้งค่าข่าว", "ตั้งค่าการแจ้งข่าว", "ยกเลิกรับข่าว", "subscribe",
					"unsubscribe");
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			Optional<Long> follower = this.subscriptions.followerOfKey(conversation.userKey());
			if (follower.isEmpty()) {
				return Reply.of("TOPICS_NOT_FOLLOWING", this.messages.text(this.texts.get("topics.not-following")));
			}
			Set<NewsTopic> chosen = this.subscriptions.topics(follower.get());
			return Reply.of("TOPICS", this.messages.topics(chosen,
					topic -> toggle(topic, chosen.contains(topic)).signedData(this.keys, conversation.userKey())));
		}

		static Postback toggle(NewsTopic topic, boolean currentlyOn) {
			return Postback.of(Switch.ACTION, "t", topic.code(), "on", currentlyOn ? "0" : "1");
		}

	}

	/** A switch of one topic (signed postback). */
	@Component
	static class Switch implements LineIntent {

		static final String ACTION = "topic";

		private final Subscriptions subscriptions;

		private final Show show;

		private final LineMessages messages;

		private final LineTexts texts;

		Switch(Subscriptions subscriptions, Show show, LineMessages messages, LineTexts texts) {
			this.subscriptions = subscriptions;
			this.show = show;
			this.messages = messages;
			this.texts = texts;
		}

		@Override
		public String action() {
			return ACTION;
		}

		@Override
		public Set<String> words() {
			return Set.of();
		}

		@Override
		public boolean signed() {
			return true;
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			Optional<NewsTopic> topic = NewsTopic.ofCode(request.param("t"));
			if (topic.isEmpty()) {
				return Reply.none("IGNORED_POSTBACK");
			}
			Optional<Long> follower = this.subscriptions.followerOfKey(conversation.userKey());
			if (follower.isEmpty()) {
				return Reply.of("TOPICS_NOT_FOLLOWING", this.messages.text(this.texts.get("topics.not-following")));
			}
			if ("1".equals(request.param("on"))) {
				this.subscriptions.subscribe(follower.get(), topic.get());
			}
			else {
				this.subscriptions.unsubscribe(follower.get(), topic.get());
			}
			Reply shown = this.show.reply(conversation, Postback.of(this.show.action()));
			return new Reply(shown.messages(), null, "1".equals(request.param("on")) ? "SUBSCRIBED" : "UNSUBSCRIBED");
		}

	}

}
