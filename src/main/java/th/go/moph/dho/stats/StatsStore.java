package th.go.moph.dho.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily statistics tables. Every write is additive ({@code n = n + ?}): update the
 * row, insert it when there was none, and update again if another instance inserted it
 * first. That works unchanged on H2 and MySQL and lets several instances count side by
 * side.
 */
@Repository
class StatsStore {

	private final JdbcClient jdbc;

	StatsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds amounts to a row of a daily table (names come from this module's code, never
	 * from input).
	 */
	void add(String table, Map<String, Object> key, Map<String, Long> amounts) {
		Map<String, Object> params = new LinkedHashMap<>(key);
		params.putAll(amounts);
		String set = amounts.keySet().stream().map(c -> c + " = " + c + " + :" + c).collect(Collectors.joining(", "));
		String where = key.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(" AND "));
		String update = "UPDATE " + table + " SET " + set + " WHERE " + where;
		if (this.jdbc.sql(update).params(params).update() > 0) {
			return;
		}
		String insert = "INSERT INTO " + table + " (" + String.join(", ", params.keySet()) + ") VALUES ("
				+ params.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
		try {
			this.jdbc.sql(insert).params(params).update();
		}
		catch (DuplicateKeyException ex) {
			this.jdbc.sql(update).params(params).update();
		}
	}

	List<DailyVisits> visits(LocalDate from, LocalDate to) {
		Map<LocalDate, DailyVisits> rows = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT stat_date, page_views, unique_visitors, raw_page_views FROM visit_daily "
					+ "WHERE stat_date BETWEEN ? AND ?")
			.params(from, to)
			.query((rs, n) -> new DailyVisits(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
					rs.getLong(4)))
			.list()
			.forEach(v -> rows.put(v.date(), v));
		List<DailyVisits> days = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			days.add(rows.getOrDefault(d, new DailyVisits(d, 0, 0)));
		}
		return days;
	}

	List<PageViews> topPages(LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql("SELECT path, SUM(views) AS total FROM visit_page_daily WHERE stat_date BETWEEN ? AND ? "
					+ "GROUP BY path ORDER BY total DESC, path LIMIT " + limit)
			.params(from, to)
			.query((rs, n) -> new PageViews(rs.getString(1), rs.getLong(2)))
			.list();
	}

	List<LineDay> lineDays(LocalDate from, LocalDate to) {
		long before = this.jdbc
			.sql("SELECT COALESCE(SUM(followers_gained - followers_lost), 0) FROM line_daily WHERE stat_date < ?")
			.param(from)
			.query(Long.class)
			.single();
		Map<LocalDate, long[]> rows = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT stat_date, followers_gained, followers_lost, messages_received FROM line_daily "
					+ "WHERE stat_date BETWEEN ? AND ?")
			.params(from, to)
			.query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) }))
			.list()
			.forEach(e -> rows.put(e.getKey(), e.getValue()));
		Map<LocalDate, long[]> questions = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT stat_date, answered, suggested, not_answered FROM question_daily "
					+ "WHERE channel = 'LINE' AND stat_date BETWEEN ? AND ?")
			.params(from, to)
			.query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) }))
			.list()
			.forEach(e -> questions.put(e.getKey(), e.getValue()));
		List<LineDay> days = new ArrayList<>();
		long followers = before;
		long[] none = new long[3];
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			long[] r = rows.getOrDefault(d, none);
			long[] q = questions.getOrDefault(d, none);
			followers += r[0] - r[1];
			days.add(new LineDay(d, r[0], r[1], followers, r[2], q[0], q[1], q[2]));
		}
		return days;
	}

	List<QuestionCounts> questions(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT channel, SUM(answered), SUM(suggested), SUM(not_answered) FROM question_daily "
					+ "WHERE stat_date BETWEEN ? AND ? GROUP BY channel ORDER BY channel")
			.params(from, to)
			.query((rs, n) -> new QuestionCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

}
