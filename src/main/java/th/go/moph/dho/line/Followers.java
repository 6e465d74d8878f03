package th.go.moph.dho.line;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The citizens who follow the account: a pseudonymous key, the LINE user id needed to
 * push (never logged), whether they blocked the account, and whether they were asked for
 * a rating today.
 */
@Component
class Followers {

	static final String FOLLOWING = "FOLLOWING";

	static final String BLOCKED = "BLOCKED";

	/**
	 * Beyond this many remembered users the memory starts again (a district has fewer).
	 */
	static final int MAX_REMEMBERED = 200_000;

	private final JdbcClient jdbc;

	/**
	 * Users known to have a row, so a message from them costs no query. Rows are never
	 * deleted.
	 */
	private final Set<String> recorded = ConcurrentHashMap.newKeySet();

	Followers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void follow(String userKey, String lineUserId, Instant at) {
		int updated = this.jdbc
			.sql("""
					UPDATE line_follower SET status = 'FOLLOWING', line_user_id = :uid, followed_at = :at, unfollowed_at = NULL
					WHERE user_key = :key""")
			.param("uid", lineUserId)
			.param("at", Timestamp.from(at))
			.param("key", userKey)
			.update();
		if (updated == 0) {
			insert(userKey, lineUserId, FOLLOWING, at);
		}
		remember(userKey);
	}

	/**
	 * The user blocked the account: no more pushes, and their news topics are forgotten.
	 */
	void unfollow(String userKey, Instant at) {
		this.jdbc.sql("UPDATE line_follower SET status = 'BLOCKED', unfollowed_at = :at WHERE user_key = :key")
			.param("at", Timestamp.from(at))
			.param("key", userKey)
			.update();
		this.jdbc.sql(
				"DELETE FROM line_subscription WHERE follower_id IN (SELECT id FROM line_follower WHERE user_key = :key)")
			.param("key", userKey)
			.update();
	}

	/**
	 * A user who writes without a follow event on record (followed before the bot
	 * existed).
	 */
	void seen(String userKey, String lineUserId, Instant at) {
		if (this.recorded.contains(userKey)) {
			return;
		}
		insert(userKey, lineUserId, FOLLOWING, at);
		remember(userKey);
	}

	Optional<String> status(String userKey) {
		return this.jdbc.sql("SELECT status FROM line_follower WHERE user_key = :key")
			.param("key", userKey)
			.query(String.class)
			.optional();
	}

	/** The LINE user id to push to, unless the user blocked the account. */
	Optional<String> pushTarget(String userKey) {
		return this.jdbc.sql("SELECT line_user_id FROM line_follower WHERE user_key = :key AND status = 'FOLLOWING'")
			.param("key", userKey)
			.query(String.class)
			.optional();
	}

	/** The topic the user was asked to rate on this day, if any. */
	Optional<Reply.Topic> askedTopic(String userKey, LocalDate day) {
		return this.jdbc.sql("""
				SELECT rating_topic, rating_topic_title FROM line_follower
				WHERE user_key = :key AND rating_asked_on = :day AND rating_topic IS NOT NULL""")
			.param("key", userKey)
			.param("day", Date.valueOf(day))
			.query((rs, i) -> new Reply.Topic(rs.getString(1), rs.getString(2)))
			.optional();
	}

	boolean askedOn(String userKey, LocalDate day) {
		return askedTopic(userKey, day).isPresent();
	}

	void markAsked(String userKey, LocalDate day, Reply.Topic topic) {
		this.jdbc.sql("""
				UPDATE line_follower SET rating_asked_on = :day, rating_topic = :topic, rating_topic_title = :title
				WHERE user_key = :key""")
			.param("day", Date.valueOf(day))
			.param("topic", topic.key())
			.param("title", topic.title())
			.param("key", userKey)
			.update();
	}

	private void remember(String userKey) {
		if (this.recorded.size() >= MAX_REMEMBERED) {
			this.recorded.clear();
		}
		this.recorded.add(userKey);
	}

	private void insert(String userKey, String lineUserId, String status, Instant at) {
		try {
			this.jdbc.sql("""
					INSERT INTO line_follower (user_key, line_user_id, status, followed_at)
					VALUES (:key, :uid, :status, :at)""")
				.param("key", userKey)
				.param("uid", lineUserId)
				.param("status", status)
				.param("at", Timestamp.from(at))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// recorded before (by an earlier run of the app or a concurrent event): keep
			// that row
		}
	}

}
