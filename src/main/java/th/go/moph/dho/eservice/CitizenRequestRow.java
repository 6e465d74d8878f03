package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One line of "my requests". */
public record CitizenRequestRow(String trackingNumber, String serviceCode, String serviceNameTh, RequestStatus status,
		Instant submittedAt, @Nullable LocalDate targetDate, boolean overdue) {
}
