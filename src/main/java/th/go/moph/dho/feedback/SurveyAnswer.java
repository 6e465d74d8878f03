package th.go.moph.dho.feedback;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One web survey response as staff see it.
 *
 * @param submittedAt when
 * @param fiscalYear its Buddhist-era fiscal year
 * @param group who answered, if said
 * @param scores the answer per aspect
 * @param comment the comment, if any (show escaped, to staff only)
 */
public record SurveyAnswer(Instant submittedAt, int fiscalYear, @Nullable RespondentGroup group,
		Map<Aspect, Integer> scores, @Nullable String comment) {
}
