package th.go.moph.dho.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LineRatingRepository extends JpaRepository<LineRating, Long> {

	Optional<LineRating> findByUserKeyAndTopicAndRatedOn(String userKey, String topic, LocalDate ratedOn);

	boolean existsByUserKeyAndRatedOn(String userKey, LocalDate ratedOn);

	List<LineRating> findByRatedOnBetweenOrderByCreatedAt(LocalDate from, LocalDate to);

}
