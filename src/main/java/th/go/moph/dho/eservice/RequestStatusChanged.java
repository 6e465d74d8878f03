package th.go.moph.dho.eservice;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's request was filed or moved to another status. The {@code line} module tells
 * the citizen on LINE when {@code lineUserId} and {@code citizenMessage} are present.
 *
 * @param changeId unique id of this change (one per status-history row); the LINE push's
 * retry key is derived from it, so a retried delivery is sent once
 * @param trackingNumber e.g. {@code ER-2569-000123}
 * @param serviceCode the service type's code, e.g. {@code nuisance}
 * @param serviceNameTh the service type's Thai name
 * @param status the new status ({@link RequestStatus#RECEIVED} when filed)
 * @param citizenMessage the note for the citizen, or {@code null} when the change has
 * none (then nothing is pushed)
 * @param lineUserId the LINE user who filed it, or {@code null} (web or anonymous)
 * @param changedAt when it changed
 */
public record RequestStatusChanged(UUID changeId, String trackingNumber, String serviceCode, String serviceNameTh,
		RequestStatus status, @Nullable String citizenMessage, @Nullable String lineUserId, Instant changedAt) {
}
