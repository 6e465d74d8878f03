/**
 * Satisfaction: ratings given in LINE and the web survey, and their aggregates per fiscal
 * year and six-month round.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.feedback;
