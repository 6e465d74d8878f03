/**
 * The audit evidence of publishing: the request-for-publication form of each approval,
 * the yearly monitoring report (MOIT 1.2) and the compliance view of the catalog, as
 * print pages and PDFs with correctly shaped Thai.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.publishing.evidence;
