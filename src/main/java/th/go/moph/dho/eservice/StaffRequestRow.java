package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One line of the staff inbox. */
public record StaffRequestRow(long id, String trackingNumber, String serviceCode, String serviceNameTh,
		boolean confidential, RequestStatus status, @Nullable String assignedTo, Instant submittedAt,
		@Nullable LocalDate targetDate, boolean overdue) {
}
