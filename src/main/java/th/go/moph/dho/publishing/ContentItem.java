package th.go.moph.dho.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A piece of content of one section of the catalog, whatever its revisions. Its id makes
 * its public URL stable across revisions.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int sectionId;

	private @Nullable String slug;

	@Enumerated(EnumType.STRING)
	private ItemStatus status = ItemStatus.DRAFT;

	private @Nullable Long liveRevisionId;

	private @Nullable Instant publishAt;

	private @Nullable Instant unpublishAt;

	private @Nullable Instant firstPublishedAt;

	private @Nullable Instant lastPublishedAt;

	private @Nullable Instant withdrawnAt;

	private @Nullable String withdrawnReason;

	@Column(updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private String createdBy;

	@Version
	private int version;

	protected ContentItem() {
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	public ContentItem(int sectionId, @Nullable String slug, String createdBy, Instant createdAt) {
		this.sectionId = sectionId;
		this.slug = slug;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Makes a revision live now or at its publish time. */
	public void goLive(ContentRevision revision, Instant now) {
		this.liveRevisionId = revision.getId();
		this.publishAt = revision.getPublishAt() != null ? revision.getPublishAt() : now;
		this.unpublishAt = revision.getUnpublishAt();
		this.status = this.publishAt.isAfter(now) ? ItemStatus.SCHEDULED : ItemStatus.PUBLISHED;
		if (this.firstPublishedAt == null) {
			this.firstPublishedAt = this.publishAt;
		}
		this.lastPublishedAt = this.publishAt;
		this.withdrawnAt = null;
		this.withdrawnReason = null;
	}

	/** A scheduled item whose time has come. */
	public void markPublished() {
		this.status = ItemStatus.PUBLISHED;
	}

	public void withdraw(String reason, Instant now) {
		this.status = ItemStatus.WITHDRAWN;
		this.withdrawnAt = now;
		this.withdrawnReason = reason;
	}

	public boolean isVisibleAt(Instant now) {
		return this.status == ItemStatus.PUBLISHED && this.liveRevisionId != null && this.publishAt != null
				&& !this.publishAt.isAfter(now) && (this.unpublishAt == null || this.unpublishAt.isAfter(now));
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Item not saved yet");
		}
		return this.id;
	}

	public int getSectionId() {
		return this.sectionId;
	}

	public @Nullable String getSlug() {
		return this.slug;
	}

	public void setSlug(@Nullable String slug) {
		this.slug = slug;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	public void setStatus(ItemStatus status) {
		this.status = status;
	}

	public @Nullable Long getLiveRevisionId() {
		return this.liveRevisionId;
	}

	public @Nullable Instant getPublishAt() {
		return this.publishAt;
	}

	public @Nullable Instant getUnpublishAt() {
		return this.unpublishAt;
	}

	public void setUnpublishAt(@Nullable Instant unpublishAt) {
		this.unpublishAt = unpublishAt;
	}

	public @Nullable Instant getFirstPublishedAt() {
		return this.firstPublishedAt;
	}

	public @Nullable Instant getLastPublishedAt() {
		return this.lastPublishedAt;
	}

	public @Nullable Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public @Nullable String getWithdrawnReason() {
		return this.withdrawnReason;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public int getVersion() {
		return this.version;
	}

}
