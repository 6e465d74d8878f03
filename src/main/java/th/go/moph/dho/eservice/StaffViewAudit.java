package th.go.moph.dho.eservice;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff member opened a confidential request. Written once, never changed. */
@Entity
@Immutable
@Table(name = "eservice_view_audit")
public class StaffViewAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long requestId;

	private String actor;

	private Instant viewedAt;

	protected StaffViewAudit() {
		this.actor = "";
		this.viewedAt = Instant.EPOCH;
	}

	StaffViewAudit(long requestId, String actor, Instant viewedAt) {
		this.requestId = requestId;
		this.actor = actor;
		this.viewedAt = viewedAt;
	}

	public long getRequestId() {
		return this.requestId;
	}

	public String getActor() {
		return this.actor;
	}

	public Instant getViewedAt() {
		return this.viewedAt;
	}

}
