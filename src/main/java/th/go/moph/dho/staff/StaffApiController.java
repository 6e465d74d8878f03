package th.go.moph.dho.staff;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is, for scripts checking their credentials ({@code GET /api/staff/me}).
 */
@RestController
class StaffApiController {

	private final StaffAccounts accounts;

	StaffApiController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/staff/me")
	StaffMember me(Principal principal) {
		return this.accounts.find(principal.getName())
			.orElseThrow(() -> new StaffAccountNotFoundException(principal.getName()));
	}

}
