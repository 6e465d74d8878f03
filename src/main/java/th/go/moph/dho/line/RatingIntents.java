package th.go.moph.dho.line;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Message;

import th.go.moph.dho.assistant.Answer;
import th.go.moph.dho.assistant.Assistant;
import th.go.moph.dho.feedback.Feedback;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.thai.ThaiDates;

/**
 * Satisfaction ratings in LINE: after an answer (at most once a day, never in the middle
 * of a flow) the bot asks whether it helped, then for a 1–5 score. Postbacks are signed
 * for the user and must name the topic the user was asked about today; anything else is
 * ignored.
 */
final class RatingIntents {

	static final String SERVICE_TOPIC = "line:service";

	private RatingIntents() {
	}

	/**
	 * Asks for a rating after an answer, when the user was not asked and did not rate
	 * today.
	 */
	@Component
	static class Prompts {

		private final Feedback feedback;

		private final Followers followers;

		private final UserKeys keys;

		private final LineMessages messages;

		private final LineTexts texts;

		private final Clock clock;

		Prompts(Feedback feedback, Followers followers, UserKeys keys, LineMessages messages, LineTexts texts,
				Clock clock) {
			this.feedback = feedback;
			this.followers = followers;
			this.keys = keys;
			this.messages = messages;
			this.texts = texts;
			this.clock = clock;
		}

		LocalDate today() {
			return ThaiDates.toLocal(this.clock.instant()).toLocalDate();
		}

		Optional<Message> afterAnswer(Conversation c, Reply.Topic topic) {
			LocalDate today = today();
			if (this.followers.status(c.userKey()).isEmpty() || this.followers.askedOn(c.userKey(), today)
					|| this.feedback.hasRatedToday(c.userKey())) {
				return Optional.empty();
			}
			this.followers.markAsked(c.userKey(), today, topic);
			return Optional
				.of(this.messages.askHelpful(data(c, "helpful", topic, "1"), data(c, "helpful", topic, "0")));
		}

		Message askScore(Conversation c, Reply.Topic topic, String intro) {
			List<String> data = new ArrayList<>();
			for (int score = 1; score <= 5; score++) {
				data.add(data(c, "score", topic, String.valueOf(score)));
			}
			return this.messages.askScore(intro, data);
		}

		String data(Conversation c, String action, Reply.Topic topic, String value) {
			return Postback.of(action, "t", topic.key(), "v", value).signedData(this.keys, c.userKey());
		}

		/**
		 * The topic a rating postback is about, if it is the one the user was asked about
		 * today.
		 */
		Optional<Reply.Topic> askedTopic(Conversation c, Postback postback) {
			return this.followers.askedTopic(c.userKey(), today()).filter(t -> t.key().equals(postback.param("t")));
		}

		String thanks() {
			return this.texts.get("rate.thanks");
		}

		String scoreIntro() {
			return this.texts.get("rate.score");
		}

	}

	/** ประเมิน: rate the office's LINE service now. */
	@Component
	static class Rate implements LineIntent {

		private final Prompts prompts;

		private final Followers followers;

		private final LineTexts texts;

		Rate(Prompts prompts, Followers followers, LineTexts texts) {
			this.prompts = prompts;
			this.followers = followers;
			this.texts = texts;
		}

		@Override
		public String action() {
			return "rate";
		}

		@Override
		public Set<String> words() {
			return Set.of("ประเมิน", "ให้คะแนน", "ประเมินความพึงพอใจ", "rate", "rating");
		}

		@Override
		public Reply reply(Conversation c, Postback request) {
			Reply.Topic topic = new Reply.Topic(SERVICE_TOPIC, this.texts.get("rate.service-topic"));
			this.followers.markAsked(c.userKey(), this.prompts.today(), topic);
			return Reply.of("RATE", this.prompts.askScore(c, topic, this.texts.get("rate.service")));
		}

	}

	/**
	 * The answer to "did this help?"; then asks for the score. A no first gets an
	 * apology, the closest other entries and the ways to reach staff.
	 */
	@Component
	static class Helpful implements LineIntent {

