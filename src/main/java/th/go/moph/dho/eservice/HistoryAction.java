package th.go.moph.dho.eservice;

/**
 * What one row of a request's history records. Thai labels are the message keys
 * {@code eservice.action.<NAME>}.
 */
public enum HistoryAction {

	/** The citizen filed the request. */
	SUBMITTED(true),
	/** Staff moved it to another status. */
	STATUS_CHANGED(true),
	/** Staff forwarded it to another agency (status FORWARDED). */
	FORWARDED(true),
	/** Staff assigned it to a staff member (internal). */
	ASSIGNED(false),
	/** Staff wrote an internal note. */
	NOTE(false),
	/** The citizen added information or a file. */
	CITIZEN_INFORMATION(true),
	/** The citizen withdrew it. */
	WITHDRAWN(true);

	private final boolean citizenVisible;

	HistoryAction(boolean citizenVisible) {
		this.citizenVisible = citizenVisible;
	}

	/** Whether the citizen's timeline shows this row. */
	public boolean citizenVisible() {
		return this.citizenVisible;
	}

}
