package th.go.moph.dho.eservice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.go.moph.dho.staff.StaffRole;

/**
 * A kind of request citizens may file (complaint, nuisance, appointment…): data that
 * staff with the admin role edit, shipped with the catalog migration.
 */
@Entity
@Table(name = "eservice_type")
public class ServiceType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String nameTh;

	private String descriptionTh;

	private int targetDays;

	private boolean anonymousAllowed;

	private boolean confidential;

	private boolean appointment;

	@Enumerated(EnumType.STRING)
	private StaffRole handlerRole;

	private boolean active;

	private int sortOrder;

	private @Nullable String updatedBy;

	private @Nullable Instant updatedAt;

	@Version
	private int version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "service_type_id", nullable = false)
	@OrderBy("sortOrder")
	private List<ServiceField> fields = new ArrayList<>();

	protected ServiceType() {
		this.code = "";
		this.nameTh = "";
		this.descriptionTh = "";
		this.handlerRole = StaffRole.ESERVICE;
	}

	ServiceType(String code) {
		this();
		this.code = code;
	}

	void update(ServiceTypeDefinition definition, String actor, Instant now) {
		this.nameTh = definition.nameTh().strip();
		this.descriptionTh = definition.descriptionTh().strip();
		this.targetDays = definition.targetDays();
		this.anonymousAllowed = definition.anonymousAllowed();
		this.confidential = definition.confidential();
		this.appointment = definition.appointment();
		this.handlerRole = definition.handlerRole();
		this.active = definition.active();
		this.sortOrder = definition.sortOrder();
		this.updatedBy = actor;
		this.updatedAt = now;
		List<ServiceField> kept = new ArrayList<>();
		int order = 1;
		for (ServiceTypeDefinition.Field f : definition.fields()) {
			ServiceField field = this.fields.stream()
				.filter(existing -> existing.getKey().equals(f.key()))
				.findFirst()
				.orElseGet(() -> new ServiceField(f.key()));
			field.update(f, order++);
			kept.add(field);
		}
		this.fields.clear();
		this.fields.addAll(kept);
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getNameTh() {
		return this.nameTh;
	}

	public String getDescriptionTh() {
		return this.descriptionTh;
	}

	public int getTargetDays() {
		return this.targetDays;
	}

	public boolean isAnonymousAllowed() {
		return this.anonymousAllowed;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public boolean isAppointment() {
		return this.appointment;
	}

	public StaffRole getHandlerRole() {
		return this.handlerRole;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public @Nullable String getUpdatedBy() {
		return this.updatedBy;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<ServiceField> getFields() {
		return List.copyOf(this.fields);
	}

}
