package th.go.moph.dho.eservice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.staff.StaffRole;

/**
 * A service type as forms, the API and staff screens show it.
 */
public record ServiceTypeView(long id, String code, String nameTh, String descriptionTh, int targetDays,
		boolean anonymousAllowed, boolean confidential, boolean appointment, StaffRole handlerRole, boolean active,
		int sortOrder, List<FieldView> fields) {

	/** One question of the form. */
	public record FieldView(String key, String labelTh, @Nullable String hintTh, FieldKind kind, boolean required,
			boolean personal, @Nullable Integer maxLength, List<String> choices) {
	}

	static ServiceTypeView of(ServiceType t) {
		return new ServiceTypeView(t.getId(), t.getCode(), t.getNameTh(), t.getDescriptionTh(), t.getTargetDays(),
				t.isAnonymousAllowed(), t.isConfidential(), t.isAppointment(), t.getHandlerRole(), t.isActive(),
				t.getSortOrder(),
				t.getFields()
					.stream()
					.map(f -> new FieldView(f.getKey(), f.getLabelTh(), f.getHintTh(), f.getKind(), f.isRequired(),
							f.isPersonal(), f.getMaxLength(), f.getChoices()))
					.toList());
	}

	/** Whether any question takes files (the web form then posts multipart). */
	public boolean takesFiles() {
		return this.fields.stream().anyMatch(f -> f.kind().isFile());
	}

}
