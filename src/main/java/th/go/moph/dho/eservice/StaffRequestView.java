package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request as the staff who handle it see it: everything, including internal notes and
 * the full history. Never carries the LINE user id (only whether there is one).
 */
public record StaffRequestView(long id, String trackingNumber, String serviceCode, String serviceNameTh,
		boolean confidential, boolean anonymous, Channel channel, boolean lineLinked, RequestStatus status,
		@Nullable String assignedTo, @Nullable String forwardedTo, Instant submittedAt, Instant updatedAt,
		@Nullable LocalDate targetDate, boolean overdue, @Nullable Instant anonymisedAt,
		List<CitizenRequestView.Answer> answers, List<AttachmentView> attachments, List<HistoryEntry> history,
		Set<RequestStatus> allowedNext, @Nullable SlotView slot) {

	/** A file the citizen sent; {@code removed} once the retention job erased it. */
	public record AttachmentView(long id, @Nullable String fieldKey, String name, String mediaType, long sizeBytes,
			Instant addedAt, boolean removed) {
	}

	/** One history row. */
	public record HistoryEntry(UUID changeId, HistoryAction action, @Nullable RequestStatus fromStatus,
			RequestStatus toStatus, String actor, @Nullable String subject, @Nullable String citizenMessage,
			@Nullable String internalNote, Instant at) {
	}

}
