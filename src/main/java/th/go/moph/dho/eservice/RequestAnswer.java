package th.go.moph.dho.eservice;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer of a request, with the question as it was asked then. */
@Entity
@Table(name = "eservice_answer")
public class RequestAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long requestId;

	@Column(name = "field_key")
	private String key;

	private String labelTh;

	@Enumerated(EnumType.STRING)
	private FieldKind kind;

	private boolean personal;

	@Column(name = "value_text")
	private @Nullable String value;

	private int sortOrder;

	protected RequestAnswer() {
		this.key = "";
		this.labelTh = "";
		this.kind = FieldKind.TEXT;
	}

	RequestAnswer(long requestId, ServiceField field, String value) {
		this.requestId = requestId;
		this.key = field.getKey();
		this.labelTh = field.getLabelTh();
		this.kind = field.getKind();
		this.personal = field.isPersonal();
		this.value = value;
		this.sortOrder = field.getSortOrder();
	}

	void erase() {
		this.value = null;
	}

	public long getRequestId() {
		return this.requestId;
	}

	public String getKey() {
		return this.key;
	}

	public String getLabelTh() {
		return this.labelTh;
	}

	public FieldKind getKind() {
		return this.kind;
	}

	public boolean isPersonal() {
		return this.personal;
	}

	/** The answer, or null once erased by the retention job. */
	public @Nullable String getValue() {
		return this.value;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
