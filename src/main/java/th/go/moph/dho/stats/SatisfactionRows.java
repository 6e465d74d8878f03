package th.go.moph.dho.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.go.moph.dho.feedback.Aspect;
import th.go.moph.dho.feedback.SatisfactionSummary;
import th.go.moph.dho.feedback.Score;

/**
 * Turns a satisfaction summary into the rows of its table and the bars of its chart: the
 * five web aspects, LINE, and the two combined.
 */
@Component
class SatisfactionRows {

	private final MessageSource messages;

	SatisfactionRows(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A row of the satisfaction table.
	 *
	 * @param label what it measures
	 * @param source where the answers come from ({@code web}, {@code line},
	 * {@code combined})
	 * @param score the answers
	 */
	record Row(String label, String source, Score score) {
	}

	/** A summary with its rows and its chart. */
	record View(SatisfactionSummary summary, List<Row> rows, BarChart chart) {
	}

	View view(SatisfactionSummary summary, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (Aspect aspect : Aspect.values()) {
			rows.add(new Row(this.messages.getMessage(aspect.messageKey(), null, locale), "web", summary.web(aspect)));
		}
		rows.add(new Row(this.messages.getMessage("stats.satisfaction.line", null, locale), "line",
				summary.lineScore()));
		rows.add(new Row(this.messages.getMessage("stats.satisfaction.combined", null, locale), "combined",
				summary.combined()));
		List<BarChart.Entry> entries = rows.stream()
			.map(r -> new BarChart.Entry(r.label(), r.score().isEmpty() ? 0 : r.score().mean().doubleValue(),
					r.score().isEmpty() ? "–" : r.score().mean().toPlainString()))
			.toList();
		return new View(summary, rows, BarChart.of(entries, 5));
	}

}
