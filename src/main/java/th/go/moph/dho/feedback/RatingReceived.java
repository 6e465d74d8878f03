package th.go.moph.dho.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A citizen rated an answer or a guide in LINE.
 *
 * @param topic what was rated (e.g. {@code item:42} or {@code menu:news})
 * @param helpful whether it helped, if they said
 * @param score satisfaction 1–5, if they gave one
 * @param ratedAt when
 */
public record RatingReceived(String topic, @Nullable Boolean helpful, @Nullable Integer score, Instant ratedAt) {
}
