package th.go.moph.dho.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A five-level score summed over some answers.
 *
 * @param count answers
 * @param sum sum of their values (1–5 each)
 */
public record Score(long count, long sum) {

	public static final Score NONE = new Score(0, 0);

	public Score plus(Score other) {
		return new Score(this.count + other.count, this.sum + other.sum);
	}

	public boolean isEmpty() {
		return this.count == 0;
	}

	/** The mean on 5, two decimals, or {@code null} without answers. */
	public @Nullable BigDecimal mean() {
		return this.count == 0 ? null
				: BigDecimal.valueOf(this.sum).divide(BigDecimal.valueOf(this.count), 2, RoundingMode.HALF_UP);
	}

	/** The mean as a percentage of 5, one decimal, or {@code null} without answers. */
	public @Nullable BigDecimal percent() {
		return this.count == 0 ? null : BigDecimal.valueOf(this.sum * 100L)
			.divide(BigDecimal.valueOf(this.count * 5L), 1, RoundingMode.HALF_UP);
	}

	public @Nullable SatisfactionLevel level() {
		BigDecimal mean = mean();
		return mean == null ? null : SatisfactionLevel.of(mean);
	}

}
