package th.go.moph.dho.eservice;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service types citizens can file, as data: read by the forms and the API, edited by
 * staff with the admin role. Types are deactivated, never deleted (old requests name
 * them).
 */
@Service
public class ServiceTypes {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private static final Pattern FIELD_KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	private final ServiceTypeRepository types;

	private final StaffAccess access;

	private final Clock clock;

	ServiceTypes(ServiceTypeRepository types, StaffAccess access, Clock clock) {
		this.types = types;
		this.access = access;
		this.clock = clock;
	}

	/** The services citizens can file now, in order. */
	@Transactional(readOnly = true)
	public List<ServiceTypeView> active() {
		return this.types.findByActiveTrueOrderBySortOrderAscIdAsc().stream().map(ServiceTypeView::of).toList();
	}

	/** An active service by code. */
	@Transactional(readOnly = true)
	public Optional<ServiceTypeView> find(String code) {
		return this.types.findByCode(code).filter(ServiceType::isActive).map(ServiceTypeView::of);
	}

	/** Every service type, active or not (staff screens). */
	@Transactional(readOnly = true)
	public List<ServiceTypeView> all() {
		return this.types.findAllByOrderBySortOrderAscIdAsc().stream().map(ServiceTypeView::of).toList();
	}

	/** A service type by code, active or not (staff screens). */
	@Transactional(readOnly = true)
	public Optional<ServiceTypeView> byCode(String code) {
		return this.types.findByCode(code).map(ServiceTypeView::of);
	}

	/**
	 * Creates a service type or changes the one with this code (admin role). Questions
	 * are matched by key; a question left out is removed from the form (answers already
	 * given keep their label).
	 * @throws InvalidSubmissionException with a Thai message per problem
	 * @throws NotPermittedException the actor is not an admin
	 */
	@Transactional
	public ServiceTypeView save(ServiceTypeDefinition definition, String actor) {
		this.access.requireAdmin(actor);
		validate(definition);
		ServiceType type = this.types.findByCode(definition.code()).orElseGet(() -> new ServiceType(definition.code()));
		type.update(definition, actor, this.clock.instant());
		return ServiceTypeView.of(this.types.saveAndFlush(type));
	}

	private static void validate(ServiceTypeDefinition d) {
		Problems check = new Problems();
		if (!CODE.matcher(d.code()).matches()) {
			check.reject("code", "eservice.type.error.code");
		}
		if (d.nameTh().isBlank() || d.nameTh().length() > 200) {
			check.reject("nameTh", "eservice.type.error.name");
		}
		if (d.descriptionTh().isBlank() || d.descriptionTh().length() > 1000) {
			check.reject("descriptionTh", "eservice.type.error.description");
		}
		if (d.targetDays() < 0 || d.targetDays() > 365) {
			check.reject("targetDays", "eservice.type.error.targetDays");
		}
		if (d.fields().isEmpty()) {
			check.reject("fields", "eservice.type.error.noFields");
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < d.fields().size(); i++) {
			ServiceTypeDefinition.Field f = d.fields().get(i);
			String at = "fields[" + i + "]";
			if (!FIELD_KEY.matcher(f.key()).matches() || !keys.add(f.key())) {
				check.reject(at + ".key", "eservice.type.error.fieldKey");
			}
			if (f.labelTh().isBlank() || f.labelTh().length() > 200) {
				check.reject(at + ".labelTh", "eservice.type.error.fieldLabel");
			}
			if (f.hintTh() != null && f.hintTh().length() > 500) {
				check.reject(at + ".hintTh", "eservice.type.error.fieldHint");
			}
			if (f.kind() == FieldKind.CHOICE && (f.choices().size() < 2
					|| f.choices().stream().anyMatch(c -> c.isBlank() || c.contains(ServiceField.CHOICE_SEPARATOR)))) {
				check.reject(at + ".choices", "eservice.type.error.choices");
			}
			if (f.maxLength() != null && (f.maxLength() < 1 || f.maxLength() > SubmissionCheck.MAX_TEXT)) {
				check.reject(at + ".maxLength", "eservice.type.error.maxLength", SubmissionCheck.MAX_TEXT);
			}
		}
		check.throwIfAny();
	}

}
