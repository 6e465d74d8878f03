package th.go.moph.dho.eservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.stats.TestClockConfiguration;

/**
 * Tracking numbers and slot bookings under concurrency on a real MariaDB/MySQL (row locks
 * and conditional updates behave differently from H2), run by failsafe when
 * {@code DHO_TEST_DB_URL} is set (a database of your own: it is wiped).
 */
@SpringBootTest(properties = { "spring.flyway.clean-disabled=false", "dho.demo.enabled=false",
		"dho.storage.directory=target/it-files" })
@Import({ TestClockConfiguration.class, EserviceMariaDbIntegrationTests.CleanDatabase.class })
@EnabledIfEnvironmentVariable(named = "DHO_TEST_DB_URL", matches = ".+")
class EserviceMariaDbIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("DHO_TEST_DB_URL"));
		registry.add("spring.datasource.username",
				() -> Objects.requireNonNullElse(System.getenv("DHO_TEST_DB_USER"), "dho"));
		registry.add("spring.datasource.password",
				() -> Objects.requireNonNullElse(System.getenv("DHO_TEST_DB_PASSWORD"), ""));
		registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
	}

	@TestConfiguration
	static class CleanDatabase {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

	@Autowired
	EserviceRequests requests;

	@Autowired
	AppointmentSlots slots;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.START);
		EserviceFixture.staff(this.accounts);
	}

	@Test
	void twentyConcurrentSubmissionsGetConsecutiveNumbersAndThaiTextRoundTrips() throws Exception {
		int before = this.jdbc
			.sql("SELECT COALESCE(MAX(last_number), 0) FROM eservice_tracking_counter WHERE year_be = 2569")
			.query(Integer.class)
			.single();
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String user = "U" + String.format("%032d", i);
			tasks.add(() -> this.requests
				.submit(Submission.viaLine(user, "complaint", EserviceFixture.complaint(), Map.of(), null, false))
				.trackingNumber());
		}
		List<Integer> numbers = new ArrayList<>();
		for (Future<String> f : runTogether(tasks)) {
			String n = f.get();
			numbers.add(Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)));
		}
		assertThat(numbers).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					java.util.stream.IntStream.rangeClosed(before + 1, before + 20).boxed().toList());
		assertThat(this.jdbc.sql("SELECT value_text FROM eservice_answer WHERE field_key = 'detail' LIMIT 1")
			.query(String.class)
			.single()).isEqualTo(EserviceFixture.complaint().get("detail"));
	}

	@Test
	void aSlotIsNeverOverbooked() throws Exception {
		SlotView slot = this.slots.openSlot("appointment", LocalDate.of(2026, 12, 10), LocalTime.of(9, 0),
				LocalTime.of(10, 0), "รพ.สต.บ้านนา", 3, "officer");
		List<Callable<Boolean>> tasks = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String user = "U" + String.format("%032d", 100 + i);
			tasks.add(() -> {
				try {
					this.requests.submit(Submission.viaLine(user, "appointment", EserviceFixture.appointment(),
							Map.of(), slot.id(), false));
					return true;
				}
				catch (SlotFullException ex) {
					return false;
				}
			});
		}
		int booked = 0;
		for (Future<Boolean> f : runTogether(tasks)) {
			booked += f.get() ? 1 : 0;
		}
		assertThat(booked).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT booked FROM eservice_slot WHERE id = :id")
			.param("id", slot.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	private static <T> List<Future<T>> runTogether(List<Callable<T>> tasks) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
			return futures;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
