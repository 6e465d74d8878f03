package th.go.moph.dho.publishing;

import java.time.Instant;

import th.go.moph.dho.catalog.ContentKind;

/**
 * A revision of an item went live on the site (approved now, or its scheduled time came).
 *
 * @param itemId the item
 * @param revisionNumber the revision that is now live
 * @param sectionSlug the catalog section of the item
 * @param kind what kind of content it is
 * @param title the live title
 * @param path the item's stable path on the public site
 * @param firstPublication whether the item was never live before (news is announced only
 * then)
 * @param publishedAt when it went live
 */
public record PublicationPublished(long itemId, int revisionNumber, String sectionSlug, ContentKind kind, String title,
		String path, boolean firstPublication, Instant publishedAt) {
}
