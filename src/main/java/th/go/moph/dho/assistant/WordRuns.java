package th.go.moph.dho.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known phrases in a text's words, by word: a phrase matches a run of whole words
 * whose letters, put together, are the phrase's letters (so a phrase cut into words
 * differently in the question than on its own still matches, while หมา never matches
 * inside ความหมาย). Longest run first, runs do not overlap.
 *
 * @param <T> what a phrase stands for
 */
final class WordRuns<T> {

	private final Map<String, Set<T>> byJoined = new HashMap<>();

	private int longest = 1;

	/** Adds a phrase given as its words; an empty phrase is ignored. */
	void add(List<String> words, T value) {
		String joined = String.join("", words);
		if (joined.isEmpty()) {
			return;
		}
		this.byJoined.computeIfAbsent(joined, k -> new LinkedHashSet<>()).add(value);
		this.longest = Math.max(this.longest, joined.length());
	}

	boolean isEmpty() {
		return this.byJoined.isEmpty();
	}

	/** The phrases found in these words, in order. */
	List<Run<T>> scan(List<String> words) {
		List<Run<T>> out = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Run<T> best = null;
			StringBuilder joined = new StringBuilder();
			for (int j = i; j < words.size(); j++) {
				joined.append(words.get(j));
				if (joined.length() > this.longest) {
					break;
				}
				Set<T> values = this.byJoined.get(joined.toString());
				if (values != null) {
					best = new Run<>(i, j + 1, List.copyOf(values));
				}
			}
			if (best == null) {
				i++;
			}
			else {
				out.add(best);
				i = best.end();
			}
		}
		return out;
	}

	/**
	 * Words {@code start} (inclusive) to {@code end} (exclusive) are a phrase standing
	 * for {@code values}.
	 */
	record Run<T>(int start, int end, List<T> values) {
	}

}
