package th.go.moph.dho.feedback;

import java.time.LocalDate;
import java.util.Map;

/**
 * Satisfaction over a period, from both sources kept apart and then combined.
 * <p>
 * The web survey scores five aspects; a LINE rating is a single overall score (and a
 * helpful yes/no). So the two are combined only on overall satisfaction: every web
 * respondent's "overall" answer and every LINE score count as one answer each, and the
 * combined mean is the mean of all of them.
 *
 * @param from first day
 * @param to last day
 * @param webRespondents web survey responses
 * @param web the web survey per aspect
 * @param lineRatings LINE ratings (with or without a score)
 * @param lineScore LINE satisfaction scores
 * @param lineHelpfulAnswered LINE ratings that said whether it helped
 * @param lineHelpful of those, how many said it helped
 * @param combined overall satisfaction from both
 */
public record SatisfactionSummary(LocalDate from, LocalDate to, long webRespondents, Map<Aspect, Score> web,
		long lineRatings, Score lineScore, long lineHelpfulAnswered, long lineHelpful, Score combined) {

	public Score web(Aspect aspect) {
		return this.web.getOrDefault(aspect, Score.NONE);
	}

	/**
	 * Share of LINE ratings that said it helped, in percent with one decimal, or -1 if
	 * none.
	 */
	public double lineHelpfulPercent() {
		return this.lineHelpfulAnswered == 0 ? -1
				: Math.round(this.lineHelpful * 1000.0 / this.lineHelpfulAnswered) / 10.0;
	}

}
