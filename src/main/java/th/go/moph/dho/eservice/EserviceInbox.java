package th.go.moph.dho.eservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffMember;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The staff inbox: the requests of the service types a staff member handles, filtered in
 * the database (type, status, overdue, assignee, tracking number), the counts per type
 * and the bookings of an appointment slot. A type the staff member does not handle (a
 * confidential type without the integrity role) is never listed, counted or found.
 */
@Service
@Transactional(readOnly = true)
public class EserviceInbox {

	/** The most rows one inbox page shows; narrower filters find the rest. */
	public static final int PAGE_SIZE = 200;

	private static final List<String> CLOSED = List.of(RequestStatus.DONE.name(), RequestStatus.REJECTED.name(),
			RequestStatus.WITHDRAWN.name());

	private final JdbcClient jdbc;

	private final ServiceTypeRepository types;

	private final AppointmentSlotRepository slots;

	private final StaffAccounts accounts;

	private final Clock clock;

	EserviceInbox(JdbcClient jdbc, ServiceTypeRepository types, AppointmentSlotRepository slots, StaffAccounts accounts,
			Clock clock) {
		this.jdbc = jdbc;
		this.types = types;
		this.slots = slots;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * What to show.
	 *
	 * @param serviceCode one service type, or all the staff member handles
	 * @param status one status, or every status
	 * @param openOnly only requests not closed
	 * @param overdueOnly only open requests past their target date
	 * @param assignee a login name, {@link #UNASSIGNED} for nobody, or any
	 * @param trackingNumber part of a tracking number
	 */
	public record Filter(@Nullable String serviceCode, @Nullable RequestStatus status, boolean openOnly,
			boolean overdueOnly, @Nullable String assignee, @Nullable String trackingNumber) {

		/** The value of {@code assignee} that asks for requests nobody holds. */
		public static final String UNASSIGNED = "-";

		public static Filter all() {
			return new Filter(null, null, false, false, null, null);
		}

	}

	/** One page of the inbox and how many matched in all. */
	public record Page(List<StaffRequestRow> rows, long matched) {

		public boolean truncated() {
			return this.matched > this.rows.size();
		}

	}

	/**
	 * A service type's figures in the inbox.
	 *
	 * @param open not closed
	 * @param overdue open past the target date
	 * @param unassigned open and held by nobody
	 */
	public record TypeCount(String code, String nameTh, boolean confidential, boolean appointment, long open,
			long overdue, long unassigned) {
	}

	/** A request that booked an appointment slot. */
	public record Booking(long requestId, String trackingNumber, RequestStatus status, Instant submittedAt) {
	}

	/** The service types this staff member handles, in order. */
	public List<ServiceTypeView> handledTypes(String actor) {
		Optional<StaffMember> member = this.accounts.find(actor);
		if (member.isEmpty()) {
			return List.of();
		}
		return this.types.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.filter(t -> StaffAccess.mayHandle(member.get(), t))
			.map(ServiceTypeView::of)
			.toList();
	}

	/** Whether this staff member handles the service type with this code. */
	public boolean handles(String actor, String serviceCode) {
		return handledTypes(actor).stream().anyMatch(t -> t.code().equals(serviceCode));
	}

	/**
	 * The requests that match, newest first, at most {@link #PAGE_SIZE}. A service code
	 * the staff member does not handle matches nothing.
	 */
	public Page find(String actor, Filter filter) {
		List<Long> typeIds = typeIds(actor, filter.serviceCode());
		if (typeIds.isEmpty()) {
			return new Page(List.of(), 0);
		}
		StringBuilder where = new StringBuilder(
				" FROM eservice_request r JOIN eservice_type t ON t.id = r.service_type_id"
						+ " WHERE r.service_type_id IN (:types)");
		Map<String, Object> params = new HashMap<>();
		params.put("types", typeIds);
		params.put("closed", CLOSED);
		LocalDate today = today();
		if (filter.status() != null) {
			where.append(" AND r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.openOnly() || filter.overdueOnly()) {
			where.append(" AND r.status NOT IN (:closed)");
		}
		if (filter.overdueOnly()) {
			where.append(" AND r.target_date < :today");
			params.put("today", today);
		}
		String assignee = filter.assignee();
		if (assignee != null && !assignee.isBlank()) {
			if (Filter.UNASSIGNED.equals(assignee)) {
				where.append(" AND r.assigned_to IS NULL");
			}
			else {
				where.append(" AND r.assigned_to = :assignee");
				params.put("assignee", assignee.strip().toLowerCase(java.util.Locale.ROOT));
			}
		}
		String number = filter.trackingNumber();
		if (number != null && !number.isBlank()) {
			where.append(" AND r.tracking_number LIKE :number");
			params.put("number",
					"%" + number.strip().toUpperCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		long matched = this.jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
		List<StaffRequestRow> rows = this.jdbc
			.sql("SELECT r.id, r.tracking_number, t.code, t.name_th, r.confidential, r.status, r.assigned_to,"
					+ " r.submitted_at, r.target_date" + where + " ORDER BY r.submitted_at DESC, r.id DESC LIMIT "
					+ PAGE_SIZE)
			.params(params)
			.query((rs, n) -> {
				RequestStatus status = RequestStatus.valueOf(rs.getString(6));
				LocalDate target = rs.getObject(9, LocalDate.class);
				return new StaffRequestRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBoolean(5), status, rs.getString(7),
						instant(rs.getObject(8, java.time.LocalDateTime.class)), target,
						!status.closed() && target != null && today.isAfter(target));
			})
			.list();
		return new Page(rows, matched);
	}

	/**
	 * Open, overdue and unassigned requests of each service type this staff member
	 * handles.
	 */
	public List<TypeCount> counts(String actor) {
		List<ServiceTypeView> handled = handledTypes(actor);
		if (handled.isEmpty()) {
			return List.of();
		}
		Map<Long, long[]> byType = new HashMap<>();
		this.jdbc
			.sql("SELECT service_type_id, COUNT(*),"
					+ " COALESCE(SUM(CASE WHEN target_date < :today THEN 1 ELSE 0 END), 0),"
					+ " COALESCE(SUM(CASE WHEN assigned_to IS NULL THEN 1 ELSE 0 END), 0)"
					+ " FROM eservice_request WHERE service_type_id IN (:types) AND status NOT IN (:closed)"
					+ " GROUP BY service_type_id")
			.param("today", today())
			.param("types", handled.stream().map(ServiceTypeView::id).toList())
			.param("closed", CLOSED)
			.query(rs -> {
				byType.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			});
		List<TypeCount> counts = new ArrayList<>();
		for (ServiceTypeView type : handled) {
			long[] c = byType.getOrDefault(type.id(), new long[3]);
			counts.add(new TypeCount(type.code(), type.nameTh(), type.confidential(), type.appointment(), c[0], c[1],
					c[2]));
		}
		return counts;
	}

	/** The active staff who may handle requests of this service type, by login name. */
	public List<StaffMember> assignees(String serviceCode) {
		Optional<ServiceType> type = this.types.findByCode(serviceCode);
		if (type.isEmpty()) {
			return List.of();
		}
		return this.accounts.activeMembers().stream().filter(m -> StaffAccess.mayHandle(m, type.get())).toList();
	}

	/**
	 * The appointment services whose slots this staff member manages: those they handle,
	 * and every one that is not confidential for admins.
	 */
	public List<ServiceTypeView> slotTypes(String actor) {
		Optional<StaffMember> member = this.accounts.find(actor);
		if (member.isEmpty()) {
			return List.of();
		}
		boolean admin = member.get().hasRole(th.go.moph.dho.staff.StaffRole.ADMIN);
		return this.types.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.filter(ServiceType::isAppointment)
			.filter(t -> StaffAccess.mayHandle(member.get(), t) || (admin && !t.isConfidential()))
			.map(ServiceTypeView::of)
			.toList();
	}

	/** A slot of a service this staff member manages. */
	public Optional<SlotView> slot(String actor, long slotId) {
		List<ServiceTypeView> managed = slotTypes(actor);
		return this.slots.findById(slotId)
			.flatMap(s -> managed.stream()
				.filter(t -> t.id() == s.getServiceTypeId())
				.findFirst()
				.map(t -> SlotView.of(s, t.code())));
	}

	/**
	 * The requests that booked a slot, oldest first (empty when the slot is not this
	 * staff member's).
	 */
	public List<Booking> bookings(String actor, long slotId) {
		if (slot(actor, slotId).isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT id, tracking_number, status, submitted_at FROM eservice_request"
					+ " WHERE slot_id = :slot ORDER BY submitted_at, id")
			.param("slot", slotId)
			.query((rs, n) -> new Booking(rs.getLong(1), rs.getString(2), RequestStatus.valueOf(rs.getString(3)),
					instant(rs.getObject(4, java.time.LocalDateTime.class))))
			.list();
	}

	private List<Long> typeIds(String actor, @Nullable String serviceCode) {
		return handledTypes(actor).stream()
			.filter(t -> serviceCode == null || serviceCode.isBlank() || t.code().equals(serviceCode))
			.map(ServiceTypeView::id)
			.toList();
	}

	private LocalDate today() {
		return ThaiDates.toLocal(this.clock.instant()).toLocalDate();
	}

	/** DATETIME columns hold UTC ({@code hibernate.jdbc.time_zone=UTC}). */
	static Instant instant(java.time.LocalDateTime utc) {
		return utc.toInstant(java.time.ZoneOffset.UTC);
	}

}
