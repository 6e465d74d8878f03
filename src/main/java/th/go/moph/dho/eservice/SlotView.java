package th.go.moph.dho.eservice;

import java.time.LocalDate;
import java.time.LocalTime;

/** An appointment slot: when, where, how many seats and how many are left. */
public record SlotView(long id, String serviceCode, LocalDate date, LocalTime start, LocalTime end, String placeTh,
		int capacity, int booked, int remaining, boolean active) {

	static SlotView of(AppointmentSlot s, String serviceCode) {
		return new SlotView(s.getId(), serviceCode, s.getSlotDate(), s.getStartTime(), s.getEndTime(), s.getPlaceTh(),
				s.getCapacity(), s.getBooked(), s.getRemaining(), s.isActive());
	}

}
