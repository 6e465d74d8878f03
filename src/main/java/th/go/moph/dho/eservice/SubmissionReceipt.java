package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the citizen gets back once a request is saved.
 *
 * @param trackingNumber e.g. {@code ER-2569-000123}
 * @param accessCode the secret code for web and anonymous requests, shown this once and
 * never again (only its hash is kept); null for LINE requests
 * @param status {@link RequestStatus#RECEIVED}
 * @param submittedAt when it was saved
 * @param targetDate when the office aims to finish it (the booked day for appointments)
 * @param slot the booked appointment, if any
 */
public record SubmissionReceipt(String trackingNumber, @Nullable String accessCode, RequestStatus status,
		Instant submittedAt, @Nullable LocalDate targetDate, @Nullable SlotView slot) {
}
