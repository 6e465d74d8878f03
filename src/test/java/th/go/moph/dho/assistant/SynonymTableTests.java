package th.go.moph.dho.assistant;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.moph.dho.thai.ThaiText;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymTableTests {

	private final SynonymTable table = new SynonymTable(List.of(List.of("หมา", "สุนัข"),
			List.of("รพ.สต.", "อนามัย", "โรงพยาบาลส่งเสริมสุขภาพตำบล"), List.of("ยังไง", "อย่างไร")));

	private List<SynonymTable.Term> expand(String question) {
		return this.table.expand(ThaiAnalysis.words(ThaiText.normalize(question)));
	}

	@Test
	void expandsAWholeWord() {
		assertThat(expand("หมากัด")).anySatisfy(t -> assertThat(t.alternatives()).contains(List.of("สุนัข")));
	}

	@Test
	void neverTouchesAWordThatMerelyContainsTheTerm() {
		List<SynonymTable.Term> terms = expand("ความหมายของคำนี้");
		assertThat(terms).allSatisfy(t -> assertThat(t.alternatives()).hasSize(1));
		assertThat(terms).flatExtracting(SynonymTable.Term::alternatives).doesNotContain(List.of("สุนัข"));
	}

	@Test
	void abbreviationAndColloquialNameShareAllForms() {
		SynonymTable.Term fromColloquial = expand("ไปอนามัย").stream()
			.filter(t -> t.alternatives().size() > 1)
			.findFirst()
			.orElseThrow();
		assertThat(fromColloquial.alternatives()).contains(ThaiAnalysis.words("รพ.สต."),
				ThaiAnalysis.words("โรงพยาบาลส่งเสริมสุขภาพตำบล"));
		SynonymTable.Term fromFormal = expand("โรงพยาบาลส่งเสริมสุขภาพตำบลเปิดกี่โมง").get(0);
		assertThat(fromFormal.alternatives()).contains(List.of("อนามัย"));
	}

	@Test
	void groupsWithFewerThanTwoUsableTermsAreIgnored() {
		assertThat(new SynonymTable(List.of(List.of("คำเดียว"), List.of("", " "))).size()).isZero();
	}

	@Test
	void recutsATermTheSegmenterSplitAcrossUnknownWords() {
		SynonymTable stroke = new SynonymTable(List.of(List.of("สโตรก", "หลอดเลือดสมอง")));
		List<String> words = ThaiAnalysis.words(ThaiText.normalize("อาการสโตรก"));
		List<String> recut = stroke.recut(words, w -> w.equals("อาการ") || w.equals("หลอด"));
		assertThat(recut).contains("สโตรก");
		assertThat(stroke.expand(recut))
			.anySatisfy(t -> assertThat(t.alternatives()).contains(ThaiAnalysis.words("หลอดเลือดสมอง")));
	}

	@Test
	void keepsASoundSegmentationWhoseWordsAreAllKnown() {
		SynonymTable dog = new SynonymTable(List.of(List.of("หมายถึง", "แปลว่า")));
		List<String> words = ThaiAnalysis.words(ThaiText.normalize("ความหมายถึงใจ"));
		assertThat(dog.recut(words, w -> true)).isEqualTo(words);
	}

	@Test
	void splitsDottedAbbreviationsRunTogetherWithTheNextWord() {
		SynonymTable office = new SynonymTable(
				List.of(List.of("สสอ.", "สาธารณสุขอำเภอ"), List.of("ผอ.", "ผู้อำนวยการ")));
		List<String> recut = office.recut(List.of("ผอ.สสอ.คือ"), w -> false);
		assertThat(recut).hasSizeGreaterThanOrEqualTo(2).doesNotContain("ผอ.สสอ.คือ");
		assertThat(office.expand(recut))
			.anySatisfy(t -> assertThat(t.alternatives()).contains(ThaiAnalysis.words("สาธารณสุขอำเภอ")));
	}

}
