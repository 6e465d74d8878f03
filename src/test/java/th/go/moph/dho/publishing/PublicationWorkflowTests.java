package th.go.moph.dho.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffRole;

@SpringBootTest
@Import(MutableClock.Config.class)
class PublicationWorkflowTests {

	@Autowired
	PublicationWorkflow workflow;

	@Autowired
	PublishedContent published;

	@Autowired
	PublicationRequests requests;

	@Autowired
	ScheduledPublishing scheduled;

	@Autowired
	SchedulerLock lock;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts accounts;

	@BeforeEach
	void resetClock() {
		this.clock.set(Instant.parse("2026-03-02T03:00:00Z"));
	}

	private long submittedNews(String title, String author) {
		ContentRevision draft = this.workflow.createDraft("news", ContentFields.of(title, "สรุป", "เนื้อหา"), author);
		this.workflow.submit(draft.getId(), author, "ขอเผยแพร่");
		return draft.getId();
	}

	@Test
	void authorCannotApproveTheirOwnSubmission() {
		long revision = submittedNews("ข่าวของฉัน", "somsri");
		assertThatThrownBy(() -> this.workflow.approve(revision, "somsri", null)).isInstanceOf(WorkflowException.class)
			.hasMessage("publishing.error.ownSubmission");
		assertThat(this.published.find(itemOf(revision))).isEmpty();
	}

	@Test
	void approvalPublishesAndRecordsWhoAskedApprovedAndPublished() {
		long revision = submittedNews("ข่าวอนุมัติ", "somsri");
		this.clock.advance(Duration.ofHours(1));
		PublicationRequestView request = this.workflow.approve(revision, "somchai", null);

		assertThat(this.published.find(request.itemId()))
			.hasValueSatisfying(item -> assertThat(item.title()).isEqualTo("ข่าวอนุมัติ"));
		assertThat(request.requestedBy()).isEqualTo("somsri");
		assertThat(request.requestedAt()).isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
		assertThat(request.approvedBy()).isEqualTo("somchai");
		assertThat(request.publishedBy()).isEqualTo("somchai");
		assertThat(request.publishedAt()).isEqualTo(Instant.parse("2026-03-02T04:00:00Z"));
		assertThat(request.remarks()).isEqualTo("ขอเผยแพร่");
		assertThat(request.publicPath()).isEqualTo("/public-relations/news/" + request.itemId());
		assertThat(this.requests.find(request.id())).contains(request);
		assertThat(this.requests.forItem(request.itemId())).containsExactly(request);
		assertThat(this.requests.inPeriod(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")))
			.contains(request);
		assertThat(this.workflow.history(request.itemId())).extracting(AuditRecord::getAction)
			.containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED, AuditAction.APPROVED);
	}

	@Test
	void returnedRevisionGoesBackToItsAuthorWithTheComment() {
		long revision = submittedNews("ข่าวส่งกลับ", "somsri");
		this.workflow.returnToAuthor(revision, "somchai", "กรุณาเพิ่มรูปภาพ");
		List<AuditRecord> history = this.workflow.history(itemOf(revision));
		assertThat(history.get(history.size() - 1).getComment()).isEqualTo("กรุณาเพิ่มรูปภาพ");
		assertThatThrownBy(() -> this.workflow.returnToAuthor(revision, "somchai", " "))
			.isInstanceOf(WorkflowException.class);
		// the author edits and resubmits
		this.workflow.edit(revision, ContentFields.of("ข่าวส่งกลับ (แก้ไข)", "สรุป", "เนื้อหา"), "somsri");
		this.workflow.submit(revision, "somsri", null);
		assertThat(this.workflow.approve(revision, "somchai", null).topic()).isEqualTo("ข่าวส่งกลับ (แก้ไข)");
	}

	@Test
	void scheduledItemAppearsAtItsTimeAndIsPublishedBySystem() {
		long revision = submittedNews("ข่าวตั้งเวลา", "somsri");
		PublicationRequestView request = this.workflow.approve(revision, "somchai",
				Instant.parse("2026-03-03T01:00:00Z"));
		assertThat(request.publishedBy()).isNull();
		assertThat(request.scheduledFor()).isEqualTo(Instant.parse("2026-03-03T01:00:00Z"));
		this.scheduled.run();
		assertThat(this.published.find(request.itemId())).isEmpty();

		this.clock.set(Instant.parse("2026-03-03T01:00:30Z"));
		assertThat(this.scheduled.run()).isGreaterThanOrEqualTo(1);

		assertThat(this.published.find(request.itemId())).isPresent();
		PublicationRequestView after = this.requests.find(request.id()).orElseThrow();
		assertThat(after.publishedBy()).isEqualTo(PublicationWorkflow.SYSTEM);
		assertThat(after.publishedAt()).isEqualTo(Instant.parse("2026-03-03T01:00:00Z"));
	}

	@Test
	void itemPastItsEndGoesOffOnSchedule() {
		ContentRevision draft = this.workflow.createDraft("news",
				ContentFields.of("ข่าวมีกำหนด", null, "x").withWindow(null, Instant.parse("2026-03-05T00:00:00Z")),
				"somsri");
		this.workflow.submit(draft.getId(), "somsri", null);
		long item = this.workflow.approve(draft.getId(), "somchai", null).itemId();
		assertThat(this.published.find(item)).isPresent();
		this.clock.set(Instant.parse("2026-03-05T00:00:01Z"));
		this.scheduled.run();
		assertThat(this.published.find(item)).isEmpty();
		assertThat(this.workflow.history(item)).extracting(AuditRecord::getAction)
			.contains(AuditAction.UNPUBLISHED_ON_SCHEDULE);
	}

	@Test
	void withdrawingHidesTheItemAndKeepsItsHistory() {
		long revision = submittedNews("ข่าวถอน", "somsri");
		long item = this.workflow.approve(revision, "somchai", null).itemId();
		assertThatThrownBy(() -> this.workflow.withdraw(item, "somchai", "")).isInstanceOf(WorkflowException.class);
		this.workflow.withdraw(item, "somchai", "ข้อมูลคลาดเคลื่อน");

		assertThat(this.published.find(item)).isEmpty();
		assertThat(this.published.latest(List.of("news"), 50)).noneMatch(s -> s.id() == item);
		assertThat(this.workflow.history(item)).extracting(AuditRecord::getAction)
			.containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED, AuditAction.APPROVED, AuditAction.WITHDRAWN);
		assertThat(this.requests.forItem(item)).hasSize(1);
	}

