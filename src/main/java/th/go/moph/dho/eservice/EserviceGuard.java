package th.go.moph.dho.eservice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits per client on the public web forms, held in memory and keyed by a hash of the
 * client address (never the address): wrong tracking number/access code pairs
 * ({@code dho.eservice.tracking-attempts-per-hour}) and requests filed
 * ({@code dho.eservice.web-submissions-per-hour}).
 */
@Component
class EserviceGuard {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final Clock clock;

	private final EserviceSettings settings;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();

	EserviceGuard(Clock clock, EserviceSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	boolean trackingBlocked(String clientAddress) {
		return count(this.failures, clientAddress) >= this.settings.trackingAttemptsPerHour();
	}

	void trackingFailed(String clientAddress) {
		add(this.failures, clientAddress);
	}

	boolean submissionsBlocked(String clientAddress) {
		return count(this.submissions, clientAddress) >= this.settings.webSubmissionsPerHour();
	}

	void submitted(String clientAddress) {
		add(this.submissions, clientAddress);
	}

	@Scheduled(fixedDelay = 600_000)
	void forgetOldClients() {
		Instant cutoff = this.clock.instant().minus(WINDOW);
		for (Map<String, Deque<Instant>> map : java.util.List.of(this.failures, this.submissions)) {
			map.entrySet().removeIf(e -> {
				synchronized (e.getValue()) {
					Instant last = e.getValue().peekLast();
					return last == null || !last.isAfter(cutoff);
				}
			});
		}
	}

	private int count(Map<String, Deque<Instant>> map, String clientAddress) {
		Deque<Instant> times = map.get(key(clientAddress));
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times);
			return times.size();
		}
	}

	private void add(Map<String, Deque<Instant>> map, String clientAddress) {
		Deque<Instant> times = map.computeIfAbsent(key(clientAddress), k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(this.clock.instant());
		}
	}

	private void prune(Deque<Instant> times) {
		Instant cutoff = this.clock.instant().minus(WINDOW);
		while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
			times.pollFirst();
		}
	}

	private static String key(String clientAddress) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("eservice:" + clientAddress).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
