package th.go.moph.dho.publishing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Section;

/**
 * The approval workflow: draft → submitted → approved (live now or scheduled) or returned
 * with a comment → edited → resubmitted; new revisions of live items; urgent publication
 * by one approver with a reason, reviewed afterwards by another; withdrawal. Every step
 * checks who may take it and writes its audit record in the same transaction; every
 * approval that makes a revision live or scheduled records its publication request.
 */
@Service
public class PublicationWorkflow {

	/** The actor of changes the scheduler makes. */
	public static final String SYSTEM = "system";

	private final ContentService content;

	private final ContentItemRepository items;

	private final ContentRevisionRepository revisions;

	private final AuditRecordRepository audit;

	private final PublicationRequestRepository requests;

	private final AttachmentStorage storage;

	private final StorageSettings storageSettings;

	private final Catalog catalog;

	private final Clock clock;

	PublicationWorkflow(ContentService content, ContentItemRepository items, ContentRevisionRepository revisions,
			AuditRecordRepository audit, PublicationRequestRepository requests, AttachmentStorage storage,
			StorageSettings storageSettings, Catalog catalog, Clock clock) {
		this.content = content;
		this.items = items;
		this.revisions = revisions;
		this.audit = audit;
		this.requests = requests;
		this.storage = storage;
		this.storageSettings = storageSettings;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** A new item of an authored section with its first draft. */
	@Transactional
	public ContentRevision createDraft(String sectionSlug, ContentFields fields, String actor) {
		return createDraft(sectionSlug, null, fields, actor);
	}

	/**
	 * A new item with an import key ({@code slug}, e.g. an FAQ entry's id) and its first
	 * draft.
	 */
	@Transactional
	public ContentRevision createDraft(String sectionSlug, @Nullable String slug, ContentFields fields, String actor) {
		Section section = this.catalog.section(sectionSlug);
		if (!section.kind().isAuthored()) {
			throw new WorkflowException("publishing.error.notAuthored");
		}
		ContentRevision revision = this.content.createDraft(sectionSlug, slug, fields, actor);
		record(revision, actor, AuditAction.CREATED, null, RevisionStatus.DRAFT, null);
		return revision;
	}

	/** Saves the content of a draft or returned revision. */
	@Transactional
	public ContentRevision edit(long revisionId, ContentFields fields, String actor) {
		ContentRevision revision = editable(revisionId);
		this.content.updateDraft(revisionId, fields);
		record(revision, actor, AuditAction.EDITED, revision.getStatus(), revision.getStatus(), null);
		return revision;
	}

	/**
	 * Checks an upload (size limit, allowed type by its content) and attaches it. A
	 * refused file is never stored; a stored file whose transaction rolls back is deleted
	 * again.
	 */
	@Transactional
	public Attachment attach(long revisionId, InputStream upload, String originalName, long size,
			@Nullable String altText, String actor) {
		ContentRevision revision = editable(revisionId);
		String name = cleanFileName(originalName);
		long limit = this.storageSettings.maxFileSize().toBytes();
		if (size > limit) {
			throw new UploadRejectedException("publishing.upload.tooLarge", limit / (1024 * 1024));
		}
		try (InputStream in = new BufferedInputStream(upload)) {
			in.mark(FileTypes.HEADER_LENGTH);
			byte[] header = in.readNBytes(FileTypes.HEADER_LENGTH);
			in.reset();
			FileTypes type = FileTypes.detect(name, header)
				.orElseThrow(() -> new UploadRejectedException("publishing.upload.type", name));
			Attachment attachment = this.content.attach(revisionId,
					type.isImage() ? AttachmentKind.IMAGE : AttachmentKind.FILE, in, name, type.mediaType(),
					altText == null || altText.isBlank() ? null : altText.strip());
			deleteOnRollback(attachment.getStorageKey());
			if (attachment.getSizeBytes() > limit) {
				throw new UploadRejectedException("publishing.upload.tooLarge", limit / (1024 * 1024));
			}
			record(revision, actor, AuditAction.ATTACHED, revision.getStatus(), revision.getStatus(), name);
			return attachment;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes a file from a draft. */
	@Transactional
	public void detach(long revisionId, long attachmentId, String actor) {
		ContentRevision revision = editable(revisionId);
		String name = revision.getAttachments()
			.stream()
			.filter(a -> Long.valueOf(attachmentId).equals(a.getId()))
			.map(Attachment::getOriginalName)
			.findFirst()
			.orElseThrow(() -> new WorkflowException("publishing.error.noSuchFile"));
		this.content.detach(revisionId, attachmentId);
		record(revision, actor, AuditAction.DETACHED, revision.getStatus(), revision.getStatus(), name);
	}

	/**
	 * The revision to edit an item with: its open draft, pending or returned revision, or
	 * a new draft copied from the live one (which stays on the site meanwhile).
	 */
	@Transactional
	public ContentRevision startRevision(long itemId, String actor) {
		ContentRevision latest = latest(itemId);
		return latest.getStatus() == RevisionStatus.PENDING ? latest : draftFrom(latest, actor);
	}

	/**
	 * The latest revision when it can still be edited, else a new draft copied from the
	 * live one.
	 */
	private ContentRevision draftFrom(ContentRevision latest, String actor) {
		if (latest.isEditable()) {
			return latest;
		}
		ContentRevision revision = this.content.newRevision(latest.getItemId(), actor);
		record(revision, actor, AuditAction.REVISION_STARTED, null, RevisionStatus.DRAFT, null);
		return revision;
	}

	/**
	 * Changes an item outside its edit form (an import, a missed question added to an FAQ
	 * entry): in its open draft or returned revision, or in a new draft copied from the
	 * live one, recorded as an edit. A revision awaiting approval is never changed this
	 * way, so an approver always approves what they read: the change waits until it is
	 * approved or returned.
	 */
	@Transactional
	public ContentRevision editDraftOf(long itemId, String actor, Consumer<ContentRevision> change) {
		ContentRevision latest = latest(itemId);
		if (latest.getStatus() == RevisionStatus.PENDING) {
			throw new WorkflowException("publishing.error.awaitingApproval");
		}
		ContentRevision revision = draftFrom(latest, actor);
		change.accept(revision);
		revision.setUpdatedAt(this.clock.instant());
		record(revision, actor, AuditAction.EDITED, revision.getStatus(), revision.getStatus(), null);
		return revision;
	}

	/** Whether the item's newest revision was submitted and waits for an approver. */
	@Transactional(readOnly = true)
	public boolean awaitsApproval(long itemId) {
		return latest(itemId).getStatus() == RevisionStatus.PENDING;
	}

	/** Sends a draft for approval, once the section's required fields are present. */
	@Transactional
	public void submit(long revisionId, String actor, @Nullable String remarks) {
		ContentRevision revision = editable(revisionId);
		ContentItem item = item(revision);
		checkRequirements(item, revision);
		RevisionStatus from = revision.getStatus();
		revision.submit(actor, blankToNull(remarks), this.clock.instant());
		if (item.getStatus() == ItemStatus.DRAFT) {
			item.setStatus(ItemStatus.PENDING);
		}
		record(revision, actor, AuditAction.SUBMITTED, from, RevisionStatus.PENDING, remarks);
	}

	/**
	 * Approves a submitted revision: live now, or at {@code publishAt} when given (else
	 * its own publish time). Never by its author or submitter.
	 */
	@Transactional
	public PublicationRequestView approve(long revisionId, String approver, @Nullable Instant publishAt) {
		ContentRevision revision = pending(revisionId);
		if (approver.equalsIgnoreCase(revision.getAuthor())
				|| approver.equalsIgnoreCase(Objects.requireNonNull(revision.getSubmittedBy()))) {
			throw new WorkflowException("publishing.error.ownSubmission");
		}
		return makeLive(revision, Objects.requireNonNull(revision.getSubmittedBy()),
				Objects.requireNonNull(revision.getSubmittedAt()), approver, publishAt, null, AuditAction.APPROVED,
				null);
	}

	/** Sends a submitted revision back to its author with a comment they will see. */
	@Transactional
	public void returnToAuthor(long revisionId, String approver, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new WorkflowException("publishing.error.commentRequired");
		}
		ContentRevision revision = pending(revisionId);
		revision.returnWith(comment.strip());
		ContentItem item = item(revision);
		if (item.getStatus() == ItemStatus.PENDING) {
			item.setStatus(ItemStatus.DRAFT);
		}
		record(revision, approver, AuditAction.RETURNED, RevisionStatus.PENDING, RevisionStatus.RETURNED, comment);
	}

	/**
	 * Makes a revision live now without a second person, with a written reason: an
	 * approver's urgent publication, or an admin's import. The publication request names
	 * the actor as requester (unless someone else submitted it), approver and publisher,
	 * and stays flagged until another approver reviews it ({@link #reviewUrgent}).
	 */
	@Transactional
	public PublicationRequestView publishImmediately(long revisionId, String actor, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new WorkflowException("publishing.error.reasonRequired");
		}
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new WorkflowException("publishing.error.noSuchRevision"));
		if (!revision.isEditable() && revision.getStatus() != RevisionStatus.PENDING) {
			throw new WorkflowException("publishing.error.notPending");
		}
		ContentItem item = item(revision);
		checkRequirements(item, revision);
		Instant now = this.clock.instant();
		if (revision.getStatus() != RevisionStatus.PENDING) {
			RevisionStatus from = revision.getStatus();
			revision.submit(actor, revision.getRemarks(), now);
			record(revision, actor, AuditAction.SUBMITTED, from, RevisionStatus.PENDING, null);
		}
		return makeLive(revision, Objects.requireNonNull(revision.getSubmittedBy()),
				Objects.requireNonNull(revision.getSubmittedAt()), actor, null, reason.strip(),
				AuditAction.URGENT_PUBLISHED, reason);
	}

