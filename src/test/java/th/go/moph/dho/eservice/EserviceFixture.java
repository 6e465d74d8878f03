package th.go.moph.dho.eservice;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffRole;

/** Answers, files and staff accounts the e-service tests share. */
final class EserviceFixture {

	static final String CITIZEN = "U" + "1".repeat(32);

	static final String OTHER_CITIZEN = "U" + "2".repeat(32);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

	private EserviceFixture() {
	}

	static Map<String, String> complaint() {
		Map<String, String> answers = new HashMap<>();
		answers.put("topic", "การให้บริการ");
		answers.put("detail", "รอรับบริการนานกว่า 3 ชั่วโมงที่ รพ.สต.บ้านนา");
		answers.put("full_name", "นายสมหมาย ใจงาม");
		answers.put("phone", "081-234-5678");
		return answers;
	}

	static Map<String, String> corruption() {
		Map<String, String> answers = new HashMap<>();
		answers.put("accused", "เจ้าหน้าที่การเงิน");
		answers.put("detail", "เรียกรับเงินเพิ่มนอกเหนือจากค่าบริการ");
		answers.put("full_name", "นายแจ้ง เบาะแส");
		answers.put("phone", "0812345678");
		return answers;
	}

	static Map<String, String> appointment() {
		Map<String, String> answers = new HashMap<>();
		answers.put("reason", "ฉีดวัคซีน");
		answers.put("full_name", "นางสาวนัด หมาย");
		answers.put("phone", "0899999999");
		return answers;
	}

	static Map<String, List<Upload>> noFiles() {
		return Map.of();
	}

	/** Creates the staff accounts the tests act as, once per context. */
	static void staff(StaffAccounts accounts) {
		create(accounts, "officer", EnumSet.of(StaffRole.ESERVICE));
		create(accounts, "integrity", EnumSet.of(StaffRole.INTEGRITY));
		create(accounts, "editoronly", EnumSet.of(StaffRole.EDITOR));
		create(accounts, "head", EnumSet.of(StaffRole.APPROVER, StaffRole.INTEGRITY));
		create(accounts, "sysadmin", EnumSet.of(StaffRole.ADMIN));
	}

	private static void create(StaffAccounts accounts, String username, EnumSet<StaffRole> roles) {
		if (accounts.find(username).isEmpty()) {
			accounts.create(username, "ทดสอบ " + username, "นักวิชาการสาธารณสุข", roles, "password-1234");
		}
	}

}
