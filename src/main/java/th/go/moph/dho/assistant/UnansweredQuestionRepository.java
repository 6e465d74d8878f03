package th.go.moph.dho.assistant;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnansweredQuestionRepository extends JpaRepository<UnansweredQuestion, Long> {

	List<UnansweredQuestion> findByOrderByAskedAtDesc(Pageable pageable);

	@Modifying
	@Query("DELETE FROM UnansweredQuestion q WHERE q.askedAt < :before")
	int deleteAskedBefore(@Param("before") Instant before);

}
