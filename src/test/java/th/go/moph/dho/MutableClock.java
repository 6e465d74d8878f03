package th.go.moph.dho;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand, so that scheduled publication and lock-outs are tested
 * without sleeping. Import {@link Config} to make it the application's clock.
 */
public class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** This clock seen from a zone: it moves with this one. */
	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock moving = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moving.withZone(other);
			}

			@Override
			public Instant instant() {
				return moving.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/**
	 * Makes a {@link MutableClock} the primary clock of the test's application context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-03-02T03:00:00Z"));
		}

	}

}
