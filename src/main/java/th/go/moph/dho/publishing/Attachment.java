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

/**
 * A file or image of a revision. The bytes live in {@link AttachmentStorage} under a
 * generated key; the original (often Thai) file name is kept only for display and
 * download.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "revision_id", insertable = false, updatable = false)
	private @Nullable Long revisionId;

	private int position;

	@Enumerated(EnumType.STRING)
	private AttachmentKind kind;

	@Column(updatable = false)
	private String storageKey;

	private String originalName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private @Nullable String altText;

	private Instant createdAt;

	protected Attachment() {
		this.kind = AttachmentKind.FILE;
		this.storageKey = "";
		this.originalName = "";
		this.mediaType = "";
		this.sha256 = "";
		this.createdAt = Instant.EPOCH;
	}

	public Attachment(int position, AttachmentKind kind, StoredFile file, @Nullable String altText, Instant now) {
		this.position = position;
		this.kind = kind;
		this.storageKey = file.storageKey();
		this.originalName = file.originalName();
		this.mediaType = file.mediaType();
		this.sizeBytes = file.sizeBytes();
		this.sha256 = file.sha256();
		this.altText = altText;
		this.createdAt = now;
	}

	Attachment copy() {
		return new Attachment(this.position, this.kind, toStoredFile(), this.altText, this.createdAt);
	}

	public StoredFile toStoredFile() {
		return new StoredFile(this.storageKey, this.originalName, this.mediaType, this.sizeBytes, this.sha256);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable Long getRevisionId() {
		return this.revisionId;
	}

	public int getPosition() {
		return this.position;
	}

	public AttachmentKind getKind() {
		return this.kind;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public String getOriginalName() {
		return this.originalName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public @Nullable String getAltText() {
		return this.altText;
	}

	public void setAltText(@Nullable String altText) {
		this.altText = altText;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
