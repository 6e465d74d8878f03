package th.go.moph.dho.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LineRatingRepository extends JpaRepository<LineRating, Long> {

	Optional<LineRating> findByUserKeyAndTopicAndRatedOn(String userKey, String topic, LocalDate ratedOn);

	boolean existsByUserKeyAndRatedOn(String userKey, LocalDate ratedOn);

	List<LineRating> findByRatedOnBetweenOrderByCreatedAt(LocalDate from, LocalDate to);

	/**
	 * Replaces the user key of ratings given before a day by the prefix and the rating's
	 * id.
	 */
	@Modifying
	@Query(value = "UPDATE line_rating SET user_key = CONCAT(:prefix, id) "
			+ "WHERE rated_on < :before AND user_key NOT LIKE CONCAT(:prefix, '%')", nativeQuery = true)
	int forgetUserKeys(LocalDate before, String prefix);

}
