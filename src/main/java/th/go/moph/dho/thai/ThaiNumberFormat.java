package th.go.moph.dho.thai;

import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule for printing whole numbers to people: a year is a name and never has a
 * thousands separator ({@code ปีงบประมาณ 2570}), a count always has one
 * ({@code 406,448}). Templates call {@code ${@thaiNumbers.year(fiscalYear)}} and
 * {@code ${@thaiNumbers.count(n)}}, also for the arguments of a message, since a message
 * would otherwise print a year as {@code 2,570}.
 */
@Component("thaiNumbers")
public class ThaiNumberFormat {

	/** A Buddhist-era (or any) year: digits only. */
	public String year(@Nullable Number year) {
		return year == null ? "" : String.valueOf(year.longValue());
	}

	/** A count of people, views, answers: digits grouped by thousands. */
	public String count(@Nullable Number count) {
		return count == null ? "" : formatCount(count.longValue());
	}

	/** {@link #count} for Java code that builds text (charts, LINE messages). */
	public static String formatCount(long count) {
		return NumberFormat.getIntegerInstance(Locale.ROOT).format(count);
	}

}
