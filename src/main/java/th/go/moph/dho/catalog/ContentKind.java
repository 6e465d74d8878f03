package th.go.moph.dho.catalog;

/**
 * What shape an item of a section has, and so which fields its form and page show.
 */
public enum ContentKind {

	/** A page of rich text: history, vision, authority. */
	PAGE,
	/** A person: photo, name, position, phone. */
	EXECUTIVE,
	/** A page with downloadable documents: plans, budgets, reports. */
	DOCUMENT,
	/** A law or regulation with its source. */
	LAW,
	/** Knowledge with its source and information date. */
	KNOWLEDGE,
	/** A link to another website. */
	LINK,
	/** A staff operations manual: steps with durations and a download. */
	MANUAL,
	/** A citizens' service guide: steps with durations, manuals and forms. */
	SERVICE_GUIDE,
	/** A downloadable form. */
	FORM,
	/** A frequently asked question with its answer, keywords and example phrasings. */
	FAQ,
	/** News, activity photos, alerts, job announcements. */
	NEWS,
	/** Procurement announcements and results. */
	PROCUREMENT,
	/** An electronic service reached on the web or in LINE. */
	ESERVICE,
	/** The office's contact channels (from the office settings). */
	CONTACT,
	/** Pages computed by the system: visit statistics and satisfaction. */
	STATISTICS;

	/** Whether staff write items of this kind (the system computes the others). */
	public boolean isAuthored() {
		return this != STATISTICS;
	}

}
