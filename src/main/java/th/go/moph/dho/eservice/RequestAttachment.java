package th.go.moph.dho.eservice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import th.go.moph.dho.publishing.StoredFile;

/**
 * A file the citizen sent with a request, kept by
 * {@link th.go.moph.dho.publishing.AttachmentStorage}. The bytes are removed by the
 * retention job; the row stays.
 */
@Entity
@Table(name = "eservice_attachment")
public class RequestAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long requestId;

	private @Nullable String fieldKey;

	private @Nullable String storageKey;

	private String originalName;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private Instant addedAt;

	private @Nullable Instant removedAt;

	protected RequestAttachment() {
		this.originalName = "";
		this.mediaType = "";
		this.sha256 = "";
		this.addedAt = Instant.EPOCH;
	}

	RequestAttachment(long requestId, @Nullable String fieldKey, StoredFile file, Instant addedAt) {
		this.requestId = requestId;
		this.fieldKey = fieldKey;
		this.storageKey = file.storageKey();
		this.originalName = file.originalName();
		this.mediaType = file.mediaType();
		this.sizeBytes = file.sizeBytes();
		this.sha256 = file.sha256();
		this.addedAt = addedAt;
	}

	void markRemoved(Instant now) {
		this.storageKey = null;
		this.removedAt = now;
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	public long getRequestId() {
		return this.requestId;
	}

	public @Nullable String getFieldKey() {
		return this.fieldKey;
	}

	public @Nullable String getStorageKey() {
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

	public Instant getAddedAt() {
		return this.addedAt;
	}

	public @Nullable Instant getRemovedAt() {
		return this.removedAt;
	}

}
