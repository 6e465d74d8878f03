package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.eservice.CitizenRequests;
import th.go.moph.dho.eservice.RequestStatus;
import th.go.moph.dho.eservice.RequestStatusChanged;
import th.go.moph.dho.linelogin.InvalidIdTokenException;
import th.go.moph.dho.linelogin.LineLogin;
import th.go.moph.dho.linelogin.LineUser;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentService;

/**
 * Telling citizens and followers on LINE, through the real SDK client to a fake LINE
 * server: status pushes sent once whatever fails, never to a blocked user, stopped by the
 * quota with a warning for staff; news multicast in groups of 500 outside the quiet
 * hours, never twice, cancelled when withdrawn; a citizen's own requests in the chat
 * only.
 */
@SpringBootTest(properties = { "dho.line.channel-secret=" + Webhooks.SECRET, "dho.line.channel-token=" + Webhooks.TOKEN,
		"dho.line.poll-interval=200ms", "dho.line.retries=0", "dho.line.outbound.poll-interval=100ms",
		"dho.line.outbound.retry-backoff=1s", "dho.line.outbound.claim-timeout=30s",
		"dho.line.outbound.quota-cache=1h" })
@AutoConfigureMockMvc
@Import({ MutableClock.Config.class, LineNotificationTests.Fakes.class })
class LineNotificationTests {

	static final FakeLineServer line = new FakeLineServer();

	static final Instant MORNING = Instant.parse("2026-03-02T03:00:00Z");

	@DynamicPropertySource
	static void lineApi(DynamicPropertyRegistry registry) {
		registry.add("dho.line.api-base-url", line::url);
		registry.add("dho.line.data-api-base-url", line::url);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Followers followers;

	@Autowired
	UserKeys keys;

	@Autowired
	OutboundQueue queue;

	@Autowired
	OutboundSender sender;

	@Autowired
	MessageQuota quota;

	@Autowired
	LineQuotaWarning warning;

	@Autowired
	LineChannel channel;

	@Autowired
	LineSettings lineSettings;

	@Autowired
	LineOutboundSettings outboundSettings;

	@Autowired
	ContentService content;

	@Autowired
	FakeCitizenRequests requests;

	@Autowired
	LineRetention retention;

	@BeforeEach
	void reset() throws Exception {
		this.clock.set(MORNING);
		this.sender.resume();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM line_outbound WHERE status IN ('PENDING', 'SENDING')")
				.query(Long.class)
				.single() == 0);
		this.jdbc.sql("DELETE FROM line_outbound_recipient").update();
		this.jdbc.sql("DELETE FROM line_outbound").update();
		this.jdbc.sql("DELETE FROM line_subscription").update();
		line.reset();
		this.quota.forget();
		this.warning.forget();
		// the quota is read once, before any test makes LINE fail
		this.quota.tryTake(0);
	}

	@AfterAll
	static void stop() {
		line.reset();
	}

	// ---- helpers

	static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	String follow(String lineUserId) {
		String key = this.keys.of(lineUserId);
		this.followers.follow(key, lineUserId, this.clock.instant());
		return key;
	}

	long followerId(String lineUserId) {
		return this.jdbc.sql("SELECT id FROM line_follower WHERE user_key = :k")
			.param("k", this.keys.of(lineUserId))
			.query(Long.class)
			.single();
	}

	RequestStatusChanged change(String lineUserId, String trackingNumber, RequestStatus status, String note) {
		RequestStatusChanged event = new RequestStatusChanged(UUID.randomUUID(), trackingNumber, "nuisance",
				"ร้องเรียนเหตุรำคาญ", status, note, lineUserId, this.clock.instant());
		publish(event);
		return event;
	}

	void publish(Object event) {
		this.transaction.executeWithoutResult(s -> this.events.publishEvent(event));
	}

	List<Map<String, Object>> rows() {
		return this.jdbc.sql(
				"SELECT retry_key, kind, status, attempts, recipient_count, sent_count, not_before FROM line_outbound ORDER BY id")
			.query()
			.listOfRows();
	}

