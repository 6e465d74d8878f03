package th.go.moph.dho.line;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per user: at most {@code dho.line.replies-per-minute} replies a minute,
 * so one user cannot make the bot spam LINE. Over the limit the bot stays silent; only
 * the count of suppressed replies is logged.
 */
@Component
class FloodLimit {

	private static final Logger log = LoggerFactory.getLogger(FloodLimit.class);

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong suppressed = new AtomicLong();

	private final double capacity;

	private final Clock clock;

	FloodLimit(LineSettings settings, Clock clock) {
		this.capacity = Math.max(1, settings.repliesPerMinute());
		this.clock = clock;
	}

	boolean tryAcquire(String userKey) {
		long now = this.clock.millis();
		Bucket bucket = this.buckets.computeIfAbsent(userKey, k -> new Bucket(this.capacity, now));
		synchronized (bucket) {
			bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.capacity / 60_000.0);
			bucket.at = now;
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return true;
			}
		}
		this.suppressed.incrementAndGet();
		return false;
	}

	@Scheduled(fixedDelay = 60_000)
	void report() {
		long count = this.suppressed.getAndSet(0);
		if (count > 0) {
			log.info("LINE flood limit: {} replies suppressed in the last minute", count);
		}
		long now = this.clock.millis();
		this.buckets.entrySet().removeIf(e -> now - e.getValue().at > 120_000);
	}

	private static final class Bucket {

		double tokens;

		long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

	}

}
