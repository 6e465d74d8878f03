package th.go.moph.dho.line;

import th.go.moph.dho.thai.ThaiText;

/**
 * Text helpers for LINE: truncating Thai safely (never splitting a surrogate pair or
 * leaving a vowel or tone mark without its consonant) and normalising menu words.
 */
final class LineText {

	static final String ELLIPSIS = "…";

	private LineText() {
	}

	/**
	 * At most {@code max} UTF-16 units, cut at a safe place and ended with an ellipsis.
	 */
	static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		if (max <= ELLIPSIS.length()) {
			return ELLIPSIS.substring(0, Math.max(0, max));
		}
		int cut = safeCut(text, max - ELLIPSIS.length());
		int space = lastSpace(text, cut, Math.max(0, cut - 20));
		if (space > 0) {
			cut = space;
		}
		return text.substring(0, cut).stripTrailing() + ELLIPSIS;
	}

	/** A cut position at or before {@code end} that keeps every character whole. */
	static int safeCut(String text, int end) {
		int cut = Math.min(end, text.length());
		while (cut > 0 && cut < text.length()
				&& (Character.isLowSurrogate(text.charAt(cut)) || isMark(text.charAt(cut)))) {
			cut--;
		}
		// a Thai leading vowel (เ แ โ ใ ไ) belongs to the consonant after it
		while (cut > 0 && isLeadingVowel(text.charAt(cut - 1))) {
			cut--;
		}
		return cut;
	}

	private static int lastSpace(String text, int from, int floor) {
		for (int i = from; i > floor; i--) {
			if (Character.isWhitespace(text.charAt(i - 1))) {
				return i - 1;
			}
		}
		return -1;
	}

	/** Thai above/below vowels and tone marks, and any other combining mark. */
	static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || c == '\u0E33' || c == '\u0E45';
	}

	private static boolean isLeadingVowel(char c) {
		return c >= '\u0E40' && c <= '\u0E44';
	}

	/** The text as {@link ThaiText#normalize} gives it: how menu words are matched. */
	static String normalize(String text) {
		return ThaiText.normalize(text);
	}

}
