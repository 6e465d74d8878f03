package th.go.moph.dho.publishing.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The request-for-publication form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน) of
 * one publication request, as the MOIT audit asks for it.
 *
 * @param requestId the publication request it documents
 * @param itemId the content item
 * @param revisionNumber the revision of the item that was asked for
 * @param officeName the office's full Thai name
 * @param section where in the catalog the item belongs
 * @param date the day of the request, in the office's zone
 * @param topic the topic (the item's title)
 * @param summary a summary of the content
 * @param url the absolute public URL of the item
 * @param remarks remarks, empty when none
 * @param urgentReason the written reason when an approver published urgently alone, else
 * {@code null}
 * @param requester ผู้รับผิดชอบการให้ข้อมูล
 * @param approver ผู้อนุมัติรับรอง
 * @param publisher ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่
 */
public record EvidenceForm(long requestId, long itemId, int revisionNumber, String officeName, Section section,
		LocalDate date, String topic, String summary, String url, String remarks, @Nullable String urgentReason,
		Signatory requester, Signatory approver, Signatory publisher) {

	public EvidenceForm {
		Objects.requireNonNull(section, "section");
		Objects.requireNonNull(date, "date");
		if (requester.role() != SignatoryRole.REQUESTER || approver.role() != SignatoryRole.APPROVER
				|| publisher.role() != SignatoryRole.PUBLISHER) {
			throw new IllegalArgumentException("Signatories out of order");
		}
	}

	/** The three signature blocks in the form's order. */
	public List<Signatory> signatories() {
		return List.of(this.requester, this.approver, this.publisher);
	}

	/** The Buddhist-era fiscal year (Oct–Sep) the request belongs to. */
	public int fiscalYear() {
		return ThaiDates.fiscalYear(this.date);
	}

	public boolean urgent() {
		return this.urgentReason != null && !this.urgentReason.isBlank();
	}

}
