package th.go.moph.dho.eservice;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffMember;
import th.go.moph.dho.staff.StaffRole;

/**
 * Who among staff may handle which requests. A confidential service type (corruption and
 * misconduct reports) only staff with {@link StaffRole#INTEGRITY}; any other, staff with
 * the type's handler role or the head of office ({@link StaffRole#APPROVER}). Service
 * types and slots: the admin role (slots also the handler role).
 */
@Component
class StaffAccess {

	private final StaffAccounts accounts;

	StaffAccess(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	Optional<StaffMember> member(String actor) {
		return this.accounts.find(actor);
	}

	boolean mayHandle(String actor, ServiceType type) {
		return this.accounts.find(actor).filter(m -> mayHandle(m, type)).isPresent();
	}

	static boolean mayHandle(StaffMember member, ServiceType type) {
		if (type.isConfidential()) {
			return member.hasRole(StaffRole.INTEGRITY);
		}
		return member.hasRole(type.getHandlerRole()) || member.hasRole(StaffRole.APPROVER);
	}

	void requireHandler(String actor, ServiceType type) {
		if (!mayHandle(actor, type)) {
			throw new NotPermittedException();
		}
	}

	void requireAdmin(String actor) {
		if (this.accounts.find(actor).filter(m -> m.hasRole(StaffRole.ADMIN)).isEmpty()) {
			throw new NotPermittedException();
		}
	}

	void requireSlotManager(String actor, ServiceType type) {
		boolean allowed = this.accounts.find(actor)
			.filter(m -> m.hasRole(StaffRole.ADMIN) || mayHandle(m, type))
			.isPresent();
		if (!allowed) {
			throw new NotPermittedException();
		}
	}

}
