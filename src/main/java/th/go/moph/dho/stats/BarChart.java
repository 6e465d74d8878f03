package th.go.moph.dho.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server (no script, allowed by the strict
 * content security policy). The template draws {@link #bars()} and the table beside it
 * lists the very same bars, so chart and table cannot disagree.
 * <p>
 * Each label stands on its own line above its bar, and the drawing is 360 units wide, so
 * on a phone (about 340 px) the text keeps nearly its full size ({@link #FONT_SIZE}) and
 * long labels (the survey's questions) are not squeezed beside the bars.
 *
 * @param bars the bars, top to bottom
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 */
record BarChart(List<Bar> bars, int width, int height) {

	static final int WIDTH = 360;

	static final int VALUE_WIDTH = 70;

	static final int FONT_SIZE = 15;

	static final int LABEL = 18;

	static final int BAR = 16;

	static final int ROW = LABEL + BAR + 12;

	/**
	 * @param label the text above the bar
	 * @param value the value it stands for
	 * @param shown the value as printed
	 * @param y top of the row
	 * @param length length of the bar
	 */
	record Bar(String label, double value, String shown, int y, double length) {

		/** Baseline of the label. */
		public int textY() {
			return this.y + LABEL - 4;
		}

		public int barX() {
			return 0;
		}

		public int barY() {
			return this.y + LABEL;
		}

		public double valueX() {
			return this.length + 6;
		}

		/** Baseline of the value beside the bar. */
		public int valueY() {
			return this.y + LABEL + BAR - 3;
		}

		public int barHeight() {
			return BAR;
		}

	}

	/** A value to draw. */
	record Entry(String label, double value, String shown) {
	}

	static BarChart of(List<Entry> entries, double max) {
		double scale = max > 0 ? (WIDTH - VALUE_WIDTH) / max : 0;
		List<Bar> bars = new ArrayList<>();
		int y = 2;
		for (Entry e : entries) {
			bars.add(new Bar(e.label(), e.value(), e.shown(), y,
					Math.round(Math.max(0, e.value()) * scale * 10) / 10.0));
			y += ROW;
		}
		return new BarChart(List.copyOf(bars), WIDTH, y + 2);
	}

	static BarChart ofCounts(List<Entry> entries) {
		double max = entries.stream().mapToDouble(Entry::value).max().orElse(0);
		return of(entries, max);
	}

	public int labelX() {
		return 0;
	}

	public int fontSize() {
		return FONT_SIZE;
	}

}
