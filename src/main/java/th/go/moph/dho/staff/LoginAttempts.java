package th.go.moph.dho.staff;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and locks it after too many in a row (form login and
 * HTTP Basic alike); a successful login resets the count.
 */
@Component
class LoginAttempts {

	private final StaffAccounts accounts;

	LoginAttempts(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.loginFailed(String.valueOf(event.getAuthentication().getName()).strip());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.loginSucceeded(event.getAuthentication().getName());
	}

}
