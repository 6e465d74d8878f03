package th.go.moph.dho.publishing.evidence;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One signature block of the form. A missing name or date leaves a dotted line to be filled
 * in by hand; dates are shown in the Buddhist era.
 *
 * @param role which of the three blocks
 * @param name full name as the person signs, e.g. นางสาวสุดารัตน์ ทองดี
 * @param position official position, e.g. นักวิชาการสาธารณสุขชำนาญการ
 * @param date the day the person acted (asked, approved, published), in the office's zone
 */
public record Signatory(SignatoryRole role, @Nullable String name, @Nullable String position,
		@Nullable LocalDate date) {

	public static Signatory unsigned(SignatoryRole role) {
		return new Signatory(role, null, null, null);
	}

	public boolean hasName() {
		return this.name != null && !this.name.isBlank();
	}

	public boolean hasPosition() {
		return this.position != null && !this.position.isBlank();
	}

}
