package th.go.moph.dho.catalog;

import java.time.Period;
import java.util.Optional;

/**
 * How often a section must be brought up to date for the yearly audit.
 */
public enum UpdateCycle {

	/** Published once, updated when it changes. */
	NONE(null), MONTHLY(Period.ofMonths(1)), QUARTERLY(Period.ofMonths(3)), YEARLY(Period.ofYears(1));

	private final Period period;

	UpdateCycle(Period period) {
		this.period = period;
	}

	public Optional<Period> period() {
		return Optional.ofNullable(this.period);
	}

}
