package th.go.moph.dho.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(properties = { "dho.demo.enabled=true", "dho.staff.admin-username=operator",
		"dho.staff.admin-password=chosen-by-the-operator" })
class StaffAccountBootstrapTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffAccountRepository repository;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void createsTheOperatorsAdminAndTheDemoAccounts() {
		assertThat(this.accounts.find("operator"))
			.hasValueSatisfying(m -> assertThat(m.roles()).contains(StaffRole.ADMIN));
		StaffAccount operator = this.repository.findByUsernameIgnoreCase("operator").orElseThrow();
		assertThat(operator.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.passwords.matches("chosen-by-the-operator", operator.getPasswordHash())).isTrue();
		assertThat(this.accounts.find("approver")).hasValueSatisfying(m -> {
			assertThat(m.displayName()).isEqualTo("นายสมชาย รักษ์สุขภาพ");
			assertThat(m.position()).isEqualTo("สาธารณสุขอำเภอทุ่งตะโก");
		});
		assertThat(this.accounts.find("editor")).isPresent();
		assertThat(this.accounts.find("approver2")).isPresent();
		assertThat(this.accounts.hasActiveAdmin()).isTrue();
	}

}
