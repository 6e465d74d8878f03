package th.go.moph.dho.staff;

/**
 * What a staff member may do. A person may hold several roles.
 */
public enum StaffRole {

	/** เจ้าหน้าที่ที่ได้รับมอบหมาย: drafts and submits content. */
	EDITOR,
	/** ผู้ตรวจสอบ/ผู้อนุมัติ: approves, returns, schedules and withdraws content. */
	APPROVER,
	/** Manages staff accounts and the e-service types. */
	ADMIN,
	/**
	 * เจ้าหน้าที่รับเรื่อง e-Service: handles citizens' requests that are not
	 * confidential.
	 */
	ESERVICE,
	/**
	 * ผู้ได้รับสิทธิ์เรื่องร้องเรียนการทุจริต: the only staff who see confidential
	 * requests (corruption and misconduct reports); every view is audited.
	 */
	INTEGRITY;

	/** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
