package th.go.moph.dho.feedback;

/**
 * A fiscal year's satisfaction in the two rounds auditors ask for.
 *
 * @param fiscalYear the Buddhist-era fiscal year
 * @param sixMonths 1 October – 31 March
 * @param twelveMonths 1 October – 30 September
 */
public record FiscalYearSatisfaction(int fiscalYear, SatisfactionSummary sixMonths, SatisfactionSummary twelveMonths) {
}
