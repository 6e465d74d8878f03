package th.go.moph.dho.staff;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff login settings ({@code dho.staff.*}).
 *
 * @param adminUsername an admin to create on first start when absent
 * ({@code DHO_ADMIN_USERNAME})
 * @param adminPassword that admin's password, chosen by the operator
 * ({@code DHO_ADMIN_PASSWORD})
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("dho.staff")
public record StaffSettings(@Nullable String adminUsername, @Nullable String adminPassword,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {

	public boolean hasAdminCredentials() {
		return this.adminUsername != null && !this.adminUsername.isBlank() && this.adminPassword != null
				&& !this.adminPassword.isBlank();
	}

}
