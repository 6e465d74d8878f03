package th.go.moph.dho.eservice;

/**
 * Where a citizen's request stands. Thai labels are the message keys
 * {@code eservice.status.<NAME>}.
 */
public enum RequestStatus {

	/** รับเรื่องแล้ว: filed, nobody has acted yet. */
	RECEIVED,
	/** กำลังดำเนินการ. */
	IN_PROGRESS,
	/** ส่งต่อหน่วยงานอื่น (e.g. the local authority for a nuisance). */
	FORWARDED,
	/** รอข้อมูลเพิ่มเติมจากผู้ยื่น. */
	WAITING_FOR_CITIZEN,
	/** ดำเนินการเสร็จสิ้น. */
	DONE,
	/** ไม่รับเรื่อง / ยุติเรื่อง. */
	REJECTED,
	/** ผู้ยื่นขอยกเลิกเรื่อง. */
	WITHDRAWN;

	/** Whether the request is finished: nothing more can be added or changed. */
	public boolean closed() {
		return this == DONE || this == REJECTED || this == WITHDRAWN;
	}

}
