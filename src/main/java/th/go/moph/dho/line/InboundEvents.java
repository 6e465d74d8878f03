package th.go.moph.dho.line;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The store of inbound webhook events: each event once (unique {@code webhook_event_id}),
 * claimed by one worker with a conditional update, marked done when handled. The raw JSON
 * (which holds citizens' messages) is removed after the retention period.
 */
@Component
class InboundEvents {

	static final String PENDING = "PENDING";

	static final String PROCESSING = "PROCESSING";

	static final String DONE = "DONE";

	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	private final Clock clock;

	InboundEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One stored event as the worker needs it. */
	record Stored(long id, String webhookEventId, String type, @Nullable String userKey, String json,
			Instant occurredAt, int attempts) {
	}

	/**
	 * Stores an event unless one with the same id is already stored.
	 * @return whether it was new
	 */
	boolean store(String webhookEventId, String type, @Nullable String userKey, String json, Instant occurredAt,
			boolean redelivery) {
		try {
			this.jdbc.sql("""
					INSERT INTO line_inbound_event (webhook_event_id, event_type, user_key, event_json, occurred_at,
					    received_at, redelivery, status, attempts)
					VALUES (:id, :type, :user, :json, :occurred, :received, :redelivery, 'PENDING', 0)""")
				.param("id", webhookEventId)
				.param("type", type)
				.param("user", userKey)
				.param("json", json)
				.param("occurred", Timestamp.from(occurredAt))
				.param("received", Timestamp.from(this.clock.instant()))
				.param("redelivery", redelivery)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Claims up to {@code limit} of the oldest pending events for this worker. Two
	 * workers may race for the same rows; the conditional update gives each row to one of
	 * them.
	 */
	List<Stored> claim(int limit) {
		List<Long> ids = this.jdbc
			.sql("SELECT id FROM line_inbound_event WHERE status = 'PENDING' ORDER BY id LIMIT :n")
			.param("n", limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		String token = UUID.randomUUID().toString();
		this.jdbc.sql("""
				UPDATE line_inbound_event SET status = 'PROCESSING', claim_token = :token, claimed_at = :now,
				    attempts = attempts + 1
				WHERE status = 'PENDING' AND id IN (:ids)""")
			.param("token", token)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("ids", ids)
			.update();
		return this.jdbc.sql("""
				SELECT id, webhook_event_id, event_type, user_key, event_json, occurred_at, attempts
				FROM line_inbound_event WHERE id IN (:ids) AND claim_token = :token ORDER BY id""")
			.param("ids", ids)
			.param("token", token)
			.query((rs, i) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5) == null ? "{}" : rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7)))
			.list();
	}

	void finish(long id, String status, String outcome) {
		this.jdbc
			.sql("""
					UPDATE line_inbound_event SET status = :status, outcome = :outcome, processed_at = :now, claim_token = NULL
					WHERE id = :id""")
			.param("status", status)
			.param("outcome", outcome)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/** Gives a failed attempt back to the queue, or gives up after a few. */
	void release(long id, int attempts) {
		if (attempts >= 3) {
			finish(id, FAILED, "ERROR");
			return;
		}
		this.jdbc.sql("UPDATE line_inbound_event SET status = 'PENDING', claim_token = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Events claimed by a worker that died (the app crashed mid-way) go back to the
	 * queue.
	 */
	int releaseStale(Instant claimedBefore) {
		return this.jdbc.sql("""
				UPDATE line_inbound_event SET status = 'PENDING', claim_token = NULL
				WHERE status = 'PROCESSING' AND claimed_at < :before""")
			.param("before", Timestamp.from(claimedBefore))
			.update();
	}

	boolean hasPending() {
		return this.jdbc.sql("SELECT COUNT(*) FROM line_inbound_event WHERE status = 'PENDING'")
			.query(Long.class)
			.single() > 0;
	}

	/** Removes citizens' messages from processed events received before this time. */
	int redact(Instant receivedBefore) {
		return this.jdbc.sql("""
				UPDATE line_inbound_event SET event_json = NULL
				WHERE event_json IS NOT NULL AND status IN ('DONE', 'FAILED') AND received_at < :before""")
			.param("before", Timestamp.from(receivedBefore))
			.update();
	}

	/**
	 * Forgets processed events entirely (their ids were kept to recognise redeliveries).
	 */
	int purge(Instant receivedBefore) {
		return this.jdbc.sql("""
				DELETE FROM line_inbound_event WHERE status IN ('DONE', 'FAILED') AND received_at < :before""")
			.param("before", Timestamp.from(receivedBefore))
			.update();
	}

}
