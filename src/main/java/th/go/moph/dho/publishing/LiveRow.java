package th.go.moph.dho.publishing;

/**
 * An item with its live revision, as the public queries select them.
 */
record LiveRow(ContentItem item, ContentRevision revision) {
}
