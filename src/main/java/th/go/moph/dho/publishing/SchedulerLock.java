package th.go.moph.dho.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease on a row of {@code scheduler_lock}, so that of several instances sharing one
 * database only one runs a scheduled job at a time. Taking the lease is one conditional
 * UPDATE (atomic on H2 and MySQL): it succeeds only when the previous lease has expired.
 */
@Component
public class SchedulerLock {

	private final JdbcClient jdbc;

	private final Clock clock;

	SchedulerLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes the named lease for {@code lease} when it is free or expired; false when
	 * another holder has it.
	 */
	public boolean tryAcquire(String name, String holder, Duration lease) {
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("UPDATE scheduler_lock SET locked_until = :until, locked_by = :holder "
					+ "WHERE name = :name AND (locked_until <= :now OR locked_by = :holder)")
			.param("until", Timestamp.from(now.plus(lease)))
			.param("holder", holder)
			.param("name", name)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Gives the lease back early, if this holder still has it. */
	public void release(String name, String holder) {
		this.jdbc.sql(
				"UPDATE scheduler_lock SET locked_until = :now, locked_by = NULL WHERE name = :name AND locked_by = :holder")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("name", name)
			.param("holder", holder)
			.update();
	}

}
