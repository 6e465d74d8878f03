package th.go.moph.dho.publishing.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.publishing.ItemStatus;
import th.go.moph.dho.publishing.RevisionStatus;

/**
 * An item as the staff lists show it: its newest revision and where both stand.
 */
record WorkItem(long itemId, long revisionId, int revisionNumber, String title, Section section, ItemStatus itemStatus,
		RevisionStatus revisionStatus, String author, @Nullable String submittedBy, @Nullable Instant submittedAt,
		Instant updatedAt, @Nullable String reviewComment, @Nullable Long liveRevisionId) {

	/** The working revision differs from what the public sees. */
	public boolean hasOpenRevision() {
		return this.liveRevisionId == null || this.liveRevisionId != this.revisionId;
	}

	public boolean isMine(String username) {
		return username.equalsIgnoreCase(this.author) || username.equalsIgnoreCase(this.submittedBy);
	}

}
