package th.go.moph.dho.thai;

import java.util.Locale;

/**
 * Normalises Thai text as people type it, before it is searched, compared or stored for
 * comparison. Never uses Unicode NFKC, which splits ำ into ํ and า.
 * <p>
 * In order: zero-width characters removed; Thai digits to Arabic; เเ (two sara e) to แ;
 * nikhahit + sara aa (ํา) to sara am (ำ); a tone mark typed before an above or below
 * vowel moved after it (Thai canonical order); repeated tone marks, repeated vowels, mai
 * yamok (ๆๆ) and letters held down (ค่าาาา, มากกกก) collapsed; laughter typed as 555
 * dropped; case folded; whitespace collapsed to one space and trimmed.
 */
public final class ThaiText {

	private static final char SARA_E = '\u0E40';

	private static final char SARA_AE = '\u0E41';

	private static final char SARA_AA = '\u0E32';

	private static final char SARA_AM = '\u0E33';

	private static final char NIKHAHIT = '\u0E4D';

	private static final char MAI_YAMOK = '\u0E46';

	private ThaiText() {
	}

	/** The normalised form of a text; {@code null} gives the empty string. */
	public static String normalize(CharSequence text) {
		if (text == null) {
			return "";
		}
		String s = removeInvisible(text);
		s = arabicDigits(s);
		s = s.replace("" + SARA_E + SARA_E, String.valueOf(SARA_AE));
		s = fixSaraAm(s);
		s = reorderToneMarks(s);
		s = collapseRepeats(s);
		s = dropLaughter(s);
		s = s.toLowerCase(Locale.ROOT);
		return collapseWhitespace(s);
	}

	/** Thai digits ๐–๙ as Arabic digits 0–9; everything else unchanged. */
	public static String arabicDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
		}
		return out.toString();
	}

	/**
	 * Whether a character is a Thai tone mark (mai ek, mai tho, mai tri, mai chattawa).
	 */
	public static boolean isToneMark(char c) {
		return c >= '\u0E48' && c <= '\u0E4B';
	}

	/** Whether a character is a Thai letter, vowel, mark or digit. */
	public static boolean isThai(char c) {
		return c >= '\u0E01' && c <= '\u0E5B';
	}

	private static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
	}

	/** Vowels written above or below the consonant, which come before the tone mark. */
	private static boolean isAboveOrBelowVowel(char c) {
		return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || c == '\u0E47';
	}

	/**
	 * Vowels and signs that a held-down key repeats: following vowels, above/below
	 * vowels, marks.
	 */
	private static boolean isRepeatableSign(char c) {
		return c == '\u0E30' || c == SARA_AA || c == SARA_AM || c == '\u0E45' || isAboveOrBelowVowel(c) || isToneMark(c)
				|| c == '\u0E4C' || c == NIKHAHIT || c == MAI_YAMOK;
	}

	private static String removeInvisible(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isInvisible(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** ํา → ำ, also with a tone mark typed between them (ํ่า → ่ำ). */
	private static String fixSaraAm(String s) {
		if (s.indexOf(NIKHAHIT) < 0) {
			return s;
		}
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == NIKHAHIT && i + 1 < s.length() && s.charAt(i + 1) == SARA_AA) {
				out.append(SARA_AM);
				i++;
			}
			else if (c == NIKHAHIT && i + 2 < s.length() && isToneMark(s.charAt(i + 1)) && s.charAt(i + 2) == SARA_AA) {
				out.append(s.charAt(i + 1)).append(SARA_AM);
				i += 2;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** A tone mark typed before an above or below vowel goes after it: ก่ี → กี่. */
	private static String reorderToneMarks(String s) {
		char[] chars = s.toCharArray();
		for (int i = 0; i + 1 < chars.length; i++) {
			if (isToneMark(chars[i]) && isAboveOrBelowVowel(chars[i + 1])) {
				char tone = chars[i];
				chars[i] = chars[i + 1];
				chars[i + 1] = tone;
				i++;
			}
		}
		return new String(chars);
	}

	/**
	 * Collapses what a held-down key or a nervous thumb leaves behind: a vowel, tone mark
	 * or ๆ repeated (ค่าาาา → ค่า, ๆๆ → ๆ), a second tone mark on the same letter (ก่้ →
	 * ก่), and a Thai consonant typed three or more times in a row (มากกกก → มาก). Two
	 * consonants in a row are left alone: they occur in real words.
	 */
	private static String collapseRepeats(String s) {
		StringBuilder out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			int j = i + 1;
			while (j < s.length() && s.charAt(j) == c) {
				j++;
			}
			int run = j - i;
			if (isRepeatableSign(c) || (isThai(c) && Character.isLetter(c) && run >= 3)) {
				if (!(isToneMark(c) && out.length() > 0 && isToneMark(out.charAt(out.length() - 1)))) {
					out.append(c);
				}
			}
			else {
				out.append(s, i, j);
			}
			i = j;
		}
		return out.toString();
	}

	/**
	 * 555 (ห้าห้าห้า, Thai laughter) standing alone as a run of only fives is dropped.
	 */
	private static String dropLaughter(String s) {
		StringBuilder out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (Character.isDigit(c)) {
				int j = i;
				while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '+')) {
					j++;
				}
				String run = s.substring(i, j);
				boolean laughter = run.length() >= 3 && run.chars().allMatch(ch -> ch == '5' || ch == '+')
						&& (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || isThai(s.charAt(i - 1)))
						&& !(j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ','));
				if (!laughter) {
					out.append(run);
				}
				i = j;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	private static String collapseWhitespace(String s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

}
