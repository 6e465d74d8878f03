package th.go.moph.dho.publishing;

/**
 * Where one revision of an item stands in the approval workflow.
 */
public enum RevisionStatus {

	DRAFT, PENDING, RETURNED, SCHEDULED, PUBLISHED,
	/** Was live, replaced by a newer approved revision. */
	SUPERSEDED,
	/** Was live when the item was withdrawn. */
	WITHDRAWN

}
