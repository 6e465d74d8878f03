package th.go.moph.dho.eservice;

import java.util.Arrays;
import java.util.List;

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
 * One question a service type asks: its key, Thai label and hint, kind, whether it is
 * required, whether its answer identifies the citizen, its length limit and choices.
 */
@Entity
@Table(name = "eservice_field")
public class ServiceField {

	static final String CHOICE_SEPARATOR = "|";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "field_key")
	private String key;

	private String labelTh;

	private @Nullable String hintTh;

	@Enumerated(EnumType.STRING)
	private FieldKind kind;

	private boolean required;

	private boolean personal;

	private @Nullable Integer maxLength;

	private @Nullable String choices;

	private int sortOrder;

	protected ServiceField() {
		this.key = "";
		this.labelTh = "";
		this.kind = FieldKind.TEXT;
	}

	ServiceField(String key) {
		this();
		this.key = key;
	}

	void update(ServiceTypeDefinition.Field f, int order) {
		this.labelTh = f.labelTh().strip();
		this.hintTh = f.hintTh() == null || f.hintTh().isBlank() ? null : f.hintTh().strip();
		this.kind = f.kind();
		this.required = f.required();
		this.personal = f.personal();
		this.maxLength = f.kind().isFile() || f.kind() == FieldKind.CHOICE ? null : f.maxLength();
		this.choices = f.kind() == FieldKind.CHOICE ? String.join(CHOICE_SEPARATOR, f.choices()) : null;
		this.sortOrder = order;
	}

	public String getKey() {
		return this.key;
	}

	public String getLabelTh() {
		return this.labelTh;
	}

	public @Nullable String getHintTh() {
		return this.hintTh;
	}

	public FieldKind getKind() {
		return this.kind;
	}

	public boolean isRequired() {
		return this.required;
	}

	public boolean isPersonal() {
		return this.personal;
	}

	/** The longest text accepted; null for files and choices. */
	public @Nullable Integer getMaxLength() {
		if (this.kind.isFile() || this.kind == FieldKind.CHOICE) {
			return null;
		}
		return this.maxLength == null ? this.kind.defaultMaxLength() : this.maxLength;
	}

	public List<String> getChoices() {
		if (this.choices == null || this.choices.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.choices.split("\\" + CHOICE_SEPARATOR)).map(String::strip).toList();
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
