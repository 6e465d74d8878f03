package th.go.moph.dho.thai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Dates as Thai people and Thai government forms write them: Buddhist era (CE + 543),
 * Thai month names, and the government fiscal year that runs from 1 October to 30
 * September and is named by the Buddhist-era year in which it ends.
 */
public final class ThaiDates {

	/** The office's time zone; every date shown to people is in it. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

	public static final Locale THAI = Locale.forLanguageTag("th");

	public static final int BUDDHIST_ERA_OFFSET = 543;

	private static final String[] THAI_MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
			"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	private static final String[] THAI_MONTHS_SHORT = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
			"ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private static final String[] ENGLISH_MONTHS = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };

	private ThaiDates() {
	}

	public static int buddhistYear(int gregorianYear) {
		return gregorianYear + BUDDHIST_ERA_OFFSET;
	}

	public static int gregorianYear(int buddhistYear) {
		return buddhistYear - BUDDHIST_ERA_OFFSET;
	}

	public static LocalDateTime toLocal(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

	/** {@code 26 พฤศจิกายน 2569}; in English {@code 26 November 2569 BE}. */
	public static String formatDate(LocalDate date, Locale locale) {
		if (isEnglish(locale)) {
			return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1] + " "
					+ buddhistYear(date.getYear()) + " BE";
		}
		return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date.getYear());
	}

	public static String formatDate(LocalDate date) {
		return formatDate(date, THAI);
	}

	/** {@code 26 พ.ย. 2569}: for lists and cards where space is short. */
	public static String formatShortDate(LocalDate date, Locale locale) {
		if (isEnglish(locale)) {
			return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1].substring(0, 3) + " "
					+ buddhistYear(date.getYear());
		}
		return date.getDayOfMonth() + " " + THAI_MONTHS_SHORT[date.getMonthValue() - 1] + " "
				+ buddhistYear(date.getYear());
	}

	/** {@code 26 พฤศจิกายน 2569 เวลา 14:30 น.} */
	public static String formatDateTime(LocalDateTime dateTime, Locale locale) {
		String time = String.format("%02d:%02d", dateTime.getHour(), dateTime.getMinute());
		if (isEnglish(locale)) {
			return formatDate(dateTime.toLocalDate(), locale) + ", " + time;
		}
		return formatDate(dateTime.toLocalDate(), locale) + " เวลา " + time + " น.";
	}

	public static String formatDateTime(Instant instant, Locale locale) {
		return formatDateTime(toLocal(instant), locale);
	}

	public static String formatDate(Instant instant, Locale locale) {
		return formatDate(toLocal(instant).toLocalDate(), locale);
	}

	/** {@code พฤศจิกายน 2569}. */
	public static String formatMonth(int gregorianYear, int month, Locale locale) {
		String name = isEnglish(locale) ? ENGLISH_MONTHS[month - 1] : THAI_MONTHS[month - 1];
		return name + " " + buddhistYear(gregorianYear);
	}

	public static String monthName(int month, Locale locale) {
		return isEnglish(locale) ? ENGLISH_MONTHS[month - 1] : THAI_MONTHS[month - 1];
	}

	public static String shortMonthName(int month, Locale locale) {
		return isEnglish(locale) ? ENGLISH_MONTHS[month - 1].substring(0, 3) : THAI_MONTHS_SHORT[month - 1];
	}

	/**
	 * The Buddhist-era fiscal year a date belongs to: 1 October 2569 (2026-10-01) opens
	 * fiscal year 2570.
	 */
	public static int fiscalYear(LocalDate date) {
		int year = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
		return buddhistYear(year);
	}

	/** First day of a Buddhist-era fiscal year: 1 October of the year before. */
	public static LocalDate fiscalYearStart(int buddhistFiscalYear) {
		return LocalDate.of(gregorianYear(buddhistFiscalYear) - 1, 10, 1);
	}

	/** Last day of a Buddhist-era fiscal year: 30 September. */
	public static LocalDate fiscalYearEnd(int buddhistFiscalYear) {
		return LocalDate.of(gregorianYear(buddhistFiscalYear), 9, 30);
	}

	/** Last day of the first six-month round of a fiscal year: 31 March. */
	public static LocalDate firstHalfEnd(int buddhistFiscalYear) {
		return LocalDate.of(gregorianYear(buddhistFiscalYear), 3, 31);
	}

	public static ZonedDateTime startOfDay(LocalDate date) {
		return date.atStartOfDay(ZONE);
	}

	private static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
