package th.go.moph.dho.assistant;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SafetyEventRepository extends JpaRepository<SafetyEvent, Long> {

	/** Per hotline and channel: how many messages since a time. */
	@Query("SELECT e.hotline AS hotline, e.channel AS channel, COUNT(e) AS count FROM SafetyEvent e "
			+ "WHERE e.askedAt >= :since GROUP BY e.hotline, e.channel")
	List<Count> countSince(@Param("since") Instant since);

	@Modifying
	@Query("DELETE FROM SafetyEvent e WHERE e.askedAt < :before")
	int deleteAskedBefore(@Param("before") Instant before);

	interface Count {

		Hotline getHotline();

		Channel getChannel();

		long getCount();

	}

}
