package th.go.moph.dho.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Records satisfaction. A LINE rating is one per citizen per topic per day: a second
 * answer on the same day completes or corrects the first instead of counting twice.
 */
@Service
public class Feedback {

	private final LineRatingRepository ratings;

	private final SurveyResponseRepository surveys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Feedback(LineRatingRepository ratings, SurveyResponseRepository surveys, ApplicationEventPublisher events,
			Clock clock) {
		this.ratings = ratings;
		this.surveys = surveys;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a LINE rating.
	 * @param userKey a keyed hash of the LINE user id (never the id)
	 * @param topic what was rated, e.g. {@code item:42}
	 * @param topicTitle its title at the time, for the staff dashboard
	 * @param helpful whether it helped, or {@code null} if not asked in this answer
	 * @param score 1–5, or {@code null} if not given in this answer
	 * @throws IllegalArgumentException if the score is outside 1–5
	 */
	@Transactional
	public void recordLineRating(String userKey, String topic, String topicTitle, @Nullable Boolean helpful,
			@Nullable Integer score) {
		if (score != null && (score < 1 || score > 5)) {
			throw new IllegalArgumentException("Score must be 1 to 5");
		}
		Instant now = this.clock.instant();
		LocalDate today = ThaiDates.toLocal(now).toLocalDate();
		LineRating rating = this.ratings.findByUserKeyAndTopicAndRatedOn(userKey, topic, today)
			.orElseGet(() -> new LineRating(userKey, topic, topicTitle, today, now));
		rating.answer(helpful, score, now);
		this.ratings.save(rating);
		this.events.publishEvent(new RatingReceived(topic, helpful, score, now));
	}

	/**
	 * Whether this citizen has already rated something today (ask at most once a day).
	 */
	@Transactional(readOnly = true)
	public boolean hasRatedToday(String userKey) {
		LocalDate today = ThaiDates.toLocal(this.clock.instant()).toLocalDate();
		return this.ratings.existsByUserKeyAndRatedOn(userKey, today);
	}

	/**
	 * Records one web survey response.
	 * @param scores an answer 1–5 for every {@link Aspect}
	 * @param group who answered, if they said
	 * @param comment their comment, if any (at most 1000 characters)
	 * @throws IllegalArgumentException if an aspect is missing or out of range, or the
	 * comment is too long
	 */
	@Transactional
	public void recordSurveyResponse(Map<Aspect, Integer> scores, @Nullable RespondentGroup group,
			@Nullable String comment) {
		for (Aspect aspect : Aspect.values()) {
			Integer score = scores.get(aspect);
			if (score == null || score < 1 || score > 5) {
				throw new IllegalArgumentException("Every aspect needs a score 1 to 5");
			}
		}
		if (comment != null && comment.length() > SurveyForm.MAX_COMMENT) {
			throw new IllegalArgumentException("Comment too long");
		}
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		this.surveys.save(new SurveyResponse(this.clock.instant(), scores, group, text));
	}

}
