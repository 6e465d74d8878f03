package th.go.moph.dho.line;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which news topics each follower chose. Only a follower who has not blocked the account
 * may subscribe; blocking the account drops every subscription, and sends reach only
 * followers who still follow.
 */
@Component
class Subscriptions {

	private final JdbcClient jdbc;

	private final UserKeys keys;

	private final Clock clock;

	Subscriptions(JdbcClient jdbc, UserKeys keys, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
	}

	/** The follower row of this LINE user while they follow the account. */
	Optional<Long> followerOf(String lineUserId) {
		return followerOfKey(this.keys.of(lineUserId));
	}

	/** The follower row of this pseudonymous user key while they follow the account. */
	Optional<Long> followerOfKey(String userKey) {
		return this.jdbc.sql("SELECT id FROM line_follower WHERE user_key = :key AND status = 'FOLLOWING'")
			.param("key", userKey)
			.query(Long.class)
			.optional();
	}

	Set<NewsTopic> topics(long followerId) {
		Set<NewsTopic> topics = EnumSet.noneOf(NewsTopic.class);
		this.jdbc.sql("SELECT topic FROM line_subscription WHERE follower_id = :id")
			.param("id", followerId)
			.query(String.class)
			.list()
			.forEach(code -> NewsTopic.ofCode(code).ifPresent(topics::add));
		return topics;
	}

	/** Replaces the follower's topics with these. */
	@Transactional
	void set(long followerId, Collection<NewsTopic> topics) {
		Set<NewsTopic> current = topics(followerId);
		for (NewsTopic topic : NewsTopic.values()) {
			boolean wanted = topics.contains(topic);
			if (wanted && !current.contains(topic)) {
				subscribe(followerId, topic);
			}
			else if (!wanted && current.contains(topic)) {
				unsubscribe(followerId, topic);
			}
		}
	}

	@Transactional
	void subscribe(long followerId, NewsTopic topic) {
		if (topics(followerId).contains(topic)) {
			return;
		}
		this.jdbc.sql("INSERT INTO line_subscription (follower_id, topic, subscribed_at) VALUES (:id, :topic, :at)")
			.param("id", followerId)
			.param("topic", topic.code())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	void unsubscribe(long followerId, NewsTopic topic) {
		this.jdbc.sql("DELETE FROM line_subscription WHERE follower_id = :id AND topic = :topic")
			.param("id", followerId)
			.param("topic", topic.code())
			.update();
	}

	/**
	 * The followers (still following) who subscribed to this topic, in a stable order.
	 */
	List<Long> subscribers(NewsTopic topic) {
		return this.jdbc.sql("""
				SELECT s.follower_id FROM line_subscription s JOIN line_follower f ON f.id = s.follower_id
				WHERE s.topic = :topic AND f.status = 'FOLLOWING' ORDER BY s.follower_id""")
			.param("topic", topic.code())
			.query(Long.class)
			.list();
	}

}
