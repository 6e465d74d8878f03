package th.go.moph.dho.thai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Thai staff type them into a form. The rule:
 * <ul>
 * <li>day, month, year in that order, separated by {@code /}, {@code -} or {@code .}
 * ({@code 12/12/2569}), or year first as a browser's date picker sends it
 * ({@code 2569-12-12}); Thai digits are read as digits;</li>
 * <li>a four-digit year from {@value #FIRST_BUDDHIST_YEAR} to
 * {@value #LAST_BUDDHIST_YEAR} is Buddhist era (พ.ศ.) and has 543 taken off; one from
 * {@value #FIRST_GREGORIAN_YEAR} to {@value #LAST_GREGORIAN_YEAR} is already Christian
 * era (ค.ศ.);</li>
 * <li>anything else (a year between those ranges, a two-digit year, 31 February) is
 * refused: it is never stored as some date centuries away.</li>
 * </ul>
 * Dates are shown back as {@code dd/MM/yyyy} in the Buddhist era.
 */
public final class ThaiDateInput {

	public static final int FIRST_GREGORIAN_YEAR = 1900;

	public static final int LAST_GREGORIAN_YEAR = 2200;

	public static final int FIRST_BUDDHIST_YEAR = FIRST_GREGORIAN_YEAR + ThaiDates.BUDDHIST_ERA_OFFSET;

	public static final int LAST_BUDDHIST_YEAR = LAST_GREGORIAN_YEAR + ThaiDates.BUDDHIST_ERA_OFFSET;

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d+)");

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d+)-(\\d{1,2})-(\\d{1,2})");

	private ThaiDateInput() {
	}

	/**
	 * The date typed, or an {@link InvalidThaiDateException} saying why it is not one.
	 * @param text what was typed, not blank
	 */
	public static LocalDate parse(String text) {
		String value = ThaiText.arabicDigits(text.strip());
		int day;
		int month;
		String year;
		Matcher dayFirst = DAY_FIRST.matcher(value);
		Matcher yearFirst = YEAR_FIRST.matcher(value);
		if (dayFirst.matches()) {
			day = Integer.parseInt(dayFirst.group(1));
			month = Integer.parseInt(dayFirst.group(2));
			year = dayFirst.group(3);
		}
		else if (yearFirst.matches()) {
			year = yearFirst.group(1);
			month = Integer.parseInt(yearFirst.group(2));
			day = Integer.parseInt(yearFirst.group(3));
		}
		else {
			throw new InvalidThaiDateException(text, "not day/month/year");
		}
		try {
			return LocalDate.of(gregorianYear(text, year), month, day);
		}
		catch (DateTimeException ex) {
			throw new InvalidThaiDateException(text, "no such day");
		}
	}

	/** {@code 12/12/2569} for 2026-12-12. */
	public static String format(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(),
				ThaiDates.buddhistYear(date.getYear()));
	}

	private static int gregorianYear(String text, String digits) {
		if (digits.length() != 4) {
			throw new InvalidThaiDateException(text, "year not four digits");
		}
		int year = Integer.parseInt(digits);
		if (year >= FIRST_BUDDHIST_YEAR && year <= LAST_BUDDHIST_YEAR) {
			return ThaiDates.gregorianYear(year);
		}
		if (year >= FIRST_GREGORIAN_YEAR && year <= LAST_GREGORIAN_YEAR) {
			return year;
		}
		throw new InvalidThaiDateException(text, "year out of range");
	}

}
