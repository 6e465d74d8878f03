package th.go.moph.dho.publishing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One full version of an item's content. Revisions are never overwritten once submitted:
 * an edit of a published item is a new revision that goes through approval while the live
 * one stays on the site.
 */
@Entity
@Table(name = "content_revision")
public class ContentRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long itemId;

	@Column(updatable = false)
	private int revisionNumber;

	@Enumerated(EnumType.STRING)
	private RevisionStatus status = RevisionStatus.DRAFT;

	private String title;

	private @Nullable String summary;

	@Column(columnDefinition = "longtext")
	private @Nullable String bodyMarkdown;

	private @Nullable String sourceName;

	private @Nullable String sourceUrl;

	private @Nullable LocalDateTime informationAt;

	private @Nullable Integer fiscalYear;

	private @Nullable String linkUrl;

	private @Nullable String personName;

	private @Nullable String personPosition;

	private @Nullable String personPhone;

	private @Nullable String procurementMethod;

	private @Nullable BigDecimal budgetAmount;

	private @Nullable String winnerName;

	private @Nullable BigDecimal contractAmount;

	private @Nullable LocalDate announcedOn;

	private @Nullable LocalDate contractDate;

	private @Nullable String faqKeywords;

	@Column(columnDefinition = "longtext")
	private @Nullable String faqQuestions;

	private @Nullable Instant publishAt;

	private @Nullable Instant unpublishAt;

	@Column(updatable = false)
	private String author;

	private @Nullable String submittedBy;

	private @Nullable Instant submittedAt;

	private @Nullable String remarks;

	private @Nullable String reviewComment;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "revision_id", nullable = false)
	@OrderBy("position")
	private List<RevisionStep> steps = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "revision_id", nullable = false)
	@OrderBy("position")
	private List<Attachment> attachments = new ArrayList<>();

	protected ContentRevision() {
		this.title = "";
		this.author = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public ContentRevision(long itemId, int revisionNumber, String title, String author, Instant now) {
		this.itemId = itemId;
		this.revisionNumber = revisionNumber;
		this.title = title;
		this.author = author;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A new draft revision carrying this one's full content, steps and attachments (the
	 * stored files are shared, never copied).
	 */
	public ContentRevision copyAsDraft(int newRevisionNumber, String author, Instant now) {
		ContentRevision copy = new ContentRevision(this.itemId, newRevisionNumber, this.title, author, now);
		copy.copyContentFrom(this);
		return copy;
	}

	private void copyContentFrom(ContentRevision other) {
		this.title = other.title;
		this.summary = other.summary;
		this.bodyMarkdown = other.bodyMarkdown;
		this.sourceName = other.sourceName;
		this.sourceUrl = other.sourceUrl;
		this.informationAt = other.informationAt;
		this.fiscalYear = other.fiscalYear;
		this.linkUrl = other.linkUrl;
		this.personName = other.personName;
		this.personPosition = other.personPosition;
		this.personPhone = other.personPhone;
		this.procurementMethod = other.procurementMethod;
		this.budgetAmount = other.budgetAmount;
		this.winnerName = other.winnerName;
		this.contractAmount = other.contractAmount;
		this.announcedOn = other.announcedOn;
		this.contractDate = other.contractDate;
		this.faqKeywords = other.faqKeywords;
		this.faqQuestions = other.faqQuestions;
		this.publishAt = other.publishAt;
		this.unpublishAt = other.unpublishAt;
		other.steps.forEach(s -> this.steps.add(s.copy()));
		other.attachments.forEach(a -> this.attachments.add(a.copy()));
	}

	public void replaceSteps(List<RevisionStep> newSteps) {
		this.steps.clear();
		this.steps.addAll(newSteps);
	}

	public void addAttachment(Attachment attachment) {
		this.attachments.add(attachment);
	}

	/** Keywords of an FAQ entry, stored separated by {@code |}. */
	public List<String> faqKeywordList() {
		return split(this.faqKeywords, "\\|");
	}

	/** Example phrasings of an FAQ entry, stored one per line. */
	public List<String> faqQuestionList() {
		return split(this.faqQuestions, "\\R");
	}

	private static List<String> split(@Nullable String value, String separator) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getItemId() {
		return this.itemId;
	}

	public int getRevisionNumber() {
		return this.revisionNumber;
	}

	public RevisionStatus getStatus() {
		return this.status;
	}

	public void setStatus(RevisionStatus status) {
		this.status = status;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public void setBodyMarkdown(@Nullable String bodyMarkdown) {
		this.bodyMarkdown = bodyMarkdown;
	}

	public @Nullable String getSourceName() {
		return this.sourceName;
	}

	public void setSourceName(@Nullable String sourceName) {
		this.sourceName = sourceName;
	}

	public @Nullable String getSourceUrl() {
		return this.sourceUrl;
	}

	public void setSourceUrl(@Nullable String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public @Nullable LocalDateTime getInformationAt() {
		return this.informationAt;
	}

	public void setInformationAt(@Nullable LocalDateTime informationAt) {
		this.informationAt = informationAt;
	}

	public @Nullable Integer getFiscalYear() {
		return this.fiscalYear;
	}

	public void setFiscalYear(@Nullable Integer fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public @Nullable String getLinkUrl() {
		return this.linkUrl;
	}

	public void setLinkUrl(@Nullable String linkUrl) {
		this.linkUrl = linkUrl;
	}

	public @Nullable String getPersonName() {
		return this.personName;
	}

	public void setPersonName(@Nullable String personName) {
		this.personName = personName;
	}

	public @Nullable String getPersonPosition() {
		return this.personPosition;
	}

	public void setPersonPosition(@Nullable String personPosition) {
		this.personPosition = personPosition;
	}

	public @Nullable String getPersonPhone() {
		return this.personPhone;
	}

	public void setPersonPhone(@Nullable String personPhone) {
		this.personPhone = personPhone;
	}

	public @Nullable String getProcurementMethod() {
		return this.procurementMethod;
	}

	public void setProcurementMethod(@Nullable String procurementMethod) {
		this.procurementMethod = procurementMethod;
	}

	public @Nullable BigDecimal getBudgetAmount() {
		return this.budgetAmount;
	}

	public void setBudgetAmount(@Nullable BigDecimal budgetAmount) {
		this.budgetAmount = budgetAmount;
	}

	public @Nullable String getWinnerName() {
		return this.winnerName;
	}

	public void setWinnerName(@Nullable String winnerName) {
		this.winnerName = winnerName;
	}

	public @Nullable BigDecimal getContractAmount() {
		return this.contractAmount;
	}

	public void setContractAmount(@Nullable BigDecimal contractAmount) {
		this.contractAmount = contractAmount;
	}

	public @Nullable LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

	public void setAnnouncedOn(@Nullable LocalDate announcedOn) {
		this.announcedOn = announcedOn;
	}

	public @Nullable LocalDate getContractDate() {
		return this.contractDate;
	}

	public void setContractDate(@Nullable LocalDate contractDate) {
		this.contractDate = contractDate;
	}

	public @Nullable String getFaqKeywords() {
		return this.faqKeywords;
	}

	public void setFaqKeywords(@Nullable String faqKeywords) {
		this.faqKeywords = faqKeywords;
	}

	public @Nullable String getFaqQuestions() {
		return this.faqQuestions;
	}

	public void setFaqQuestions(@Nullable String faqQuestions) {
		this.faqQuestions = faqQuestions;
	}

	public @Nullable Instant getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(@Nullable Instant publishAt) {
		this.publishAt = publishAt;
	}

	public @Nullable Instant getUnpublishAt() {
		return this.unpublishAt;
	}

	public void setUnpublishAt(@Nullable Instant unpublishAt) {
		this.unpublishAt = unpublishAt;
	}

	/** Who sent this revision for approval, and when (none while a draft). */
	public @Nullable String getSubmittedBy() {
		return this.submittedBy;
	}

	public @Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	/** Remarks the submitter gave for the request-for-publication form. */
	public @Nullable String getRemarks() {
		return this.remarks;
	}

	/** The approver's comment when returning the revision. */
	public @Nullable String getReviewComment() {
		return this.reviewComment;
	}

	public void submit(String submitter, @Nullable String remarks, Instant now) {
		this.status = RevisionStatus.PENDING;
		this.submittedBy = submitter;
		this.submittedAt = now;
		this.remarks = remarks;
		this.reviewComment = null;
	}

	public void returnWith(String comment) {
		this.status = RevisionStatus.RETURNED;
		this.reviewComment = comment;
	}

	/**
	 * Whether staff may still change this revision (never once submitted and approved).
	 */
	public boolean isEditable() {
		return this.status == RevisionStatus.DRAFT || this.status == RevisionStatus.RETURNED;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public int getVersion() {
		return this.version;
	}

	public List<RevisionStep> getSteps() {
		return this.steps;
	}

	public List<Attachment> getAttachments() {
		return this.attachments;
	}

}
