package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A request as its own citizen sees it: answers, file names and the timeline with the
 * notes staff wrote for them (never internal notes, never staff names).
 */
public record CitizenRequestView(String trackingNumber, String serviceCode, String serviceNameTh, RequestStatus status,
		Instant submittedAt, Instant updatedAt, @Nullable LocalDate targetDate, boolean overdue, List<Answer> answers,
		List<String> attachments, List<TimelineEntry> timeline, boolean canAddInformation, boolean canWithdraw,
		@Nullable SlotView slot) {

	/** One answer: the question as asked and what the citizen wrote. */
	public record Answer(String key, String labelTh, FieldKind kind, String value) {
	}

	/**
	 * One step: what happened, the status after it, when, and the note for the citizen
	 * (or what the citizen added).
	 */
	public record TimelineEntry(HistoryAction action, RequestStatus status, Instant at, @Nullable String note) {
	}

}
