package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * LINE activity is counted per kind and Thai day, and every count reaches the statistics
 * exactly once, also when counting and taking run at the same time.
 */
class ActivityTallyTests {

	private final ActivityTally tally = new ActivityTally();

	@Test
	void countsPerKindAndThaiDay() {
		// 16:59 UTC is 23:59 in Thailand; 17:01 UTC is already the next Thai day
		Instant lateEvening = Instant.parse("2026-11-26T16:59:00Z");
		Instant afterMidnight = Instant.parse("2026-11-26T17:01:00Z");
		this.tally.add(LineActivity.Kind.MESSAGE_RECEIVED, lateEvening);
		this.tally.add(LineActivity.Kind.MESSAGE_RECEIVED, lateEvening);
		this.tally.add(LineActivity.Kind.MESSAGE_RECEIVED, afterMidnight);
		this.tally.add(LineActivity.Kind.FOLLOWED, afterMidnight);

		assertThat(this.tally.takeAll()).extracting(LineActivity::kind, LineActivity::at, LineActivity::count)
			.containsExactlyInAnyOrder(tuple(LineActivity.Kind.MESSAGE_RECEIVED, lateEvening, 2L),
					tuple(LineActivity.Kind.MESSAGE_RECEIVED, afterMidnight, 1L),
					tuple(LineActivity.Kind.FOLLOWED, afterMidnight, 1L));
		assertThat(this.tally.takeAll()).isEmpty();
	}

	@Test
	void putsBackWhatCouldNotBePublished() {
		Instant at = Instant.parse("2026-11-27T03:00:00Z");
		this.tally.add(LineActivity.Kind.UNFOLLOWED, at);
		List<LineActivity> failed = this.tally.takeAll();
		this.tally.add(LineActivity.Kind.UNFOLLOWED, at);
		this.tally.putBack(failed);
		assertThat(this.tally.takeAll()).singleElement().extracting(LineActivity::count).isEqualTo(2L);
	}

	@Test
	void losesNoCountWhileCountingAndTakingRunTogether() throws Exception {
		Instant at = Instant.parse("2026-11-27T03:00:00Z");
		ExecutorService workers = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			workers.execute(() -> {
				for (int n = 0; n < 25_000; n++) {
					this.tally.add(LineActivity.Kind.MESSAGE_RECEIVED, at);
				}
			});
		}
		long taken = 0;
		workers.shutdown();
		while (!workers.awaitTermination(1, TimeUnit.MILLISECONDS)) {
			taken += sum(this.tally.takeAll());
		}
		taken += sum(this.tally.takeAll());
		assertThat(taken).isEqualTo(100_000);
	}

	private static long sum(List<LineActivity> activities) {
		return activities.stream().mapToLong(LineActivity::count).sum();
	}

}
