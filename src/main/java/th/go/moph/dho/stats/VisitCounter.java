package th.go.moph.dho.stats;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import jakarta.annotation.PreDestroy;
import th.go.moph.dho.thai.ThaiDates;

/**
 * Counts page views in memory and adds them to the database in batches, so counting costs
 * a page only a few increments.
 * <p>
 * Unique visitors: each view is reduced to a keyed hash (HMAC-SHA-256) of the client
 * address and user agent. The key is random, lives only in memory and is replaced at
 * midnight (Asia/Bangkok), together with the set of the day's hashes; so a visitor cannot
 * be followed from one day to the next, and neither address nor hash ever reaches the
 * database, only the number of new hashes.
 * <p>
 * One client cannot inflate the public figures: a visitor's views of one page count at
 * most {@code dho.stats.max-views-per-visitor-page} times a day (the day's visitor hash
 * and the page's path are the key, in memory only and bounded by
 * {@code dho.stats.max-tracked-visitor-pages}); every view still counts in the raw figure
 * shown beside it.
 */
@Component
class VisitCounter {

	static final String OTHER_PATHS = "(other)";

	private static final Logger log = LoggerFactory.getLogger(VisitCounter.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StatsStore store;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final int maxPathsPerDay;

	private final int maxViewsPerVisitorPage;

	private final int maxTrackedVisitorPages;

	private final Map<LocalDate, LongAdder> rawViews = new ConcurrentHashMap<>();

	private final Map<DayPath, LongAdder> pageViews = new ConcurrentHashMap<>();

	private final Map<LocalDate, LongAdder> views = new ConcurrentHashMap<>();

	private final Map<LocalDate, LongAdder> newVisitors = new ConcurrentHashMap<>();

	private volatile Day day;

	VisitCounter(StatsStore store, TransactionOperations transactions, Clock clock, StatsSettings settings) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
		this.maxPathsPerDay = settings.maxPathsPerDay();
		this.maxViewsPerVisitorPage = settings.maxViewsPerVisitorPage();
		this.maxTrackedVisitorPages = settings.maxTrackedVisitorPages();
		this.day = new Day(today());
	}

	/** Counts one view of a public page by a client. */
	void count(String path, String clientAddress, String userAgent) {
		Day current = currentDay();
		LocalDate date = current.date;
		long visitor = current.hash(clientAddress, userAgent);
		if (current.seen.add(visitor)) {
			this.newVisitors.computeIfAbsent(date, d -> new LongAdder()).increment();
		}
		this.rawViews.computeIfAbsent(date, d -> new LongAdder()).increment();
		if (!current.withinCap(visitor, path, this.maxViewsPerVisitorPage, this.maxTrackedVisitorPages)) {
			return;
		}
		this.views.computeIfAbsent(date, d -> new LongAdder()).increment();
		DayPath key = new DayPath(date, path);
		LongAdder counter = this.pageViews.get(key);
		if (counter == null) {
			if (current.paths.incrementAndGet() > this.maxPathsPerDay) {
				key = new DayPath(date, OTHER_PATHS);
			}
			counter = this.pageViews.computeIfAbsent(key, k -> new LongAdder());
		}
		counter.increment();
	}

	/** Views and new visitors counted today but not yet in the database. */
	DailyVisits pendingToday() {
		LocalDate date = currentDay().date;
		LongAdder v = this.views.get(date);
		LongAdder u = this.newVisitors.get(date);
		LongAdder r = this.rawViews.get(date);
		return new DailyVisits(date, v == null ? 0 : v.sum(), u == null ? 0 : u.sum(), r == null ? 0 : r.sum());
	}