	/** Another approver confirms an urgent publication afterwards. */
	@Transactional
	public void reviewUrgent(long requestId, String reviewer) {
		PublicationRequest request = this.requests.findById(requestId)
			.orElseThrow(() -> new WorkflowException("publishing.error.noSuchRequest"));
		if (!request.isUrgent() || request.getReviewedBy() != null) {
			throw new WorkflowException("publishing.error.notAwaitingReview");
		}
		if (reviewer.equalsIgnoreCase(request.getApprovedBy())) {
			throw new WorkflowException("publishing.error.ownUrgent");
		}
		request.reviewed(reviewer, this.clock.instant());
		ContentRevision revision = this.revisions.findById(request.getRevisionId()).orElseThrow();
		record(revision, reviewer, AuditAction.URGENT_REVIEWED, revision.getStatus(), revision.getStatus(), null);
	}

	/**
	 * Takes a live or scheduled item off the site with a public reason; its history
	 * stays.
	 */
	@Transactional
	public void withdraw(long itemId, String actor, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new WorkflowException("publishing.error.reasonRequired");
		}
		ContentItem item = this.items.findById(itemId)
			.orElseThrow(() -> new WorkflowException("publishing.error.noSuchItem"));
		if (item.getStatus() != ItemStatus.PUBLISHED && item.getStatus() != ItemStatus.SCHEDULED) {
			throw new WorkflowException("publishing.error.notLive");
		}
		ContentRevision live = this.revisions.findById(Objects.requireNonNull(item.getLiveRevisionId())).orElseThrow();
		RevisionStatus from = live.getStatus();
		this.content.withdraw(itemId, reason.strip());
		record(live, actor, AuditAction.WITHDRAWN, from, RevisionStatus.WITHDRAWN, reason);
	}

	/**
	 * Runs the publishing schedule: scheduled items whose time has come go live
	 * (published by {@code system} on their requests), items past their end go off. Call
	 * under the scheduler lock.
	 */
	@Transactional
	public int runSchedule() {
		Instant now = this.clock.instant();
		List<ContentItem> due = this.items.findByStatusAndPublishAtLessThanEqual(ItemStatus.SCHEDULED, now);
		List<ContentItem> ending = new ArrayList<>(this.items.findPublishedPastUnpublishAt(now));
		int changed = this.content.applySchedule();
		for (ContentItem item : due) {
			ContentRevision revision = this.revisions.findById(Objects.requireNonNull(item.getLiveRevisionId()))
				.orElseThrow();
			Instant at = Objects.requireNonNull(item.getPublishAt());
			this.requests.findByRevisionId(Objects.requireNonNull(revision.getId()))
				.ifPresent(r -> r.publishedBySchedule(SYSTEM, at));
			record(revision, SYSTEM, AuditAction.PUBLISHED_ON_SCHEDULE, RevisionStatus.SCHEDULED,
					RevisionStatus.PUBLISHED, null);
		}
		for (ContentItem item : ending) {
			ContentRevision revision = this.revisions.findById(Objects.requireNonNull(item.getLiveRevisionId()))
				.orElseThrow();
			record(revision, SYSTEM, AuditAction.UNPUBLISHED_ON_SCHEDULE, RevisionStatus.PUBLISHED, null, null);
		}
		return changed;
	}

	/** The audit log of an item, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> history(long itemId) {
		return this.audit.findByItemIdOrderByRecordedAtAscIdAsc(itemId);
	}

	private PublicationRequestView makeLive(ContentRevision revision, String requestedBy, Instant requestedAt,
			String approver, @Nullable Instant publishAt, @Nullable String urgentReason, AuditAction action,
			@Nullable String comment) {
		Instant now = this.clock.instant();
		if (publishAt != null) {
			if (!publishAt.isAfter(now)) {
				throw new WorkflowException("publishing.error.scheduleInPast");
			}
			revision.setPublishAt(publishAt);
		}
		ContentItem item = this.content.goLive(Objects.requireNonNull(revision.getId()));
		Section section = this.catalog.section(item.getSectionId());
		PublicationRequest request = this.requests.save(new PublicationRequest(item, revision,
				PublishedSummary.pathOf(section, item.id()), requestedBy, requestedAt, approver, now, urgentReason));
		record(revision, approver, action, RevisionStatus.PENDING, revision.getStatus(), comment);
		return request.toView(section.slug());
	}

	private void checkRequirements(ContentItem item, ContentRevision revision) {
		Section.Requirements required = this.catalog.section(item.getSectionId()).requirements();
		List<String> missing = new ArrayList<>();
		if (required.source() && isBlank(revision.getSourceName())) {
			missing.add("sourceName");
		}
		if (required.informationDate() && revision.getInformationAt() == null) {
			missing.add("informationAt");
		}
		if (required.steps() && revision.getSteps().isEmpty()) {
			missing.add("steps");
		}
		if (required.files() && revision.getAttachments().stream().noneMatch(a -> a.getKind() == AttachmentKind.FILE)) {
			missing.add("files");
		}
		if (required.url() && isBlank(revision.getLinkUrl())) {
			missing.add("linkUrl");
		}
		if (!missing.isEmpty()) {
			throw new MissingFieldsException(missing);
		}
	}

	private ContentRevision editable(long revisionId) {
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new WorkflowException("publishing.error.noSuchRevision"));
		if (!revision.isEditable()) {
			throw new WorkflowException("publishing.error.notEditable");
		}
		return revision;
	}

	private ContentRevision pending(long revisionId) {
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new WorkflowException("publishing.error.noSuchRevision"));
		if (revision.getStatus() != RevisionStatus.PENDING) {
			throw new WorkflowException("publishing.error.notPending");
		}
		return revision;
	}

	private ContentRevision latest(long itemId) {
		List<ContentRevision> all = this.revisions.findByItemIdOrderByRevisionNumberDesc(itemId);
		if (all.isEmpty()) {
			throw new WorkflowException("publishing.error.noSuchItem");
		}
		return all.get(0);
	}

	private ContentItem item(ContentRevision revision) {
		return this.items.findById(revision.getItemId()).orElseThrow();
	}

	private void record(ContentRevision revision, String actor, AuditAction action, @Nullable Enum<?> from,
			@Nullable Enum<?> to, @Nullable String comment) {
		this.audit.save(new AuditRecord(revision.getItemId(), revision, actor, action, from, to, comment,
				this.clock.instant()));
	}

	private void deleteOnRollback(String storageKey) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						PublicationWorkflow.this.storage.delete(storageKey);
					}
				}
			});
		}
	}

	/**
	 * The name shown for a file: its last path segment, no control characters, at most
	 * 255 chars.
	 */
	static String cleanFileName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (base.length() > 255) {
			base = base.substring(base.length() - 255);
		}
		return base.isEmpty() ? "file" : base;
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return isBlank(value) ? null : Objects.requireNonNull(value).strip();
	}

}
