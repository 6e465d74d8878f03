package th.go.moph.dho.eservice;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppointmentSlotRepository extends JpaRepository<AppointmentSlot, Long> {

	/**
	 * Books one seat when one is left: a single conditional UPDATE, atomic on H2 and
	 * MySQL, so two citizens can never take the last seat together.
	 * @return 1 when booked, 0 when the slot is full, closed or of another service
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "UPDATE eservice_slot SET booked = booked + 1 WHERE id = :id AND service_type_id = :typeId "
			+ "AND active = TRUE AND booked < capacity AND slot_date >= :today", nativeQuery = true)
	int book(@Param("id") long id, @Param("typeId") long typeId, @Param("today") LocalDate today);

	/** Gives a seat back (the citizen withdrew). */
	@Modifying(flushAutomatically = true)
	@Query(value = "UPDATE eservice_slot SET booked = booked - 1 WHERE id = :id AND booked > 0", nativeQuery = true)
	int release(@Param("id") long id);

	List<AppointmentSlot> findByServiceTypeIdAndActiveTrueAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(
			long serviceTypeId, LocalDate from);

	List<AppointmentSlot> findByServiceTypeIdAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(
			long serviceTypeId, LocalDate from);

}
