package th.go.moph.dho.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The period a staff member asks for ({@code yyyy-MM-dd}, as a date input sends it).
 *
 * @param from first day
 * @param to last day
 */
record DateRangeForm(@Nullable String from, @Nullable String to) {

	static final long MAX_DAYS = 3 * 366;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static DateRangeForm lastDays(LocalDate today, int days) {
		return new DateRangeForm(today.minusDays(days - 1).toString(), today.toString());
	}

	/** Checks the period; on success {@link #start()} and {@link #end()} may be used. */
	void validate(Errors errors) {
		LocalDate start = parse(this.from);
		LocalDate end = parse(this.to);
		if (start == null) {
			errors.rejectValue("from", "stats.range.error.date");
		}
		if (end == null) {
			errors.rejectValue("to", "stats.range.error.date");
		}
		if (start != null && end != null) {
			if (start.isAfter(end)) {
				errors.rejectValue("to", "stats.range.error.order");
			}
			else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
				errors.rejectValue("to", "stats.range.error.length");
			}
		}
	}

	LocalDate start() {
		return parse(this.from);
	}

	LocalDate end() {
		return parse(this.to);
	}

	@SuppressWarnings("NullAway")
	private static @Nullable LocalDate parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return (date.isBefore(EARLIEST) || date.getYear() > 2200) ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