		static final int RELATED = 3;

		private final Prompts prompts;

		private final Feedback feedback;

		private final Assistant assistant;

		private final PublishedContent content;

		private final LineMessages messages;

		private final LineTexts texts;

		Helpful(Prompts prompts, Feedback feedback, Assistant assistant, PublishedContent content,
				LineMessages messages, LineTexts texts) {
			this.prompts = prompts;
			this.feedback = feedback;
			this.assistant = assistant;
			this.content = content;
			this.messages = messages;
			this.texts = texts;
		}

		@Override
		public String action() {
			return "helpful";
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
		public Reply reply(Conversation c, Postback request) {
			String value = request.param("v");
			Optional<Reply.Topic> topic = this.prompts.askedTopic(c, request);
			if (topic.isEmpty() || !(value.equals("1") || value.equals("0"))) {
				return Reply.none("FORGED_POSTBACK");
			}
			boolean helpful = value.equals("1");
			this.feedback.recordLineRating(c.userKey(), topic.get().key(), topic.get().title(), helpful, null);
			if (helpful) {
				return Reply.of("RATED", this.prompts.askScore(c, topic.get(), this.prompts.scoreIntro()));
			}
			List<Message> reply = new ArrayList<>(this.messages.sorry(related(topic.get())));
			reply.add(this.prompts.askScore(c, topic.get(), this.texts.get("rate.sorry.score")));
			return new Reply(reply, null, "RATED_UNHELPFUL");
		}

		// The entries closest to the one that did not help: the assistant's answer and
		// suggestions for its title, then other entries of its section.
		List<LineMessages.Entry> related(Reply.Topic topic) {
			Optional<Long> itemId = itemId(topic.key());
			Set<Long> seen = new java.util.HashSet<>();
			if (itemId.isPresent()) {
				seen.add(itemId.get());
			}
			List<LineMessages.Entry> related = new ArrayList<>();
			Answer answer = this.assistant.closestTo(topic.title());
			List<Answer.Match> matches = new ArrayList<>();
			if (answer.answer() != null) {
				matches.add(answer.answer());
			}
			matches.addAll(answer.suggestions());
			for (Answer.Match m : matches) {
				if (related.size() < RELATED && seen.add(m.itemId())) {
					related.add(new LineMessages.Entry(m.title(), m.path()));
				}
			}
			Optional<PublishedItem> item = itemId.isPresent() ? this.content.find(itemId.get()) : Optional.empty();
			if (related.size() < RELATED && item.isPresent()) {
				for (PublishedItem other : this.content.section(item.get().section().slug())) {
					if (related.size() < RELATED && seen.add(other.id())) {
						related.add(new LineMessages.Entry(other.title(), other.path()));
					}
				}
			}
			return related;
		}

		private static Optional<Long> itemId(String topicKey) {
			if (!topicKey.startsWith("item:")) {
				return Optional.empty();
			}
			try {
				return Optional.of(Long.parseLong(topicKey.substring("item:".length())));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

	}

	/** The 1–5 score. */
	@Component
	static class Score implements LineIntent {

		private final Prompts prompts;

		private final Feedback feedback;

		private final LineMessages messages;

		Score(Prompts prompts, Feedback feedback, LineMessages messages) {
			this.prompts = prompts;
			this.feedback = feedback;
			this.messages = messages;
		}

		@Override
		public String action() {
			return "score";
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
		public Reply reply(Conversation c, Postback request) {
			int score;
			try {
				score = Integer.parseInt(request.param("v"));
			}
			catch (NumberFormatException ex) {
				return Reply.none("FORGED_POSTBACK");
			}
			Optional<Reply.Topic> topic = this.prompts.askedTopic(c, request);
			if (topic.isEmpty() || score < 1 || score > 5) {
				return Reply.none("FORGED_POSTBACK");
			}
			this.feedback.recordLineRating(c.userKey(), topic.get().key(), topic.get().title(), null, score);
			return Reply.of("RATED", this.messages.text(this.prompts.thanks(), this.messages.menuQuickReply()));
		}

	}

}
