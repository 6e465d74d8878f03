package th.go.moph.dho.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AdminAccountGuardTests {

	private static StaffSettings settings(String username, String password) {
		return new StaffSettings(username, password, 5, Duration.ofMinutes(15));
	}

	@Test
	void productionWithoutAdminOrVariablesRefusesToStart() {
		assertThatThrownBy(() -> AdminAccountGuard.check(true, false, settings("", "")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("DHO_ADMIN_USERNAME");
		assertThatThrownBy(() -> AdminAccountGuard.check(true, false, settings("root", null)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void productionStartsWithAnActiveAdminOrTheVariables() {
		assertThatCode(() -> AdminAccountGuard.check(true, true, settings(null, null))).doesNotThrowAnyException();
		assertThatCode(() -> AdminAccountGuard.check(true, false, settings("root", "s3cret-s3cret")))
			.doesNotThrowAnyException();
	}

	@Test
	void embeddedProfileStartsWithoutAdmin() {
		assertThatCode(() -> AdminAccountGuard.check(false, false, settings(null, null))).doesNotThrowAnyException();
	}

}
