package th.go.moph.dho.line;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The durable outbound queue of LINE messages that are not replies: one row per push or
 * multicast group, with its own retry key (unique), its recipients (follower rows), its
 * messages as JSON and where it stands. Rows are claimed by one sender with a conditional
 * update, as inbound events are; a row is sent with the same retry key on every attempt,
 * so LINE delivers it once however often it is tried.
 */
@Component
class OutboundQueue {

	/** Where a queued message stands. */
	public enum Status {

		/** Waiting to be sent (or to be tried again after {@code not_before}). */
		PENDING,
		/** Claimed by a sender right now. */
		SENDING,
		/** LINE accepted it (or had accepted it already: 409 for its retry key). */
		SENT,
		/** Given up: LINE refused it, or it failed too many times. */
		FAILED,
		/** Not sent: the month's push quota would have run out. */
		SKIPPED_QUOTA,
		/** Not sent: nobody left to send to (the citizen blocked the account). */
		SKIPPED_UNFOLLOWED,
		/** News waiting for the end of the quiet hours. */
		DEFERRED_QUIET,
		/** The news item was withdrawn before this was sent. */
		CANCELLED;

		boolean open() {
			return this == PENDING || this == SENDING || this == DEFERRED_QUIET;
		}

	}

	/** What a row is. */
	public enum Kind {

		/** A status change of a citizen's request, pushed to the citizen. */
		STATUS,
		/** A news item multicast to the subscribers of its topic. */
		NEWS

	}

	/** A claimed row, as the sender needs it. */
	record Claimed(long id, UUID retryKey, Kind kind, String messagesJson, int attempts, boolean quietHours) {
	}

