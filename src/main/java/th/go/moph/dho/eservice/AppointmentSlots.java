package th.go.moph.dho.eservice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * The times staff open for appointment services, and those citizens can still book.
 * Booking itself happens when a request is filed ({@link EserviceRequests#submit}).
 */
@Service
public class AppointmentSlots {

	private static final int MAX_CAPACITY = 500;

	private final AppointmentSlotRepository slots;

	private final ServiceTypeRepository types;

	private final StaffAccess access;

	private final Clock clock;

	AppointmentSlots(AppointmentSlotRepository slots, ServiceTypeRepository types, StaffAccess access, Clock clock) {
		this.slots = slots;
		this.types = types;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The slots of an appointment service a citizen can book now: open, not begun, with a
	 * seat left.
	 * @throws ServiceNotFoundException no active appointment service has this code
	 */
	@Transactional(readOnly = true)
	public List<SlotView> bookable(String serviceCode) {
		ServiceType type = appointmentType(serviceCode);
		LocalDateTime now = ThaiDates.toLocal(this.clock.instant());
		return this.slots
			.findByServiceTypeIdAndActiveTrueAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(type.getId(),
					now.toLocalDate())
			.stream()
			.filter(s -> s.getRemaining() > 0)
			.filter(s -> s.getSlotDate().atTime(s.getStartTime()).isAfter(now))
			.map(s -> SlotView.of(s, type.getCode()))
			.toList();
	}

	/** Every slot from {@code from} on, open or closed, full or not (staff screens). */
	@Transactional(readOnly = true)
	public List<SlotView> upcoming(String serviceCode, LocalDate from) {
		ServiceType type = this.types.findByCode(serviceCode)
			.filter(ServiceType::isAppointment)
			.orElseThrow(() -> new ServiceNotFoundException(serviceCode));
		return this.slots
			.findByServiceTypeIdAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(type.getId(), from)
			.stream()
			.map(s -> SlotView.of(s, type.getCode()))
			.toList();
	}

	/**
	 * Staff open a slot.
	 * @throws InvalidSubmissionException a past date ({@code date}), an end not after the
	 * start ({@code end}), no place ({@code placeTh}), a capacity outside 1–500
	 * ({@code capacity})
	 * @throws NotPermittedException the actor neither handles the service nor is an admin
	 */
	@Transactional
	public SlotView openSlot(String serviceCode, LocalDate date, LocalTime start, LocalTime end, String placeTh,
			int capacity, String actor) {
		ServiceType type = this.types.findByCode(serviceCode)
			.filter(ServiceType::isAppointment)
			.orElseThrow(() -> new ServiceNotFoundException(serviceCode));
		this.access.requireSlotManager(actor, type);
		Problems check = new Problems();
		if (date.isBefore(ThaiDates.toLocal(this.clock.instant()).toLocalDate())) {
			check.reject("date", "eservice.slot.error.past");
		}
		if (!end.isAfter(start)) {
			check.reject("end", "eservice.slot.error.end");
		}
		String place = SubmissionCheck.clean(placeTh);
		if (place.isEmpty() || place.length() > 200) {
			check.reject("placeTh", "eservice.slot.error.place");
		}
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			check.reject("capacity", "eservice.slot.error.capacity", MAX_CAPACITY);
		}
		check.throwIfAny();
		AppointmentSlot slot = this.slots
			.save(new AppointmentSlot(type.getId(), date, start, end, place, capacity, actor, this.clock.instant()));
		return SlotView.of(slot, type.getCode());
	}

	/** Staff close a slot to new bookings (bookings made stay). */
	@Transactional
	public SlotView closeSlot(long slotId, String actor) {
		AppointmentSlot slot = this.slots.findById(slotId).orElseThrow(RequestNotFoundException::new);
		ServiceType type = this.types.findById(slot.getServiceTypeId()).orElseThrow(RequestNotFoundException::new);
		this.access.requireSlotManager(actor, type);
		slot.close();
		return SlotView.of(slot, type.getCode());
	}

	private ServiceType appointmentType(String serviceCode) {
		return this.types.findByCode(serviceCode)
			.filter(t -> t.isActive() && t.isAppointment())
			.orElseThrow(() -> new ServiceNotFoundException(serviceCode));
	}

}
