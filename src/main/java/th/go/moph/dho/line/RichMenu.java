package th.go.moph.dho.line;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;
import com.linecorp.bot.messaging.model.URIAction;

/**
 * The rich menu, defined in code: six areas in a 3 × 2 grid on a 2500 × 1686 image that
 * the app draws with Java2D and the Sarabun font (Java2D shapes the Thai vowels and tone
 * marks). Its name carries a hash of the areas and the image, so provisioning can
 * recognise a menu that is already on LINE.
 */
@Component
class RichMenu {

	static final int WIDTH = 2500;

	static final int HEIGHT = 1686;

	/** One area: what it says and what it does. */
	record Area(String labelKey, String action, boolean uri, Color color) {
	}

	static final List<Area> AREAS = List.of(new Area("news", "news", false, new Color(0x0B6E4F)),
			new Area("guides", "guides", false, new Color(0x1F5FA8)),
			new Area("forms", "forms", false, new Color(0x7A4FA0)),
			new Area("contact", "contact", false, new Color(0xB5541C)),
			new Area("rate", "rate", false, new Color(0xA8325E)),
			new Area("eservice", "eservice", true, new Color(0x2F6B7A)));

	private final LineMessages messages;

	private final org.springframework.context.MessageSource texts;

	private volatile byte[] png;

	RichMenu(LineMessages messages, org.springframework.context.MessageSource texts) {
		this.messages = messages;
		this.texts = texts;
	}

	String label(Area area) {
		return this.texts.getMessage("line.richmenu." + area.labelKey(), null, th.go.moph.dho.thai.ThaiDates.THAI);
	}

	/** The areas with their bounds and actions. */
	List<RichMenuArea> areas() {
		List<RichMenuArea> areas = new ArrayList<>();
		for (int i = 0; i < AREAS.size(); i++) {
			Area area = AREAS.get(i);
			int[] b = bounds(i);
			String label = label(area);
			Action action = area.uri() ? this.messages.uriAction(label, this.messages.eServiceUrl())
					: new PostbackAction.Builder().label(LineMessages.label(label))
						.data(Postback.of(area.action()).data())
						.displayText(label)
						.build();
			areas.add(new RichMenuArea(new RichMenuBounds((long) b[0], (long) b[1], (long) b[2], (long) b[3]), action));
		}
		return areas;
	}

	/** x, y, width, height of area {@code i} (row-major, 3 columns, 2 rows). */
	static int[] bounds(int i) {
		int col = i % 3;
		int row = i / 3;
		int x = col * WIDTH / 3;
		int w = (col + 1) * WIDTH / 3 - x;
		int y = row * HEIGHT / 2;
		int h = (row + 1) * HEIGHT / 2 - y;
		return new int[] { x, y, w, h };
	}

	RichMenuRequest request() {
		return new RichMenuRequest.Builder().size(new RichMenuSize((long) WIDTH, (long) HEIGHT))
			.selected(true)
			.name(name())
			.chatBarText(this.texts.getMessage("line.richmenu.chat-bar", null, th.go.moph.dho.thai.ThaiDates.THAI))
			.areas(areas())
			.build();
	}

	/** {@code dho-main-<hash>}: the same definition and image give the same name. */
	String name() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.messages.toJson(areas()).getBytes(StandardCharsets.UTF_8));
			digest.update(png());
			return "dho-main-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The PNG image (drawn once). */
	byte[] png() {
		byte[] p = this.png;
		if (p == null) {
			p = draw();
			this.png = p;
		}
		return p.clone();
	}

	private byte[] draw() {
		Font base = loadFont();
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(new Color(0xF4F6F5));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			for (int i = 0; i < AREAS.size(); i++) {
				drawArea(g, base, AREAS.get(i), bounds(i));
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void drawArea(Graphics2D g, Font base, Area area, int[] b) {
		int pad = 24;
		g.setColor(area.color());
		g.fill(new RoundRectangle2D.Double(b[0] + pad, b[1] + pad, b[2] - 2 * pad, b[3] - 2 * pad, 60, 60));
		// a simple emblem: a white ring with the area's number
		int cx = b[0] + b[2] / 2;
		int cy = b[1] + b[3] / 2 - 150;
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(18));
		g.drawOval(cx - 120, cy - 120, 240, 240);
		drawCentered(g, base.deriveFont(Font.BOLD, 150f), String.valueOf(AREAS.indexOf(area) + 1), cx, cy);
		String label = label(area);
		List<String> lines = label.contains("/")
				? List.of(label.substring(0, label.indexOf('/')), label.substring(label.indexOf('/') + 1))
				: List.of(label);
		float size = 120f;
		Font font = base.deriveFont(Font.BOLD, size);
		FontRenderContext frc = g.getFontRenderContext();
		for (String line : lines) {
			while (new TextLayout(line, font, frc).getAdvance() > b[2] - 2 * pad - 60 && size > 40) {
				size -= 6;
				font = base.deriveFont(Font.BOLD, size);
			}
		}
		int y = b[1] + b[3] / 2 + 170 - (lines.size() - 1) * 70;
		for (String line : lines) {
			drawCentered(g, font, line, cx, y);
			y += (int) (size * 1.25);
		}
	}

	private static void drawCentered(Graphics2D g, Font font, String text, int cx, int cy) {
		TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
		float x = cx - layout.getAdvance() / 2;
		float y = cy + (layout.getAscent() - layout.getDescent()) / 2;
		g.setColor(Color.WHITE);
		layout.draw(g, x, y);
	}

	private Font loadFont() {
		try (InputStream in = RichMenu.class.getResourceAsStream("/fonts/Sarabun-Bold.ttf")) {
			if (in == null) {
				throw new IllegalStateException("fonts/Sarabun-Bold.ttf missing");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("Cannot load the Sarabun font", ex);
		}
	}

}
