package th.go.moph.dho.publishing.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.publishing.PublishedContent.SectionActivity;
import th.go.moph.dho.publishing.evidence.ComplianceCheck.Compliance;
import th.go.moph.dho.publishing.evidence.ComplianceCheck.ComplianceStatus;
import th.go.moph.dho.publishing.evidence.ComplianceCheck.SectionCompliance;
import th.go.moph.dho.thai.ThaiDates;

class ComplianceCheckTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	private static SectionActivity publishedDaysAgo(int days) {
		// noon in Bangkok, so the day does not depend on the machine's zone
		return new SectionActivity(3, TODAY.minusDays(days).atTime(12, 0).atZone(ThaiDates.ZONE).toInstant());
	}

	private static SectionCompliance check(Section section, SectionActivity activity) {
		return ComplianceCheck.check(section, activity, TODAY);
	}

	@Test
	void monthlySectionLastUpdatedFortyDaysAgoIsOverdue() {
		SectionCompliance news = check(EvidenceFixtures.NEWS, publishedDaysAgo(40));

		assertThat(news.status()).isEqualTo(ComplianceStatus.OVERDUE);
		assertThat(news.lastUpdated()).isEqualTo(LocalDate.of(2026, 10, 18));
		assertThat(news.dueBy()).isEqualTo(LocalDate.of(2026, 11, 18));
	}

	@Test
	void monthlySectionIsUpToDateUntilTheSameDayNextMonth() {
		assertThat(check(EvidenceFixtures.NEWS, publishedDaysAgo(31)).status()).isEqualTo(ComplianceStatus.UP_TO_DATE);
		assertThat(check(EvidenceFixtures.NEWS, publishedDaysAgo(32)).status()).isEqualTo(ComplianceStatus.OVERDUE);
	}

	@Test
	void yearlySectionLastUpdatedTwoHundredDaysAgoIsNotOverdue() {
		SectionCompliance plan = check(EvidenceFixtures.ACTION_PLAN, publishedDaysAgo(200));

		assertThat(plan.status()).isEqualTo(ComplianceStatus.UP_TO_DATE);
		assertThat(plan.dueBy()).isEqualTo(TODAY.minusDays(200).plusYears(1));
	}

	@Test
	void yearlySectionOlderThanAYearIsOverdue() {
		assertThat(check(EvidenceFixtures.ACTION_PLAN, publishedDaysAgo(400)).status())
			.isEqualTo(ComplianceStatus.OVERDUE);
	}

	@Test
	void quarterlySectionIsOverdueAfterThreeMonths() {
		assertThat(check(EvidenceFixtures.ARTICLES, publishedDaysAgo(80)).status())
			.isEqualTo(ComplianceStatus.UP_TO_DATE);
		assertThat(check(EvidenceFixtures.ARTICLES, publishedDaysAgo(100)).status())
			.isEqualTo(ComplianceStatus.OVERDUE);
	}

	@Test
	void neverPublishedSectionIsMissing() {
		SectionCompliance results = check(EvidenceFixtures.PROCUREMENT_RESULTS, null);

		assertThat(results.status()).isEqualTo(ComplianceStatus.MISSING);
		assertThat(results.lastUpdated()).isNull();
		assertThat(results.liveItems()).isZero();
	}

	@Test
	void sectionUpdatedOnlyWhenItChangesIsNeverOverdueOncePublished() {
		SectionCompliance history = check(EvidenceFixtures.HISTORY, publishedDaysAgo(3000));

		assertThat(history.status()).isEqualTo(ComplianceStatus.UP_TO_DATE);
		assertThat(history.dueBy()).isNull();
		assertThat(check(EvidenceFixtures.HISTORY, null).status()).isEqualTo(ComplianceStatus.MISSING);
	}

	@Test
	void summarisesTheAuthoredSectionsOfTheCatalog() {
		Compliance compliance = ComplianceCheck.check(EvidenceFixtures.CATEGORIES,
				Map.of("news", publishedDaysAgo(5), "procurement-results", publishedDaysAgo(40), "history",
						publishedDaysAgo(900), "visit-statistics", publishedDaysAgo(1)),
				TODAY);

		// visit statistics are computed by the system, not written by staff: not checked
		assertThat(compliance.sections()).extracting(s -> s.section().slug()).doesNotContain("visit-statistics");
		assertThat(compliance.categories()).extracting(c -> c.category().slug()).doesNotContain("statistics");
		assertThat(compliance.total()).isEqualTo(10);
		assertThat(compliance.upToDate()).isEqualTo(2);
		assertThat(compliance.overdue()).isEqualTo(1);
		assertThat(compliance.missing()).isEqualTo(7);
		assertThat(compliance.fiscalYear()).isEqualTo(2570);
	}

	@Test
	void theDayCountsInBangkokNotInUtc() {
		// 23:30 UTC on 17 October is already 18 October in Bangkok
		SectionActivity lateEvening = new SectionActivity(1,
				LocalDate.of(2026, 10, 17).atTime(23, 30).toInstant(ZoneOffset.UTC));

		assertThat(check(EvidenceFixtures.NEWS, lateEvening).lastUpdated()).isEqualTo(LocalDate.of(2026, 10, 18));
	}

}
