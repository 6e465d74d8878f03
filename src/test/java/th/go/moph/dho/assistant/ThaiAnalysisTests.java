package th.go.moph.dho.assistant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiAnalysisTests {

	@Test
	void segmentsHealthVocabularyWithTheIcuDictionary() {
		assertThat(ThaiAnalysis.SEGMENTER).isEqualTo(ThaiAnalysis.Segmenter.ICU);
		assertThat(ThaiAnalysis.words("วัคซีนไข้หวัดใหญ่")).containsExactly("วัคซีน", "ไข้", "หวัด", "ใหญ่");
		assertThat(String.join("", ThaiAnalysis.words("โรงพยาบาลส่งเสริมสุขภาพตำบล")))
			.isEqualTo("โรงพยาบาลส่งเสริมสุขภาพตำบล");
		assertThat(ThaiAnalysis.words("ไปอนามัย")).containsExactly("ไป", "อนามัย");
		assertThat(ThaiAnalysis.words("รพ.สต.")).containsExactly("รพ.สต");
	}

	@Test
	void segmentsMixedThaiAndEnglish() {
		assertThat(ThaiAnalysis.words("ฉีดวัคซีน hpv ฟรี")).contains("ฉีด", "วัคซีน", "hpv", "ฟรี");
	}

	@Test
	void stopwordsDropParticlesButKeepMeaningfulWords() {
		assertThat(ThaiAnalysis.words("เปิดวันไหนครับ")).contains("เปิด", "วัน").doesNotContain("ครับ");
		assertThat(ThaiAnalysis.words("ฉีดวัคซีนได้ไหมคะ")).doesNotContain("ไหม", "คะ").contains("ฉีด", "วัคซีน");
	}

	@Test
	void ngramsIgnoreSpacesBetweenThaiWordsAndToneMarks() {
		assertThat(ThaiAnalysis.ngrams("มือ เท้า ปาก")).containsAll(ThaiAnalysis.ngrams("มือเท้าปาก"));
		assertThat(ThaiAnalysis.ngrams("ไม้")).isEqualTo(ThaiAnalysis.ngrams("ไม่"));
	}

	@Test
	void ngramsKeepLatinWordsApartFromThai() {
		assertThat(ThaiAnalysis.ngrams("เป็นtb")).contains("tb").doesNotContain("นt");
	}

}
