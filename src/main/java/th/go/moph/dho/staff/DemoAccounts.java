package th.go.moph.dho.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Documented demo accounts for trying the workflow on the embedded database (see README);
 * never under the {@code mysql} profile.
 */
@Component
@Profile("!mysql")
@ConditionalOnProperty(name = "dho.demo.enabled", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

	/** The password of every demo account. */
	static final String PASSWORD = "demo-1234";

	record Demo(String username, String displayName, String position, Set<StaffRole> roles) {
	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("editor", "นางสาวสมศรี ใจดี", "นักวิชาการสาธารณสุขชำนาญการ",
					EnumSet.of(StaffRole.EDITOR, StaffRole.ESERVICE)),
			new Demo("approver", "นายสมชาย รักษ์สุขภาพ", "สาธารณสุขอำเภอทุ่งตะโก",
					EnumSet.of(StaffRole.APPROVER, StaffRole.EDITOR, StaffRole.INTEGRITY)),
			new Demo("approver2", "นางวิไล ศรีสุข", "นักวิชาการสาธารณสุขชำนาญการพิเศษ",
					EnumSet.of(StaffRole.APPROVER, StaffRole.EDITOR)),
			new Demo("admin", "นายประเสริฐ มั่นคง", "นักวิชาการคอมพิวเตอร์", EnumSet.of(StaffRole.ADMIN)));

	private final StaffAccounts accounts;

	DemoAccounts(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Demo demo : ACCOUNTS) {
			if (!this.accounts.exists(demo.username())) {
				this.accounts.create(demo.username(), demo.displayName(), demo.position(), demo.roles(), PASSWORD);
			}
		}
	}

}
