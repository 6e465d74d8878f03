/**
 * Content items of every kind with their revisions, steps and attachments; the approval
 * workflow and its audit evidence. Others read published content through
 * {@link th.go.moph.dho.publishing.PublishedContent} and hear of changes through
 * {@link th.go.moph.dho.publishing.PublicationPublished} and
 * {@link th.go.moph.dho.publishing.PublicationWithdrawn}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "thai", "catalog", "office", "staff" })
package th.go.moph.dho.publishing;
