/**
 * The public web mirror of all mandated content: layout, home, category, section and item
 * pages, news, downloads, contact, search, sitemap, feeds, policies and error pages.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.site;
