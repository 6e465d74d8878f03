package th.go.moph.dho.feedback;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * A LINE rating needs the citizen's pseudonymous key only on the day it is given (one
 * rating per citizen per topic per day, asked at most once a day). After
 * {@code dho.feedback.rating-key-retention} the key is replaced by one made from the
 * rating's own id, so the scores stay in the statistics and nothing links two ratings to
 * one person.
 */
@Component
class RatingRetention {

	static final String FORGOTTEN = "forgotten:";

	private static final Logger log = LoggerFactory.getLogger(RatingRetention.class);

	private final LineRatingRepository ratings;

	private final FeedbackSettings settings;

	private final Clock clock;

	RatingRetention(LineRatingRepository ratings, FeedbackSettings settings, Clock clock) {
		this.ratings = ratings;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	@Transactional
	public void forgetUserKeys() {
		LocalDate before = ThaiDates.toLocal(this.clock.instant().minus(this.settings.ratingKeyRetention()))
			.toLocalDate();
		int forgotten = this.ratings.forgetUserKeys(before, FORGOTTEN);
		if (forgotten > 0) {
			log.info("LINE ratings: the user keys of {} ratings given before {} were forgotten", forgotten, before);
		}
	}

}
