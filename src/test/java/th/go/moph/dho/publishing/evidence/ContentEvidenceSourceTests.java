package th.go.moph.dho.publishing.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.ContentService;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The evidence the branch can derive today from items and revisions: every revision that went
 * live is a request, its author the requester.
 */
@SpringBootTest
class ContentEvidenceSourceTests {

	@Autowired
	EvidenceSource source;

	@Autowired
	ContentService content;

	@Autowired
	ContentRevisionRepository revisions;

	@Autowired
	Clock clock;

	@Autowired
	OfficeSettings office;

	@Test
	void everyRevisionThatWentLiveIsARequestWithItsAuthorAsRequester() {
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.ZONE));
		ContentRevision first = this.content.createDraft("news", null,
				ContentFields.of("ข่าวรณรงค์ฉีดวัคซีนไข้หวัดใหญ่", "เชิญผู้สูงอายุรับวัคซีนฟรี", "รายละเอียด"),
				"sudarat");
		ContentItem item = this.content.goLive(first.getId());
		ContentRevision second = this.revisions.save(first.copyAsDraft(2, "wichai", Instant.now(this.clock)));
		this.content.goLive(second.getId());
		ContentRevision draft = this.content.createDraft("news", null, ContentFields.of("ร่างข่าว", null, null),
				"sudarat");

		assertThat(this.source.formsForItem(item.id())).extracting(EvidenceForm::requestId)
			.containsExactly(second.getId(), first.getId());
		EvidenceForm form = this.source.form(first.getId()).orElseThrow();
		assertThat(form.itemId()).isEqualTo(item.id());
		assertThat(form.officeName()).isEqualTo(this.office.nameTh());
		assertThat(form.topic()).isEqualTo("ข่าวรณรงค์ฉีดวัคซีนไข้หวัดใหญ่");
		assertThat(form.summary()).isEqualTo("เชิญผู้สูงอายุรับวัคซีนฟรี");
		assertThat(form.url()).isEqualTo(this.office.absoluteUrl("/public-relations/news/" + item.id()));
		assertThat(form.date()).isEqualTo(today);
		assertThat(form.requester().name()).isEqualTo("sudarat");
		assertThat(form.requester().date()).isEqualTo(today);
		assertThat(form.approver().hasName()).isFalse();
		assertThat(form.publisher().date()).isEqualTo(today);
		assertThat(this.source.form(second.getId()).orElseThrow().requester().name()).isEqualTo("wichai");
		assertThat(this.source.form(draft.getId())).isEmpty();
		assertThat(this.source.form(999_999)).isEmpty();

		int fiscalYear = ThaiDates.fiscalYear(today);
		MonitoringReport report = this.source.report(fiscalYear);
		assertThat(report.rows()).extracting(EvidenceForm::requestId).contains(first.getId(), second.getId())
			.doesNotContain(draft.getId());
		assertThat(report.categories()).hasSize(9);
		assertThat(this.source.report(fiscalYear - 1).rows()).extracting(EvidenceForm::requestId)
			.doesNotContain(first.getId(), second.getId());
	}

}
