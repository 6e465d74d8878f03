package th.go.moph.dho.publishing.evidence;

/**
 * The three people the request-for-publication form names, in the form's order.
 */
public enum SignatoryRole {

	/**
	 * ผู้รับผิดชอบการให้ข้อมูล: the officer who prepared the content and asked for it.
	 */
	REQUESTER,
	/** ผู้อนุมัติรับรอง: the approver who certified it. */
	APPROVER,
	/** ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่: who put it on the website (or the system). */
	PUBLISHER;

	/** The message key of the role's title, e.g. {@code evidence.role.requester}. */
	public String messageKey() {
		return "evidence.role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
