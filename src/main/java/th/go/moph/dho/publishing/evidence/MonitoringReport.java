package th.go.moph.dho.publishing.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The yearly monitoring report (MOIT 1.2, รายงานการกำกับติดตามการเผยแพร่ข้อมูล): every
 * publication request of a fiscal year in date order, with how many there were in each of
 * the nine categories and in each month from October to September.
 *
 * @param fiscalYear the Buddhist-era fiscal year
 * @param officeName the office's full Thai name
 * @param rows the requests of the year, oldest first
 * @param categories one count per category, in the catalog's order
 * @param months one count per month, October first
 */
public record MonitoringReport(int fiscalYear, String officeName, List<EvidenceForm> rows,
		List<CategoryCount> categories, List<MonthCount> months) {

	/**
	 * The report of a fiscal year from the requests given; requests dated outside the
	 * year are left out, so a source may pass a generous selection.
	 */
	public static MonitoringReport of(int fiscalYear, String officeName, List<Category> categories,
			Collection<EvidenceForm> forms) {
		LocalDate from = ThaiDates.fiscalYearStart(fiscalYear);
		LocalDate to = ThaiDates.fiscalYearEnd(fiscalYear);
		List<EvidenceForm> rows = forms.stream()
			.filter(f -> !f.date().isBefore(from) && !f.date().isAfter(to))
			.sorted(Comparator.comparing(EvidenceForm::date).thenComparingLong(EvidenceForm::requestId))
			.toList();
		List<CategoryCount> byCategory = categories.stream()
			.map(c -> new CategoryCount(c, (int) rows.stream().filter(f -> f.section().categoryId() == c.id()).count()))
			.toList();
		YearMonth first = YearMonth.from(from);
		List<MonthCount> byMonth = java.util.stream.IntStream.range(0, 12)
			.mapToObj(first::plusMonths)
			.map(m -> new MonthCount(m, (int) rows.stream().filter(f -> YearMonth.from(f.date()).equals(m)).count()))
			.toList();
		return new MonitoringReport(fiscalYear, officeName, rows, byCategory, byMonth);
	}

	public int total() {
		return this.rows.size();
	}

	public LocalDate from() {
		return ThaiDates.fiscalYearStart(this.fiscalYear);
	}

	public LocalDate to() {
		return ThaiDates.fiscalYearEnd(this.fiscalYear);
	}

	/** How many requests of the year fell in one category. */
	public record CategoryCount(Category category, int count) {
	}

	/** How many requests of the year were made in one month. */
	public record MonthCount(YearMonth month, int count) {

		/**
		 * {@code ต.ค. 68}: the month and the short Buddhist-era year, as Thai tables head
		 * columns.
		 */
		public String label(Locale locale) {
			return ThaiDates.shortMonthName(this.month.getMonthValue(), locale) + " "
					+ String.format("%02d", ThaiDates.buddhistYear(this.month.getYear()) % 100);
		}

	}

}
