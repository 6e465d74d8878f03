package th.go.moph.dho.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The request for publication (แบบฟอร์มการขอเผยแพร่ข้อมูล) of one approved revision: who
 * asked, who approved, who made it live and when. Written when an approval makes a
 * revision live or schedules it.
 */
@Entity
@Table(name = "publication_request")
class PublicationRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long itemId;

	@Column(updatable = false)
	private long revisionId;

	@Column(updatable = false)
	private int revisionNumber;

	@Column(updatable = false)
	private int sectionId;

	@Column(updatable = false)
	private String topic;

	@Column(updatable = false)
	private @Nullable String summary;

	@Column(updatable = false)
	private String publicPath;

	@Column(updatable = false)
	private @Nullable String remarks;

	@Column(updatable = false)
	private String requestedBy;

	@Column(updatable = false)
	private Instant requestedAt;

	@Column(updatable = false)
	private String approvedBy;

	@Column(updatable = false)
	private Instant approvedAt;

	private @Nullable Instant scheduledFor;

	private @Nullable String publishedBy;

	private @Nullable Instant publishedAt;

	@Column(updatable = false)
	private boolean urgent;

	@Column(updatable = false)
	private @Nullable String urgentReason;

	private @Nullable String reviewedBy;

	private @Nullable Instant reviewedAt;

	protected PublicationRequest() {
		this.topic = "";
		this.publicPath = "";
		this.requestedBy = "";
		this.requestedAt = Instant.EPOCH;
		this.approvedBy = "";
		this.approvedAt = Instant.EPOCH;
	}

	PublicationRequest(ContentItem item, ContentRevision revision, String publicPath, String requestedBy,
			Instant requestedAt, String approvedBy, Instant approvedAt, @Nullable String urgentReason) {
		this.itemId = item.id();
		this.revisionId = java.util.Objects.requireNonNull(revision.getId());
		this.revisionNumber = revision.getRevisionNumber();
		this.sectionId = item.getSectionId();
		this.topic = revision.getTitle();
		this.summary = revision.getSummary();
		this.publicPath = publicPath;
		this.remarks = revision.getRemarks();
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.urgent = urgentReason != null;
		this.urgentReason = urgentReason;
		if (item.getStatus() == ItemStatus.SCHEDULED) {
			this.scheduledFor = item.getPublishAt();
		}
		else {
			this.publishedBy = approvedBy;
			this.publishedAt = approvedAt;
		}
	}

	void publishedBySchedule(String who, Instant at) {
		this.publishedBy = who;
		this.publishedAt = at;
	}

	void reviewed(String reviewer, Instant at) {
		this.reviewedBy = reviewer;
		this.reviewedAt = at;
	}

	PublicationRequestView toView(String sectionSlug) {
		return new PublicationRequestView(java.util.Objects.requireNonNull(this.id), this.itemId, this.revisionId,
				this.revisionNumber, this.sectionId, sectionSlug, this.topic, this.summary, this.publicPath,
				this.remarks, this.requestedBy, this.requestedAt, this.approvedBy, this.approvedAt, this.scheduledFor,
				this.publishedBy, this.publishedAt, this.urgent, this.urgentReason, this.reviewedBy, this.reviewedAt);
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getItemId() {
		return this.itemId;
	}

	long getRevisionId() {
		return this.revisionId;
	}

	int getSectionId() {
		return this.sectionId;
	}

	String getApprovedBy() {
		return this.approvedBy;
	}

	boolean isUrgent() {
		return this.urgent;
	}

	@Nullable String getReviewedBy() {
		return this.reviewedBy;
	}

}
