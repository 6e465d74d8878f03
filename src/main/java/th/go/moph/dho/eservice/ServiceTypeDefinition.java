package th.go.moph.dho.eservice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.staff.StaffRole;

/**
 * What staff with the admin role set for a service type (create or edit).
 *
 * @param code short code used in links, e.g. {@code nuisance} (lower-case letters, digits
 * and dashes; cannot change once created)
 * @param nameTh Thai name
 * @param descriptionTh what the service is for, shown above the form
 * @param targetDays calendar days the office aims to finish within (0 for appointments:
 * the target is the booked day)
 * @param anonymousAllowed whether a citizen may file without name or LINE id
 * @param confidential whether only staff with the integrity role see the requests
 * @param appointment whether the citizen books a slot
 * @param handlerRole the staff role that handles the requests
 * @param active whether citizens can file it now
 * @param sortOrder position in the list of services
 * @param fields the questions, in order
 */
public record ServiceTypeDefinition(String code, String nameTh, String descriptionTh, int targetDays,
		boolean anonymousAllowed, boolean confidential, boolean appointment, StaffRole handlerRole, boolean active,
		int sortOrder, List<Field> fields) {

	/**
	 * One question.
	 *
	 * @param key the field key, e.g. {@code detail} (lower-case letters, digits and
	 * underscores)
	 * @param labelTh the question
	 * @param hintTh a hint under it
	 * @param kind the kind of answer
	 * @param required whether an answer is needed
	 * @param personal whether the answer identifies the citizen (not kept for anonymous
	 * reports; erased by the retention job)
	 * @param maxLength longest text, or null for the kind's default
	 * @param choices the options of a {@link FieldKind#CHOICE}
	 */
	public record Field(String key, String labelTh, @Nullable String hintTh, FieldKind kind, boolean required,
			boolean personal, @Nullable Integer maxLength, List<String> choices) {
	}

}
