package th.go.moph.dho.feedback;

/**
 * Who answered the survey, if they said (message key {@code feedback.group.<NAME>}).
 */
public enum RespondentGroup {

	/** ประชาชน */
	PUBLIC,
	/** ผู้รับบริการ */
	SERVICE_USER,
	/** บุคลากรสาธารณสุข */
	HEALTH_STAFF,
	/** อื่น ๆ */
	OTHER;

	public String messageKey() {
		return "feedback.group." + name();
	}

}