	/** Adds what was counted since the last flush to the database. */
	@Scheduled(fixedDelayString = "${dho.stats.flush-interval:5s}",
			initialDelayString = "${dho.stats.flush-interval:5s}")
	synchronized void flush() {
		Map<LocalDate, Long> dayViews = drain(this.views);
		Map<LocalDate, Long> dayVisitors = drain(this.newVisitors);
		Map<LocalDate, Long> dayRawViews = drain(this.rawViews);
		Map<DayPath, Long> paths = drain(this.pageViews);
		if (dayViews.isEmpty() && dayVisitors.isEmpty() && dayRawViews.isEmpty() && paths.isEmpty()) {
			return;
		}
		try {
			this.transactions.executeWithoutResult(tx -> {
				Set<LocalDate> days = new java.util.HashSet<>(dayViews.keySet());
				days.addAll(dayVisitors.keySet());
				days.addAll(dayRawViews.keySet());
				for (LocalDate date : days) {
					this.store.add("visit_daily", Map.of("stat_date", date),
							Map.of("page_views", dayViews.getOrDefault(date, 0L), "unique_visitors",
									dayVisitors.getOrDefault(date, 0L), "raw_page_views",
									dayRawViews.getOrDefault(date, 0L)));
				}
				paths.forEach((key, n) -> this.store.add("visit_page_daily",
						orderedKey("stat_date", key.date(), "path", key.path()), Map.of("views", n)));
			});
		}
		catch (RuntimeException ex) {
			// keep the counts for the next attempt instead of losing them
			log.warn("Could not store visit counts, will retry: {}", ex.getMessage());
			dayViews.forEach((d, n) -> this.views.computeIfAbsent(d, k -> new LongAdder()).add(n));
			dayVisitors.forEach((d, n) -> this.newVisitors.computeIfAbsent(d, k -> new LongAdder()).add(n));
			dayRawViews.forEach((d, n) -> this.rawViews.computeIfAbsent(d, k -> new LongAdder()).add(n));
			paths.forEach((k, n) -> this.pageViews.computeIfAbsent(k, x -> new LongAdder()).add(n));
		}
		LocalDate today = currentDay().date;
		this.pageViews.entrySet().removeIf(e -> e.getKey().date().isBefore(today) && e.getValue().sum() == 0);
		this.views.entrySet().removeIf(e -> e.getKey().isBefore(today) && e.getValue().sum() == 0);
		this.newVisitors.entrySet().removeIf(e -> e.getKey().isBefore(today) && e.getValue().sum() == 0);
		this.rawViews.entrySet().removeIf(e -> e.getKey().isBefore(today) && e.getValue().sum() == 0);
	}

	@PreDestroy
	void flushOnShutdown() {
		flush();
	}

	private static Map<String, Object> orderedKey(String c1, Object v1, String c2, Object v2) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put(c1, v1);
		key.put(c2, v2);
		return key;
	}

	private static <K> Map<K, Long> drain(Map<K, LongAdder> counters) {
		Map<K, Long> drained = new LinkedHashMap<>();
		counters.forEach((key, counter) -> {
			long n = counter.sumThenReset();
			if (n != 0) {
				drained.put(key, n);
			}
		});
		return drained;
	}

	private Day currentDay() {
		Day current = this.day;
		LocalDate today = today();
		if (current.date.equals(today)) {
			return current;
		}
		synchronized (this) {
			if (!this.day.date.equals(today)) {
				// a new day: a new key and an empty set; yesterday's key is forgotten
				this.day = new Day(today);
			}
			return this.day;
		}
	}

	private LocalDate today() {
		return ThaiDates.toLocal(this.clock.instant()).toLocalDate();
	}

	record DayPath(LocalDate date, String path) {
	}

	/** One day's secret key, the hashes seen that day and the number of paths counted. */
	private static final class Day {

		final LocalDate date;

		final SecretKeySpec key;

		final Set<Long> seen = ConcurrentHashMap.newKeySet();

		final AtomicInteger paths = new AtomicInteger();

		/** Views per visitor and page today (key: visitor hash mixed with the path's). */
		final Map<Long, AtomicInteger> visitorPages = new ConcurrentHashMap<>();

		final AtomicInteger trackedVisitorPages = new AtomicInteger();

		/**
		 * A keyed Mac per thread: looking one up and keying it costs more than the HMAC
		 * itself.
		 */
		private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

		Day(LocalDate date) {
			this.date = date;
			byte[] secret = new byte[32];
			RANDOM.nextBytes(secret);
			this.key = new SecretKeySpec(secret, "HmacSHA256");
		}

		/**
		 * Counts a view of a page by a visitor; whether it is within the day's cap. Pairs
		 * beyond {@code maxTracked} are not remembered and count without the cap, so
		 * memory stays bounded.
		 */
		boolean withinCap(long visitor, String path, int maxViews, int maxTracked) {
			long key = visitor ^ (path.hashCode() * 0x9E3779B97F4A7C15L);
			AtomicInteger views = this.visitorPages.get(key);
			if (views == null) {
				if (this.trackedVisitorPages.get() >= maxTracked) {
					return true;
				}
				views = this.visitorPages.computeIfAbsent(key, k -> {
					this.trackedVisitorPages.incrementAndGet();
					return new AtomicInteger();
				});
			}
			// past the cap the number stays put: no overflow, no contention on a hot pair
			return views.get() < maxViews && views.incrementAndGet() <= maxViews;
		}

		long hash(String clientAddress, String userAgent) {
			Mac mac = this.macs.get();
			mac.update(clientAddress.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			byte[] h = mac.doFinal(userAgent.getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (h[i] & 0xff);
			}
			return value;
		}

		private Mac newMac() {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(this.key);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is not available", ex);
			}
		}

	}

}
