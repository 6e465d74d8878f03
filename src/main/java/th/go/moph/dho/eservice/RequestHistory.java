package th.go.moph.dho.eservice;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of a request's append-only history: who did what when, the status before and
 * after, the note for the citizen and the internal note. Only the retention job touches
 * it again (to erase what the citizen wrote).
 */
@Entity
@Table(name = "eservice_history")
public class RequestHistory {

	/** The actor recorded for what the citizen did. */
	public static final String CITIZEN = "citizen";

	/** The actor recorded for what the application did by itself. */
	public static final String SYSTEM = "system";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private UUID changeId;

	private long requestId;

	@Enumerated(EnumType.STRING)
	@Column(name = "action_type")
	private HistoryAction action;

	@Enumerated(EnumType.STRING)
	private @Nullable RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private RequestStatus toStatus;

	private String actor;

	private @Nullable String subject;

	private @Nullable String citizenMessage;

	private @Nullable String internalNote;

	private Instant changedAt;

	protected RequestHistory() {
		this.changeId = new UUID(0, 0);
		this.action = HistoryAction.NOTE;
		this.toStatus = RequestStatus.RECEIVED;
		this.actor = "";
		this.changedAt = Instant.EPOCH;
	}

	RequestHistory(long requestId, HistoryAction action, @Nullable RequestStatus from, RequestStatus to, String actor,
			@Nullable String subject, @Nullable String citizenMessage, @Nullable String internalNote,
			Instant changedAt) {
		this.changeId = UUID.randomUUID();
		this.subject = subject;
		this.requestId = requestId;
		this.action = action;
		this.fromStatus = from;
		this.toStatus = to;
		this.actor = actor;
		this.citizenMessage = blankToNull(citizenMessage);
		this.internalNote = blankToNull(internalNote);
		this.changedAt = changedAt;
	}

	void eraseCitizenText() {
		if (this.action == HistoryAction.CITIZEN_INFORMATION || this.action == HistoryAction.WITHDRAWN) {
			this.citizenMessage = null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public UUID getChangeId() {
		return this.changeId;
	}

	public long getRequestId() {
		return this.requestId;
	}

	public HistoryAction getAction() {
		return this.action;
	}

	public @Nullable RequestStatus getFromStatus() {
		return this.fromStatus;
	}

	public RequestStatus getToStatus() {
		return this.toStatus;
	}

	public String getActor() {
		return this.actor;
	}

	/**
	 * What the action names: the agency of a forward, the staff member of an assignment.
	 */
	public @Nullable String getSubject() {
		return this.subject;
	}

	public @Nullable String getCitizenMessage() {
		return this.citizenMessage;
	}

	public @Nullable String getInternalNote() {
		return this.internalNote;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
