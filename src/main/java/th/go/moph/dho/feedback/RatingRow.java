package th.go.moph.dho.feedback;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One LINE rating for export (no user key).
 */
public record RatingRow(LocalDate ratedOn, Instant at, String topic, String title, @Nullable Boolean helpful,
		@Nullable Integer score) {
}
