package th.go.moph.dho.line;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.StickerMessageContent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;

/**
 * Handles one stored event: follow (greeting), unfollow (never push again), text and
 * postbacks (through the {@link IntentRouter}), stickers, media and locations (a polite
 * answer), a bot added to a group (a short introduction), everything else (ignored). An
 * event older than the reply token's life is answered by push where that makes sense,
 * otherwise silently.
 */
@Component
class LineEventProcessor {

	private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

	private final IntentRouter router;

	private final Followers followers;

	private final FloodLimit floodLimit;

	private final LineOutbox outbox;

	private final LineMessages messages;

	private final LineTexts texts;

	private final RatingIntents.Prompts ratings;

	private final UserKeys keys;

	private final LineSettings settings;

	private final Clock clock;

	LineEventProcessor(IntentRouter router, Followers followers, FloodLimit floodLimit, LineOutbox outbox,
			LineMessages messages, LineTexts texts, RatingIntents.Prompts ratings, UserKeys keys, LineSettings settings,
			Clock clock) {
		this.router = router;
		this.followers = followers;
		this.floodLimit = floodLimit;
		this.outbox = outbox;
		this.messages = messages;
		this.texts = texts;
		this.ratings = ratings;
		this.keys = keys;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param tally where the statistics' counts of this event go
	 * @return a short outcome for the event log
	 */
	String process(InboundEvents.Stored stored, ActivityTally tally) {
		Event event;
		try {
			event = this.json.readValue(stored.json(), Event.class);
		}
		catch (IOException ex) {
			return "UNREADABLE";
		}
		String userId = event.source() == null ? null : event.source().userId();
		boolean direct = event.source() instanceof UserSource;
		Instant now = this.clock.instant();
		if (event instanceof FollowEvent && userId != null) {
			String key = keyOf(stored, userId);
			this.followers.follow(key, userId, now);
			tally.add(LineActivity.Kind.FOLLOWED, now);
			return deliver(event, stored, new Conversation(key, userId),
					new Reply(this.messages.greeting(), null, "GREETED"), true);
		}
		if (event instanceof UnfollowEvent && userId != null) {
			String key = keyOf(stored, userId);
			this.followers.unfollow(key, now);
			tally.add(LineActivity.Kind.UNFOLLOWED, now);
			return "UNFOLLOWED";
		}
		if (event instanceof JoinEvent) {
			return deliver(event, stored, null, new Reply(this.messages.help(), null, "JOINED"), false);
		}
		if (!direct || userId == null) {
			return "IGNORED:" + stored.type();
		}
		Conversation c = new Conversation(keyOf(stored, userId), userId);
		if (event instanceof MessageEvent message) {
			this.followers.seen(c.userKey(), userId, now);
			tally.add(LineActivity.Kind.MESSAGE_RECEIVED, now);
			Reply reply;
			if (message.message() instanceof TextMessageContent text) {
				reply = this.router.text(c, text.text());
			}
			else if (message.message() instanceof StickerMessageContent) {
				reply = Reply.of("STICKER",
						this.messages.text(this.texts.get("sticker"), this.messages.menuQuickReply()));
			}
			else if (message.message() instanceof LocationMessageContent) {
				reply = Reply.of("LOCATION",
						this.messages.text(this.texts.get("location"), this.messages.menuQuickReply()));
			}
			else {
				reply = Reply.of("MEDIA", this.messages.text(this.texts.get("media"), this.messages.menuQuickReply()));
			}
			return deliver(event, stored, c, reply, true);
		}
		if (event instanceof PostbackEvent postback) {
			this.followers.seen(c.userKey(), userId, now);
			String data = postback.postback() == null ? "" : postback.postback().data();
			return deliver(event, stored, c, this.router.postback(c, data), true);
		}
		return "IGNORED:" + stored.type();
	}

	/**
	 * The pseudonymous key the webhook stored with the event, or the key of this user id.
	 */
	private String keyOf(InboundEvents.Stored stored, String userId) {
		String storedKey = stored.userKey();
		return storedKey != null ? storedKey : this.keys.of(userId);
	}

	private String deliver(Event event, InboundEvents.Stored stored, @Nullable Conversation c, Reply reply,
			boolean pushWhenLate) {
		if (reply.messages().isEmpty()) {
			return reply.outcome();
		}
		if (c != null && !this.floodLimit.tryAcquire(c.userKey())) {
			return "FLOOD";
		}
		List<Message> out = new ArrayList<>(reply.messages());
		if (c != null && reply.answered() != null && out.size() < LineMessages.MAX_MESSAGES) {
			this.ratings.afterAnswer(c, reply.answered()).ifPresent(out::add);
		}
		boolean fresh = stored.occurredAt().plus(this.settings.replyTokenLife()).isAfter(this.clock.instant());
		String token = event instanceof ReplyEvent r ? r.replyToken() : null;
		if (fresh && token != null && !token.isBlank()) {
			return this.outbox.reply(token, out) ? reply.outcome() : "REPLY_FAILED";
		}
		if (pushWhenLate && c != null) {
			Optional<String> target = this.followers.pushTarget(c.userKey());
			if (target.isPresent()) {
				return this.outbox.push(target.get(), out, stored.webhookEventId()) ? "PUSHED" : "PUSH_FAILED";
			}
		}
		return "LATE";
	}

}
