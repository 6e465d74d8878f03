package th.go.moph.dho.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Website visits and LINE figures per day and month, as stored plus what is still being
 * counted in memory today.
 */
@Service
@Transactional(readOnly = true)
public class VisitStatistics {

	private final StatsStore store;

	private final VisitCounter counter;

	private final Clock clock;

	VisitStatistics(StatsStore store, VisitCounter counter, Clock clock) {
		this.store = store;
		this.counter = counter;
		this.clock = clock;
	}

	/** Today in the office's time zone. */
	public LocalDate today() {
		return ThaiDates.toLocal(this.clock.instant()).toLocalDate();
	}

	/** Every day between two days (both included), days without visits as zero. */
	public List<DailyVisits> daily(LocalDate from, LocalDate to) {
		List<DailyVisits> days = new ArrayList<>(this.store.visits(from, to));
		DailyVisits pending = this.counter.pendingToday();
		for (int i = 0; i < days.size(); i++) {
			DailyVisits d = days.get(i);
			if (d.date().equals(pending.date())) {
				days.set(i, new DailyVisits(d.date(), d.pageViews() + pending.pageViews(),
						d.uniqueVisitors() + pending.uniqueVisitors(), d.rawPageViews() + pending.rawPageViews()));
			}
		}
		return days;
	}

	/**
	 * The months of a period with the sum of their days (a visitor who came on two days
	 * counts on both).
	 */
	public List<MonthlyVisits> monthly(LocalDate from, LocalDate to) {
		Map<YearMonth, long[]> months = new LinkedHashMap<>();
		for (DailyVisits d : daily(from, to)) {
			long[] m = months.computeIfAbsent(YearMonth.from(d.date()), k -> new long[3]);
			m[0] += d.pageViews();
			m[1] += d.uniqueVisitors();
			m[2] += d.rawPageViews();
		}
		return months.entrySet()
			.stream()
			.map(e -> new MonthlyVisits(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
	}

	/** The most viewed pages. */
	public List<PageViews> topPages(LocalDate from, LocalDate to, int max) {
		return this.store.topPages(from, to, max);
	}

	/** The LINE channel per day. */
	public List<LineDay> line(LocalDate from, LocalDate to) {
		return this.store.lineDays(from, to);
	}

	/** Questions per channel and outcome. */
	public List<QuestionCounts> questions(LocalDate from, LocalDate to) {
		return this.store.questions(from, to);
	}

}
