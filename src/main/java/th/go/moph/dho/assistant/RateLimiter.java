package th.go.moph.dho.assistant;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * An in-memory token bucket per client address for the public answer API: a client may
 * ask {@code rateLimitBurst} questions at once and {@code rateLimitPerMinute} a minute
 * after that. Per instance (behind a load balancer each instance limits on its own),
 * which is enough to stop one client flooding the service.
 */
@Component
class RateLimiter {

	private static final int MAX_CLIENTS = 50_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final double capacity;

	private final double perMilli;

	private final Clock clock;

	RateLimiter(AssistantSettings settings, Clock clock) {
		this.capacity = Math.max(1, settings.rateLimitBurst());
		this.perMilli = Math.max(1, settings.rateLimitPerMinute()) / 60_000.0;
		this.clock = clock;
	}

	/** Takes a token for the client; false when it has none left. */
	boolean tryAcquire(String client) {
		long now = this.clock.millis();
		if (this.buckets.size() > MAX_CLIENTS) {
			this.buckets.values().removeIf(b -> b.full(now));
		}
		return this.buckets.computeIfAbsent(client, c -> new Bucket(this.capacity, now)).take(now);
	}

	private final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		synchronized boolean take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

		synchronized boolean full(long now) {
			refill(now);
			return this.tokens >= RateLimiter.this.capacity;
		}

		private void refill(long now) {
			if (now > this.at) {
				this.tokens = Math.min(RateLimiter.this.capacity,
						this.tokens + (now - this.at) * RateLimiter.this.perMilli);
				this.at = now;
			}
		}

	}

}
