package th.go.moph.dho.eservice;

import java.time.Instant;

/** Who opened a confidential request, and when. */
public record ViewAuditEntry(String actor, Instant viewedAt) {
}
