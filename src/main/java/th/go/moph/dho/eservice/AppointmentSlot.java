package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A time staff open for an appointment service at a health unit. Seats are booked only by
 * the conditional UPDATE of {@link AppointmentSlotRepository#book}, never by changing
 * {@code booked} here, so concurrent bookings never exceed the capacity.
 */
@Entity
@Table(name = "eservice_slot")
public class AppointmentSlot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long serviceTypeId;

	private LocalDate slotDate;

	private LocalTime startTime;

	private LocalTime endTime;

	private String placeTh;

	private int capacity;

	private int booked;

	private boolean active;

	private String createdBy;

	private Instant createdAt;

	protected AppointmentSlot() {
		this.slotDate = LocalDate.EPOCH;
		this.startTime = LocalTime.MIDNIGHT;
		this.endTime = LocalTime.MIDNIGHT;
		this.placeTh = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	AppointmentSlot(long serviceTypeId, LocalDate date, LocalTime start, LocalTime end, String placeTh, int capacity,
			String createdBy, Instant createdAt) {
		this.serviceTypeId = serviceTypeId;
		this.slotDate = date;
		this.startTime = start;
		this.endTime = end;
		this.placeTh = placeTh;
		this.capacity = capacity;
		this.active = true;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void close() {
		this.active = false;
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	public long getServiceTypeId() {
		return this.serviceTypeId;
	}

	public LocalDate getSlotDate() {
		return this.slotDate;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public String getPlaceTh() {
		return this.placeTh;
	}

	public int getCapacity() {
		return this.capacity;
	}

	public int getBooked() {
		return this.booked;
	}

	public int getRemaining() {
		return Math.max(0, this.capacity - this.booked);
	}

	public boolean isActive() {
		return this.active;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
