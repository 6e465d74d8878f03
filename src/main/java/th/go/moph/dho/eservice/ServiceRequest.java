package th.go.moph.dho.eservice;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A citizen's request: its tracking number, service type, status and who may read it (the
 * LINE user who filed it, or whoever holds the access code). Never deleted; its personal
 * data is anonymised by {@link RequestRetention} after closing.
 */
@Entity
@Table(name = "eservice_request")
public class ServiceRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String trackingNumber;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "service_type_id")
	private ServiceType serviceType;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private @Nullable String lineUserId;

	private boolean anonymous;

	private boolean confidential;

	private @Nullable String accessCodeHash;

	private @Nullable String assignedTo;

	private @Nullable String forwardedTo;

	private @Nullable Long slotId;

	private Instant submittedAt;

	private Instant updatedAt;

	private @Nullable LocalDate targetDate;

	private @Nullable Instant closedAt;

	private @Nullable Instant anonymisedAt;

	@Version
	private int version;

	protected ServiceRequest() {
		this.trackingNumber = "";
		this.serviceType = new ServiceType();
		this.status = RequestStatus.RECEIVED;
		this.channel = Channel.WEB;
		this.submittedAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	ServiceRequest(String trackingNumber, ServiceType serviceType, Channel channel, @Nullable String lineUserId,
			boolean anonymous, @Nullable String accessCodeHash, @Nullable Long slotId, Instant submittedAt,
			@Nullable LocalDate targetDate) {
		this.trackingNumber = trackingNumber;
		this.serviceType = serviceType;
		this.status = RequestStatus.RECEIVED;
		this.channel = channel;
		this.lineUserId = lineUserId;
		this.anonymous = anonymous;
		this.confidential = serviceType.isConfidential();
		this.accessCodeHash = accessCodeHash;
		this.slotId = slotId;
		this.submittedAt = submittedAt;
		this.updatedAt = submittedAt;
		this.targetDate = targetDate;
	}

	void moveTo(RequestStatus next, Instant now) {
		this.status = next;
		this.updatedAt = now;
		if (next.closed()) {
			this.closedAt = now;
		}
	}

	void forwardTo(String agency) {
		this.forwardedTo = agency;
	}

	void assignTo(@Nullable String username, Instant now) {
		this.assignedTo = username;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	/** Forgets who filed it: LINE id and access code (the retention job). */
	void anonymise(Instant now) {
		this.lineUserId = null;
		this.accessCodeHash = null;
		this.anonymisedAt = now;
	}

	/** Open past its target date on {@code today} (Bangkok). */
	public boolean isOverdueOn(LocalDate today) {
		return !this.status.closed() && this.targetDate != null && today.isAfter(this.targetDate);
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	public String getTrackingNumber() {
		return this.trackingNumber;
	}

	public ServiceType getServiceType() {
		return this.serviceType;
	}

	public RequestStatus getStatus() {
		return this.status;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public @Nullable String getLineUserId() {
		return this.lineUserId;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	@Nullable String getAccessCodeHash() {
		return this.accessCodeHash;
	}

	public @Nullable String getAssignedTo() {
		return this.assignedTo;
	}

	public @Nullable String getForwardedTo() {
		return this.forwardedTo;
	}

	public @Nullable Long getSlotId() {
		return this.slotId;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable LocalDate getTargetDate() {
		return this.targetDate;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	public @Nullable Instant getAnonymisedAt() {
		return this.anonymisedAt;
	}

}
