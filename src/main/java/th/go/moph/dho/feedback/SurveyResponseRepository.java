package th.go.moph.dho.feedback;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

	List<SurveyResponse> findBySubmittedOnBetweenOrderBySubmittedAt(LocalDate from, LocalDate to);

	List<SurveyResponse> findBySubmittedOnBetweenAndCommentIsNotNullOrderBySubmittedAtDesc(LocalDate from, LocalDate to,
			Limit limit);

}
