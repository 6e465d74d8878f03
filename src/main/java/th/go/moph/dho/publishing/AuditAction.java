package th.go.moph.dho.publishing;

/**
 * What happened to an item, as the audit log records it.
 */
public enum AuditAction {

	CREATED, EDITED, ATTACHED, DETACHED, REVISION_STARTED, SUBMITTED, RETURNED, APPROVED, URGENT_PUBLISHED,
	URGENT_REVIEWED, PUBLISHED_ON_SCHEDULE, UNPUBLISHED_ON_SCHEDULE, WITHDRAWN

}
