package th.go.moph.dho.line;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.Message;

import th.go.moph.dho.eservice.RequestStatusChanged;
import th.go.moph.dho.publishing.PublicationPublished;
import th.go.moph.dho.publishing.PublicFile;
import th.go.moph.dho.publishing.PublicationWithdrawn;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * Turns what happened elsewhere into queued LINE messages: a status change with a note
 * for the citizen becomes a push of a status card to the citizen who filed it; the first
 * publication of an item of a news topic becomes one multicast per group of at most 500
 * subscribers; a withdrawal cancels what of it is not sent yet. The listeners run from
 * the event publication registry, so a failure is retried, and every message has a retry
 * key derived from the event, so a retried listener never queues it twice.
 */
@Component
class LineNotifications {

	private static final Logger log = LoggerFactory.getLogger(LineNotifications.class);

	private final OutboundQueue queue;

	private final OutboundSender sender;

	private final Subscriptions subscriptions;

	private final UserKeys keys;

	private final Followers followers;

	private final LineSettings lineSettings;

	private final LineMessages messages;

	private final LineChannel channel;

	private final PublishedContent content;

	private final LineOutboundSettings settings;

	private final QuietHours quiet;

	private final Clock clock;

	LineNotifications(OutboundQueue queue, OutboundSender sender, Subscriptions subscriptions, UserKeys keys,
			Followers followers, LineMessages messages, LineChannel channel, PublishedContent content,
			LineSettings lineSettings, LineOutboundSettings settings, Clock clock) {
		this.queue = queue;
		this.sender = sender;
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.followers = followers;
		this.lineSettings = lineSettings;
		this.messages = messages;
		this.channel = channel;
		this.content = content;
		this.settings = settings;
		this.quiet = QuietHours.of(settings);
		this.clock = clock;
	}

	static UUID statusRetryKey(UUID changeId) {
		return UUID.nameUUIDFromBytes(("status|" + changeId).getBytes(StandardCharsets.UTF_8));
	}

	static UUID newsRetryKey(long itemId, int group) {
		return UUID.nameUUIDFromBytes(("news|item:" + itemId + "|" + group).getBytes(StandardCharsets.UTF_8));
	}

	static String newsRef(long itemId) {
		return "item:" + itemId;
	}

	@ApplicationModuleListener
	void on(RequestStatusChanged change) {
		if (change.lineUserId() == null || change.citizenMessage() == null || change.citizenMessage().isBlank()
				|| this.channel.mode() == LineChannel.Mode.OFF) {
			return;
		}
		Message card = this.messages.requestCard("request.changed", change.trackingNumber(), change.serviceNameTh(),
				change.status(), change.citizenMessage(), change.changedAt());
		Instant now = this.clock.instant();
		Optional<Long> follower = recipient(change.lineUserId(), now);
		boolean queued = this.queue.enqueue(statusRetryKey(change.changeId()), OutboundQueue.Kind.STATUS, null,
				"request:" + change.trackingNumber(), change.trackingNumber(),
				this.messages.messagesJson(List.of(card)), follower.map(List::of).orElse(List.of()),
				follower.isPresent() ? OutboundQueue.Status.PENDING : OutboundQueue.Status.SKIPPED_UNFOLLOWED, now,
				false);
		if (queued && follower.isPresent()) {
			this.sender.kickAfterCommit();
		}
	}

	/**
	 * The follower row of the citizen, if they follow the account. A citizen the bot has
	 * never heard from (a friend since before the bot, who used only the LIFF app) is
	 * looked up on LINE: a profile means a friend. One who blocked the account is not
	 * asked about.
	 */
	private Optional<Long> recipient(String lineUserId, Instant now) {
		Optional<Long> follower = this.subscriptions.followerOf(lineUserId);
		if (follower.isPresent()) {
			return follower;
		}
		String key = this.keys.of(lineUserId);
		if (this.followers.status(key).isPresent() || !isFriend(lineUserId)) {
			return Optional.empty();
		}
		this.followers.seen(key, lineUserId, now);
		return this.subscriptions.followerOf(lineUserId);
	}

	private boolean isFriend(String lineUserId) {
		long timeout = this.lineSettings.connectTimeout().plus(this.lineSettings.readTimeout()).toMillis()
				* (this.lineSettings.retries() + 1);
		try {
			this.channel.client().getProfile(lineUserId).get(timeout, TimeUnit.MILLISECONDS);
			return true;
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof MessagingApiClientException api && api.getCode() == 404)) {
				log.warn("LINE profile lookup failed ({}): the status push is not sent",
						ex.getCause() == null ? "error" : ex.getCause().getClass().getSimpleName());
			}
			return false;
		}
		catch (TimeoutException ex) {
			log.warn("LINE profile lookup timed out: the status push is not sent");
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@ApplicationModuleListener
	void on(PublicationPublished published) {
		if (!published.firstPublication() || this.channel.mode() == LineChannel.Mode.OFF) {
			return;
		}
		Optional<NewsTopic> topic = NewsTopic.ofSection(published.sectionSlug());
		if (topic.isEmpty()) {
			return;
		}
		String ref = newsRef(published.itemId());
		if (this.queue.existsForRef(OutboundQueue.Kind.NEWS, ref)) {
			return;
		}
		List<Long> subscribers = this.subscriptions.subscribers(topic.get());
		if (subscribers.isEmpty()) {
			return;
		}
		Optional<PublishedItem> item = this.content.find(published.itemId());
		String summary = item.map(PublishedItem::summary).orElse(null);
		String image = item.flatMap(PublishedItem::mainImage).map(PublicFile::url).orElse(null);
		Message notice = this.messages.newsNotice(topic.get(), published.title(), published.path(), summary, image,
				published.publishedAt());
		String json = this.messages.messagesJson(List.of(notice));
		Instant now = this.clock.instant();
		boolean quietHours = topic.get().quietHours();
		Optional<Instant> wait = quietHours ? this.quiet.endAfter(now) : Optional.empty();
		int size = this.settings.multicastSize();
		int groups = 0;
		for (int from = 0; from < subscribers.size(); from += size) {
			List<Long> group = subscribers.subList(from, Math.min(subscribers.size(), from + size));
			this.queue.enqueue(newsRetryKey(published.itemId(), groups), OutboundQueue.Kind.NEWS, topic.get(), ref,
					published.title(), json, group,
					wait.isPresent() ? OutboundQueue.Status.DEFERRED_QUIET : OutboundQueue.Status.PENDING,
					wait.orElse(now), quietHours);
			groups++;
		}
		log.info("LINE news of item {} queued for {} subscriber(s) of {} in {} multicast(s){}", published.itemId(),
				subscribers.size(), topic.get().code(), groups, wait.isPresent() ? " after the quiet hours" : "");
		if (wait.isEmpty()) {
			this.sender.kickAfterCommit();
		}
	}

	@ApplicationModuleListener
	void on(PublicationWithdrawn withdrawn) {
		int cancelled = this.queue.cancel(newsRef(withdrawn.itemId()));
		if (cancelled > 0) {
			log.info("LINE news of withdrawn item {}: {} multicast(s) not sent yet cancelled", withdrawn.itemId(),
					cancelled);
		}
	}

}
