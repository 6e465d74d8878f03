package th.go.moph.dho.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.List;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Makes the example downloads and pictures at load time, so the repository holds no
 * binary demo files: PDFs in the Sarabun font, UTF-8 CSV files and simple PNG drawings
 * (portraits, activity photos, infographics), each visibly marked as an example.
 */
final class DemoFiles {

	private static final Color GREEN = new Color(0x0B, 0x6E, 0x4F);

	private static final Color[] BACKGROUNDS = { new Color(0xDC, 0xEF, 0xE6), new Color(0xE3, 0xEC, 0xF7),
			new Color(0xF6, 0xEB, 0xD9), new Color(0xEE, 0xE4, 0xF3), new Color(0xF7, 0xE1, 0xE1) };

	private final byte[] regular;

	private final byte[] bold;

	private final java.awt.Font awtRegular;

	private final java.awt.Font awtBold;

	DemoFiles() {
		this.regular = font("/fonts/Sarabun-Regular.ttf");
		this.bold = font("/fonts/Sarabun-Bold.ttf");
		this.awtRegular = awtFont(this.regular);
		this.awtBold = awtFont(this.bold);
	}

	/**
	 * The font's classpath URL as its name: when OpenPDF's Java2D layout processor is on
	 * (the evidence PDFs switch it on for Thai shaping) it opens the font again by that
	 * name.
	 */
	private static String fontUrl(String style) {
		return java.util.Objects.requireNonNull(DemoFiles.class.getResource("/fonts/Sarabun-" + style + ".ttf"), style)
			.toString();
	}

	/**
	 * A one- or two-page PDF: heading, marker, paragraphs and (for manuals) a table of
	 * steps.
	 */
	byte[] pdf(String heading, String marker, List<String> paragraphs, List<DemoContent.Step> steps) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(heading);
			document.addSubject(marker);
			document.open();
			BaseFont base = BaseFont.createFont(fontUrl("Regular"), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					this.regular, null);
			BaseFont baseBold = BaseFont.createFont(fontUrl("Bold"), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					this.bold, null);
			Font body = new Font(base, 15);
			Font strong = new Font(baseBold, 15);
			Paragraph title = new Paragraph(heading, new Font(baseBold, 20));
			title.setAlignment(Element.ALIGN_CENTER);
			document.add(title);
			Paragraph note = new Paragraph(marker,
					new Font(base, 13, Font.NORMAL, new java.awt.Color(0xB0, 0x30, 0x30)));
			note.setAlignment(Element.ALIGN_CENTER);
			note.setSpacingAfter(12);
			document.add(note);
			for (String line : paragraphs) {
				Paragraph p = new Paragraph(breakable(line), body);
				p.setSpacingAfter(6);
				document.add(p);
			}
			if (!steps.isEmpty()) {
				PdfPTable table = new PdfPTable(new float[] { 1, 6, 2 });
				table.setWidthPercentage(100);
				table.setSpacingBefore(10);
				table.setHeaderRows(1);
				for (String header : List.of("ลำดับ", "ขั้นตอนและรายละเอียด", "ระยะเวลา")) {
					table.addCell(cell(new Phrase(header, strong)));
				}
				for (int i = 0; i < steps.size(); i++) {
					DemoContent.Step step = steps.get(i);
					table.addCell(cell(new Phrase(String.valueOf(i + 1), body)));
					Phrase what = new Phrase(breakable(step.title()), strong);
					if (step.description() != null) {
						what.add(new Phrase("\n" + breakable(step.description()), body));
					}
					table.addCell(cell(what));
					table.addCell(cell(new Phrase(breakable(step.duration()), body)));
				}
				document.add(table);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	/** A table cell with room for Thai vowels and tone marks above and below the line. */
	private static PdfPCell cell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setLeading(0, 1.35f);
		cell.setPaddingTop(3);
		cell.setPaddingBottom(7);
		return cell;
	}

