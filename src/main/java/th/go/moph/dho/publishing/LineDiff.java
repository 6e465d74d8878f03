package th.go.moph.dho.publishing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line diff by longest common subsequence: which lines of the old text stay, which go
 * and which are new.
 */
public final class LineDiff {

	/** What happened to a line. */
	public enum Change {

		SAME, REMOVED, ADDED

	}

	/** One line of the diff. */
	public record Line(Change change, String text) {
	}

	private LineDiff() {
	}

	public static List<Line> between(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		int n = a.size();
		int m = b.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Line> result = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				result.add(new Line(Change.SAME, a.get(i)));
				i++;
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				result.add(new Line(Change.REMOVED, a.get(i++)));
			}
			else {
				result.add(new Line(Change.ADDED, b.get(j++)));
			}
		}
		while (i < n) {
			result.add(new Line(Change.REMOVED, a.get(i++)));
		}
		while (j < m) {
			result.add(new Line(Change.ADDED, b.get(j++)));
		}
		return result;
	}

	private static List<String> lines(String text) {
		return text.isEmpty() ? Collections.emptyList() : List.of(text.split("\\R", -1));
	}

}
