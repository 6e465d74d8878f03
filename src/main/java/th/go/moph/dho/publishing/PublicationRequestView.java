package th.go.moph.dho.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A request for publication as the evidence forms and reports print it. People are given
 * by login name; {@code th.go.moph.dho.staff.StaffAccounts} gives their names and
 * positions ({@code system} publishes scheduled items).
 *
 * @param id the request's number
 * @param itemId the item
 * @param revisionId the approved revision
 * @param revisionNumber its number within the item
 * @param sectionId the catalog section
 * @param sectionSlug the catalog section's slug
 * @param topic the title of the approved revision (หัวข้อ)
 * @param summary its summary (รายละเอียดข้อมูลโดยสรุป)
 * @param publicPath the item's path on the public site (prefix the office's base URL)
 * @param remarks the submitter's remarks (หมายเหตุ)
 * @param requestedBy who submitted the revision (ผู้รับผิดชอบการให้ข้อมูล)
 * @param requestedAt when it was submitted
 * @param approvedBy who approved it (ผู้อนุมัติรับรอง)
 * @param approvedAt when
 * @param scheduledFor the publish time when approved for later, else null
 * @param publishedBy who made it live (ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่): the approver,
 * or {@code system} for a scheduled go-live; null while still scheduled
 * @param publishedAt when it went live; null while still scheduled
 * @param urgent published by one approver without a second person
 * @param urgentReason their written reason
 * @param reviewedBy the other approver who reviewed an urgent publication afterwards
 * @param reviewedAt when
 */
public record PublicationRequestView(long id, long itemId, long revisionId, int revisionNumber, int sectionId,
		String sectionSlug, String topic, @Nullable String summary, String publicPath, @Nullable String remarks,
		String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt, @Nullable Instant scheduledFor,
		@Nullable String publishedBy, @Nullable Instant publishedAt, boolean urgent, @Nullable String urgentReason,
		@Nullable String reviewedBy, @Nullable Instant reviewedAt) {

	/** Whether an urgent publication still waits for another approver's review. */
	public boolean awaitingReview() {
		return this.urgent && this.reviewedBy == null;
	}

}
