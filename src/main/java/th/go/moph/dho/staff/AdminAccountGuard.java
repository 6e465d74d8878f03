package th.go.moph.dho.staff;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On start: creates the operator's admin
 * ({@code DHO_ADMIN_USERNAME}/{@code DHO_ADMIN_PASSWORD}) when it does not exist yet, and
 * refuses to start in production (profile {@code mysql}) when no active admin can sign
 * in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountGuard implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccountGuard.class);

	static final String NO_ADMIN = "No active staff admin account: set DHO_ADMIN_USERNAME and DHO_ADMIN_PASSWORD "
			+ "to create one on first start";

	private final StaffAccounts accounts;

	private final StaffSettings settings;

	private final Environment environment;

	AdminAccountGuard(StaffAccounts accounts, StaffSettings settings, Environment environment) {
		this.accounts = accounts;
		this.settings = settings;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.settings.hasAdminCredentials() && !this.accounts.exists(this.settings.adminUsername())) {
			this.accounts.create(this.settings.adminUsername(), this.settings.adminUsername(), "ผู้ดูแลระบบ",
					EnumSet.of(StaffRole.ADMIN), this.settings.adminPassword());
			log.info("Created the staff admin account from DHO_ADMIN_USERNAME");
		}
		check(this.environment.matchesProfiles("mysql"), this.accounts.hasActiveAdmin(), this.settings);
	}

	/** Production needs an admin who can sign in; refuses to run without one. */
	static void check(boolean production, boolean activeAdminExists, StaffSettings settings) {
		if (production && !activeAdminExists && !settings.hasAdminCredentials()) {
			throw new IllegalStateException(NO_ADMIN);
		}
	}

}
