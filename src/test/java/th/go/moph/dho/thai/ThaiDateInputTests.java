package th.go.moph.dho.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiDateInputTests {

	@Test
	void readsABuddhistEraYearAsStaffTypeItInEveryCommonShape() {
		LocalDate expected = LocalDate.of(2026, 12, 12);
		assertThat(ThaiDateInput.parse("12/12/2569")).isEqualTo(expected);
		assertThat(ThaiDateInput.parse("12-12-2569")).isEqualTo(expected);
		assertThat(ThaiDateInput.parse("12.12.2569")).isEqualTo(expected);
		assertThat(ThaiDateInput.parse(" 12 / 12 / 2569 ")).isEqualTo(expected);
		assertThat(ThaiDateInput.parse("๑๒/๑๒/๒๕๖๙")).isEqualTo(expected);
		assertThat(ThaiDateInput.parse("1/2/2570")).isEqualTo(LocalDate.of(2027, 2, 1));
	}

	@Test
	void aBuddhistYearInADatePickersYearFirstFormIsConvertedNotStored543YearsLater() {
		assertThat(ThaiDateInput.parse("2569-12-12")).isEqualTo(LocalDate.of(2026, 12, 12));
	}

	@Test
	void aChristianEraYearIsKeptAsItIs() {
		assertThat(ThaiDateInput.parse("2026-12-12")).isEqualTo(LocalDate.of(2026, 12, 12));
		assertThat(ThaiDateInput.parse("12/12/2026")).isEqualTo(LocalDate.of(2026, 12, 12));
	}

	@Test
	void theTwoErasMeetNowhere() {
		assertThat(ThaiDateInput.parse("1/1/2200")).isEqualTo(LocalDate.of(2200, 1, 1));
		assertThat(ThaiDateInput.parse("1/1/2443")).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(ThaiDateInput.parse("31/12/2743")).isEqualTo(LocalDate.of(2200, 12, 31));
	}

	@Test
	void refusesImpossibleYearsShortYearsAndDaysThatDoNotExist() {
		for (String text : new String[] { "12/12/2300", "12/12/1899", "12/12/2744", "12/12/69", "12/12/25690",
				"31/02/2569", "29/02/2569", "0/1/2569", "1/13/2569", "12/12", "วันจันทร์", "2569/12/12 08:00" }) {
			assertThatExceptionOfType(InvalidThaiDateException.class).as(text)
				.isThrownBy(() -> ThaiDateInput.parse(text))
				.satisfies(ex -> assertThat(ex.value()).isEqualTo(text));
		}
		// 2571 (2028) is a leap year
		assertThat(ThaiDateInput.parse("29/02/2571")).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void showsDatesBackInTheBuddhistEraWithTwoDigitDayAndMonth() {
		assertThat(ThaiDateInput.format(LocalDate.of(2026, 12, 12))).isEqualTo("12/12/2569");
		assertThat(ThaiDateInput.format(LocalDate.of(2027, 2, 1))).isEqualTo("01/02/2570");
		assertThat(ThaiDateInput.parse(ThaiDateInput.format(LocalDate.of(2027, 2, 1))))
			.isEqualTo(LocalDate.of(2027, 2, 1));
	}

}
