package th.go.moph.dho.publishing;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
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
 * One line of the append-only audit log: who did what to which revision of an item, from
 * which status to which, with their comment. Written in the same transaction as the
 * change, never updated.
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long itemId;

	private @Nullable Long revisionId;

	private @Nullable Integer revisionNumber;

	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(name = "action_type")
	private AuditAction action;

	private @Nullable String fromStatus;

	private @Nullable String toStatus;

	@Column(name = "comment_text")
	private @Nullable String comment;

	private Instant recordedAt;

	protected AuditRecord() {
		this.actor = "";
		this.action = AuditAction.EDITED;
		this.recordedAt = Instant.EPOCH;
	}

	AuditRecord(long itemId, @Nullable ContentRevision revision, String actor, AuditAction action,
			@Nullable Enum<?> from, @Nullable Enum<?> to, @Nullable String comment, Instant at) {
		this.itemId = itemId;
		this.revisionId = revision == null ? null : revision.getId();
		this.revisionNumber = revision == null ? null : revision.getRevisionNumber();
		this.actor = actor;
		this.action = action;
		this.fromStatus = from == null ? null : from.name();
		this.toStatus = to == null ? null : to.name();
		this.comment = comment == null || comment.isBlank() ? null : comment.strip();
		this.recordedAt = at;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getItemId() {
		return this.itemId;
	}

	public @Nullable Long getRevisionId() {
		return this.revisionId;
	}

	public @Nullable Integer getRevisionNumber() {
		return this.revisionNumber;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public @Nullable String getFromStatus() {
		return this.fromStatus;
	}

	public @Nullable String getToStatus() {
		return this.toStatus;
	}

	public @Nullable String getComment() {
		return this.comment;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
