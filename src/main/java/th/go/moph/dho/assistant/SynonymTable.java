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

	/** Fewest letters of a term that may re-cut a question's words. */
	private static final int MIN_RECUT = 4;

	private final WordRuns<Integer> runs = new WordRuns<>();

	private final List<List<List<String>>> groups = new ArrayList<>();

	/** Every Thai form of four letters or more, its letters put together. */
	private final Set<String> thaiForms = new java.util.HashSet<>();

	private int longestThaiForm;

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
				String joined = String.join("", form);
				if (joined.length() >= MIN_RECUT && joined.chars().allMatch(c -> ThaiText.isThai((char) c))) {
					this.thaiForms.add(joined);
					this.longestThaiForm = Math.max(this.longestThaiForm, joined.length());
				}
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

	/**
	 * The question's words cut again where the segmenter split a known term (four Thai
	 * letters or more) across word boundaries that do not fit it (อาการสโตรก cut
	 * อา|กา|รส|โตรก): the term becomes its own word and the letters around it are
	 * segmented again. Only when some word the cut touches is unknown to the entries, so
	 * a sound segmentation is never overridden.
	 */
	List<String> recut(List<String> question, java.util.function.Predicate<String> known) {
		List<String> words = splitDotted(question, known);
		if (this.thaiForms.isEmpty() || words.size() < 2) {
			return words;
		}
		StringBuilder all = new StringBuilder();
		int[] starts = new int[words.size() + 1];
		for (int i = 0; i < words.size(); i++) {
			starts[i] = all.length();
			all.append(words.get(i));
		}
		starts[words.size()] = all.length();
		String text = all.toString();
		List<String> out = new ArrayList<>();
		int done = 0; // letters of text already emitted
		int p = 0;
		while (p < text.length()) {
			int len = longestFormAt(text, p);
			if (len > 0 && (!isBoundary(starts, p) || !isBoundary(starts, p + len))
					&& touchesUnknown(words, starts, p, p + len, known)) {
				emit(text, words, starts, done, p, out);
				out.add(text.substring(p, p + len));
				done = p + len;
				p = done;
			}
			else {
				p++;
			}
		}
		if (done == 0) {
			return words;
		}
		emit(text, words, starts, done, text.length(), out);
		return out;
	}

	/**
	 * Dotted abbreviations run together with what follows (ผอ.สสอ.คือ, one word to the
	 * segmenter) cut after each dot, when neither the entries nor any group know the
	 * whole: ผอ. | สสอ. | คือ. An abbreviation the segmenter keeps whole and that is
	 * known (รพ.สต) stays as it is.
	 */
	private List<String> splitDotted(List<String> words, java.util.function.Predicate<String> known) {
		List<String> out = null;
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			int dot = w.indexOf('.');
			boolean split = dot > 0 && dot < w.length() - 1 && !known.test(w) && this.runs.scan(List.of(w)).isEmpty();
			if (split && out == null) {
				out = new ArrayList<>(words.subList(0, i));
			}
			if (!split) {
				if (out != null) {
					out.add(w);
				}
				continue;
			}
			int from = 0;
			for (int d = w.indexOf('.'); from < w.length(); d = w.indexOf('.', from)) {
				int end = d < 0 ? w.length() : d + 1;
				String piece = w.substring(from, end);
				List<String> pieceWords = ThaiAnalysis.words(piece);
				out.addAll(pieceWords.isEmpty() && piece.length() > 1 ? List.of(piece) : pieceWords);
				from = end;
			}
		}
		return out == null ? words : out;
	}

	private int longestFormAt(String text, int p) {
		for (int len = Math.min(this.longestThaiForm, text.length() - p); len >= MIN_RECUT; len--) {
			if (this.thaiForms.contains(text.substring(p, p + len))) {
				return len;
			}
		}
		return 0;
	}

	private static boolean isBoundary(int[] starts, int p) {
		return java.util.Arrays.binarySearch(starts, p) >= 0;
	}

	private static boolean touchesUnknown(List<String> words, int[] starts, int from, int to,
			java.util.function.Predicate<String> known) {
		for (int i = 0; i < words.size(); i++) {
			if (starts[i + 1] > from && starts[i] < to && !known.test(words.get(i))
					&& !ThaiAnalysis.WEAK.contains(words.get(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words of the text from {@code from} up to (not including) {@code to}: whole
	 * words as they were, cut ones segmented again.
	 */
	private static void emit(String text, List<String> words, int[] starts, int from, int to, List<String> out) {
		if (from >= to) {
			return;
		}
		if (isBoundary(starts, from) && isBoundary(starts, to)) {
			for (int i = 0; i < words.size(); i++) {
				if (starts[i] >= from && starts[i + 1] <= to) {
					out.add(words.get(i));
				}
			}
			return;
		}
		StringBuilder thai = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			if (starts[i + 1] <= from || starts[i] >= to) {
				continue;
			}
			String part = text.substring(Math.max(from, starts[i]), Math.min(to, starts[i + 1]));
			if (part.chars().allMatch(c -> ThaiText.isThai((char) c))) {
				thai.append(part);
			}
			else {
				flushThai(thai, out);
				out.add(part);
			}
		}
		flushThai(thai, out);
	}

	private static void flushThai(StringBuilder thai, List<String> out) {
		if (!thai.isEmpty()) {
			out.addAll(ThaiAnalysis.words(thai.toString()));
			thai.setLength(0);
		}
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
