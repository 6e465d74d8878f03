package th.go.moph.dho.stats;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import th.go.moph.dho.MutableClock;

/** A clock the tests move: 27 November 2569 (2026), 10:00 in Bangkok. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final Instant START = Instant.parse("2026-11-27T03:00:00Z");

	@Bean
	@Primary
	public MutableClock testClock() {
		return new MutableClock(START);
	}

}
