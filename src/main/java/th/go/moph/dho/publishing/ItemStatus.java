package th.go.moph.dho.publishing;

/**
 * Where an item stands as a whole. An item keeps being {@link #PUBLISHED} while a newer
 * revision of it waits for approval: its live revision stays on the site.
 */
public enum ItemStatus {

	/** Never submitted. */
	DRAFT,
	/** Its first revision waits for an approver. */
	PENDING,
	/** Approved; goes live at its publish time. */
	SCHEDULED,
	/** Live on the site and in LINE within its publish window. */
	PUBLISHED,
	/** Taken down with a public reason; its history stays. */
	WITHDRAWN

}
