package th.go.moph.dho.eservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * The figures auditors ask for under MOIT 10 (complaint handling results), per service
 * type for the six-month (1 October – 31 March) and twelve-month (1 October – 30
 * September) rounds of a fiscal year. A round counts the requests filed in it, each in
 * the status it had at the round's end (or now, for a round still running):
 * <ul>
 * <li><b>closed</b>: finished by the office ({@code DONE} or {@code REJECTED}); a
 * citizen's withdrawal is counted apart;</li>
 * <li><b>median days to close</b>: of the closed ones, calendar days (Bangkok) from the
 * day filed to the day closed;</li>
 * <li><b>overdue</b>: with a target date, and either closed after it or still open past
 * it at the round's end.</li>
 * </ul>
 * Confidential types (corruption reports) are counted like the others: the figures name
 * nobody.
 */
@Service
@Transactional(readOnly = true)
public class EserviceEvidence {

	private final JdbcClient jdbc;

	private final ServiceTypeRepository types;

	private final Clock clock;

	EserviceEvidence(JdbcClient jdbc, ServiceTypeRepository types, Clock clock) {
		this.jdbc = jdbc;
		this.types = types;
		this.clock = clock;
	}

	/** One fiscal year's two rounds. */
	public record YearReport(int fiscalYear, Round sixMonths, Round twelveMonths) {

		public List<Round> rounds() {
			return List.of(this.sixMonths, this.twelveMonths);
		}

	}

	/**
	 * One round.
	 *
	 * @param months 6 or 12
	 * @param from first day
	 * @param to last day
	 * @param asOf the day the statuses are taken at: the last day, or today for a round
	 * still running
	 * @param types one row per service type
	 * @param total all types together
	 */
	public record Round(int months, LocalDate from, LocalDate to, LocalDate asOf, List<Figures> types, Figures total) {

		public boolean running() {
			return this.asOf.isBefore(this.to);
		}

	}

	/**
	 * The figures of one service type (or of all).
	 *
	 * @param code the type's code ({@code null} for the total)
	 * @param received filed in the round
	 * @param byStatus how many stood in each status at the round's end
	 * @param closed finished by the office (done or rejected)
	 * @param medianDaysToClose median calendar days from filing to closing, or
	 * {@code null} when none was closed
	 * @param overdue closed after the target date or open past it
	 */
	public record Figures(@Nullable String code, String nameTh, @Nullable Integer targetDays, long received,
			Map<RequestStatus, Long> byStatus, long closed, @Nullable Double medianDaysToClose, long overdue) {

		public long count(RequestStatus status) {
			return this.byStatus.getOrDefault(status, 0L);
		}

		/** Open at the round's end. */
		public long open() {
			return this.byStatus.entrySet()
				.stream()
				.filter(e -> !e.getKey().closed())
				.mapToLong(Map.Entry::getValue)
				.sum();
		}

	}

	/** Both rounds of a Buddhist-era fiscal year. */
	public YearReport fiscalYear(int fiscalYear) {
		LocalDate from = ThaiDates.fiscalYearStart(fiscalYear);
		return new YearReport(fiscalYear, round(6, from, ThaiDates.firstHalfEnd(fiscalYear)),
				round(12, from, ThaiDates.fiscalYearEnd(fiscalYear)));
	}

	/** The figures of the requests filed between two days, both included. */
	public Round round(int months, LocalDate from, LocalDate to) {
		Instant now = this.clock.instant();
		LocalDate today = ThaiDates.toLocal(now).toLocalDate();
		Instant end = ThaiDates.startOfDay(to.plusDays(1)).toInstant();
		Instant cutoff = now.isBefore(end) ? now : end;
		LocalDate asOf = today.isBefore(to) ? today : to;
		LocalDateTime fromUtc = utc(ThaiDates.startOfDay(from).toInstant());
		LocalDateTime endUtc = utc(end);

		Map<Long, Filed> filed = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT id, service_type_id, submitted_at, target_date FROM eservice_request"
					+ " WHERE submitted_at >= ? AND submitted_at < ? ORDER BY id")
			.params(fromUtc, endUtc)
			.query(rs -> {
				filed.put(rs.getLong(1), new Filed(rs.getLong(2),
						EserviceInbox.instant(rs.getObject(3, LocalDateTime.class)), rs.getObject(4, LocalDate.class)));
			});
		// each request's status at the cutoff: its last history row before it
		this.jdbc.sql("SELECT h.request_id, h.to_status, h.changed_at FROM eservice_history h"
				+ " JOIN eservice_request r ON r.id = h.request_id"
				+ " WHERE r.submitted_at >= ? AND r.submitted_at < ? AND h.changed_at < ? ORDER BY h.request_id, h.id")
			.params(fromUtc, endUtc, utc(cutoff))
			.query(rs -> {
				Filed request = filed.get(rs.getLong(1));
				if (request != null) {
					RequestStatus status = RequestStatus.valueOf(rs.getString(2));
					Instant at = EserviceInbox.instant(rs.getObject(3, LocalDateTime.class));
					if (!(request.status != null && request.status.closed())) {
						request.status = status;
						if (status.closed()) {
							request.closedAt = at;
						}
					}
				}
			});

		Map<Long, List<Filed>> byType = new HashMap<>();
		filed.values().forEach(f -> byType.computeIfAbsent(f.typeId, k -> new ArrayList<>()).add(f));
		List<Figures> rows = new ArrayList<>();
		for (ServiceType type : this.types.findAllByOrderBySortOrderAscIdAsc()) {
			List<Filed> requests = byType.getOrDefault(type.getId(), List.of());
			if (type.isActive() || !requests.isEmpty()) {
				rows.add(figures(type.getCode(), type.getNameTh(), type.getTargetDays(), requests, asOf));
			}
		}
		Figures total = figures(null, "", null, new ArrayList<>(filed.values()), asOf);
		return new Round(months, from, to, asOf, rows, total);
	}

	private static Figures figures(@Nullable String code, String nameTh, @Nullable Integer targetDays,
			List<Filed> requests, LocalDate asOf) {
		Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
		List<Long> days = new ArrayList<>();
		long overdue = 0;
		for (Filed f : requests) {
			RequestStatus status = f.status == null ? RequestStatus.RECEIVED : f.status;
			byStatus.merge(status, 1L, Long::sum);
			LocalDate closedOn = status.closed() && f.closedAt != null ? ThaiDates.toLocal(f.closedAt).toLocalDate()
					: null;
			if ((status == RequestStatus.DONE || status == RequestStatus.REJECTED) && closedOn != null) {
				days.add(ChronoUnit.DAYS.between(ThaiDates.toLocal(f.submittedAt).toLocalDate(), closedOn));
			}
			if (f.targetDate != null) {
				LocalDate finished = closedOn != null ? closedOn : asOf;
				if (finished.isAfter(f.targetDate)) {
					overdue++;
				}
			}
		}
		return new Figures(code, nameTh, targetDays, requests.size(), byStatus, days.size(), median(days), overdue);
	}

	static @Nullable Double median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A request filed in the round and where it stood at the cutoff. */
	private static final class Filed {

		final long typeId;

		final Instant submittedAt;

		final @Nullable LocalDate targetDate;

		@Nullable RequestStatus status;

		@Nullable Instant closedAt;

		Filed(long typeId, Instant submittedAt, @Nullable LocalDate targetDate) {
			this.typeId = typeId;
			this.submittedAt = submittedAt;
			this.targetDate = targetDate;
		}

	}

}