	String statusOf(UUID retryKey) {
		return this.jdbc.sql("SELECT status FROM line_outbound WHERE retry_key = :k")
			.param("k", retryKey.toString())
			.query(String.class)
			.optional()
			.orElse("MISSING");
	}

	/** Waits for a condition while the test clock moves on, so retries come due. */
	void awaitMovingClock(java.util.concurrent.Callable<Boolean> condition) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(150)).until(() -> {
			this.clock.advance(Duration.ofSeconds(5));
			return condition.call();
		});
	}

	/** Follows {@code n} users subscribed to the topic; @return their LINE user ids. */
	List<String> subscribers(NewsTopic topic, int n) {
		List<String> users = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < n; i++) {
			String user = newUser();
			users.add(user);
			this.jdbc.sql("""
					INSERT INTO line_follower (user_key, line_user_id, status, followed_at)
					VALUES (:key, :uid, 'FOLLOWING', :at)""")
				.param("key", "k" + user)
				.param("uid", user)
				.param("at", now)
				.update();
		}
		this.jdbc.sql("""
				INSERT INTO line_subscription (follower_id, topic, subscribed_at)
				SELECT id, :topic, :at FROM line_follower WHERE line_user_id IN (:users)""")
			.param("topic", topic.code())
			.param("at", now)
			.param("users", users)
			.update();
		return users;
	}

	long publishItem(String section, String title) {
		ContentRevision draft = this.content.createDraft(section, null,
				ContentFields.of(title, "สรุปข่าว " + title, "เนื้อหา " + title), "test");
		return this.content.goLive(draft.getId()).id();
	}

	static final Pattern TO = Pattern.compile("\"to\":\\[([^\\]]*)\\]");

	static List<String> recipients(FakeLineServer.Call call) {
		Matcher m = TO.matcher(call.body());
		assertThat(m.find()).isTrue();
		List<String> to = new ArrayList<>();
		for (String quoted : m.group(1).split(",")) {
			to.add(quoted.replace("\"", "").strip());
		}
		return to;
	}

	// ---- status pushes

	@Test
	void pushesAStatusChangeOnceWithTheSameRetryKeyWhileLineFails() throws Exception {
		String citizen = newUser();
		follow(citizen);
		line.failNext.set(2);
		RequestStatusChanged event = change(citizen, "ER-2569-000123", RequestStatus.IN_PROGRESS,
				"เจ้าหน้าที่ลงพื้นที่ตรวจสอบแล้ว");
		UUID key = LineNotifications.statusRetryKey(event.changeId());
		awaitMovingClock(() -> statusOf(key).equals("SENT"));
		assertThat(line.pushes()).hasSize(3).allSatisfy(call -> {
			assertThat(call.retryKey()).isEqualTo(key.toString());
			assertThat(call.body()).contains("\"to\":\"" + citizen + "\"")
				.contains("\"type\":\"flex\"")
				.contains("ER-2569-000123")
				.contains("ร้องเรียนเหตุรำคาญ")
				.contains("กำลังดำเนินการ")
				.contains("เจ้าหน้าที่ลงพื้นที่ตรวจสอบแล้ว")
				.contains("/liff/requests/ER-2569-000123");
		});
		assertThat(line.delivered).containsExactly(key.toString());
		assertThat(rows()).singleElement().satisfies(row -> {
			assertThat(row.get("status")).isEqualTo("SENT");
			assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(3);
			assertThat(((Number) row.get("sent_count")).intValue()).isEqualTo(1);
		});
		// the event registry delivers the event again (a listener retried): nothing new
		publish(event);
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> rows().size() == 1);
		assertThat(line.pushes()).hasSize(3);
	}

	@Test
	void countsAPushThatLineAcceptedButWhoseAnswerWasLostAsSentOnce() throws Exception {
		String citizen = newUser();
		follow(citizen);
		line.acceptButFailNext.set(1);
		RequestStatusChanged event = change(citizen, "ER-2569-000124", RequestStatus.DONE, "ดำเนินการแก้ไขแล้ว");
		UUID key = LineNotifications.statusRetryKey(event.changeId());
		awaitMovingClock(() -> statusOf(key).equals("SENT"));
		// the retry with the same key was answered 409: sent, and delivered once
		assertThat(line.pushes()).hasSize(2);
		assertThat(line.delivered).containsExactly(key.toString());
	}

	@Test
	void pushesNothingForAChangeWithoutANoteForTheCitizen() throws Exception {
		String citizen = newUser();
		follow(citizen);
		publish(new RequestStatusChanged(UUID.randomUUID(), "ER-2569-000125", "nuisance", "ร้องเรียนเหตุรำคาญ",
				RequestStatus.IN_PROGRESS, null, citizen, this.clock.instant()));
		publish(new RequestStatusChanged(UUID.randomUUID(), "ER-2569-000126", "nuisance", "ร้องเรียนเหตุรำคาญ",
				RequestStatus.DONE, "เสร็จแล้ว", null, this.clock.instant()));
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> rows().isEmpty());
		assertThat(line.pushes()).isEmpty();
	}

	@Test
	void neverPushesToAUserWhoBlockedTheAccount() throws Exception {
		String blocked = newUser();
		this.followers.unfollow(follow(blocked), this.clock.instant());
		RequestStatusChanged before = change(blocked, "ER-2569-000127", RequestStatus.DONE, "เสร็จแล้ว");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> statusOf(LineNotifications.statusRetryKey(before.changeId())).equals("SKIPPED_UNFOLLOWED"));
		// queued while following, blocked before it was sent
		String later = newUser();
		String key = follow(later);
		this.sender.pause();
		RequestStatusChanged queued = change(later, "ER-2569-000128", RequestStatus.DONE, "เสร็จแล้ว");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> statusOf(LineNotifications.statusRetryKey(queued.changeId())).equals("PENDING"));
		this.followers.unfollow(key, this.clock.instant());
		this.sender.resume();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> statusOf(LineNotifications.statusRetryKey(queued.changeId())).equals("SKIPPED_UNFOLLOWED"));
		assertThat(line.pushes()).isEmpty();
	}

	@Test
	void pushesToAFriendTheBotNeverHeardFromButNotToAStranger() throws Exception {
		// a friend since before the bot, who used only the LIFF app: LINE knows their
		// profile
		String friend = newUser();
		RequestStatusChanged known = change(friend, "ER-2569-000132", RequestStatus.DONE, "เสร็จแล้ว");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> statusOf(LineNotifications.statusRetryKey(known.changeId())).equals("SENT"));
		assertThat(line.pushes()).singleElement().satisfies(call -> assertThat(call.body()).contains(friend));
		String stranger = newUser();
		line.strangers.add(stranger);
		RequestStatusChanged unknown = change(stranger, "ER-2569-000133", RequestStatus.DONE, "เสร็จแล้ว");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> statusOf(LineNotifications.statusRetryKey(unknown.changeId())).equals("SKIPPED_UNFOLLOWED"));
		assertThat(line.pushes()).hasSize(1);
	}

	@Test
	void stopsPushesWhenTheQuotaWouldRunOutAndWarnsStaff() throws Exception {
		this.mvc.perform(get("/staff").with(user("approver").roles("APPROVER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("line-quota-warning"))));
		line.quotaLimit.set(500);
		line.usage.set(499);
		this.quota.forget();
		String first = newUser();
		follow(first);
		RequestStatusChanged fits = change(first, "ER-2569-000129", RequestStatus.DONE, "เสร็จแล้ว");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> statusOf(LineNotifications.statusRetryKey(fits.changeId())).equals("SENT"));
		String second = newUser();
		follow(second);
		RequestStatusChanged over = change(second, "ER-2569-000130", RequestStatus.DONE, "เสร็จแล้ว");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> statusOf(LineNotifications.statusRetryKey(over.changeId())).equals("SKIPPED_QUOTA"));
		assertThat(line.pushes()).hasSize(1);
		assertThat(line.calls("/v2/bot/message/quota")).isNotEmpty();
		this.warning.forget();
		this.mvc.perform(get("/staff").with(user("approver").roles("APPROVER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("line-quota-warning")))
			.andExpect(content().string(Matchers.containsString("โควตาข้อความของเดือนนี้")));
		this.mvc.perform(get("/staff/line/deliveries").with(user("approver").roles("APPROVER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("line-quota-warning")))
			.andExpect(content().string(Matchers.containsString("ER-2569-000130")))
			.andExpect(content().string(Matchers.containsString("ไม่ได้ส่ง (โควตาหมด)")))
			.andExpect(content().string(Matchers.containsString("ใช้ไป 500 จาก 500 ข้อความ")));
	}

	@Test
	void forgetsWhatWasSentAfterNinetyDays() throws Exception {
		String citizen = newUser();
		follow(citizen);
		RequestStatusChanged event = change(citizen, "ER-2569-000131", RequestStatus.DONE, "เสร็จแล้ว");
		UUID key = LineNotifications.statusRetryKey(event.changeId());
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(key).equals("SENT"));
		this.clock.advance(Duration.ofDays(LineRetention.OUTBOUND_DAYS - 1));
		this.retention.clean();
		assertThat(statusOf(key)).isEqualTo("SENT");
		this.clock.advance(Duration.ofDays(2));
		this.retention.clean();
		assertThat(statusOf(key)).isEqualTo("MISSING");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM line_outbound_recipient").query(Long.class).single()).isZero();
	}

	@Test
	void deliveriesPageIsForApproversAdministratorsAndEServiceStaff() throws Exception {
		this.mvc.perform(get("/staff/line/deliveries").with(user("editor").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/line/deliveries").with(user("officer").roles("ESERVICE")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/staff/line/deliveries").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("การส่งข้อความทาง LINE")));
	}

	// ---- news to followers

	@Test
	void multicastsNewsOnceToItsTopicsSubscribersInGroupsOfAtMost500() throws Exception {
		List<String> readers = subscribers(NewsTopic.NEWS, 1201);
		List<String> jobSeekers = subscribers(NewsTopic.JOBS, 3);
		// a subscriber who blocked the account is left out
		String gone = readers.get(7);
		this.jdbc.sql("UPDATE line_follower SET status = 'BLOCKED' WHERE line_user_id = :u").param("u", gone).update();
		long item = publishItem("news", "ข่าวทดสอบการส่งถึงผู้ติดตาม");
		await().atMost(Duration.ofSeconds(20)).until(() -> line.multicasts().size() == 3);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> rows().stream().allMatch(r -> "SENT".equals(r.get("status"))));
		List<String> reached = new ArrayList<>();
		Set<String> retryKeys = new HashSet<>();
		for (FakeLineServer.Call call : line.multicasts()) {
			List<String> to = recipients(call);
			assertThat(to).hasSizeLessThanOrEqualTo(500);
			reached.addAll(to);
			retryKeys.add(call.retryKey());
			assertThat(call.body()).contains("ข่าวทดสอบการส่งถึงผู้ติดตาม").contains("/public-relations/news/" + item);
		}
		assertThat(retryKeys).hasSize(3)
			.containsExactlyInAnyOrder(LineNotifications.newsRetryKey(item, 0).toString(),
					LineNotifications.newsRetryKey(item, 1).toString(),
					LineNotifications.newsRetryKey(item, 2).toString());
		assertThat(reached).hasSize(1200).doesNotHaveDuplicates().doesNotContain(gone);
		assertThat(reached).doesNotContainAnyElementsOf(jobSeekers);
		assertThat(line.pushes()).isEmpty();
		// an edit published later is not announced again
		ContentRevision edit = this.content.newRevision(item, "test");
		this.content.goLive(edit.getId());
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> rows().size() == 3);
		assertThat(line.multicasts()).hasSize(3);
	}

	@Test
	void holdsNewsDuringQuietHoursAndSendsItAfterSevenButAlertsAtOnce() throws Exception {
		List<String> readers = subscribers(NewsTopic.JOBS, 3);
		List<String> alerted = subscribers(NewsTopic.ALERTS, 2);
		this.clock.set(Instant.parse("2026-03-02T16:30:00Z")); // 23:30 in Bangkok
		long job = publishItem("job-announcements", "รับสมัครพนักงานกลางคืน");
		long alert = publishItem("alerts", "แจ้งเตือนไข้เลือดออกกลางคืน");
		await().atMost(Duration.ofSeconds(10)).until(() -> line.multicasts().size() == 1);
		assertThat(recipients(line.multicasts().get(0))).containsExactlyInAnyOrderElementsOf(alerted);
		assertThat(line.multicasts().get(0).retryKey()).isEqualTo(LineNotifications.newsRetryKey(alert, 0).toString());
		UUID jobKey = LineNotifications.newsRetryKey(job, 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(jobKey).equals("DEFERRED_QUIET"));
		assertThat(rows()).filteredOn(r -> jobKey.toString().equals(r.get("retry_key")))
			.singleElement()
			.satisfies(r -> assertThat(((Timestamp) r.get("not_before")).toInstant())
				.isEqualTo(Instant.parse("2026-03-03T00:00:00Z")));
		this.clock.set(Instant.parse("2026-03-02T23:59:00Z")); // 06:59
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> line.multicasts().size() == 1);
		this.clock.set(Instant.parse("2026-03-03T00:00:01Z")); // 07:00
		await().atMost(Duration.ofSeconds(10)).until(() -> line.multicasts().size() == 2);
		assertThat(recipients(line.multicasts().get(1))).containsExactlyInAnyOrderElementsOf(readers);
		await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(jobKey).equals("SENT"));
	}

	@Test
	void neverSendsNewsTwiceAfterARestart() throws Exception {
		subscribers(NewsTopic.PROCUREMENT, 501);
		this.sender.pause();
		long item = publishItem("procurement-announcements", "ประกาศประกวดราคาทดสอบ");
		await().atMost(Duration.ofSeconds(10)).until(() -> rows().size() == 2);
		// a sender claimed both groups and stopped mid-way, after LINE had accepted the
		// first
		assertThat(this.queue.claim(10)).hasSize(2);
		String first = LineNotifications.newsRetryKey(item, 0).toString();
		line.acceptedKeys.add(first);
		line.delivered.add(first);
		this.clock.advance(Duration.ofMinutes(1));
		this.sender.resume();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> rows().stream().allMatch(r -> "SENT".equals(r.get("status"))));
		assertThat(line.delivered).containsExactlyInAnyOrder(first, LineNotifications.newsRetryKey(item, 1).toString());
		int calls = line.multicasts().size();
		// another instance (or the same after a restart) finds nothing to send
		OutboundSender another = new OutboundSender(this.queue, this.quota, this.channel, this.lineSettings,
				this.outboundSettings, this.clock);
		try {
			another.start();
			another.poll();
			assertThat(this.queue.claim(10)).isEmpty();
		}
		finally {
			another.destroy();
		}
		assertThat(line.multicasts()).hasSize(calls);
		assertThat(line.delivered).hasSize(2);
	}

	@Test
	void cancelsNewsOfAWithdrawnItemThatWasNotSentYet() throws Exception {
		subscribers(NewsTopic.NEWS, 4);
		this.clock.set(Instant.parse("2026-03-02T17:00:00Z")); // midnight in Bangkok
		long item = publishItem("news", "ข่าวที่จะถูกถอน");
		UUID key = LineNotifications.newsRetryKey(item, 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(key).equals("DEFERRED_QUIET"));
		this.content.withdraw(item, "ข้อมูลไม่ถูกต้อง");
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(key).equals("CANCELLED"));
		this.clock.set(Instant.parse("2026-03-03T01:00:00Z"));
		await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> line.multicasts().isEmpty());
		assertThat(statusOf(key)).isEqualTo("CANCELLED");
	}

	// ---- the chat

	String webhook(String lineUserId, String text) throws Exception {
		String id = Webhooks.id();
		String body = Webhooks.body(Webhooks.text(id, lineUserId, this.clock.millis(), text));
		this.mvc
			.perform(post("/line/webhook").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("X-Line-Signature", Webhooks.sign(body)))
			.andExpect(status().isOk());
		return id;
	}

	String postback(String lineUserId, String data) throws Exception {
		String id = Webhooks.id();
		String body = Webhooks.body(Webhooks.postback(id, lineUserId, this.clock.millis(), data));
		this.mvc
			.perform(post("/line/webhook").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("X-Line-Signature", Webhooks.sign(body)))
			.andExpect(status().isOk());
		return id;
	}

	String replyTo(String webhookEventId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> line.replies().stream().anyMatch(c -> c.body().contains("rt-" + webhookEventId)));
		return line.replies().stream().filter(c -> c.body().contains("rt-" + webhookEventId)).findFirst().get().body();
	}

	@Test
	void showsARequestsStatusInTheChatOnlyToTheCitizenWhoFiledIt() throws Exception {
		String owner = newUser();
		String stranger = newUser();
		this.requests.add(owner,
				new CitizenRequests.RequestSummary("ER-2569-000123", "ร้องเรียนเหตุรำคาญจากกลิ่น",
						RequestStatus.FORWARDED, "ส่งเรื่องให้ อบต. แล้ว", this.clock.instant(), this.clock.instant(),
						LocalDate.of(2026, 3, 20), false));
		String asked = replyTo(webhook(owner, "ติดตามเรื่อง ER-2569-000123"));
		assertThat(asked).contains("ER-2569-000123")
			.contains("ร้องเรียนเหตุรำคาญจากกลิ่น")
			.contains("ส่งต่อหน่วยงานที่เกี่ยวข้อง")
			.contains("ส่งเรื่องให้ อบต. แล้ว")
			.contains("/liff/requests/ER-2569-000123");
		// lower case, spaces and Thai digits are forgiven
		assertThat(replyTo(webhook(owner, "ติดตามเรื่อง er - ๒๕๖๙ - 000123"))).contains("ร้องเรียนเหตุรำคาญจากกลิ่น");
		String other = replyTo(webhook(stranger, "ติดตามเรื่อง ER-2569-000123"));
		assertThat(other).contains("ไม่พบเรื่องเลขที่ ER-2569-000123")
			.doesNotContain("ร้องเรียนเหตุรำคาญจากกลิ่น")
			.doesNotContain("ส่งเรื่องให้ อบต.");
		assertThat(replyTo(webhook(owner, "ติดตามเรื่อง"))).contains("ER-2569-000123").contains("/liff/requests");
	}

	@Test
	void showsTheCitizensOwnRequestsAsCardsThatOpenTheLiffApp() throws Exception {
		String owner = newUser();
		this.requests.add(owner, new CitizenRequests.RequestSummary("ER-2569-000200", "นัดหมายฉีดวัคซีน",
				RequestStatus.RECEIVED, null, this.clock.instant(), this.clock.instant(), null, false));
		String mine = replyTo(webhook(owner, "เรื่องของฉัน"));
		assertThat(mine).contains("\"type\":\"flex\"")
			.contains("ER-2569-000200")
			.contains("นัดหมายฉีดวัคซีน")
			.contains("/liff/requests/ER-2569-000200")
			.contains("/liff/requests\"");
		String nobody = replyTo(webhook(newUser(), "เรื่องของฉัน"));
		assertThat(nobody).contains("ยังไม่มีเรื่อง").contains("/liff/").doesNotContain("ER-2569-000200");
	}

	@Test
	void followerChoosesNewsTopicsInTheChat() throws Exception {
		String reader = newUser();
		String key = follow(reader);
		String shown = replyTo(webhook(reader, "รับข่าว"));
		assertThat(shown).contains("ข่าวสารทั่วไป").contains("/liff/settings");
		String data = TopicIntents.Show.toggle(NewsTopic.ALERTS, false).signedData(this.keys, key);
		assertThat(shown).contains(data);
		replyTo(postback(reader, data));
		assertThat(subscribedTopics(reader)).containsExactly("alerts");
		// a forged switch (signed for someone else) changes nothing
		String forged = TopicIntents.Show.toggle(NewsTopic.JOBS, false).signedData(this.keys, "someone-else");
		postback(reader, forged);
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> subscribedTopics(reader).equals(List.of("alerts")));
		// blocking the account forgets the topics
		this.followers.unfollow(key, this.clock.instant());
		assertThat(subscribedTopics(reader)).isEmpty();
	}

	List<String> subscribedTopics(String lineUserId) {
		return this.jdbc.sql("""
				SELECT s.topic FROM line_subscription s JOIN line_follower f ON f.id = s.follower_id
				WHERE f.user_key = :k ORDER BY s.topic""")
			.param("k", this.keys.of(lineUserId))
			.query(String.class)
			.list();
	}

	// ---- the LIFF settings API

	@Test
	void liffSettingsChangeTheSignedInFollowersTopicsOnly() throws Exception {
		String reader = newUser();
		follow(reader);
		this.mvc.perform(get("/api/liff/subscriptions"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(Matchers.containsString("LINE")));
		this.mvc.perform(get("/api/liff/subscriptions").header("Authorization", "Bearer forged"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/liff/subscriptions").header("Authorization", "Bearer " + Fakes.token(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topics.length()").value(4))
			.andExpect(jsonPath("$.topics[0].code").value("news"))
			.andExpect(jsonPath("$.topics[0].labelTh").value("ข่าวสารทั่วไป"))
			.andExpect(jsonPath("$.topics[0].subscribed").value(false));
		this.mvc
			.perform(put("/api/liff/subscriptions").header("Authorization", "Bearer " + Fakes.token(reader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"topics\":[\"news\",\"alerts\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topics[0].subscribed").value(true))
			.andExpect(jsonPath("$.topics[1].subscribed").value(true))
			.andExpect(jsonPath("$.topics[2].subscribed").value(false));
		assertThat(subscribedTopics(reader)).containsExactly("alerts", "news");
		this.mvc
			.perform(put("/api/liff/subscriptions").header("Authorization", "Bearer " + Fakes.token(reader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"topics\":[\"lottery\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fieldErrors.topics").exists());
		this.mvc
			.perform(put("/api/liff/subscriptions").header("Authorization", "Bearer " + Fakes.token(reader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").exists());
		assertThat(subscribedTopics(reader)).containsExactly("alerts", "news");
		// someone who does not follow the account cannot subscribe
		String stranger = newUser();
		this.mvc
			.perform(put("/api/liff/subscriptions").header("Authorization", "Bearer " + Fakes.token(stranger))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"topics\":[\"news\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(Matchers.containsString("เพื่อน")));
		this.mvc.perform(get("/api/liff/subscriptions").header("Authorization", "Bearer " + Fakes.token(stranger)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.follower").value(false));
		assertThat(subscribedTopics(stranger)).isEmpty();
	}

	/** Stand-ins for the e-service and LINE Login modules' beans. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Fakes {

		static String token(String lineUserId) {
			return "test-id-token-" + lineUserId;
		}

		@Bean
		@Primary
		FakeCitizenRequests fakeCitizenRequests() {
			return new FakeCitizenRequests();
		}

		@Bean
		@Primary
		LineLogin fakeLineLogin() {
			return idToken -> {
				if (!idToken.startsWith("test-id-token-U")) {
					throw new InvalidIdTokenException("not a test token");
				}
				return new LineUser(idToken.substring("test-id-token-".length()), "ผู้ทดสอบ");
			};
		}

	}

	/** Requests kept in memory, each owned by the LINE user who filed it. */
	static class FakeCitizenRequests implements CitizenRequests {

		private final Map<String, Map<String, RequestSummary>> byUser = new ConcurrentHashMap<>();

		void add(String lineUserId, RequestSummary request) {
			this.byUser.computeIfAbsent(lineUserId, k -> new ConcurrentHashMap<>())
				.put(request.trackingNumber(), request);
		}

		@Override
		public List<RequestSummary> ofLineUser(String lineUserId, int limit) {
			return this.byUser.getOrDefault(lineUserId, Map.of()).values().stream().limit(limit).toList();
		}

		@Override
		public Optional<RequestSummary> ofLineUser(String lineUserId, String trackingNumber) {
			String wanted = trackingNumber.replace(" ", "").toUpperCase();
			return Optional.ofNullable(this.byUser.getOrDefault(lineUserId, Map.of()).get(wanted));
		}

	}

}
