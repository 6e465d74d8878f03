package th.go.moph.dho.publishing.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.BreakIterator;
import java.util.Objects;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfChunk;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Thai text for OpenPDF that prints the way Thai is read. OpenPDF alone maps characters
 * to glyphs one by one, which leaves tone marks and vowels above and below colliding or
 * floating. Its {@link LayoutProcessor} lays each run out with Java2D instead: the JDK's
 * OpenType shaper (HarfBuzz) applies Sarabun's GSUB and GPOS mark positioning, and
 * OpenPDF writes the shaped glyphs at their positions, with the original text as
 * {@code /ActualText} so that copying and text extraction give back real Thai. Sarabun is
 * embedded (subset). Lines break between Thai words (the JDK's Thai line breaker), never
 * inside a syllable.
 */
final class ThaiPdf {

	private ThaiPdf() {
	}

	static Font regular(float size) {
		return new Font(Fonts.REGULAR, size);
	}

	static Font bold(float size) {
		return new Font(Fonts.BOLD, size);
	}

	/** A run of text that breaks only where a Thai line may break. */
	static Chunk chunk(String text, Font font) {
		Chunk chunk = new Chunk(text, font);
		chunk.setSplitCharacter(new ThaiLineBreaks());
		return chunk;
	}

	static Phrase phrase(String text, Font font) {
		Phrase phrase = new Phrase();
		phrase.add(chunk(text, font));
		return phrase;
	}

	/** The fonts, loaded once per JVM: the layout processor keeps its own map of them. */
	private static final class Fonts {

		static final BaseFont REGULAR;

		static final BaseFont BOLD;

		static {
			synchronized (LayoutProcessor.class) {
				if (!LayoutProcessor.isEnabled()) {
					LayoutProcessor.enableKernLiga();
				}
				LayoutProcessor.setWriteActualText();
				REGULAR = load("/fonts/Sarabun-Regular.ttf");
				BOLD = load("/fonts/Sarabun-Bold.ttf");
			}
		}

		private static BaseFont load(String resource) {
			URL url = Objects.requireNonNull(ThaiPdf.class.getResource(resource), resource);
			try (InputStream in = url.openStream()) {
				// the layout processor reads the font again from this URL for Java2D
				return BaseFont.createFont(url.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
						in.readAllBytes(), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot load " + resource, ex);
			}
		}

	}

	/**
	 * Says a line may break after a character only where the JDK's Thai line breaker
	 * finds a word boundary (Thai writes no spaces between words).
	 */
	static final class ThaiLineBreaks implements SplitCharacter {

		private char[] analysed = new char[0];

		private int analysedEnd = -1;

		private BreakIterator breaks = BreakIterator.getLineInstance(ThaiDates.THAI);

		@Override
		public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
			if (current + 1 >= end) {
				return false;
			}
			if (cc != this.analysed || end != this.analysedEnd) {
				this.analysed = cc;
				this.analysedEnd = end;
				this.breaks = BreakIterator.getLineInstance(ThaiDates.THAI);
				this.breaks.setText(new String(cc, 0, end));
			}
			return this.breaks.isBoundary(current + 1);
		}

	}

}