	@Test
	void editingAPublishedItemKeepsTheLiveRevisionUntilTheNewOneIsApproved() {
		long first = submittedNews("ฉบับแรก", "somsri");
		long item = this.workflow.approve(first, "somchai", null).itemId();

		ContentRevision second = this.workflow.startRevision(item, "somsri");
		assertThat(second.getRevisionNumber()).isEqualTo(2);
		assertThat(second.getTitle()).isEqualTo("ฉบับแรก");
		this.workflow.edit(second.getId(), ContentFields.of("ฉบับที่สอง", "สรุป", "เนื้อหาใหม่"), "somsri");
		this.workflow.submit(second.getId(), "somsri", null);
		assertThat(this.published.get(item).title()).isEqualTo("ฉบับแรก");

		this.workflow.approve(second.getId(), "somchai", null);
		assertThat(this.published.get(item).title()).isEqualTo("ฉบับที่สอง");
		assertThat(this.requests.forItem(item)).hasSize(2);
	}

	@Test
	void urgentPublicationNeedsAReasonAndAnotherApproversReview() {
		ContentRevision draft = this.workflow.createDraft("alerts", ContentFields.of("เตือนภัยน้ำท่วม", null, "x"),
				"somchai");
		assertThatThrownBy(() -> this.workflow.publishImmediately(draft.getId(), "somchai", " "))
			.isInstanceOf(WorkflowException.class);
		PublicationRequestView request = this.workflow.publishImmediately(draft.getId(), "somchai", "น้ำท่วมฉับพลัน");
		assertThat(this.published.find(request.itemId())).isPresent();
		assertThat(request.urgent()).isTrue();
		assertThat(request.requestedBy()).isEqualTo("somchai");
		assertThat(request.approvedBy()).isEqualTo("somchai");
		assertThat(this.requests.awaitingReview()).contains(request);

		assertThatThrownBy(() -> this.workflow.reviewUrgent(request.id(), "somchai"))
			.isInstanceOf(WorkflowException.class)
			.hasMessage("publishing.error.ownUrgent");
		this.workflow.reviewUrgent(request.id(), "wilai");
		assertThat(this.requests.find(request.id()).orElseThrow().reviewedBy()).isEqualTo("wilai");
		assertThat(this.requests.awaitingReview()).noneMatch(r -> r.id() == request.id());
	}

