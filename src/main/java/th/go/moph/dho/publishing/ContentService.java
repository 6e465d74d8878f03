package th.go.moph.dho.publishing;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Section;

/**
 * Creates items and their revisions and makes revisions live. Every change that puts
 * content on the site goes through {@link #goLive}, which tells the other modules.
 */
@Service
public class ContentService {

	private final ContentItemRepository items;

	private final ContentRevisionRepository revisions;

	private final AttachmentStorage storage;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentService(ContentItemRepository items, ContentRevisionRepository revisions, AttachmentStorage storage,
			Catalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.revisions = revisions;
		this.storage = storage;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/** A new item of a section with its first, draft revision. */
	@Transactional
	public ContentRevision createDraft(String sectionSlug, @Nullable String slug, ContentFields fields, String author) {
		Section section = this.catalog.section(sectionSlug);
		Instant now = this.clock.instant();
		ContentItem item = this.items.save(new ContentItem(section.id(), slug, author, now));
		ContentRevision revision = new ContentRevision(item.id(), 1, fields.title(), author, now);
		fields.applyTo(revision);
		return this.revisions.save(revision);
	}

	/** Replaces the content of a revision that is still being written. */
	@Transactional
	public ContentRevision updateDraft(long revisionId, ContentFields fields) {
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new IllegalArgumentException("No revision " + revisionId));
		if (!revision.isEditable()) {
			throw new IllegalStateException("Revision " + revisionId + " is " + revision.getStatus());
		}
		fields.applyTo(revision);
		revision.setUpdatedAt(this.clock.instant());
		return revision;
	}

	/**
	 * A new draft revision of an item carrying the full content of its live revision (or
	 * of its newest one when none is live), for an edit that goes through approval again.
	 */
	@Transactional
	public ContentRevision newRevision(long itemId, String author) {
		ContentItem item = this.items.findById(itemId).orElseThrow(() -> new ItemNotFoundException("item " + itemId));
		ContentRevision base = item.getLiveRevisionId() != null
				? this.revisions.findById(item.getLiveRevisionId()).orElseThrow()
				: this.revisions.findByItemIdOrderByRevisionNumberDesc(itemId).get(0);
		int number = this.revisions.findLatestRevisionNumber(itemId) + 1;
		return this.revisions.save(base.copyAsDraft(number, author, this.clock.instant()));
	}

	/**
	 * Removes a file from a revision that is still being written (the stored bytes stay
	 * for older revisions).
	 */
	@Transactional
	public void detach(long revisionId, long attachmentId) {
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new IllegalArgumentException("No revision " + revisionId));
		revision.getAttachments().removeIf(a -> Long.valueOf(attachmentId).equals(a.getId()));
		revision.setUpdatedAt(this.clock.instant());
	}

	/** Stores a file and attaches it to a revision that is still being written. */
	@Transactional
	public Attachment attach(long revisionId, AttachmentKind kind, InputStream content, String originalName,
			String mediaType, @Nullable String altText) {
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new IllegalArgumentException("No revision " + revisionId));
		StoredFile file = this.storage.store(content, originalName, mediaType);
		Attachment attachment = new Attachment(revision.getAttachments().size() + 1, kind, file, altText,
				this.clock.instant());
		revision.addAttachment(attachment);
		this.revisions.flush();
		return attachment;
	}

	/**
	 * Makes a revision the item's live one (now, or at its publish time), supersedes the
	 * one before and announces it when it is visible now.
	 */
	@Transactional
	public ContentItem goLive(long revisionId) {
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new IllegalArgumentException("No revision " + revisionId));
		ContentItem item = this.items.findById(revision.getItemId()).orElseThrow();
		Instant now = this.clock.instant();
		Long previous = item.getLiveRevisionId();
		if (previous != null && !previous.equals(revision.getId())) {
			this.revisions.findById(previous).ifPresent(p -> p.setStatus(RevisionStatus.SUPERSEDED));
		}
		boolean first = item.getFirstPublishedAt() == null;
		item.goLive(revision, now);
		revision
			.setStatus(item.getStatus() == ItemStatus.SCHEDULED ? RevisionStatus.SCHEDULED : RevisionStatus.PUBLISHED);
		if (item.getStatus() == ItemStatus.PUBLISHED) {
			announce(item, revision, first);
		}
		return item;
	}

	/**
	 * Scheduled items whose time has come go live; items past their unpublish time go
	 * off.
	 */
	@Transactional
	public int applySchedule() {
		Instant now = this.clock.instant();
		int changed = 0;
		for (ContentItem item : this.items.findByStatusAndPublishAtLessThanEqual(ItemStatus.SCHEDULED, now)) {
			ContentRevision revision = this.revisions.findById(Objects.requireNonNull(item.getLiveRevisionId()))
				.orElseThrow();
			boolean first = Objects.equals(item.getFirstPublishedAt(), item.getPublishAt());
			item.markPublished();
			revision.setStatus(RevisionStatus.PUBLISHED);
			announce(item, revision, first);
			changed++;
		}
		for (ContentItem item : this.items.findPublishedPastUnpublishAt(now)) {
			item.withdraw("", now);
			this.events.publishEvent(
					new PublicationWithdrawn(item.id(), this.catalog.section(item.getSectionId()).slug(), "", now));
			changed++;
		}
		return changed;
	}

	/**
	 * Takes an item off the site with a public reason; its revisions and history stay.
	 */
	@Transactional
	public ContentItem withdraw(long itemId, String reason) {
		ContentItem item = this.items.findById(itemId).orElseThrow(() -> new ItemNotFoundException("item " + itemId));
		Instant now = this.clock.instant();
		item.withdraw(reason, now);
		if (item.getLiveRevisionId() != null) {
			this.revisions.findById(item.getLiveRevisionId()).ifPresent(r -> r.setStatus(RevisionStatus.WITHDRAWN));
		}
		this.events.publishEvent(
				new PublicationWithdrawn(item.id(), this.catalog.section(item.getSectionId()).slug(), reason, now));
		return item;
	}

	private void announce(ContentItem item, ContentRevision revision, boolean first) {
		Section section = this.catalog.section(item.getSectionId());
		this.events.publishEvent(new PublicationPublished(item.id(), revision.getRevisionNumber(), section.slug(),
				section.kind(), revision.getTitle(), PublishedSummary.pathOf(section, item.id()), first,
				Objects.requireNonNull(item.getPublishAt())));
	}

}
