package th.go.moph.dho.line;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes stored webhook events: kicked by the webhook right after it stored something,
 * and by a poller for anything left (events stored before a crash, released stale
 * claims). Events of one user are handled in order, different users in parallel.
 */
@Component
class LineEventWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LineEventWorker.class);

	static final int BATCH = 200;

	static final long LINGER_MILLIS = 10;

	static final long ACTIVITY_INTERVAL_MILLIS = 1000;

	private final InboundEvents events;

	private final LineEventProcessor processor;

	private final LineSettings settings;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutorService drainer;

	private final ExecutorService pool;

	private final AtomicBoolean draining = new AtomicBoolean();

	private final AtomicBoolean again = new AtomicBoolean();

	private final ActivityTally activity = new ActivityTally();

	private volatile long activityPublishedAt;

	private volatile boolean started;

	LineEventWorker(InboundEvents events, LineEventProcessor processor, LineSettings settings,
			ApplicationEventPublisher publisher, TransactionTemplate transaction, Clock clock) {
		this.events = events;
		this.processor = processor;
		this.settings = settings;
		this.publisher = publisher;
		this.transaction = transaction;
		this.clock = clock;
		this.drainer = Executors.newSingleThreadExecutor(named("line-drain"));
		this.pool = Executors.newFixedThreadPool(Math.max(1, settings.workerThreads()), named("line-worker"));
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.started = true;
		kick();
	}

	/** Something was stored: process it soon. */
	void kick() {
		if (!this.started) {
			return;
		}
		this.again.set(true);
		if (this.draining.compareAndSet(false, true)) {
			this.drainer.execute(this::drain);
		}
	}

	@Scheduled(fixedDelayString = "${dho.line.poll-interval:2s}", initialDelayString = "${dho.line.poll-interval:2s}")
	void poll() {
		if (!this.started) {
			return;
		}
		int released = this.events.releaseStale(this.clock.instant().minus(this.settings.claimTimeout()));
		if (released > 0) {
			log.info("Released {} LINE events claimed by a worker that stopped", released);
		}
		if (this.events.hasPending()) {
			kick();
		}
		publishActivity();
	}

	private void drain() {
		try {
			while (this.again.getAndSet(false)) {
				// webhooks arriving together are claimed and handled as one batch: a few
				// database
				// statements for the batch instead of for every event, at the cost of a
				// moment
				Thread.sleep(LINGER_MILLIS);
				List<InboundEvents.Stored> batch;
				while (this.started && !(batch = this.events.claim(BATCH)).isEmpty()) {
					processBatch(batch);
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("LINE event worker stopped a round: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.draining.set(false);
			if (this.again.get() && this.draining.compareAndSet(false, true)) {
				this.drainer.execute(this::drain);
			}
		}
	}

	private void processBatch(List<InboundEvents.Stored> batch) {
		Map<String, List<InboundEvents.Stored>> byUser = new LinkedHashMap<>();
		for (InboundEvents.Stored event : batch) {
			String key = event.userKey() == null ? "event:" + event.id() : event.userKey();
			byUser.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
		}
		List<CompletableFuture<Void>> running = new ArrayList<>(byUser.size());
		for (List<InboundEvents.Stored> ofUser : byUser.values()) {
			running.add(CompletableFuture.runAsync(() -> ofUser.forEach(this::processOne), this.pool));
		}
		CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
		if (this.clock.millis() - this.activityPublishedAt >= ACTIVITY_INTERVAL_MILLIS) {
			publishActivity();
		}
	}

	/**
	 * Hands what was counted to the statistics, at most about once a second while busy
	 * (and at each poll when quiet): a durable event per kind and day, not one per
	 * message.
	 */
	private synchronized void publishActivity() {
		this.activityPublishedAt = this.clock.millis();
		List<LineActivity> activities = this.activity.takeAll();
		if (activities.isEmpty()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult(status -> activities.forEach(this.publisher::publishEvent));
		}
		catch (RuntimeException ex) {
			this.activity.putBack(activities);
			throw ex;
		}
	}

	private void processOne(InboundEvents.Stored event) {
		try {
			String outcome = this.processor.process(event, this.activity);
			this.events.finish(event.id(), InboundEvents.DONE, outcome);
		}
		catch (RuntimeException ex) {
			log.warn("LINE event {} ({}) failed: {}", event.id(), event.type(), ex.getClass().getSimpleName());
			this.events.release(event.id(), event.attempts());
		}
	}

	/** For tests: stop taking work, as if the app stopped. */
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
		this.pool.shutdownNow();
		try {
			publishActivity();
		}
		catch (RuntimeException ex) {
			log.warn("LINE statistics of the last moments before stopping were not saved: {}", ex.toString());
		}
	}

	private static java.util.concurrent.ThreadFactory named(String prefix) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

}
