package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What other modules (the LINE chat) may read of a citizen's own requests. Every query is
 * scoped to the LINE user who filed the request: another user's request is never found.
 */
public interface CitizenRequests {

	/**
	 * The newest requests filed by this LINE user, newest first, at most {@code limit}.
	 */
	List<RequestSummary> ofLineUser(String lineUserId, int limit);

	/**
	 * One request by its tracking number, only when this LINE user filed it (case and
	 * spaces of the tracking number are forgiven).
	 */
	Optional<RequestSummary> ofLineUser(String lineUserId, String trackingNumber);

	/**
	 * A request as the citizen sees it.
	 *
	 * @param trackingNumber e.g. {@code ER-2569-000123}
	 * @param serviceNameTh the service's Thai name
	 * @param status where it stands
	 * @param lastCitizenMessage the latest note staff wrote for the citizen, if any
	 * @param submittedAt when it was filed
	 * @param updatedAt when its status last changed
	 * @param targetDate when the office aims to finish it
	 * @param overdue open past its target date
	 */
	record RequestSummary(String trackingNumber, String serviceNameTh, RequestStatus status,
			@Nullable String lastCitizenMessage, Instant submittedAt, Instant updatedAt, @Nullable LocalDate targetDate,
			boolean overdue) {
	}

}
