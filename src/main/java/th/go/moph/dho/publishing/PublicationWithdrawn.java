package th.go.moph.dho.publishing;

import java.time.Instant;

/**
 * An item was taken off the site, by a withdrawal or because its unpublish time came.
 *
 * @param itemId the item
 * @param sectionSlug the catalog section of the item
 * @param reason the public reason, if staff gave one
 * @param withdrawnAt when it went off the site
 */
public record PublicationWithdrawn(long itemId, String sectionSlug, String reason, Instant withdrawnAt) {
}
