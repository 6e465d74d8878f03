package th.go.moph.dho.line;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MulticastRequest;
import com.linecorp.bot.messaging.model.PushMessageRequest;

/**
 * Sends what the {@link OutboundQueue} holds: woken right after something is queued
 * (after the commit) and by a poller. For each claimed row it waits out the quiet hours
 * (news), drops recipients who blocked the account, takes the messages from the month's
 * quota (or skips the row when the quota would run out), and sends it with its stored
 * retry key. Server errors, 429 and timeouts are tried again later with the same key
 * (LINE answers 409 to a key it already accepted: that counts as sent); other refusals
 * and too many failures end the row as FAILED. Logs carry statuses and counts only.
 */
@Component
class OutboundSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);

	static final int BATCH = 20;

	static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

	private final OutboundQueue queue;

	private final MessageQuota quota;

	private final LineChannel channel;

	private final LineSettings lineSettings;

	private final LineOutboundSettings settings;

	private final QuietHours quiet;

	private final Clock clock;

	private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

	private final ExecutorService drainer;

	private final AtomicBoolean draining = new AtomicBoolean();

	private final AtomicBoolean again = new AtomicBoolean();

	private volatile boolean started;

	OutboundSender(OutboundQueue queue, MessageQuota quota, LineChannel channel, LineSettings lineSettings,
			LineOutboundSettings settings, Clock clock) {
		this.queue = queue;
		this.quota = quota;
		this.channel = channel;
		this.lineSettings = lineSettings;
		this.settings = settings;
		this.quiet = QuietHours.of(settings);
		this.clock = clock;
		this.drainer = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "line-outbound");
			t.setDaemon(true);
			return t;
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.started = this.channel.mode() != LineChannel.Mode.OFF;
		kick();
	}

	/** Something was queued: send it soon (after the current transaction commits). */
	void kickAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					kick();
				}
			});
		}
		else {
			kick();
		}
	}

	void kick() {
		if (!this.started) {
			return;
		}
		this.again.set(true);
		if (this.draining.compareAndSet(false, true)) {
			this.drainer.execute(this::drain);
		}
	}

	@Scheduled(fixedDelayString = "${dho.line.outbound.poll-interval:1s}",
			initialDelayString = "${dho.line.outbound.poll-interval:1s}")
	void poll() {
		if (!this.started) {
			return;
		}
		int released = this.queue.releaseStale(this.clock.instant().minus(this.settings.claimTimeout()));
		if (released > 0) {
			log.info("Released {} LINE outbound messages claimed by a sender that stopped", released);
		}
		if (this.queue.hasDue()) {
			kick();
		}
	}

	private void drain() {
		try {
			while (this.again.getAndSet(false)) {
				List<OutboundQueue.Claimed> batch;
				while (this.started && !(batch = this.queue.claim(BATCH)).isEmpty()) {
					batch.forEach(this::sendOne);
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("LINE outbound sender stopped a round: {}", ex.toString());
		}
		finally {
			this.draining.set(false);
			if (this.again.get() && this.started && this.draining.compareAndSet(false, true)) {
				this.drainer.execute(this::drain);
			}
		}
	}

	/** Sends one claimed row and records what happened to it. */
	void sendOne(OutboundQueue.Claimed row) {
		Instant now = this.clock.instant();
		if (row.quietHours()) {
			Optional<Instant> end = this.quiet.endAfter(now);
			if (end.isPresent()) {
				this.queue.deferQuiet(row.id(), end.get());
				return;
			}
		}
		List<String> to = this.queue.recipients(row.id());
		if (to.isEmpty()) {
			this.queue.skipped(row.id(), OutboundQueue.Status.SKIPPED_UNFOLLOWED);
			return;
		}
		try {
			if (!this.quota.tryTake(to.size())) {
				log.warn("LINE push quota would run out: {} message(s) to {} recipient(s) not sent", row.kind(),
						to.size());
				this.queue.skipped(row.id(), OutboundQueue.Status.SKIPPED_QUOTA);
				return;
			}
		}
		catch (MessageQuota.UnavailableException ex) {
			log.warn("LINE push quota could not be read ({}); trying again later", ex.getMessage());
			this.queue.later(row.id(), now.plus(backoff(1)));
			return;
		}
		Outcome outcome = send(row, to);
		if (outcome.sent()) {
			this.queue.sent(row.id(), to.size());
			return;
		}
		this.quota.giveBack(to.size());
		int attempt = row.attempts() + 1;
		boolean retry = outcome.retryable() && attempt < this.settings.maxAttempts();
		log.warn("LINE {} failed ({}), attempt {} of {}{}", row.kind(), outcome.error(), attempt,
				this.settings.maxAttempts(), retry ? "; will retry with the same retry key" : "; given up");
		this.queue.failed(row.id(), outcome.status(), outcome.error(), retry ? now.plus(backoff(attempt)) : null);
	}

	private Duration backoff(int attempt) {
		Duration d = this.settings.retryBackoff().multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
		return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
	}

	/** What one attempt gave. */
	record Outcome(boolean sent, boolean retryable, @Nullable Integer status, String error) {
	}

	private Outcome send(OutboundQueue.Claimed row, List<String> to) {
		List<Message> messages;
		try {
			messages = this.json.readValue(row.messagesJson(), new TypeReference<List<Message>>() {
			});
		}
		catch (IOException ex) {
			return new Outcome(false, false, null, "unreadable messages");
		}
		long timeout = this.lineSettings.connectTimeout().plus(this.lineSettings.readTimeout()).toMillis()
				* (this.lineSettings.retries() + 1);
		try {
			if (row.kind() == OutboundQueue.Kind.STATUS && to.size() == 1) {
				this.channel.client()
					.pushMessage(row.retryKey(), new PushMessageRequest(to.get(0), messages, false, null))
					.get(timeout, TimeUnit.MILLISECONDS);
			}
			else {
				this.channel.client()
					.multicast(row.retryKey(), new MulticastRequest(messages, to, false, null))
					.get(timeout, TimeUnit.MILLISECONDS);
			}
			return new Outcome(true, false, 200, "");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof MessagingApiClientException api) {
				int code = api.getCode();
				if (code == 409) {
					// LINE accepted a request with this retry key before (an attempt
					// whose
					// answer was lost)
					return new Outcome(true, false, code, "");
				}
				return new Outcome(false, code >= 500 || code == 429, code, "HTTP " + code);
			}
			String what = ex.getCause() == null ? "error" : ex.getCause().getClass().getSimpleName();
			return new Outcome(false, true, null, what);
		}
		catch (TimeoutException ex) {
			return new Outcome(false, true, null, "timeout");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(false, true, null, "interrupted");
		}
	}

	/** For tests: stop sending, as if the app stopped. */
	void pause() {
		this.started = false;
	}

	/** For tests: start again, as after a restart. */
	void resume() {
		start();
	}

	@Override
	public void destroy() {
		this.started = false;
		this.drainer.shutdownNow();
	}

}
