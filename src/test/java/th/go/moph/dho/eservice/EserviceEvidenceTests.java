package th.go.moph.dho.eservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.stats.TestClockConfiguration;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The MOIT 10 figures on known data, in fiscal year 2560 (1 October 2016 – 30 September
 * 2017), which no other test files requests in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class EserviceEvidenceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EserviceRequests requests;

	@Autowired
	EserviceEvidence evidence;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MutableClock clock;

	static boolean filed;

	@BeforeEach
	void setUp() {
		EserviceFixture.staff(this.accounts);
		if (!filed) {
			fileTheYear();
			filed = true;
		}
		this.clock.set(TestClockConfiguration.START);
	}

	@AfterEach
	void resetClock() {
		this.clock.set(TestClockConfiguration.START);
	}

	/**
	 * Complaints (target 15 days): A filed 3 Oct, done 8 Oct (5 days); B filed 1 Nov,
	 * rejected 21 Nov (20 days, late); C filed 1 Feb, in progress 2 Feb, done 10 Apr (68
	 * days, late; still open and overdue on 31 March); E filed 20 Mar, done 25 Mar (5
	 * days). Information request D filed 1 May, done 3 May (2 days).
	 */
	private void fileTheYear() {
		long a = file("2016-10-03T10:00", "complaint", EserviceFixture.complaint());
		long b = file("2016-11-01T09:00", "complaint", EserviceFixture.complaint());
		long c = file("2017-02-01T14:00", "complaint", EserviceFixture.complaint());
		long e = file("2017-03-20T08:30", "complaint", EserviceFixture.complaint());
		change("2016-10-08T16:00", a, RequestStatus.DONE, null);
		change("2016-11-21T11:00", b, RequestStatus.REJECTED, "ไม่อยู่ในอำนาจของสำนักงาน");
		change("2017-02-02T09:00", c, RequestStatus.IN_PROGRESS, null);
		change("2017-03-25T10:00", e, RequestStatus.DONE, null);
		change("2017-04-10T10:00", c, RequestStatus.DONE, null);
		long d = file("2017-05-01T10:00", "information", Map.of("information", "งบประมาณโครงการปี 2560", "delivery",
				"ทางอีเมล", "full_name", "นายขอ ข้อมูล", "phone", "0812345678"));
		change("2017-05-03T10:00", d, RequestStatus.DONE, "ส่งข้อมูลทางอีเมลแล้ว");
	}

	@Test
	void countsMediansAndOverdueOfBothRounds() {
		EserviceEvidence.YearReport report = this.evidence.fiscalYear(2560);

		EserviceEvidence.Figures six = row(report.sixMonths(), "complaint");
		assertThat(six.received()).isEqualTo(4);
		assertThat(six.count(RequestStatus.DONE)).isEqualTo(2);
		assertThat(six.count(RequestStatus.REJECTED)).isEqualTo(1);
		assertThat(six.count(RequestStatus.IN_PROGRESS)).isEqualTo(1);
		assertThat(six.closed()).isEqualTo(3);
		assertThat(six.medianDaysToClose()).isEqualTo(5.0);
		assertThat(six.overdue()).isEqualTo(2);
		assertThat(row(report.sixMonths(), "information").received()).isZero();
		assertThat(row(report.sixMonths(), "information").medianDaysToClose()).isNull();

		EserviceEvidence.Figures twelve = row(report.twelveMonths(), "complaint");
		assertThat(twelve.received()).isEqualTo(4);
		assertThat(twelve.count(RequestStatus.DONE)).isEqualTo(3);
		assertThat(twelve.count(RequestStatus.IN_PROGRESS)).isZero();
		assertThat(twelve.closed()).isEqualTo(4);
		assertThat(twelve.medianDaysToClose()).isEqualTo(12.5); // 5, 5, 20, 68
		assertThat(twelve.overdue()).isEqualTo(2);
		EserviceEvidence.Figures information = row(report.twelveMonths(), "information");
		assertThat(information.received()).isEqualTo(1);
		assertThat(information.medianDaysToClose()).isEqualTo(2.0);
		assertThat(information.overdue()).isZero();

		EserviceEvidence.Figures total = report.twelveMonths().total();
		assertThat(total.received()).isEqualTo(5);
		assertThat(total.closed()).isEqualTo(5);
		assertThat(total.medianDaysToClose()).isEqualTo(5.0); // 2, 5, 5, 20, 68
		assertThat(total.overdue()).isEqualTo(2);
		assertThat(report.twelveMonths().running()).isFalse();
	}

	@Test
	void printPageShowsTheFiguresToApproversOnly() throws Exception {
		String html = this.mvc.perform(get("/staff/eservice/evidence/2560").with(user("head").roles("APPROVER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("#round6 tr[data-type=complaint] .received").text()).isEqualTo("4");
		assertThat(page.select("#round6 tr[data-type=complaint] .median").text()).isEqualTo("5.0");
		assertThat(page.select("#round6 tr[data-type=complaint] .overdue").text()).isEqualTo("2");
		assertThat(page.select("#round12 tr[data-type=complaint] .median").text()).isEqualTo("12.5");
		assertThat(page.select("#round12 tfoot .received").text()).isEqualTo("5");
		assertThat(page.select("#round6 h2").text()).contains("1 ตุลาคม 2559", "31 มีนาคม 2560");
		assertThat(page.select("a[href=/e-services/handling-manual]")).isNotEmpty();
		this.mvc.perform(get("/staff/eservice/evidence/2560").with(user("officer").roles("ESERVICE")))
			.andExpect(status().isForbidden());
		String bad = this.mvc.perform(get("/staff/eservice/evidence/25x0").with(user("head").roles("APPROVER")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(bad).select("main p").first().text()).contains("ปีงบประมาณ \"25x0\" ไม่ถูกต้อง");
	}

	@Test
	void csvStartsWithABomAndHoldsBothRounds() throws Exception {
		byte[] body = this.mvc.perform(get("/staff/eservice/evidence/2560.csv").with(user("head").roles("APPROVER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("ปีงบประมาณ,รอบ,ตั้งแต่วันที่,ถึงวันที่,รหัสบริการ,บริการ");
		assertThat(lines).anyMatch(l -> l.startsWith("2560,รอบ 6 เดือน,2016-10-01,2017-03-31,complaint,")
				&& l.endsWith(",4,0,1,0,0,2,1,0,3,5.0,2"));
		assertThat(lines).anyMatch(l -> l.startsWith("2560,รอบ 12 เดือน,2016-10-01,2017-09-30,complaint,")
				&& l.endsWith(",4,0,0,0,0,3,1,0,4,12.5,2"));
		assertThat(lines).anyMatch(l -> l.startsWith("2560,รอบ 12 เดือน,2016-10-01,2017-09-30,,รวมทุกบริการ,")
				&& l.endsWith(",5,0,0,0,0,4,1,0,5,5.0,2"));
	}

	@Test
	void aRoundStillRunningCountsOpenRequestsOverdueByToday() {
		// today is 27 November 2569: fiscal year 2570's rounds are running
		EserviceEvidence.YearReport report = this.evidence
			.fiscalYear(ThaiDates.fiscalYear(ThaiDates.toLocal(TestClockConfiguration.START).toLocalDate()));
		assertThat(report.sixMonths().running()).isTrue();
		assertThat(report.sixMonths().asOf()).isEqualTo(ThaiDates.toLocal(TestClockConfiguration.START).toLocalDate());
	}

	private EserviceEvidence.Figures row(EserviceEvidence.Round round, String code) {
		return round.types().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow();
	}

	private long file(String bangkokTime, String service, Map<String, String> answers) {
		at(bangkokTime);
		String number = this.requests
			.submit(Submission.viaLine(EserviceFixture.CITIZEN, service, answers, Map.of(), null, false))
			.trackingNumber();
		return this.requests.idOf(number).orElseThrow();
	}

	private void change(String bangkokTime, long id, RequestStatus status, String message) {
		at(bangkokTime);
		this.requests.changeStatus(id, status, message, null, "officer");
	}

	private void at(String bangkokTime) {
		Instant instant = LocalDateTime.parse(bangkokTime).atZone(ThaiDates.ZONE).toInstant();
		this.clock.set(instant);
	}

}
