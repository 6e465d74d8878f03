package th.go.moph.dho.assistant;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.moph.dho.thai.ThaiText;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTests {

	@Test
	void readsConceptsSkippingCommentsMalformedLinesAndRepeatedIds() {
		String text = """
				# a comment
				place-rpst\tplace\tโรงพยาบาลส่งเสริมสุขภาพตำบล|รพ.สต.|อนามัย| |อนามัย
				broken line without tabs
				place-rpst\tplace\tซ้ำ|ซ้ำอีก
				animal-dog\tanimal\tสุนัข|หมา|dog
				""";
		List<Lexicon.Concept> concepts = Lexicon.parseConcepts(text, "test");
		assertThat(concepts).extracting(Lexicon.Concept::id).containsExactly("place-rpst", "animal-dog");
		assertThat(concepts.get(0).terms()).containsExactly("โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.สต.", "อนามัย");
		assertThat(concepts.get(0).formal()).isEqualTo("โรงพยาบาลส่งเสริมสุขภาพตำบล");
	}

	@Test
	void shipsAtLeastThreeHundredConceptsWithTheFormalTermFirst() {
		List<Lexicon.Concept> concepts = Lexicon.builtInConcepts();
		assertThat(concepts).hasSizeGreaterThanOrEqualTo(300);
		assertThat(concepts).anySatisfy(c -> {
			assertThat(c.formal()).isEqualTo("โรงพยาบาลส่งเสริมสุขภาพตำบล");
			assertThat(c.terms()).contains("อนามัย", "รพ.สต.");
		});
	}

	@Test
	void aLexiconSynonymAppliesToWholeWordsOnly() {
		SynonymTable table = new SynonymTable(Lexicon.parseConcepts("animal-dog\tanimal\tสุนัข|หมา|dog\n", "test")
			.stream()
			.map(c -> c.terms())
			.toList());
		List<SynonymTable.Term> bite = table.expand(ThaiAnalysis.words(ThaiText.normalize("โดนหมากัด")));
		assertThat(bite).anySatisfy(t -> assertThat(t.alternatives()).contains(List.of("สุนัข"), List.of("dog")));
		List<SynonymTable.Term> meaning = table.expand(ThaiAnalysis.words(ThaiText.normalize("ความหมายของคำนี้")));
		assertThat(meaning).allSatisfy(t -> assertThat(t.alternatives()).hasSize(1));
	}

	@Test
	void theShippedLexiconLinksTheEverydayNameOfAHealthCentreToItsFormalName() {
		SynonymTable table = new SynonymTable(Lexicon.builtInConcepts().stream().map(c -> c.terms()).toList());
		SynonymTable.Term term = table.expand(ThaiAnalysis.words(ThaiText.normalize("ไปอนามัย")))
			.stream()
			.filter(t -> t.alternatives().size() > 1)
			.findFirst()
			.orElseThrow();
		assertThat(term.alternatives()).contains(ThaiAnalysis.words("โรงพยาบาลส่งเสริมสุขภาพตำบล"));
	}

}
