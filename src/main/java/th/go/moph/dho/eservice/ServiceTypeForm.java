package th.go.moph.dho.eservice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import th.go.moph.dho.staff.StaffRole;

/**
 * The admin's form for a service type and its questions, as typed: numbers stay text
 * until {@link #toDefinition} reads them, so a wrong number comes back with a Thai
 * message and everything else kept. A question row whose key and label are both blank, or
 * that is marked for removal, is left out.
 */
record ServiceTypeForm(@Nullable String code, @Nullable String nameTh, @Nullable String descriptionTh,
		@Nullable String targetDays, @Nullable Boolean anonymousAllowed, @Nullable Boolean confidential,
		@Nullable Boolean appointment, @Nullable String handlerRole, @Nullable Boolean active,
		@Nullable String sortOrder, @Nullable List<FieldForm> fields) {

	/** Blank question rows a new form starts with. */
	static final int NEW_ROWS = 3;

	/** One question row. {@code choices}: one option per line. */
	record FieldForm(@Nullable String key, @Nullable String labelTh, @Nullable String hintTh, @Nullable String kind,
			@Nullable Boolean required, @Nullable Boolean personal, @Nullable String maxLength,
			@Nullable String choices, @Nullable Boolean remove) {

		static FieldForm blank() {
			return new FieldForm("", "", "", FieldKind.TEXT.name(), true, false, "", "", false);
		}

		static FieldForm of(ServiceTypeView.FieldView f) {
			return new FieldForm(f.key(), f.labelTh(), f.hintTh() == null ? "" : f.hintTh(), f.kind().name(),
					f.required(), f.personal(), f.maxLength() == null ? "" : String.valueOf(f.maxLength()),
					String.join("\n", f.choices()), false);
		}

		boolean isBlank() {
			return text(this.key).isEmpty() && text(this.labelTh).isEmpty();
		}

		boolean isRemoved() {
			return Boolean.TRUE.equals(this.remove);
		}

	}

	static ServiceTypeForm empty() {
		List<FieldForm> rows = new ArrayList<>();
		for (int i = 0; i < NEW_ROWS; i++) {
			rows.add(FieldForm.blank());
		}
		return new ServiceTypeForm("", "", "", "15", false, false, false, StaffRole.ESERVICE.name(), true, "100", rows);
	}

	static ServiceTypeForm of(ServiceTypeView t) {
		List<FieldForm> rows = new ArrayList<>(t.fields().stream().map(FieldForm::of).toList());
		rows.add(FieldForm.blank());
		return new ServiceTypeForm(t.code(), t.nameTh(), t.descriptionTh(), String.valueOf(t.targetDays()),
				t.anonymousAllowed(), t.confidential(), t.appointment(), t.handlerRole().name(), t.active(),
				String.valueOf(t.sortOrder()), rows);
	}

	/** The question rows as sent (rows the browser skipped are dropped). */
	public List<FieldForm> rows() {
		return this.fields == null ? List.of() : this.fields.stream().filter(Objects::nonNull).toList();
	}

	/** The same form with one more blank question row. */
	ServiceTypeForm withBlankRow() {
		List<FieldForm> rows = new ArrayList<>(rows());
		rows.add(FieldForm.blank());
		return new ServiceTypeForm(this.code, this.nameTh, this.descriptionTh, this.targetDays, this.anonymousAllowed,
				this.confidential, this.appointment, this.handlerRole, this.active, this.sortOrder, rows);
	}

	/**
	 * The same form with only the rows that become questions (error indices then match).
	 */
	ServiceTypeForm withKeptRows() {
		return new ServiceTypeForm(this.code, this.nameTh, this.descriptionTh, this.targetDays, this.anonymousAllowed,
				this.confidential, this.appointment, this.handlerRole, this.active, this.sortOrder, keptRows());
	}

	/** The same form with the code of the type being edited (the code cannot change). */
	ServiceTypeForm withCode(String fixedCode) {
		return new ServiceTypeForm(fixedCode, this.nameTh, this.descriptionTh, this.targetDays, this.anonymousAllowed,
				this.confidential, this.appointment, this.handlerRole, this.active, this.sortOrder, this.fields);
	}

	/**
	 * The definition to save, or the problems of the numbers and choices only this form
	 * can see (keyed like the service's: {@code targetDays},
	 * {@code fields[2].maxLength}). The row numbers are those of the kept rows, as the
	 * service reports them.
	 */
	ServiceTypeDefinition toDefinition(Map<String, DefaultMessageSourceResolvable> problems) {
		int days = number(this.targetDays, "targetDays", "eservice.type.error.targetDays", problems);
		int order = number(this.sortOrder, "sortOrder", "eservice.staff.type.error.sortOrder", problems);
		StaffRole role = parse(StaffRole.class, this.handlerRole, StaffRole.ESERVICE);
		List<ServiceTypeDefinition.Field> fieldList = new ArrayList<>();
		for (FieldForm f : keptRows()) {
			String at = "fields[" + fieldList.size() + "]";
			Integer max = null;
			if (!text(f.maxLength()).isEmpty()) {
				max = number(f.maxLength(), at + ".maxLength", "eservice.staff.type.error.maxLength", problems);
			}
			FieldKind kind = parse(FieldKind.class, f.kind(), FieldKind.TEXT);
			List<String> choiceList = kind == FieldKind.CHOICE ? Arrays.stream(text(f.choices()).split("\\R"))
				.map(String::strip)
				.filter(c -> !c.isEmpty())
				.toList() : List.of();
			fieldList.add(new ServiceTypeDefinition.Field(text(f.key()), text(f.labelTh()),
					text(f.hintTh()).isEmpty() ? null : text(f.hintTh()), kind, Boolean.TRUE.equals(f.required()),
					Boolean.TRUE.equals(f.personal()), max, choiceList));
		}
		return new ServiceTypeDefinition(text(this.code).toLowerCase(java.util.Locale.ROOT), text(this.nameTh),
				text(this.descriptionTh), days, Boolean.TRUE.equals(this.anonymousAllowed),
				Boolean.TRUE.equals(this.confidential), Boolean.TRUE.equals(this.appointment), role,
				Boolean.TRUE.equals(this.active), order, fieldList);
	}

	/** The rows that become questions, in order. */
	List<FieldForm> keptRows() {
		return rows().stream().filter(f -> !f.isBlank() && !f.isRemoved()).toList();
	}

	private static int number(@Nullable String value, String key, String code,
			Map<String, DefaultMessageSourceResolvable> problems) {
		String v = text(value);
		try {
			return Integer.parseInt(v);
		}
		catch (NumberFormatException ex) {
			problems.putIfAbsent(key, new DefaultMessageSourceResolvable(new String[] { code },
					new Object[] { SubmissionCheck.MAX_TEXT }));
			return 0;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, E fallback) {
		try {
			return Enum.valueOf(type, text(value));
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
