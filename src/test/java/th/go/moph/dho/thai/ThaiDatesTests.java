package th.go.moph.dho.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ThaiDatesTests {

	@Test
	void formatsDatesInTheBuddhistEraWithThaiMonths() {
		assertThat(ThaiDates.formatDate(LocalDate.of(2026, 11, 26))).isEqualTo("26 พฤศจิกายน 2569");
		assertThat(ThaiDates.formatDate(LocalDate.of(2027, 1, 1), ThaiDates.THAI)).isEqualTo("1 มกราคม 2570");
		assertThat(ThaiDates.formatShortDate(LocalDate.of(2026, 11, 26), ThaiDates.THAI)).isEqualTo("26 พ.ย. 2569");
		assertThat(ThaiDates.formatDate(LocalDate.of(2026, 11, 26), Locale.ENGLISH)).isEqualTo("26 November 2569 BE");
		assertThat(ThaiDates.formatMonth(2026, 10, ThaiDates.THAI)).isEqualTo("ตุลาคม 2569");
	}

	@Test
	void formatsDateTimesInBangkokTime() {
		assertThat(ThaiDates.formatDateTime(LocalDateTime.of(2026, 11, 26, 14, 30), ThaiDates.THAI))
			.isEqualTo("26 พฤศจิกายน 2569 เวลา 14:30 น.");
		// 17:30 UTC on the 25th is already half past midnight on the 26th in Bangkok
		assertThat(ThaiDates.formatDate(Instant.parse("2026-11-25T17:30:00Z"), ThaiDates.THAI))
			.isEqualTo("26 พฤศจิกายน 2569");
		assertThat(ThaiDates.formatDateTime(Instant.parse("2026-11-25T17:30:00Z"), ThaiDates.THAI))
			.isEqualTo("26 พฤศจิกายน 2569 เวลา 00:30 น.");
	}

	@Test
	void fiscalYearStartsOnTheFirstOfOctober() {
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2026, 10, 1))).isEqualTo(2570);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2026, 9, 30))).isEqualTo(2569);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2026, 12, 31))).isEqualTo(2570);
		assertThat(ThaiDates.fiscalYear(LocalDate.of(2027, 1, 1))).isEqualTo(2570);
		assertThat(ThaiDates.fiscalYearStart(2570)).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(ThaiDates.fiscalYearEnd(2570)).isEqualTo(LocalDate.of(2027, 9, 30));
		assertThat(ThaiDates.firstHalfEnd(2570)).isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void convertsBetweenEras() {
		assertThat(ThaiDates.buddhistYear(2026)).isEqualTo(2569);
		assertThat(ThaiDates.gregorianYear(2569)).isEqualTo(2026);
	}

	@Test
	void templateHelperFormatsEveryTemporalTypeAndNothingForNull() {
		ThaiDateFormat format = new ThaiDateFormat();
		LocaleContextHolder.setLocale(ThaiDates.THAI);
		try {
			assertThatTemplateHelperFormats(format);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			assertThat(format.date(LocalDate.of(2026, 11, 26))).isEqualTo("26 November 2569 BE");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private static void assertThatTemplateHelperFormats(ThaiDateFormat format) {
		assertThat(format.date(LocalDate.of(2026, 11, 26))).isEqualTo("26 พฤศจิกายน 2569");
		assertThat(format.date(Instant.parse("2026-11-25T17:30:00Z"))).isEqualTo("26 พฤศจิกายน 2569");
		assertThat(format.dateTime(LocalDate.of(2026, 11, 26))).isEqualTo("26 พฤศจิกายน 2569");
		assertThat(format.iso(Instant.parse("2026-11-25T17:30:00.123Z"))).isEqualTo("2026-11-26T00:30");
		assertThat(format.date(null)).isEmpty();
		assertThat(format.fiscalYear(null)).isEmpty();
	}

}