	/** A row as staff see it. */
	public record Delivery(long id, Kind kind, @Nullable String topic, String subject, int recipients,
			@Nullable Integer sent, Status status, int attempts, @Nullable Integer lastErrorStatus,
			@Nullable String lastError, Instant createdAt, Instant notBefore, @Nullable Instant sentAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboundQueue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues one message (a push or a multicast group).
	 * @return false when a row with this retry key was queued before (nothing changes)
	 */
	boolean enqueue(UUID retryKey, Kind kind, @Nullable NewsTopic topic, String ref, String subject,
			String messagesJson, List<Long> followerIds, Status status, Instant notBefore, boolean quietHours) {
		if (exists(retryKey)) {
			return false;
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					INSERT INTO line_outbound (retry_key, kind, topic, ref, subject, messages_json, recipient_count, status,
					    attempts, quiet_hours, not_before, created_at, updated_at)
					VALUES (:key, :kind, :topic, :ref, :subject, :json, :count, :status, 0, :quiet, :notBefore, :now, :now)""")
			.param("key", retryKey.toString())
			.param("kind", kind.name())
			.param("topic", topic == null ? null : topic.code())
			.param("ref", ref)
			.param("subject", LineText.truncate(subject, 300))
			.param("json", messagesJson)
			.param("count", followerIds.size())
			.param("status", status.name())
			.param("quiet", quietHours)
			.param("notBefore", Timestamp.from(notBefore))
			.param("now", Timestamp.from(now))
			.update();
		long id = this.jdbc.sql("SELECT id FROM line_outbound WHERE retry_key = :key")
			.param("key", retryKey.toString())
			.query(Long.class)
			.single();
		// one statement per hundred recipients (the ids are numbers from the database)
		for (int from = 0; from < followerIds.size(); from += 100) {
			StringBuilder sql = new StringBuilder(
					"INSERT INTO line_outbound_recipient (outbound_id, follower_id) VALUES ");
			List<Long> part = followerIds.subList(from, Math.min(followerIds.size(), from + 100));
			for (int i = 0; i < part.size(); i++) {
				sql.append(i == 0 ? "" : ", ")
					.append('(')
					.append(id)
					.append(", ")
					.append(part.get(i).longValue())
					.append(')');
			}
			this.jdbc.sql(sql.toString()).update();
		}
		return true;
	}

	boolean exists(UUID retryKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM line_outbound WHERE retry_key = :key")
			.param("key", retryKey.toString())
			.query(Long.class)
			.single() > 0;
	}

	boolean existsForRef(Kind kind, String ref) {
		return this.jdbc.sql("SELECT COUNT(*) FROM line_outbound WHERE kind = :kind AND ref = :ref")
			.param("kind", kind.name())
			.param("ref", ref)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Claims up to {@code limit} due rows for this sender; two senders racing for a row
	 * get it once.
	 */
	List<Claimed> claim(int limit) {
		Instant now = this.clock.instant();
		List<Long> ids = this.jdbc.sql("""
				SELECT id FROM line_outbound WHERE status IN ('PENDING', 'DEFERRED_QUIET') AND not_before <= :now
				ORDER BY not_before, id LIMIT :n""")
			.param("now", Timestamp.from(now))
			.param("n", limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		String token = UUID.randomUUID().toString();
		this.jdbc.sql("""
				UPDATE line_outbound SET status = 'SENDING', claim_token = :token, claimed_at = :now, updated_at = :now
				WHERE id IN (:ids) AND status IN ('PENDING', 'DEFERRED_QUIET') AND not_before <= :now""")
			.param("token", token)
			.param("now", Timestamp.from(now))
			.param("ids", ids)
			.update();
		return this.jdbc.sql("""
				SELECT id, retry_key, kind, messages_json, attempts, quiet_hours FROM line_outbound
				WHERE id IN (:ids) AND claim_token = :token ORDER BY not_before, id""")
			.param("ids", ids)
			.param("token", token)
			.query((rs, i) -> new Claimed(rs.getLong(1), UUID.fromString(rs.getString(2)),
					Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getBoolean(6)))
			.list();
	}

	/** The LINE user ids of the row's recipients who still follow the account. */
	List<String> recipients(long id) {
		return this.jdbc.sql("""
				SELECT f.line_user_id FROM line_outbound_recipient r JOIN line_follower f ON f.id = r.follower_id
				WHERE r.outbound_id = :id AND f.status = 'FOLLOWING' ORDER BY f.id""")
			.param("id", id)
			.query(String.class)
			.list();
	}

	void sent(long id, int count) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				UPDATE line_outbound SET status = 'SENT', sent_count = :count, attempts = attempts + 1, sent_at = :now,
				    updated_at = :now, claim_token = NULL WHERE id = :id""")
			.param("count", count)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Ends a row without sending it (quota, nobody to send to). */
	void skipped(long id, Status status) {
		this.jdbc.sql("""
				UPDATE line_outbound SET status = :status, sent_count = 0, updated_at = :now, claim_token = NULL
				WHERE id = :id""")
			.param("status", status.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/**
	 * A failed attempt: try again at {@code retryAt}, or give up when {@code retryAt} is
	 * null.
	 */
	void failed(long id, @Nullable Integer errorStatus, String error, @Nullable Instant retryAt) {
		this.jdbc
			.sql("""
					UPDATE line_outbound SET status = :status, attempts = attempts + 1, last_error_status = :code,
					    last_error = :error, not_before = COALESCE(:retryAt, not_before), updated_at = :now, claim_token = NULL
					WHERE id = :id""")
			.param("status", retryAt == null ? Status.FAILED.name() : Status.PENDING.name())
			.param("code", errorStatus)
			.param("error", LineText.truncate(error, 200))
			.param("retryAt", retryAt == null ? null : Timestamp.from(retryAt))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/**
	 * Could not be tried now (the quota could not be read): back to the queue unchanged.
	 */
	void later(long id, Instant retryAt) {
		this.jdbc.sql("""
				UPDATE line_outbound SET status = 'PENDING', not_before = :at, updated_at = :now, claim_token = NULL
				WHERE id = :id""")
			.param("at", Timestamp.from(retryAt))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/** News claimed during the quiet hours waits until they end. */
	void deferQuiet(long id, Instant until) {
		this.jdbc.sql("""
				UPDATE line_outbound SET status = 'DEFERRED_QUIET', not_before = :until, updated_at = :now,
				    claim_token = NULL WHERE id = :id""")
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	/** Rows claimed by a sender that stopped mid-way go back to the queue. */
	int releaseStale(Instant claimedBefore) {
		return this.jdbc.sql("""
				UPDATE line_outbound SET status = 'PENDING', claim_token = NULL
				WHERE status = 'SENDING' AND claimed_at < :before""")
			.param("before", Timestamp.from(claimedBefore))
			.update();
	}

	/** Cancels what is not sent yet of this reference (a withdrawn news item). */
	int cancel(String ref) {
		return this.jdbc.sql("""
				UPDATE line_outbound SET status = 'CANCELLED', updated_at = :now
				WHERE ref = :ref AND status IN ('PENDING', 'DEFERRED_QUIET')""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("ref", ref)
			.update();
	}

	boolean hasDue() {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM line_outbound WHERE status IN ('PENDING', 'DEFERRED_QUIET') AND not_before <= :now""")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** Whether a push was stopped by the quota since this time. */
	boolean quotaStoppedSince(Instant since) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM line_outbound WHERE status = 'SKIPPED_QUOTA' AND updated_at >= :since")
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Forgets finished rows created before this time, with their recipients (the rows
	 * hold the notes written to citizens).
	 */
	int purge(Instant createdBefore) {
		String finished = "status NOT IN ('PENDING', 'SENDING', 'DEFERRED_QUIET') AND created_at < :before";
		this.jdbc
			.sql("DELETE FROM line_outbound_recipient WHERE outbound_id IN (SELECT id FROM line_outbound WHERE "
					+ finished + ")")
			.param("before", Timestamp.from(createdBefore))
			.update();
		return this.jdbc.sql("DELETE FROM line_outbound WHERE " + finished)
			.param("before", Timestamp.from(createdBefore))
			.update();
	}

	/** The newest rows, for staff. */
	List<Delivery> latest(int limit) {
		return this.jdbc.sql("""
				SELECT id, kind, topic, subject, recipient_count, sent_count, status, attempts, last_error_status,
				    last_error, created_at, not_before, sent_at
				FROM line_outbound ORDER BY id DESC LIMIT :n""")
			.param("n", limit)
			.query((rs, i) -> delivery(rs))
			.list();
	}

	private static Delivery delivery(ResultSet rs) throws SQLException {
		int sent = rs.getInt(6);
		Integer sentCount = rs.wasNull() ? null : sent;
		int code = rs.getInt(9);
		Integer errorStatus = rs.wasNull() ? null : code;
		Timestamp sentAt = rs.getTimestamp(13);
		return new Delivery(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getInt(5), sentCount, Status.valueOf(rs.getString(7)), rs.getInt(8), errorStatus, rs.getString(10),
				rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(),
				sentAt == null ? null : sentAt.toInstant());
	}

}
