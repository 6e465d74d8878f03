/**
 * Website visit statistics kept without personal data, LINE figures beside them, and the
 * public and staff dashboards of category 9.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.stats;
