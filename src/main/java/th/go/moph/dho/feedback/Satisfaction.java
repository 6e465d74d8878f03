package th.go.moph.dho.feedback;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Satisfaction results for the public page, the staff dashboard and the six- and
 * twelve-month reports: the web survey and the LINE ratings, apart and combined.
 */
@Service
@Transactional(readOnly = true)
public class Satisfaction {

	private final JdbcClient jdbc;

	private final SurveyResponseRepository responses;

	private final LineRatingRepository ratings;

	Satisfaction(JdbcClient jdbc, SurveyResponseRepository responses, LineRatingRepository ratings) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.ratings = ratings;
	}

	/** Both rounds of a Buddhist-era fiscal year: Oct–Mar and Oct–Sep. */
	public FiscalYearSatisfaction fiscalYear(int fiscalYear) {
		LocalDate start = ThaiDates.fiscalYearStart(fiscalYear);
		return new FiscalYearSatisfaction(fiscalYear, summary(start, ThaiDates.firstHalfEnd(fiscalYear)),
				summary(start, ThaiDates.fiscalYearEnd(fiscalYear)));
	}

	/** Satisfaction between two days, both included. */
	public SatisfactionSummary summary(LocalDate from, LocalDate to) {
		Map<Aspect, Score> web = new EnumMap<>(Aspect.class);
		long respondents = this.jdbc
			.sql("SELECT COUNT(*), COALESCE(SUM(content_score), 0), COALESCE(SUM(findability_score), 0), "
					+ "COALESCE(SUM(speed_score), 0), COALESCE(SUM(design_score), 0), "
					+ "COALESCE(SUM(overall_score), 0) FROM survey_response WHERE submitted_on BETWEEN ? AND ?")
			.params(from, to)
			.query((rs, n) -> {
				long count = rs.getLong(1);
				Aspect[] aspects = Aspect.values();
				for (int i = 0; i < aspects.length; i++) {
					web.put(aspects[i], new Score(count, rs.getLong(i + 2)));
				}
				return count;
			})
			.single();
		long[] line = this.jdbc
			.sql("SELECT COUNT(*), COUNT(score), COALESCE(SUM(score), 0), COUNT(helpful), "
					+ "COALESCE(SUM(CASE WHEN helpful THEN 1 ELSE 0 END), 0) FROM line_rating "
					+ "WHERE rated_on BETWEEN ? AND ?")
			.params(from, to)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
			.single();
		Score lineScore = new Score(line[1], line[2]);
		return new SatisfactionSummary(from, to, respondents, web, line[0], lineScore, line[3], line[4],
				web.get(Aspect.OVERALL).plus(lineScore));
	}

	/** LINE ratings per topic, the least helpful first. */
	public List<TopicRating> topics(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT topic, MAX(topic_title), COUNT(*), COUNT(helpful), "
					+ "COALESCE(SUM(CASE WHEN helpful THEN 1 ELSE 0 END), 0), COUNT(score), COALESCE(SUM(score), 0) "
					+ "FROM line_rating WHERE rated_on BETWEEN ? AND ? GROUP BY topic")
			.params(from, to)
			.query((rs, n) -> new TopicRating(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), new Score(rs.getLong(6), rs.getLong(7))))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingDouble(TopicRating::helpfulPercent)
				.thenComparing(TopicRating::ratings, java.util.Comparator.reverseOrder()))
			.toList();
	}

	/** Every LINE rating between two days, for export (no user key). */
	public List<RatingRow> ratingRows(LocalDate from, LocalDate to) {
		return this.ratings.findByRatedOnBetweenOrderByCreatedAt(from, to)
			.stream()
			.map(r -> new RatingRow(r.getRatedOn(), r.getCreatedAt(), r.getTopic(), r.getTopicTitle(), r.getHelpful(),
					r.getScore()))
			.toList();
	}

	/** Every web survey response between two days, for staff and export. */
	public List<SurveyAnswer> surveyAnswers(LocalDate from, LocalDate to) {
		return this.responses.findBySubmittedOnBetweenOrderBySubmittedAt(from, to)
			.stream()
			.map(SurveyResponse::toAnswer)
			.toList();
	}

	/** The latest responses with a comment, newest first (staff only). */
	public List<SurveyAnswer> latestComments(LocalDate from, LocalDate to, int max) {
		return this.responses.findBySubmittedOnBetweenAndCommentIsNotNullOrderBySubmittedAtDesc(from, to, Limit.of(max))
			.stream()
			.map(SurveyResponse::toAnswer)
			.toList();
	}

}
