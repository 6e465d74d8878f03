package th.go.moph.dho.publishing.evidence;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One signature block of the form. A missing name or date leaves a dotted line to be
 * filled in by hand; dates are shown in the Buddhist era.
 *
 * @param role which of the three blocks
 * @param name full name as the person signs, e.g. นางสาวสุดารัตน์ ทองดี
 * @param position official position, e.g. นักวิชาการสาธารณสุขชำนาญการ
 * @param date the day the person acted (asked, approved, published), in the office's zone
 */
public record Signatory(SignatoryRole role, @Nullable String name, @Nullable String position,
		@Nullable LocalDate date) {

	/**
	 * The name the workflow records when the scheduler, not a person, put an item on the
	 * site; the form shows it as the system in words.
	 */
	public static final String SYSTEM = "system";

	public static Signatory unsigned(SignatoryRole role) {
		return new Signatory(role, null, null, null);
	}

	public boolean hasName() {
		return this.name != null && !this.name.isBlank();
	}

	/** Whether the system (a scheduled publication) acted, not a person. */
	public boolean isSystem() {
		return SYSTEM.equals(this.name);
	}

	public boolean hasPosition() {
		return this.position != null && !this.position.isBlank();
	}

}
