package th.go.moph.dho.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffRole;
import th.go.moph.dho.stats.TestClockConfiguration;

@SpringBootTest
@Import(TestClockConfiguration.class)
class CitizenRequestsAndRetentionTests {

	@Autowired
	CitizenRequests citizenRequests;

	@Autowired
	EserviceRequests requests;

	@Autowired
	ServiceTypes types;

	@Autowired
	RequestRetention retention;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.START);
		EserviceFixture.staff(this.accounts);
	}

	@Test
	void theChatSeesOnlyTheUsersOwnRequestsWithTheLatestStaffMessageAndNeverConfidentialOnes() {
		String user = "U" + "a".repeat(32);
		SubmissionReceipt first = this.requests
			.submit(Submission.viaLine(user, "complaint", EserviceFixture.complaint(), Map.of(), null, false));
		this.clock.advance(Duration.ofMinutes(5));
		SubmissionReceipt second = this.requests
			.submit(Submission.viaLine(user, "complaint", EserviceFixture.complaint(), Map.of(), null, false));
		this.requests
			.submit(Submission.viaLine(user, "corruption", EserviceFixture.corruption(), Map.of(), null, false));
		long id = this.requests.idOf(first.trackingNumber()).orElseThrow();
		this.requests.changeStatus(id, RequestStatus.WAITING_FOR_CITIZEN, "กรุณาแจ้งเวลาที่ไปรับบริการ", "โทรไม่ติด",
				"officer");

		List<CitizenRequests.RequestSummary> mine = this.citizenRequests.ofLineUser(user, 10);
		assertThat(mine).extracting(CitizenRequests.RequestSummary::trackingNumber)
			.containsExactly(second.trackingNumber(), first.trackingNumber());
		CitizenRequests.RequestSummary one = this.citizenRequests
			.ofLineUser(user, " " + first.trackingNumber().toLowerCase() + " ")
			.orElseThrow();
		assertThat(one.status()).isEqualTo(RequestStatus.WAITING_FOR_CITIZEN);
		assertThat(one.lastCitizenMessage()).isEqualTo("กรุณาแจ้งเวลาที่ไปรับบริการ");
		assertThat(one.targetDate()).hasToString("2026-12-12");
		assertThat(this.citizenRequests.ofLineUser(EserviceFixture.OTHER_CITIZEN, first.trackingNumber())).isEmpty();
		assertThat(this.citizenRequests.ofLineUser(user, 1)).hasSize(1);
	}

	@Test
	void aRequestOpenPastItsTargetDateIsOverdue() {
		String user = "U" + "b".repeat(32);
		SubmissionReceipt receipt = this.requests
			.submit(Submission.viaLine(user, "complaint", EserviceFixture.complaint(), Map.of(), null, false));
		this.clock.advance(Duration.ofDays(16));
		assertThat(this.citizenRequests.ofLineUser(user, receipt.trackingNumber()).orElseThrow().overdue()).isTrue();
		long id = this.requests.idOf(receipt.trackingNumber()).orElseThrow();
		this.requests.changeStatus(id, RequestStatus.DONE, "เรียบร้อย", null, "officer");
		assertThat(this.citizenRequests.ofLineUser(user, receipt.trackingNumber()).orElseThrow().overdue()).isFalse();
	}

	@Test
	void retentionErasesPersonalDataOfRequestsClosedLongAgoAndKeepsTheRecord() {
		String user = "U" + "c".repeat(32);
		SubmissionReceipt old = this.requests
			.submit(Submission.viaLine(user, "nuisance", EserviceRequestsTests.nuisance(),
					Map.of("photos", List.of(new Upload("บ้าน.png", EserviceFixture.PNG))), null, false));
		long oldId = this.requests.idOf(old.trackingNumber()).orElseThrow();
		this.requests.withdraw(CitizenKey.lineUser(user, old.trackingNumber()), "ย้ายบ้านแล้ว");
		SubmissionReceipt open = this.requests
			.submit(Submission.viaLine(user, "nuisance", EserviceRequestsTests.nuisance(), Map.of(), null, false));
		long openId = this.requests.idOf(open.trackingNumber()).orElseThrow();

		this.clock.advance(Duration.ofDays(365 * 2 + 2));
		assertThat(this.retention.anonymiseDue()).isGreaterThanOrEqualTo(1);

		StaffRequestView erased = this.requests.viewForStaff(oldId, "officer");
		assertThat(erased.anonymisedAt()).isNotNull();
		assertThat(erased.lineLinked()).isFalse();
		assertThat(erased.answers()).filteredOn(a -> a.key().equals("full_name") || a.key().equals("detail"))
			.allMatch(a -> a.value().equals("(ลบแล้วตามระยะเวลาการเก็บข้อมูลส่วนบุคคล)"));
		assertThat(erased.answers()).filteredOn(a -> a.key().equals("nuisance_kind"))
			.singleElement()
			.satisfies(a -> assertThat(a.value()).isEqualTo("กลิ่นเหม็น"));
		assertThat(erased.attachments()).allMatch(StaffRequestView.AttachmentView::removed);
		assertThat(erased.history()).extracting(StaffRequestView.HistoryEntry::citizenMessage)
			.doesNotContain("ย้ายบ้านแล้ว");
		assertThat(erased.status()).isEqualTo(RequestStatus.WITHDRAWN);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM eservice_request WHERE id = :id")
			.param("id", oldId)
			.query(Integer.class)
			.single()).isEqualTo(1);

		StaffRequestView kept = this.requests.viewForStaff(openId, "officer");
		assertThat(kept.anonymisedAt()).isNull();
		assertThat(kept.lineLinked()).isTrue();
		assertThat(kept.answers()).anyMatch(a -> a.value().equals("นางสาวแจ้ง เหตุ"));
	}

	@Test
	void onlyAdminsEditServiceTypesAndBadDefinitionsGetThaiErrors() {
		ServiceTypeDefinition definition = new ServiceTypeDefinition("vaccine-info", "ขอข้อมูลวัคซีน",
				"สอบถามข้อมูลการรับวัคซีน", 5, false, false, false, StaffRole.ESERVICE, true, 7,
				List.of(new ServiceTypeDefinition.Field("question", "คำถาม", null, FieldKind.LONG_TEXT, true, false,
						1000, List.of())));
		assertThatThrownBy(() -> this.types.save(definition, "officer")).isInstanceOf(NotPermittedException.class);
		ServiceTypeView saved = this.types.save(definition, "sysadmin");
		assertThat(saved.fields()).singleElement().satisfies(f -> assertThat(f.maxLength()).isEqualTo(1000));
		assertThat(this.types.find("vaccine-info")).isPresent();

		ServiceTypeDefinition bad = new ServiceTypeDefinition("Bad Code", " ", "x", 400, false, false, false,
				StaffRole.ESERVICE, true, 1, List.of(new ServiceTypeDefinition.Field("a", "ก", null, FieldKind.CHOICE,
						true, false, null, List.of("only one"))));
		assertThatThrownBy(() -> this.types.save(bad, "sysadmin"))
			.isInstanceOfSatisfying(InvalidSubmissionException.class, ex -> assertThat(ex.fieldErrors())
				.containsOnlyKeys("code", "nameTh", "targetDays", "fields[0].choices"));

		ServiceTypeDefinition closed = new ServiceTypeDefinition("vaccine-info", "ขอข้อมูลวัคซีน",
				"สอบถามข้อมูลการรับวัคซีน", 5, false, false, false, StaffRole.ESERVICE, false, 7, definition.fields());
		this.types.save(closed, "sysadmin");
		assertThat(this.types.find("vaccine-info")).isEmpty();
		assertThatThrownBy(() -> this.requests
			.submit(Submission.viaWeb("vaccine-info", Map.of("question", "ฉีดที่ไหน"), Map.of(), null, false)))
			.isInstanceOf(ServiceNotFoundException.class);
	}

}
