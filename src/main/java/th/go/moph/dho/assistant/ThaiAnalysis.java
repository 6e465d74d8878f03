package th.go.moph.dho.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import th.go.moph.dho.thai.ThaiText;

/**
 * How the assistant cuts Thai text into what it searches: words from ICU's
 * dictionary-based Thai break iterator ({@link ICUTokenizer}; the JDK's
 * {@link ThaiTokenizer} is kept for comparison, chosen by the system property
 * {@code dho.assistant.segmenter=jdk}) minus a short list of particles and polite endings
 * that carry no topic, and character 2–3 grams over the text with the spaces between Thai
 * words and the tone marks taken out, which catch abbreviations, misspellings and words
 * the dictionary cuts differently. Input is already {@link ThaiText#normalize
 * normalised}.
 */
final class ThaiAnalysis {

	/**
	 * Particles, polite endings and glue words only. Unlike Lucene's Thai list this keeps
	 * words that carry meaning (เปิด, วัน, ปี, ไป, มา, ให้, ได้...).
	 */
	static final Set<String> STOPWORDS = Set.of("ครับ", "ค่ะ", "คะ", "คับ", "ครับผม", "จ้า", "จ้ะ", "จ๊ะ", "นะ", "น่ะ",
			"นะคะ", "นะครับ", "เลย", "หน่อย", "ด้วย", "บ้าง", "ไหม", "มั้ย", "มั๊ย", "ปะ", "เปล่า", "หรือเปล่า",
			"รึเปล่า", "หรอ", "เหรอ", "ล่ะ", "ละ", "และ", "กับ", "ของ", "ซึ่ง", "ก็", "จะ", "แล้ว", "อยู่", "เรา",
			"ฉัน", "ผม", "หนู", "ดิฉัน", "คุณ", "ท่าน", "นี้", "นั้น", "โน้น", "ใน", "แต่", "หรือ", "ว่า", "โดย",
			"เพื่อ", "อ่ะ", "อะ", "ๆ", "เอ่อ", "อืม", "the", "a", "an", "of", "to", "is");

	/**
	 * Question words and light verbs: searched (they tell ที่ไหน from อย่างไร) but not
	 * counted as evidence that an entry is about the question.
	 */
	static final Set<String> WEAK = Set.of("ที่", "การ", "ความ", "คือ", "เป็น", "มี", "ได้", "ให้", "ไป", "มา", "ไหน",
			"ที่ไหน", "ที่ใด", "อะไร", "ยังไง", "อย่างไร", "ไง", "ใคร", "ทำไม", "เท่าไหร่", "เท่าไร", "เมื่อไหร่",
			"เมื่อไร", "กี่", "ต้อง", "ควร", "อยาก", "ขอ", "ถาม", "สอบถาม", "ทำ", "ดี", "ยัง", "กัน", "เขา", "จาก",
			"ถึง", "บ้าน", "คน", "ไม่", "มาก", "หา", "เอา", "ใช้", "ช่วย", "จริง", "วิธี", "ทาง");

	/** Stopwords as Lucene wants them. */
	private static final CharArraySet STOP_SET = new CharArraySet(STOPWORDS, false);

	/** Which dictionary cuts Thai into words. */
	enum Segmenter {

		/** ICU4J's dictionary-based break iterator (lucene-analysis-icu). */
		ICU,
		/** The JDK's {@code BreakIterator} for locale th (lucene-analysis-common). */
		JDK;

		Tokenizer tokenizer() {
			return this == ICU ? new ICUTokenizer() : new ThaiTokenizer();
		}

	}

	/**
	 * ICU unless the JVM is started with {@code -Ddho.assistant.segmenter=jdk} (the
	 * benchmark's comparison).
	 */
	static final Segmenter SEGMENTER = "jdk".equalsIgnoreCase(System.getProperty("dho.assistant.segmenter"))
			? Segmenter.JDK : Segmenter.ICU;

	private static final Analyzer WORDS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = SEGMENTER.tokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new StopFilter(stream, STOP_SET);
			return new TokenStreamComponents(source, stream);
		}
	};

	/**
	 * The same cut without the stopword filter (analyzers reuse their tokenizer per
	 * thread).
	 */
	private static final Analyzer ALL_WORDS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = SEGMENTER.tokenizer();
			return new TokenStreamComponents(source, new LowerCaseFilter(source));
		}
	};

	private ThaiAnalysis() {
	}

	static Analyzer wordAnalyzer() {
		return WORDS;
	}

	/** The words of a normalised text, in order, stopwords left out. */
	static List<String> words(String normalized) {
		return tokens(WORDS, normalized);
	}

	/** Every word of a normalised text, in order, stopwords included. */
	static List<String> allWords(String normalized) {
		return tokens(ALL_WORDS, normalized);
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> out = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("w", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/**
	 * Character 2- and 3-grams of a normalised text: runs of letters and digits, with the
	 * spaces between two Thai runs and the tone marks removed (so "มือ เท้า ปาก" and
	 * "มือเท้าปาก" share their grams, and a wrong tone mark costs nothing). A run shorter
	 * than two characters gives itself when it is a Latin word or number.
	 */
	static Set<String> ngrams(String normalized) {
		Set<String> out = new LinkedHashSet<>();
		for (String run : runs(normalized)) {
			if (run.length() < 2) {
				continue;
			}
			for (int n = 2; n <= 3; n++) {
				for (int i = 0; i + n <= run.length(); i++) {
					out.add(run.substring(i, i + n));
				}
			}
		}
		return out;
	}

	/**
	 * The n-grams of a question's content: its words without stopwords, question words
	 * and light verbs, each stretch of consecutive content words taken separately.
	 */
	static Set<String> contentNgrams(String normalized) {
		Set<String> out = new LinkedHashSet<>();
		StringBuilder stretch = new StringBuilder();
		for (String word : allWords(normalized)) {
			if (STOPWORDS.contains(word) || WEAK.contains(word)) {
				out.addAll(ngrams(stretch.toString()));
				stretch.setLength(0);
			}
			else {
				stretch.append(word).append(' ');
			}
		}
		out.addAll(ngrams(stretch.toString()));
		return out;
	}

	private static List<String> runs(String s) {
		List<String> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		char lastKept = 0;
		boolean pendingBreak = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (ThaiText.isToneMark(c) || c == '\u0E4C') {
				continue;
			}
			if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
					|| Character.getType(c) == Character.COMBINING_SPACING_MARK) {
				boolean thaiLetter = ThaiText.isThai(c) && !Character.isDigit(c);
				boolean lastThaiLetter = lastKept != 0 && ThaiText.isThai(lastKept) && !Character.isDigit(lastKept);
				boolean scriptChange = run.length() > 0 && thaiLetter != lastThaiLetter;
				if (run.length() > 0 && (scriptChange || (pendingBreak && !(thaiLetter && lastThaiLetter)))) {
					runs.add(run.toString());
					run.setLength(0);
				}
				pendingBreak = false;
				run.append(c);
				lastKept = c;
			}
			else {
				pendingBreak = true;
			}
		}
		if (run.length() > 0) {
			runs.add(run.toString());
		}
		return runs;
	}

}
