package th.go.moph.dho.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import th.go.moph.dho.thai.ThaiText;

/**
 * Groups of words that mean the same (อนามัย ⇔ รพ.สต., หมา ⇔ สุนัข), applied to a
 * question's words, never to its characters: a group's term matches only a whole run of
 * the question's words, so หมา never touches ความหมาย. Immutable; the index swaps in a
 * new one when staff edit the list.
 */
final class SynonymTable {

	static final SynonymTable EMPTY = new SynonymTable(List.of());

	private final WordRuns<Integer> runs = new WordRuns<>();

	private final List<List<List<String>>> groups = new ArrayList<>();

	SynonymTable(Collection<? extends Collection<String>> termGroups) {
		for (Collection<String> group : termGroups) {
			Set<List<String>> forms = new LinkedHashSet<>();
			for (String term : group) {
				List<String> words = ThaiAnalysis.words(ThaiText.normalize(term));
				if (!words.isEmpty()) {
					forms.add(List.copyOf(words));
				}
			}
			if (forms.size() < 2) {
				continue;
			}
			int index = this.groups.size();
			this.groups.add(List.copyOf(forms));
			for (List<String> form : forms) {
				this.runs.add(form, index);
			}
		}
	}

	/**
	 * The question's words as search terms: a run of whole words that is a term of a
	 * group (its letters put together, so a different cut of the same letters still
	 * matches) becomes one term with every form of its groups as alternatives (longest
	 * run first); any other word stands for itself.
	 */
	List<Term> expand(List<String> words) {
		List<Term> terms = new ArrayList<>();
		int i = 0;
		for (WordRuns.Run<Integer> run : this.runs.scan(words)) {
			for (; i < run.start(); i++) {
				terms.add(single(words.get(i)));
			}
			List<String> original = List.copyOf(words.subList(run.start(), run.end()));
			Set<List<String>> alternatives = new LinkedHashSet<>();
			alternatives.add(original);
			for (int group : run.values()) {
				alternatives.addAll(this.groups.get(group));
			}
			terms.add(new Term(original, List.copyOf(alternatives)));
			i = run.end();
		}
		for (; i < words.size(); i++) {
			terms.add(single(words.get(i)));
		}
		return terms;
	}

	private static Term single(String word) {
		return new Term(List.of(word), List.of(List.of(word)));
	}

	int size() {
		return this.groups.size();
	}

	/**
	 * One search term of a question.
	 *
	 * @param original the question's own words
	 * @param alternatives the original first, then its synonyms, each a sequence of words
	 */
	record Term(List<String> original, List<List<String>> alternatives) {

		boolean weak() {
			return this.original.stream().allMatch(ThaiAnalysis.WEAK::contains);
		}

	}

}
