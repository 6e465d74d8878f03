package th.go.moph.dho.line;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Short quick-reply labels derived from entry titles (LINE allows 20 characters). A label
 * says what the button does, so it is shortened by meaning, not cut at character 20:
 * <ol>
 * <li>leading words every entry of a kind shares (“คู่มือสำหรับประชาชน:”, the section's
 * name, “การ”) are dropped;</li>
 * <li>a remark in brackets is dropped;</li>
 * <li>a title still too long keeps its main clause, up to a joining word (“และ”,
 * “สำหรับ”…), or else whole Thai words (a dictionary word break) up to the limit;</li>
 * <li>labels in one message that still read the same get the words that tell them
 * apart.</li>
 * </ol>
 * The full title stays in the message text and in the text the user is shown to send.
 */
final class QuickReplyLabels {

	static final int MAX = LineMessages.MAX_LABEL;

	private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");

	private static final Pattern SEPARATORS = Pattern.compile("^[\\s:：\\-–—,.()\\[\\]]+|[\\s:：\\-–—,()\\[\\]]+$");

	private static final String ELLIPSIS = LineText.ELLIPSIS;

	private final List<String> dropPrefixes;

	private final Set<String> joiners;

	/**
	 * @param dropPrefixes leading words to drop (longest tried first)
	 * @param joiners words at which a long title may end its main clause
	 */
	QuickReplyLabels(List<String> dropPrefixes, Set<String> joiners) {
		this.dropPrefixes = dropPrefixes.stream()
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		this.joiners = Set.copyOf(joiners);
	}

	/** One label per title, each at most 20 characters, different from each other. */
	List<String> labels(List<String> titles, List<String> extraPrefixes) {
		List<String> cores = new ArrayList<>();
		for (String title : titles) {
			cores.add(core(title, extraPrefixes));
		}
		List<String> labels = new ArrayList<>();
		for (String core : cores) {
			labels.add(shorten(core, MAX));
		}
		Map<String, List<Integer>> same = new HashMap<>();
		for (int i = 0; i < labels.size(); i++) {
			same.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
		}
		for (List<Integer> group : same.values()) {
			if (group.size() > 1) {
				tellApart(group, cores, labels);
			}
		}
		numberWhatStillReadsTheSame(labels);
		return labels;
	}

	/** A single label. */
	String label(String title, List<String> extraPrefixes) {
		return labels(List.of(title), extraPrefixes).get(0);
	}

	/** The title without shared leading words and bracketed remarks. */
	String core(String title, List<String> extraPrefixes) {
		String t = title.strip();
		List<String> prefixes = new ArrayList<>(extraPrefixes);
		prefixes.addAll(this.dropPrefixes);
		prefixes.sort(Comparator.comparingInt(String::length).reversed());
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String prefix : prefixes) {
				if (!prefix.isBlank() && t.startsWith(prefix)) {
					String rest = SEPARATORS.matcher(t.substring(prefix.length())).replaceAll("");
					if (rest.length() >= 2) {
						t = rest;
						changed = true;
						break;
					}
				}
			}
		}
		return t;
	}

	/**
	 * The text in at most {@code max} characters: its main clause (ending at a joining
	 * word, a space or a whole word) and, where room is left, its last words.
	 */
	String shorten(String text, int max) {
		String t = text.strip();
		if (t.length() <= max) {
			return t;
		}
		String plain = BRACKETS.matcher(t).replaceAll("").strip();
		if (plain.length() >= 2) {
			t = plain;
		}
		if (t.length() <= max) {
			return t;
		}
		List<int[]> words = words(t);
		String head = SEPARATORS.matcher(t.substring(0, mainClauseEnd(t, words, max))).replaceAll("");
		int room = max - head.length() - ELLIPSIS.length();
		int tailStart = t.length();
		for (int i = words.size() - 1; i >= 0 && t.length() - words.get(i)[0] <= room; i--) {
			if (words.get(i)[0] >= head.length()) {
				tailStart = words.get(i)[0];
			}
		}
		String tail = SEPARATORS.matcher(t.substring(tailStart)).replaceAll("");
		if (tail.length() >= 3 && !this.joiners.contains(tail)) {
			return head + ELLIPSIS + tail;
		}
		return head;
	}

	private int mainClauseEnd(String t, List<int[]> words, int max) {
		// up to the last joining word that leaves a head within the limit
		int clause = -1;
		for (int[] w : words) {
			if (w[0] >= 4 && w[0] <= max && this.joiners.contains(t.substring(w[0], w[1]))) {
				clause = w[0];
			}
		}
		if (clause > 0) {
			return clause;
		}
		// a phrase ends at a space
		int space = t.lastIndexOf(' ', max);
		if (space >= Math.min(6, max / 2)) {
			return space;
		}
		// whole words
		int end = 0;
		for (int[] w : words) {
			if (w[1] <= max) {
				end = w[1];
			}
		}
		return end > 0 ? end : LineText.safeCut(t, max);
	}

	private void tellApart(List<Integer> group, List<String> cores, List<String> labels) {
		String common = cores.get(group.get(0));
		for (int i : group) {
			common = commonPrefix(common, cores.get(i));
		}
		// back to the end of a whole word of the titles
		String first = cores.get(group.get(0));
		int end = 0;
		for (int[] w : words(first)) {
			if (w[1] <= common.length()) {
				end = w[1];
			}
		}
		common = first.substring(0, end);
		for (int i : group) {
			String rest = SEPARATORS.matcher(cores.get(i).substring(common.length())).replaceAll("");
			if (rest.isEmpty()) {
				continue;
			}
			String tail = shorten(rest, Math.min(rest.length(), MAX / 2));
			String head = shorten(common.isBlank() ? labels.get(i) : common, MAX - 1 - tail.length());
			labels.set(i, (head + " " + tail).strip());
		}
	}

	private static void numberWhatStillReadsTheSame(List<String> labels) {
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < labels.size(); i++) {
			String base = labels.get(i);
			String label = base;
			int n = 2;
			while (!seen.add(label)) {
				String suffix = " (" + n++ + ")";
				label = base.substring(0, LineText.safeCut(base, MAX - suffix.length())).strip() + suffix;
			}
			labels.set(i, label);
		}
	}

	private static String commonPrefix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return a.substring(0, n);
	}

	/**
	 * Word spans (start inclusive, end exclusive) of Thai text, found with the JDK's
	 * dictionary word break; a cut at the end of the text counts only if the text ends
	 * there.
	 */
	private static List<int[]> words(String text) {
		BreakIterator words = BreakIterator.getWordInstance(ThaiDates.THAI);
		words.setText(text);
		List<int[]> spans = new ArrayList<>();
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			spans.add(new int[] { start, end });
		}
		return spans;
	}

}
