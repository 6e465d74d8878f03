package th.go.moph.dho.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

	/**
	 * For each first word: the word sequences that start with it and the group each
	 * belongs to.
	 */
	private final Map<String, List<Form>> byFirstWord = new HashMap<>();

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
				this.byFirstWord.computeIfAbsent(form.get(0), k -> new ArrayList<>()).add(new Form(form, index));
			}
		}
	}

	/**
	 * The question's words as search terms: a run of words that is a term of a group
	 * becomes one term with every form of its groups as alternatives (longest run first);
	 * any other word stands for itself.
	 */
	List<Term> expand(List<String> words) {
		List<Term> terms = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int best = 0;
			Set<List<String>> alternatives = new LinkedHashSet<>();
			for (Form form : this.byFirstWord.getOrDefault(words.get(i), List.of())) {
				int n = form.words().size();
				if (i + n <= words.size() && words.subList(i, i + n).equals(form.words()) && n >= best) {
					if (n > best) {
						alternatives.clear();
						best = n;
					}
					alternatives.addAll(this.groups.get(form.group()));
				}
			}
			if (best == 0) {
				terms.add(new Term(List.of(words.get(i)), List.of(List.of(words.get(i)))));
				i++;
			}
			else {
				List<String> original = List.copyOf(words.subList(i, i + best));
				alternatives.remove(original);
				List<List<String>> all = new ArrayList<>();
				all.add(original);
				all.addAll(alternatives);
				terms.add(new Term(original, List.copyOf(all)));
				i += best;
			}
		}
		return terms;
	}

	int size() {
		return this.groups.size();
	}

	private record Form(List<String> words, int group) {
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
