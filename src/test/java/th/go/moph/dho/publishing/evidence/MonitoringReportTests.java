package th.go.moph.dho.publishing.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.go.moph.dho.publishing.evidence.MonitoringReport.CategoryCount;
import th.go.moph.dho.publishing.evidence.MonitoringReport.MonthCount;
import th.go.moph.dho.thai.ThaiDates;

class MonitoringReportTests {

	// fiscal year 2569 runs from 1 October 2025 to 30 September 2026
	private final List<EvidenceForm> forms = List.of(
			EvidenceFixtures.form(1, 1, EvidenceFixtures.NEWS, LocalDate.of(2025, 9, 30), "ปีงบก่อน"),
			EvidenceFixtures.form(2, 2, EvidenceFixtures.NEWS, LocalDate.of(2025, 10, 1), "วันแรกของปีงบ"),
			EvidenceFixtures.form(3, 3, EvidenceFixtures.PROCUREMENT_RESULTS, LocalDate.of(2025, 10, 31),
					"ผลจัดซื้อ ต.ค."),
			EvidenceFixtures.form(4, 4, EvidenceFixtures.ACTS, LocalDate.of(2026, 2, 14), "พระราชบัญญัติ"),
			EvidenceFixtures.form(5, 5, EvidenceFixtures.HISTORY, LocalDate.of(2026, 9, 30), "วันสุดท้ายของปีงบ"),
			EvidenceFixtures.form(6, 6, EvidenceFixtures.NEWS, LocalDate.of(2026, 10, 1), "ปีงบถัดไป"));

	private final MonitoringReport report = MonitoringReport.of(2569, EvidenceFixtures.OFFICE,
			EvidenceFixtures.CATEGORIES, this.forms);

	@Test
	void keepsOnlyRequestsFromFirstOctoberToThirtiethSeptemberInDateOrder() {
		assertThat(this.report.rows()).extracting(EvidenceForm::requestId).containsExactly(2L, 3L, 4L, 5L);
		assertThat(this.report.total()).isEqualTo(4);
		assertThat(this.report.from()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(this.report.to()).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void countsEachOfTheNineCategoriesInCatalogOrder() {
		assertThat(this.report.categories()).hasSize(9)
			.extracting(c -> c.category().slug(), CategoryCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("office", 1),
					org.assertj.core.groups.Tuple.tuple("laws", 1), org.assertj.core.groups.Tuple.tuple("knowledge", 0),
					org.assertj.core.groups.Tuple.tuple("links", 0),
					org.assertj.core.groups.Tuple.tuple("operations-manuals", 0),
					org.assertj.core.groups.Tuple.tuple("service-manuals", 0),
					org.assertj.core.groups.Tuple.tuple("public-relations", 2),
					org.assertj.core.groups.Tuple.tuple("e-services", 0),
					org.assertj.core.groups.Tuple.tuple("statistics", 0));
	}

	@Test
	void countsTwelveMonthsFromOctoberToSeptember() {
		assertThat(this.report.months()).extracting(MonthCount::month).first().isEqualTo(YearMonth.of(2025, 10));
		assertThat(this.report.months()).extracting(MonthCount::month).last().isEqualTo(YearMonth.of(2026, 9));
		assertThat(this.report.months()).extracting(MonthCount::count)
			.containsExactly(2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1);
	}

	@Test
	void labelsMonthsInThaiWithShortBuddhistYear() {
		assertThat(this.report.months().get(0).label(ThaiDates.THAI)).isEqualTo("ต.ค. 68");
		assertThat(this.report.months().get(11).label(ThaiDates.THAI)).isEqualTo("ก.ย. 69");
	}

	@Test
	void anEmptyYearStillHasNineCategoriesAndTwelveMonthsOfZero() {
		MonitoringReport empty = MonitoringReport.of(2560, EvidenceFixtures.OFFICE, EvidenceFixtures.CATEGORIES,
				this.forms);

		assertThat(empty.rows()).isEmpty();
		assertThat(empty.categories()).hasSize(9).allMatch(c -> c.count() == 0);
		assertThat(empty.months()).hasSize(12).allMatch(m -> m.count() == 0);
	}

}
