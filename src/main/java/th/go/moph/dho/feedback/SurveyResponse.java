package th.go.moph.dho.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import th.go.moph.dho.thai.ThaiDates;

/**
 * One answered web satisfaction survey. Holds no IP address, user agent or anything else
 * that identifies who answered.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Instant submittedAt;

	private LocalDate submittedOn;

	private int fiscalYear;

	@Enumerated(EnumType.STRING)
	private @Nullable RespondentGroup respondentGroup;

	private int contentScore;

	private int findabilityScore;

	private int speedScore;

	private int designScore;

	private int overallScore;

	private @Nullable String comment;

	protected SurveyResponse() {
		this.submittedAt = Instant.EPOCH;
		this.submittedOn = LocalDate.EPOCH;
	}

	SurveyResponse(Instant submittedAt, Map<Aspect, Integer> scores, @Nullable RespondentGroup group,
			@Nullable String comment) {
		this.submittedAt = submittedAt;
		this.submittedOn = ThaiDates.toLocal(submittedAt).toLocalDate();
		this.fiscalYear = ThaiDates.fiscalYear(this.submittedOn);
		this.respondentGroup = group;
		this.contentScore = scores.get(Aspect.CONTENT);
		this.findabilityScore = scores.get(Aspect.FINDABILITY);
		this.speedScore = scores.get(Aspect.SPEED);
		this.designScore = scores.get(Aspect.DESIGN);
		this.overallScore = scores.get(Aspect.OVERALL);
		this.comment = comment;
	}

	SurveyAnswer toAnswer() {
		Map<Aspect, Integer> scores = new EnumMap<>(Aspect.class);
		scores.put(Aspect.CONTENT, this.contentScore);
		scores.put(Aspect.FINDABILITY, this.findabilityScore);
		scores.put(Aspect.SPEED, this.speedScore);
		scores.put(Aspect.DESIGN, this.designScore);
		scores.put(Aspect.OVERALL, this.overallScore);
		return new SurveyAnswer(this.submittedAt, this.fiscalYear, this.respondentGroup, scores, this.comment);
	}

}