	/**
	 * Thai is written without spaces between words; a zero-width space at each word
	 * boundary lets the PDF wrap lines between words instead of inside them.
	 */
	static String breakable(String text) {
		BreakIterator words = BreakIterator.getWordInstance(ThaiDates.THAI);
		words.setText(text);
		StringBuilder out = new StringBuilder(text.length() + 16);
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			out.append(text, start, end);
			if (end < text.length() && isThai(text.charAt(end - 1)) && isThai(text.charAt(end))) {
				out.append('\u200B');
			}
		}
		return out.toString();
	}

	private static boolean isThai(char c) {
		return c >= '\u0E00' && c <= '\u0E7F';
	}

	/**
	 * A CSV file with a byte-order mark, so spreadsheet programs read the Thai correctly.
	 */
	byte[] csv(List<String> rows) {
		return ("\uFEFF" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A PNG drawing in one of the styles {@code avatar}, {@code photo} or
	 * {@code infographic}.
	 */
	byte[] png(String style, String marker, List<String> lines, int seed) {
		BufferedImage image = switch (style) {
			case "avatar" -> avatar(marker, seed);
			case "infographic" -> infographic(marker, lines, seed);
			default -> photo(marker, lines, seed);
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private BufferedImage avatar(String marker, int seed) {
		int w = 300;
		int h = 360;
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		g.setColor(BACKGROUNDS[Math.floorMod(seed, BACKGROUNDS.length)]);
		g.fillRect(0, 0, w, h);
		Color figure = new Color(0x5B, 0x6B, 0x7A);
		g.setColor(figure);
		g.fill(new Ellipse2D.Double(95, 60, 110, 125));
		g.fill(new RoundRectangle2D.Double(45, 200, 210, 200, 120, 120));
		// the collar of a white uniform
		g.setColor(Color.WHITE);
		g.fillPolygon(new int[] { 120, 150, 180 }, new int[] { 200, 250, 200 }, 3);
		band(g, marker, w, h);
		g.dispose();
		return image;
	}

	private BufferedImage photo(String marker, List<String> lines, int seed) {
		int w = 960;
		int h = 540;
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		g.setPaint(new GradientPaint(0, 0, new Color(0x9C, 0xC9, 0xEA), 0, 300, new Color(0xE8, 0xF3, 0xFA)));
		g.fillRect(0, 0, w, 330);
		g.setColor(new Color(0x7F, 0xB0, 0x6A));
		g.fillRect(0, 330, w, h - 330);
		// a tent and a row of people
		g.setColor(new Color(0xF2, 0xF2, 0xF2));
		g.fillRect(140, 150, 680, 40);
		g.setColor(new Color(0x2E, 0x7D, 0x5B));
		g.fillRect(150, 190, 12, 160);
		g.fillRect(798, 190, 12, 160);
		Color[] shirts = { new Color(0x1F, 0x5F, 0x99), new Color(0xC0, 0x6C, 0x2B), Color.WHITE,
				new Color(0x6A, 0x3D, 0x9A), new Color(0x2E, 0x7D, 0x5B) };
		int people = 5 + Math.floorMod(seed, 4);
		for (int i = 0; i < people; i++) {
			int x = 190 + i * (580 / people);
			g.setColor(new Color(0x8D, 0x5B, 0x3C));
			g.fill(new Ellipse2D.Double(x, 235, 40, 44));
			g.setColor(shirts[Math.floorMod(i + seed, shirts.length)]);
			g.fill(new RoundRectangle2D.Double(x - 12, 282, 64, 90, 26, 26));
		}
		if (!lines.isEmpty()) {
			g.setColor(new Color(0, 0, 0, 150));
			g.fillRect(0, h - 92, w, 92);
			g.setColor(Color.WHITE);
			drawFitted(g, this.awtBold, lines.get(0), 30, 24, h - 38, w - 48);
		}
		g.setColor(new Color(0xB0, 0x30, 0x30));
		g.fillRoundRect(w - 210, 18, 190, 46, 16, 16);
		g.setColor(Color.WHITE);
		drawFitted(g, this.awtBold, marker, 24, w - 196, 50, 165);
		g.dispose();
		return image;
	}

	private BufferedImage infographic(String marker, List<String> lines, int seed) {
		int w = 800;
		int rows = Math.max(lines.size() - 1, 1);
		int h = 220 + rows * 110 + 70;
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		g.setColor(BACKGROUNDS[Math.floorMod(seed, BACKGROUNDS.length)]);
		g.fillRect(0, 0, w, h);
		g.setColor(GREEN);
		g.fillRect(0, 0, w, 170);
		g.setColor(Color.WHITE);
		if (!lines.isEmpty()) {
			drawFitted(g, this.awtBold, lines.get(0), 44, 40, 105, w - 80);
		}
		for (int i = 1; i < lines.size(); i++) {
			int y = 220 + (i - 1) * 110;
			g.setColor(Color.WHITE);
			g.fillRoundRect(30, y, w - 60, 90, 24, 24);
			g.setColor(GREEN);
			g.fill(new Ellipse2D.Double(50, y + 15, 60, 60));
			g.setColor(Color.WHITE);
			drawFitted(g, this.awtBold, String.valueOf(i), 32, 71, y + 57, 40);
			g.setColor(new Color(0x22, 0x22, 0x22));
			drawFitted(g, this.awtRegular, lines.get(i), 28, 130, y + 56, w - 190);
		}
		band(g, marker, w, h);
		g.dispose();
		return image;
	}

	private void band(Graphics2D g, String marker, int w, int h) {
		g.setColor(new Color(0xB0, 0x30, 0x30));
		g.fillRect(0, h - 48, w, 48);
		g.setColor(Color.WHITE);
		drawFitted(g, this.awtBold, marker, 24, 16, h - 16, w - 32);
	}

	/** Draws one line, shrinking the font until it fits the width. */
	private static void drawFitted(Graphics2D g, java.awt.Font font, String text, int size, int x, int y, int width) {
		java.awt.Font sized = font.deriveFont((float) size);
		while (g.getFontMetrics(sized).stringWidth(text) > width && sized.getSize2D() > 10) {
			sized = sized.deriveFont(sized.getSize2D() - 1);
		}
		g.setFont(sized);
		g.drawString(text, x, y);
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setStroke(new BasicStroke(2));
		return g;
	}

	private static byte[] font(String path) {
		try (InputStream in = DemoFiles.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.awt.Font awtFont(byte[] bytes) {
		try {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("Unreadable font", ex);
		}
	}

}
