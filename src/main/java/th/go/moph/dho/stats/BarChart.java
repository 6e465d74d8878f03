package th.go.moph.dho.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server (no script, allowed by the strict
 * content security policy). The template draws {@link #bars()} and the table beside it
 * lists the very same bars, so chart and table cannot disagree.
 *
 * @param bars the bars, top to bottom
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 */
record BarChart(List<Bar> bars, int width, int height) {

	static final int WIDTH = 640;

	static final int LABEL_WIDTH = 150;

	static final int VALUE_WIDTH = 70;

	static final int ROW = 26;

	static final int BAR = 18;

	/**
	 * @param label the text before the bar
	 * @param value the value it stands for
	 * @param shown the value as printed
	 * @param y top of the row
	 * @param length length of the bar
	 */
	record Bar(String label, double value, String shown, int y, double length) {

		public int textY() {
			return this.y + BAR - 4;
		}

		public int barX() {
			return LABEL_WIDTH;
		}

		public double valueX() {
			return LABEL_WIDTH + this.length + 6;
		}

		public int barHeight() {
			return BAR;
		}

	}

	/** A value to draw. */
	record Entry(String label, double value, String shown) {
	}

	static BarChart of(List<Entry> entries, double max) {
		double scale = max > 0 ? (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max : 0;
		List<Bar> bars = new ArrayList<>();
		int y = 4;
		for (Entry e : entries) {
			bars.add(new Bar(e.label(), e.value(), e.shown(), y,
					Math.round(Math.max(0, e.value()) * scale * 10) / 10.0));
			y += ROW;
		}
		return new BarChart(List.copyOf(bars), WIDTH, y + 4);
	}

	static BarChart ofCounts(List<Entry> entries) {
		double max = entries.stream().mapToDouble(Entry::value).max().orElse(0);
		return of(entries, max);
	}

	public int labelX() {
		return LABEL_WIDTH - 6;
	}

}
