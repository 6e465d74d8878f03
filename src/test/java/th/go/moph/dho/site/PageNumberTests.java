package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNumberTests {

	@Test
	void anythingButAPositiveNumberMeansTheFirstPage() {
		assertThat(PageNumber.parse(null)).isEqualTo(1);
		assertThat(PageNumber.parse("")).isEqualTo(1);
		assertThat(PageNumber.parse("abc")).isEqualTo(1);
		assertThat(PageNumber.parse("-3")).isEqualTo(1);
		assertThat(PageNumber.parse("0")).isEqualTo(1);
		assertThat(PageNumber.parse("2.5")).isEqualTo(1);
		assertThat(PageNumber.parse("99999999999999999999")).isEqualTo(1);
	}

	@Test
	void aPositiveNumberIsThatPage() {
		assertThat(PageNumber.parse("1")).isEqualTo(1);
		assertThat(PageNumber.parse(" 7 ")).isEqualTo(7);
		assertThat(PageNumber.parse("999999")).isEqualTo(999999);
		assertThat(PageNumber.parse("๒")).as("Thai digits").isEqualTo(2);
	}

}
