package th.go.moph.dho.thai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiTextTests {

	@Test
	void twoSaraEBecomeSaraAe() {
		assertThat(ThaiText.normalize("เเม่")).isEqualTo("แม่");
		assertThat(ThaiText.normalize("เเพทย์")).isEqualTo("แพทย์");
	}

	@Test
	void nikhahitAndSaraAaBecomeSaraAm() {
		assertThat(ThaiText.normalize("ทํางาน")).isEqualTo("ทำงาน");
		assertThat(ThaiText.normalize("นํ้า")).isEqualTo("น้ำ");
		assertThat(ThaiText.normalize("น\u0E4D\u0E49\u0E32")).isEqualTo("น้ำ");
	}

	@Test
	void keepsSaraAmIntactUnlikeNfkc() {
		assertThat(ThaiText.normalize("น้ำ")).isEqualTo("น้ำ").contains("\u0E33");
	}

	@Test
	void toneMarkTypedBeforeVowelIsReordered() {
		assertThat(ThaiText.normalize("ท\u0E48\u0E35")).isEqualTo("ที่");
		assertThat(ThaiText.normalize("ป\u0E49\u0E38ย")).isEqualTo("ปุ้ย");
		assertThat(ThaiText.normalize("ที่")).isEqualTo("ที่");
	}

	@Test
	void repeatedToneMarksCollapse() {
		assertThat(ThaiText.normalize("ไม่่่")).isEqualTo("ไม่");
		assertThat(ThaiText.normalize("ก\u0E48\u0E49า")).isEqualTo("ก่า");
	}

	@Test
	void elongationsCollapse() {
		assertThat(ThaiText.normalize("ค่าาาา")).isEqualTo("ค่า");
		assertThat(ThaiText.normalize("มากกกกก")).isEqualTo("มาก");
		assertThat(ThaiText.normalize("ดีีีี")).isEqualTo("ดี");
		assertThat(ThaiText.normalize("บ่อยๆๆๆ")).isEqualTo("บ่อยๆ");
	}

	@Test
	void doubleConsonantsInRealWordsStay() {
		assertThat(ThaiText.normalize("ยกกำลัง")).isEqualTo("ยกกำลัง");
	}

	@Test
	void laughterIsDroppedButNumbersStay() {
		assertThat(ThaiText.normalize("ตลกมาก 555")).isEqualTo("ตลกมาก");
		assertThat(ThaiText.normalize("5555+ ขำ")).isEqualTo("ขำ");
		assertThat(ThaiText.normalize("โทร 1669")).isEqualTo("โทร 1669");
		assertThat(ThaiText.normalize("55 ปี")).isEqualTo("55 ปี");
	}

	@Test
	void zeroWidthCharactersAreRemoved() {
		assertThat(ThaiText.normalize("วัค\u200Bซีน\u200C\u200D\uFEFFไข้\u00ADหวัด")).isEqualTo("วัคซีนไข้หวัด");
		assertThat(ThaiText.normalize("เ\u200Bเม่")).isEqualTo("แม่");
	}

	@Test
	void thaiDigitsBecomeArabic() {
		assertThat(ThaiText.normalize("พ.ศ. ๒๕๖๙")).isEqualTo("พ.ศ. 2569");
		assertThat(ThaiText.arabicDigits("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
	}

	@Test
	void caseIsFolded() {
		assertThat(ThaiText.normalize("วัคซีน HPV และ Flu")).isEqualTo("วัคซีน hpv และ flu");
	}

	@Test
	void whitespaceIsCollapsed() {
		assertThat(ThaiText.normalize("  ตรวจ \t\n สุขภาพ\u00A0 ฟรี  ")).isEqualTo("ตรวจ สุขภาพ ฟรี");
	}

	@Test
	void nullAndEmptyGiveEmpty() {
		assertThat(ThaiText.normalize(null)).isEmpty();
		assertThat(ThaiText.normalize("   ")).isEmpty();
	}

}