	@Test
	void submissionNeedsWhatTheCatalogRequires() {
		ContentRevision law = this.workflow.createDraft("acts", ContentFields.of("พ.ร.บ.การสาธารณสุข", null, "x"),
				"somsri");
		assertThatThrownBy(() -> this.workflow.submit(law.getId(), "somsri", null)).isInstanceOfSatisfying(
				MissingFieldsException.class, ex -> assertThat(ex.getFields()).contains("sourceName"));
		this.workflow.edit(law.getId(), ContentFields.of("พ.ร.บ.การสาธารณสุข", null, "x")
			.withSource("ราชกิจจานุเบกษา", "https://ratchakitcha.soc.go.th", LocalDateTime.of(2535, 1, 1, 0, 0)),
				"somsri");
		this.workflow.submit(law.getId(), "somsri", null);
	}

	@Test
	void schedulerLockLetsOnlyOneInstanceRunUntilItsLeaseExpires() {
		assertThat(this.lock.tryAcquire("test-lock-" + System.nanoTime(), "a", Duration.ofMinutes(5))).isFalse();
		this.jdbc.sql("INSERT INTO scheduler_lock (name, locked_until) VALUES ('test-lock', '2000-01-01 00:00:00')")
			.update();
		assertThat(this.lock.tryAcquire("test-lock", "instance-a", Duration.ofMinutes(5))).isTrue();
		assertThat(this.lock.tryAcquire("test-lock", "instance-b", Duration.ofMinutes(5))).isFalse();
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.lock.tryAcquire("test-lock", "instance-b", Duration.ofMinutes(5))).isTrue();
		assertThat(this.lock.tryAcquire("test-lock", "instance-a", Duration.ofMinutes(5))).isFalse();
		this.lock.release("test-lock", "instance-b");
		assertThat(this.lock.tryAcquire("test-lock", "instance-a", Duration.ofMinutes(5))).isTrue();
	}

	@Test
	void scheduledJobDoesNothingWhileAnotherInstanceHoldsTheLock() {
		assertThat(this.lock.tryAcquire(ScheduledPublishing.LOCK, "other-instance", Duration.ofMinutes(5))).isTrue();
		try {
			assertThat(this.scheduled.run()).isEqualTo(-1);
		}
		finally {
			this.lock.release(ScheduledPublishing.LOCK, "other-instance");
		}
	}

	@Test
	void staffAccountsResolveRequestersForEvidence() {
		this.accounts.create("somsri", "นางสาวสมศรี ใจดี", "นักวิชาการสาธารณสุขชำนาญการ", EnumSet.of(StaffRole.EDITOR),
				"a-long-password");
		assertThat(this.accounts.find("somsri"))
			.hasValueSatisfying(m -> assertThat(m.position()).isEqualTo("นักวิชาการสาธารณสุขชำนาญการ"));
	}

	private long itemOf(long revisionId) {
		return this.jdbc.sql("SELECT item_id FROM content_revision WHERE id = ?")
			.param(revisionId)
			.query(Long.class)
			.single();
	}

}
