package th.go.moph.dho.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.stats.TestClockConfiguration;

@SpringBootTest
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class EserviceRequestsTests {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	EserviceRequests requests;

	@Autowired
	AppointmentSlots slots;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.START);
		EserviceFixture.staff(this.accounts);
	}

	@Test
	void trackingNumbersAreUniqueAndGapFreeUnderTwentyConcurrentSubmissions() throws Exception {
		int before = lastNumber();
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String user = "U" + String.format("%032d", i);
			tasks.add(() -> this.requests
				.submit(Submission.viaLine(user, "complaint", EserviceFixture.complaint(), Map.of(), null, false))
				.trackingNumber());
		}
		List<String> numbers = runTogether(tasks).stream().map(EserviceRequestsTests::valueOf).toList();
		assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("ER-2569-"));
		Set<Integer> sequence = numbers.stream()
			.map(n -> Integer.parseInt(n.substring("ER-2569-".length())))
			.collect(Collectors.toSet());
		Set<Integer> expected = new java.util.HashSet<>();
		for (int i = before + 1; i <= before + 20; i++) {
			expected.add(i);
		}
		assertThat(sequence).isEqualTo(expected);
	}

	@Test
	void aRejectedSubmissionGivesItsTrackingNumberBack() {
		SubmissionReceipt first = this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "complaint",
				EserviceFixture.complaint(), Map.of(), null, false));
		LocalDate past = LocalDate.of(2026, 11, 28);
		SlotView slot = this.slots.openSlot("appointment", past, LocalTime.of(9, 0), LocalTime.of(10, 0),
				"รพ.สต.บ้านนา", 1, "officer");
		this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "appointment", EserviceFixture.appointment(),
				Map.of(), slot.id(), false));
		assertThatThrownBy(() -> this.requests.submit(Submission.viaLine(EserviceFixture.OTHER_CITIZEN, "appointment",
				EserviceFixture.appointment(), Map.of(), slot.id(), false)))
			.isInstanceOf(SlotFullException.class);
		SubmissionReceipt next = this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "complaint",
				EserviceFixture.complaint(), Map.of(), null, false));
		assertThat(number(next.trackingNumber())).isEqualTo(number(first.trackingNumber()) + 2);
	}

	@Test
	void appointmentSlotsAreNeverOverbookedUnderConcurrency() throws Exception {
		SlotView slot = this.slots.openSlot("appointment", LocalDate.of(2026, 12, 10), LocalTime.of(9, 0),
				LocalTime.of(10, 0), "รพ.สต.บ้านนา", 3, "officer");
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String user = "U" + String.format("%032d", 100 + i);
			tasks.add(() -> {
				try {
					return this.requests
						.submit(Submission.viaLine(user, "appointment", EserviceFixture.appointment(), Map.of(),
								slot.id(), false))
						.trackingNumber();
				}
				catch (SlotFullException ex) {
					return "FULL";
				}
			});
		}
		List<String> results = runTogether(tasks).stream().map(EserviceRequestsTests::valueOf).toList();
		assertThat(results.stream().filter(r -> !r.equals("FULL"))).hasSize(3);
		assertThat(results.stream().filter(r -> r.equals("FULL"))).hasSize(9);
		assertThat(this.jdbc.sql("SELECT booked FROM eservice_slot WHERE id = :id")
			.param("id", slot.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM eservice_request WHERE slot_id = :id")
			.param("id", slot.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(this.slots.bookable("appointment")).noneMatch(s -> s.id() == slot.id());
	}

	@Test
	void aRequestIsReadOnlyByItsOwnLineUserOrItsAccessCode() {
		SubmissionReceipt line = this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "complaint",
				EserviceFixture.complaint(), Map.of(), null, false));
		assertThat(line.accessCode()).isNull();
		assertThat(this.requests.forCitizen(CitizenKey.lineUser(EserviceFixture.CITIZEN, line.trackingNumber())))
			.isPresent();
		assertThat(this.requests
			.forCitizen(CitizenKey.lineUser(EserviceFixture.CITIZEN, line.trackingNumber().toLowerCase(Locale.ROOT))))
			.isPresent();
		assertThat(this.requests.forCitizen(CitizenKey.lineUser(EserviceFixture.OTHER_CITIZEN, line.trackingNumber())))
			.isEmpty();
		assertThat(this.requests.forCitizen(CitizenKey.accessCode(line.trackingNumber(), ""))).isEmpty();

		SubmissionReceipt web = this.requests
			.submit(Submission.viaWeb("complaint", EserviceFixture.complaint(), Map.of(), null, false));
		assertThat(web.accessCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(this.requests.forCitizen(CitizenKey.accessCode(web.trackingNumber(), web.accessCode()))).isPresent();
		assertThat(this.requests.forCitizen(
				CitizenKey.accessCode(" " + web.trackingNumber() + " ", web.accessCode().toLowerCase(Locale.ROOT))))
			.isPresent();
		assertThat(this.requests.forCitizen(CitizenKey.accessCode(web.trackingNumber(), "AAAA-BBBB-CCCC"))).isEmpty();
		assertThat(this.requests.forCitizen(CitizenKey.accessCode(line.trackingNumber(), web.accessCode()))).isEmpty();
		assertThat(this.requests.forCitizen(CitizenKey.lineUser(EserviceFixture.CITIZEN, web.trackingNumber())))
			.isEmpty();
		assertThat(this.jdbc.sql("SELECT access_code_hash FROM eservice_request WHERE tracking_number = :n")
			.param("n", web.trackingNumber())
			.query(String.class)
			.single()).doesNotContain(web.accessCode()).doesNotContain(web.accessCode().replace("-", ""));
	}

	@Test
	void missingRequiredOversizedAndBadChoiceAnswersAreRejectedInThaiAndNothingIsSaved() {
		long before = count("eservice_request");
		long answersBefore = count("eservice_answer");
		Map<String, String> answers = EserviceFixture.complaint();
		answers.remove("detail");
		answers.put("full_name", "ก".repeat(201));
		answers.put("topic", "ไม่มีในรายการ");
		answers.put("phone", "12345");
		InvalidSubmissionException ex = invalid(
				Submission.viaLine(EserviceFixture.CITIZEN, "complaint", answers, Map.of(), null, false));
		assertThat(ex.fieldErrors()).containsOnlyKeys("detail", "full_name", "topic", "phone");
		assertThat(thai(ex.fieldErrors().get("detail"))).isEqualTo("กรุณากรอกรายละเอียด");
		assertThat(thai(ex.fieldErrors().get("full_name"))).isEqualTo("ชื่อ-นามสกุลผู้ร้องเรียน ยาวเกิน 200 ตัวอักษร");
		assertThat(thai(ex.fieldErrors().get("topic"))).isEqualTo("กรุณาเลือกเรื่องที่ร้องเรียนจากรายการ");
		assertThat(thai(ex.fieldErrors().get("phone"))).contains("9-10 หลัก");
		Map<String, String> longDetail = EserviceFixture.complaint();
		longDetail.put("detail", "ข".repeat(2001));
		assertThat(thai(
				invalid(Submission.viaLine(EserviceFixture.CITIZEN, "complaint", longDetail, Map.of(), null, false))
					.fieldErrors()
					.get("detail")))
			.isEqualTo("รายละเอียด ยาวเกิน 2,000 ตัวอักษร");
		assertThat(count("eservice_request")).isEqualTo(before);
		assertThat(count("eservice_answer")).isEqualTo(answersBefore);
	}

	@Test
	void aDateTypedInTheBuddhistEraIsStoredAsThatDayAndAnImpossibleYearIsRefusedInThai() {
		Map<String, String> answers = EserviceFixture.complaint();
		answers.put("incident_date", "12/11/2569");
		String number = this.requests
			.submit(Submission.viaLine(EserviceFixture.CITIZEN, "complaint", answers, Map.of(), null, false))
			.trackingNumber();
		assertThat(this.jdbc
			.sql("SELECT a.value_text FROM eservice_answer a JOIN eservice_request r ON r.id = a.request_id "
					+ "WHERE r.tracking_number = ? AND a.field_key = 'incident_date'")
			.param(number)
			.query(String.class)
			.single()).isEqualTo("2026-11-12");
		answers.put("incident_date", "2300-11-12");
		assertThat(invalid(Submission.viaLine(EserviceFixture.CITIZEN, "complaint", answers, Map.of(), null, false))
			.fieldErrors()).containsOnlyKeys("incident_date");
	}

	@Test
	void aFileWhoseContentIsNotWhatItsNameSaysIsRejectedAndNothingIsStored() throws Exception {
		long requestsBefore = count("eservice_request");
		long filesBefore = storedFiles();
		Map<String, List<Upload>> files = new HashMap<>();
		files.put("photos",
				List.of(new Upload("ok.png", EserviceFixture.PNG), new Upload("photo.png", EserviceFixture.HTML)));
		Map<String, String> answers = nuisance();
		InvalidSubmissionException ex = invalid(
				Submission.viaLine(EserviceFixture.CITIZEN, "nuisance", answers, files, null, false));
		assertThat(thai(ex.fieldErrors().get("photos"))).startsWith("ไฟล์ \"photo.png\" ไม่ใช่ชนิดที่รับ");
		InvalidSubmissionException pdfAsPhoto = invalid(Submission.viaLine(EserviceFixture.CITIZEN, "nuisance", answers,
				Map.of("photos", List.of(new Upload("doc.pdf", EserviceFixture.PDF))), null, false));
		assertThat(thai(pdfAsPhoto.fieldErrors().get("photos"))).contains("ไม่ใช่รูปภาพ");
		assertThat(count("eservice_request")).isEqualTo(requestsBefore);
		assertThat(storedFiles()).isEqualTo(filesBefore);

		SubmissionReceipt ok = this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "nuisance", answers,
				Map.of("photos", List.of(new Upload("C:\\fakepath\\บ้าน.png", EserviceFixture.PNG))), null, false));
		CitizenRequestView view = this.requests
			.forCitizen(CitizenKey.lineUser(EserviceFixture.CITIZEN, ok.trackingNumber()))
			.orElseThrow();
		assertThat(view.attachments()).containsExactly("บ้าน.png");
		assertThat(storedFiles()).isEqualTo(filesBefore + 1);
	}

	@Test
	void aMissingSlotIsReportedTogetherWithTheOtherProblems() {
		Map<String, String> answers = EserviceFixture.appointment();
		answers.remove("reason");
		InvalidSubmissionException ex = invalid(
				Submission.viaLine(EserviceFixture.CITIZEN, "appointment", answers, Map.of(), null, false));
		assertThat(ex.fieldErrors()).containsOnlyKeys("reason", "slotId");
		assertThat(thai(ex.fieldErrors().get("slotId"))).isEqualTo("กรุณาเลือกวันและช่วงเวลานัดหมาย");
		InvalidSubmissionException unknownSlot = invalid(Submission.viaLine(EserviceFixture.CITIZEN, "appointment",
				EserviceFixture.appointment(), Map.of(), 999_999L, false));
		assertThat(thai(unknownSlot.fieldErrors().get("slotId"))).contains("ไม่เปิดให้จองแล้ว");
	}

	@Test
	void unknownServiceIsRefusedWithAThaiMessage() {
		assertThatThrownBy(() -> this.requests
			.submit(Submission.viaWeb("no-such-service", EserviceFixture.complaint(), Map.of(), null, false)))
			.isInstanceOfSatisfying(ServiceNotFoundException.class, ex -> assertThat(thai(ex)).contains("ไม่พบบริการ"));
	}

	@Test
	void aStatusChangeNotAllowedFromTheCurrentStatusIsRefusedInThaiAndChangesNothing() {
		long id = fileComplaint();
		this.requests.changeStatus(id, RequestStatus.DONE, "ดำเนินการแล้ว", null, "officer");
		assertThatThrownBy(() -> this.requests.changeStatus(id, RequestStatus.IN_PROGRESS, null, null, "officer"))
			.isInstanceOfSatisfying(TransitionNotAllowedException.class, ex -> assertThat(thai(ex))
				.isEqualTo("ไม่สามารถเปลี่ยนสถานะจาก \"ดำเนินการเสร็จสิ้น\" เป็น \"กำลังดำเนินการ\" ได้"));
		long other = fileComplaint();
		assertThatThrownBy(() -> this.requests.changeStatus(other, RequestStatus.WITHDRAWN, null, null, "officer"))
			.isInstanceOf(TransitionNotAllowedException.class);
		InvalidSubmissionException noReason = (InvalidSubmissionException) org.assertj.core.api.Assertions
			.catchThrowable(() -> this.requests.changeStatus(other, RequestStatus.REJECTED, " ", null, "officer"));
		assertThat(thai(noReason.fieldErrors().get("citizenMessage"))).contains("กรุณาเขียนข้อความแจ้งผู้ยื่น");
		StaffRequestView view = this.requests.viewForStaff(other, "officer");
		assertThat(view.status()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(view.history()).hasSize(1);
	}

	@Test
	void everyChangeWritesOneHistoryRowAndPublishesItsEventWithTheCitizenMessage() {
		SubmissionReceipt receipt = this.requests
			.submit(Submission.viaLine(EserviceFixture.CITIZEN, "nuisance", nuisance(), Map.of(), null, false));
		long id = this.requests.idOf(receipt.trackingNumber()).orElseThrow();
		this.requests.assign(id, "officer", "head");
		this.requests.addInternalNote(id, "โทรประสาน อบต. แล้ว", "officer");
		this.requests.changeStatus(id, RequestStatus.IN_PROGRESS, null, "ตรวจพื้นที่", "officer");
		this.requests.forward(id, "อบต.ปากตะโก", null, "officer");
		StaffRequestView view = this.requests.viewForStaff(id, "officer");
		assertThat(view.history()).extracting(StaffRequestView.HistoryEntry::action)
			.containsExactly(HistoryAction.SUBMITTED, HistoryAction.ASSIGNED, HistoryAction.NOTE,
					HistoryAction.STATUS_CHANGED, HistoryAction.FORWARDED);
		assertThat(view.history()).extracting(StaffRequestView.HistoryEntry::changeId).doesNotHaveDuplicates();
		assertThat(view.forwardedTo()).isEqualTo("อบต.ปากตะโก");
		assertThat(view.assignedTo()).isEqualTo("officer");
		List<RequestStatusChanged> published = this.events.stream(RequestStatusChanged.class)
			.filter(e -> e.trackingNumber().equals(receipt.trackingNumber()))
			.toList();
		assertThat(published).extracting(RequestStatusChanged::status)
			.containsExactly(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS, RequestStatus.FORWARDED);
		assertThat(published).allMatch(e -> EserviceFixture.CITIZEN.equals(e.lineUserId()));
		assertThat(published.get(1).citizenMessage()).isNull();
		assertThat(published.get(2).citizenMessage()).contains("อบต.ปากตะโก");
		CitizenRequestView citizen = this.requests
			.forCitizen(CitizenKey.lineUser(EserviceFixture.CITIZEN, receipt.trackingNumber()))
			.orElseThrow();
		assertThat(citizen.timeline()).extracting(CitizenRequestView.TimelineEntry::note)
			.noneMatch(n -> n != null && (n.contains("ตรวจพื้นที่") || n.contains("โทรประสาน")));
		assertThat(citizen.status()).isEqualTo(RequestStatus.FORWARDED);
	}

	@Test
	void theCitizenAddsInformationAndWithdrawsWhileOpenButNotAfter() {
		SubmissionReceipt receipt = this.requests
			.submit(Submission.viaWeb("complaint", EserviceFixture.complaint(), Map.of(), null, false));
		CitizenKey key = CitizenKey.accessCode(receipt.trackingNumber(), receipt.accessCode());
		long id = this.requests.idOf(receipt.trackingNumber()).orElseThrow();
		this.requests.changeStatus(id, RequestStatus.WAITING_FOR_CITIZEN, "กรุณาระบุวันที่ไปรับบริการ", null,
				"officer");
		CitizenRequestView after = this.requests.addInformation(key, "ไปรับบริการวันที่ 20 พ.ย.",
				new Upload("ใบนัด.pdf", EserviceFixture.PDF));
		assertThat(after.status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(after.attachments()).containsExactly("ใบนัด.pdf");
		assertThat(after.timeline()).extracting(CitizenRequestView.TimelineEntry::note)
			.contains("กรุณาระบุวันที่ไปรับบริการ", "ไปรับบริการวันที่ 20 พ.ย.");
		CitizenRequestView withdrawn = this.requests.withdraw(key, "ได้รับการแก้ไขแล้ว");
		assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
		assertThat(withdrawn.canWithdraw()).isFalse();
		assertThatThrownBy(() -> this.requests.withdraw(key, null)).isInstanceOf(RequestClosedException.class);
		assertThatThrownBy(() -> this.requests.addInformation(key, "เพิ่ม", null))
			.isInstanceOf(RequestClosedException.class);
		assertThatThrownBy(() -> this.requests
			.addInformation(CitizenKey.lineUser(EserviceFixture.OTHER_CITIZEN, receipt.trackingNumber()), "x", null))
			.isInstanceOf(RequestNotFoundException.class);
	}

	@Test
	void anAnonymousCorruptionReportStoresNoLineIdAndNoName() {
		SubmissionReceipt receipt = this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "corruption",
				EserviceFixture.corruption(), Map.of(), null, true));
		assertThat(receipt.accessCode()).isNotBlank();
		Map<String, Object> row = this.jdbc
			.sql("SELECT line_user_id, anonymous, confidential FROM eservice_request WHERE tracking_number = :n")
			.param("n", receipt.trackingNumber())
			.query()
			.singleRow();
		assertThat(row.get("line_user_id")).isNull();
		assertThat(row.get("anonymous")).isEqualTo(true);
		assertThat(row.get("confidential")).isEqualTo(true);
		List<String> stored = this.jdbc
			.sql("SELECT a.value_text FROM eservice_answer a JOIN eservice_request r ON r.id = a.request_id "
					+ "WHERE r.tracking_number = :n")
			.param("n", receipt.trackingNumber())
			.query(String.class)
			.list();
		assertThat(stored).contains("เจ้าหน้าที่การเงิน").doesNotContain("นายแจ้ง เบาะแส", "0812345678");
		assertThat(this.events.stream(RequestStatusChanged.class)
			.filter(e -> e.trackingNumber().equals(receipt.trackingNumber()))).singleElement()
			.satisfies(e -> assertThat(e.lineUserId()).isNull());
		assertThat(this.requests.forCitizen(CitizenKey.lineUser(EserviceFixture.CITIZEN, receipt.trackingNumber())))
			.isEmpty();
		assertThat(this.requests.forCitizen(CitizenKey.accessCode(receipt.trackingNumber(), receipt.accessCode())))
			.isPresent();
		assertThatThrownBy(() -> this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "complaint",
				EserviceFixture.complaint(), Map.of(), null, true)))
			.isInstanceOfSatisfying(InvalidSubmissionException.class,
					ex -> assertThat(ex.fieldErrors()).containsKey("anonymous"));
	}

	@Test
	void confidentialRequestsAreSeenOnlyByIntegrityStaffAndEveryViewIsAudited() {
		SubmissionReceipt receipt = this.requests
			.submit(Submission.viaWeb("corruption", EserviceFixture.corruption(), Map.of(), null, true));
		long id = this.requests.idOf(receipt.trackingNumber()).orElseThrow();
		assertThatThrownBy(() -> this.requests.viewForStaff(id, "officer")).isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> this.requests.viewForStaff(id, "editoronly"))
			.isInstanceOf(NotPermittedException.class);
		assertThat(this.requests.inbox("officer", null, false)).noneMatch(r -> r.id() == id);
		assertThat(this.requests.inbox("integrity", null, false)).anyMatch(r -> r.id() == id);
		this.requests.viewForStaff(id, "integrity");
		this.requests.viewForStaff(id, "head");
		assertThat(this.requests.viewAudit(id, "head")).extracting(ViewAuditEntry::actor)
			.containsExactly("head", "integrity");
		long complaint = fileComplaint();
		this.requests.viewForStaff(complaint, "officer");
		assertThat(this.requests.viewAudit(complaint, "officer")).isEmpty();
	}

	// ------------------------------------------------------------------ helpers

	private long fileComplaint() {
		SubmissionReceipt receipt = this.requests.submit(Submission.viaLine(EserviceFixture.CITIZEN, "complaint",
				EserviceFixture.complaint(), Map.of(), null, false));
		return this.requests.idOf(receipt.trackingNumber()).orElseThrow();
	}

	static Map<String, String> nuisance() {
		Map<String, String> answers = new HashMap<>();
		answers.put("nuisance_kind", "กลิ่นเหม็น");
		answers.put("detail", "กลิ่นจากฟาร์มสุกรทุกเย็น");
		answers.put("location", "10.1036, 99.0963");
		answers.put("full_name", "นางสาวแจ้ง เหตุ");
		answers.put("phone", "0812345678");
		return answers;
	}

	private InvalidSubmissionException invalid(Submission submission) {
		return (InvalidSubmissionException) org.assertj.core.api.Assertions
			.catchThrowable(() -> this.requests.submit(submission));
	}

	private String thai(org.springframework.context.MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, THAI);
	}

	private int lastNumber() {
		return this.jdbc.sql("SELECT COALESCE(MAX(last_number), 0) FROM eservice_tracking_counter WHERE year_be = 2569")
			.query(Integer.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private long storedFiles() throws java.io.IOException {
		java.nio.file.Path dir = java.nio.file.Path.of("target/test-files");
		if (!java.nio.file.Files.exists(dir)) {
			return 0;
		}
		try (var files = java.nio.file.Files.walk(dir)) {
			return files.filter(java.nio.file.Files::isRegularFile).count();
		}
	}

	private static int number(String trackingNumber) {
		return Integer.parseInt(trackingNumber.substring(trackingNumber.lastIndexOf('-') + 1));
	}

	private static <T> List<Future<T>> runTogether(List<Callable<T>> tasks) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			return futures;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static <T> T valueOf(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new AssertionError("A concurrent submission failed", ex);
		}
	}

}
