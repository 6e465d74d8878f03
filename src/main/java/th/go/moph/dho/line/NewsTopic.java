package th.go.moph.dho.line;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The news topics a follower may subscribe to, each fed by catalog sections of category 7
 * ({@code V1__catalog.sql}). Alerts are sent at any hour; the others wait for the end of
 * the quiet hours.
 */
enum NewsTopic {

	/** ข่าวสารทั่วไป. */
	NEWS("news", List.of("news"), true),
	/** เรื่องแจ้งเตือน (health and outbreak alerts). */
	ALERTS("alerts", List.of("alerts"), false),
	/** ประกาศรับสมัครงาน. */
	JOBS("jobs", List.of("job-announcements"), true),
	/**
	 * ประกาศจัดซื้อจัดจ้าง (invitations to tender; the monthly results are not
	 * announced).
	 */
	PROCUREMENT("procurement", List.of("procurement-announcements"), true);

	private final String code;

	private final List<String> sections;

	private final boolean quietHours;

	NewsTopic(String code, List<String> sections, boolean quietHours) {
		this.code = code;
		this.sections = sections;
		this.quietHours = quietHours;
	}

	/** The code used in the API and the database, e.g. {@code news}. */
	String code() {
		return this.code;
	}

	/** Whether sends of this topic wait for the end of the quiet hours. */
	boolean quietHours() {
		return this.quietHours;
	}

	static Optional<NewsTopic> ofSection(String sectionSlug) {
		return Arrays.stream(values()).filter(t -> t.sections.contains(sectionSlug)).findFirst();
	}

	static Optional<NewsTopic> ofCode(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}

}
