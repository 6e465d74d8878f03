package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import th.go.moph.dho.assistant.Assistant;
import th.go.moph.dho.assistant.Channel;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentService;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The webhook end to end: signature check, the event store, the worker and replies
 * through the real SDK client to a fake LINE server.
 */
@SpringBootTest(properties = { "dho.line.channel-secret=" + Webhooks.SECRET, "dho.line.channel-token=" + Webhooks.TOKEN,
		"dho.line.poll-interval=200ms", "dho.line.retries=1" })
@AutoConfigureMockMvc
class LineWebhookTests {

	static final FakeLineServer line = new FakeLineServer();

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
	LineEventWorker worker;

	@Autowired
	UserKeys keys;

	@Autowired
	ContentService content;

	@Autowired
	Assistant assistant;

	@Autowired
	LineRetention retention;

	@Autowired
	th.go.moph.dho.office.OfficeSettings office;

	@BeforeEach
	void reset() {
		this.worker.resume();
		// events of the test before are answered first, so no late reply lands in this
		// test
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM line_inbound_event WHERE status IN ('PENDING', 'PROCESSING')")
				.query(Long.class)
				.single() == 0);
		line.reset();
	}

	@AfterAll
	static void stop() {
		line.reset();
	}

	ResultActions send(String body, String signature) throws Exception {
		var request = post("/line/webhook").contentType(MediaType.APPLICATION_JSON).content(body);
		if (signature != null) {
			request.header("X-Line-Signature", signature);
		}
		return this.mvc.perform(request);
	}

	ResultActions send(String body) throws Exception {
		return send(body, Webhooks.sign(body));
	}

	long stored() {
		return this.jdbc.sql("SELECT COUNT(*) FROM line_inbound_event").query(Long.class).single();
	}

	String outcome(String webhookEventId) {
		return this.jdbc.sql("SELECT COALESCE(outcome, status) FROM line_inbound_event WHERE webhook_event_id = :id")
			.param("id", webhookEventId)
			.query(String.class)
			.optional()
			.orElse("MISSING");
	}

	static long now() {
		return System.currentTimeMillis();
	}

	static String user() {
		return "U" + Webhooks.id().toLowerCase() + "abcdef";
	}

	@Test
	void rejectsWebhookWithoutSignature() throws Exception {
		long before = stored();
		send(Webhooks.body(Webhooks.text(Webhooks.id(), user(), now(), "ข่าว")), null)
			.andExpect(status().isBadRequest());
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void rejectsWebhookWithWrongSignature() throws Exception {
		long before = stored();
		String body = Webhooks.body(Webhooks.text(Webhooks.id(), user(), now(), "ข่าว"));
		send(body, Webhooks.sign(body, "another-secret")).andExpect(status().isBadRequest());
		send(body, Webhooks.sign(body.replace("ข่าว", "เมนู"))).andExpect(status().isBadRequest());
		assertThat(stored()).isEqualTo(before);
		assertThat(line.calls()).isEmpty();
	}

	@Test
	void rejectsWebhookWithNonBase64Signature() throws Exception {
		long before = stored();
		send(Webhooks.body(Webhooks.text(Webhooks.id(), user(), now(), "ข่าว")), "not base64 !!!")
			.andExpect(status().isBadRequest());
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void acknowledgesVerificationWithoutEvents() throws Exception {
		long before = stored();
		send(Webhooks.body()).andExpect(status().isOk());
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void acknowledgesEveryEventTypeOfTheWebhookSpec() throws Exception {
		String u = user();
		long t = now();
		List<String> ids = new ArrayList<>();
		List<String> events = new ArrayList<>();
		String rt = "\"replyToken\":\"rt-x\"";
		String[][] kinds = {
				{ "message",
						rt + ",\"message\":{\"id\":\"1\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"สวัสดี\"}" },
				{ "message", rt
						+ ",\"message\":{\"id\":\"2\",\"type\":\"image\",\"quoteToken\":\"q\",\"contentProvider\":{\"type\":\"line\"}}" },
				{ "message", rt
						+ ",\"message\":{\"id\":\"3\",\"type\":\"video\",\"quoteToken\":\"q\",\"duration\":1000,\"contentProvider\":{\"type\":\"line\"}}" },
				{ "message", rt
						+ ",\"message\":{\"id\":\"4\",\"type\":\"audio\",\"duration\":1000,\"contentProvider\":{\"type\":\"line\"}}" },
				{ "message",
						rt + ",\"message\":{\"id\":\"5\",\"type\":\"file\",\"fileName\":\"a.pdf\",\"fileSize\":10}" },
				{ "message", rt
						+ ",\"message\":{\"id\":\"6\",\"type\":\"location\",\"title\":\"บ้าน\",\"address\":\"ชุมพร\",\"latitude\":10.1,\"longitude\":99.1}" },
				{ "message", rt
						+ ",\"message\":{\"id\":\"7\",\"type\":\"sticker\",\"quoteToken\":\"q\",\"packageId\":\"1\",\"stickerId\":\"1\",\"stickerResourceType\":\"STATIC\"}" },
				{ "message", rt + ",\"message\":{\"id\":\"8\",\"type\":\"hologram\"}" },
				{ "unsend", "\"unsend\":{\"messageId\":\"1\"}" },
				{ "follow", rt + ",\"follow\":{\"isUnblocked\":true}" }, { "unfollow", "" }, { "join", rt },
				{ "leave", "" },
				{ "memberJoined", rt + ",\"joined\":{\"members\":[{\"type\":\"user\",\"userId\":\"U1\"}]}" },
				{ "memberLeft", "\"left\":{\"members\":[{\"type\":\"user\",\"userId\":\"U1\"}]}" },
				{ "postback", rt + ",\"postback\":{\"data\":\"a=help\",\"params\":{\"date\":\"2026-11-27\"}}" },
				{ "videoPlayComplete", rt + ",\"videoPlayComplete\":{\"trackingId\":\"t\"}" },
				{ "beacon", rt + ",\"beacon\":{\"hwid\":\"d41d8cd98f\",\"type\":\"enter\"}" },
				{ "accountLink", rt + ",\"link\":{\"result\":\"ok\",\"nonce\":\"n\"}" },
				{ "membership", rt + ",\"membership\":{\"type\":\"joined\",\"membershipId\":1}" },
				{ "module", "\"module\":{\"type\":\"attached\",\"botId\":\"U1\",\"scopes\":[\"message:send\"]}" },
				{ "activated", "\"chatControl\":{\"expireAt\":1}" }, { "deactivated", "" }, { "botSuspended", "" },
				{ "botResumed", "" }, { "delivery", "\"delivery\":{\"data\":\"d\"}" },
				{ "thingsFromTheFuture", "\"things\":{\"deviceId\":\"d\",\"type\":\"link\"}" } };
		for (String[] kind : kinds) {
			String id = Webhooks.id();
			ids.add(id);
			String event = Webhooks.event(kind[0], id, u, t, false, kind[1]);
			if (kind[0].equals("join") || kind[0].equals("leave") || kind[0].startsWith("member")) {
				event = event.replace("{\"type\":\"user\",\"userId\":\"" + u + "\"}",
						"{\"type\":\"group\",\"groupId\":\"C1\",\"userId\":\"" + u + "\"}");
			}
			events.add(event);
			send(Webhooks.body(event)).andExpect(status().isOk());
		}
		send(Webhooks.body(events.toArray(String[]::new))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ids)
				.allSatisfy(id -> assertThat(outcome(id)).isNotIn("PENDING", "PROCESSING", "MISSING", "UNREADABLE")));
	}

	@Test
	void answersAnEventDeliveredTwiceOnlyOnce() throws Exception {
		String id = Webhooks.id();
		String u = user();
		String first = Webhooks.text(id, u, now(), "เมนู");
		send(Webhooks.body(first)).andExpect(status().isOk());
		send(Webhooks.body(first.replace("\"isRedelivery\":false", "\"isRedelivery\":true")))
			.andExpect(status().isOk());
		send(Webhooks.body(first)).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(id).equals("HELP"));
		await().during(Duration.ofMillis(800))
			.atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(line.replies()).hasSize(1));
	}

	@Test
	void countsFollowsAndMessagesInTheDailyLineStatisticsWithoutAnyUserId() throws Exception {
		LocalDate today = ThaiDates.toLocal(Instant.now()).toLocalDate();
		// what earlier tests counted reaches the table within a poll: wait until it is
		// still
		long followsBefore = settled("followers_gained", today);
		long messagesBefore = settled("messages_received", today);
		String u = user();
		List<String> ids = List.of(Webhooks.id(), Webhooks.id(), Webhooks.id());
		send(Webhooks.body(Webhooks.follow(ids.get(0), u, now()))).andExpect(status().isOk());
		send(Webhooks.body(Webhooks.text(ids.get(1), u, now(), "ข่าว"), Webhooks.text(ids.get(2), u, now(), "ติดต่อ")))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(ids).extracting(this::outcome).containsExactly("GREETED", "NEWS", "CONTACT"));
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(daily("followers_gained", today)).isEqualTo(followsBefore + 1);
			assertThat(daily("messages_received", today)).isEqualTo(messagesBefore + 2);
		});
	}

	long settled(String column, LocalDate day) {
		long[] last = { -1 };
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(700)).until(() -> {
			long now = daily(column, day);
			boolean still = now == last[0];
			last[0] = now;
			return still;
		});
		return last[0];
	}

	long daily(String column, LocalDate day) {
		return this.jdbc.sql("SELECT COALESCE(SUM(" + column + "), 0) FROM line_daily WHERE stat_date = :day")
			.param("day", day)
			.query(Long.class)
			.single();
	}

	@Test
	void answersAFreeTextThaiQuestionWithThePublishedFaqAnswer() throws Exception {
		ContentRevision draft = this.content.createDraft("faq", "line-test-dog-bite",
				ContentFields
					.of("ถูกสุนัขกัดต้องทำอย่างไร", null,
							"ล้างแผลด้วยน้ำสะอาดและสบู่นาน 15 นาที แล้วรีบไปรับวัคซีนป้องกันโรคพิษสุนัขบ้าที่ รพ.สต.")
					.withFaq(List.of("พิษสุนัขบ้า"), List.of("โดนหมากัดทำไงดี", "ถูกสุนัขกัด")),
				"test");
		this.content.goLive(draft.getId());
		// the assistant's index follows the publication event
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.assistant.answer("ถูกสุนัขกัด", Channel.API).answer() != null);

		String id = Webhooks.id();
		send(Webhooks.body(Webhooks.text(id, user(), now(), "โดนหมากัดต้องทำยังไงคะ"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> line.replies().size() == 1);
		assertThat(line.replies().get(0).body()).contains("ล้างแผลด้วยน้ำสะอาดและสบู่");
	}

	@Test
	void answersASafetyMessageWithTheHotlineAsACallButton() throws Exception {
		String id = Webhooks.id();
		send(Webhooks.body(Webhooks.text(id, user(), now(), "พ่อหมดสติ เรียกไม่ตื่น ทำไงดี")))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> line.replies().size() == 1);
		assertThat(line.replies().get(0).body()).contains("1669")
			.contains("\"type\":\"uri\"")
			.contains("\"uri\":\"tel:1669\"");
	}

	@Test
	void repliesToThanksWithoutAnEntry() throws Exception {
		String id = Webhooks.id();
		send(Webhooks.body(Webhooks.text(id, user(), now(), "ขอบคุณค่ะ"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> line.replies().size() == 1);
		assertThat(line.replies().get(0).body()).contains("ยินดีค่ะ");
	}

	@Test
	void repliesThroughTheSdkClientWithTheChannelToken() throws Exception {
		String id = Webhooks.id();
		send(Webhooks.body(Webhooks.text(id, user(), now(), "  MENU "))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> line.replies().size() == 1);
		FakeLineServer.Call call = line.replies().get(0);
		assertThat(call.method()).isEqualTo("POST");
		assertThat(call.authorization()).isEqualTo("Bearer " + Webhooks.TOKEN);
		assertThat(call.body()).contains("\"replyToken\":\"rt-" + id + "\"")
			.contains("\"type\":\"text\"")
			.contains("\"quickReply\"")
			.contains("ข่าวสาร");
	}

	@Test
	void retriesAReplyThatLineAnswersWithAServerError() throws Exception {
		line.failNext.set(1);
		String id = Webhooks.id();
		send(Webhooks.body(Webhooks.text(id, user(), now(), "เมนู"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(id).equals("HELP"));
		assertThat(line.replies()).hasSize(2);
	}

	@Test
	void greetsANewFollowerInThaiWithThePrivacyLink() throws Exception {
		String id = Webhooks.id();
		send(Webhooks.body(Webhooks.follow(id, user(), now()))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> line.replies().size() == 1);
		assertThat(line.replies().get(0).body()).contains(this.office.nameTh())
			.contains("สวัสดีค่ะ")
			.contains("/policies/privacy")
			.contains("quickReply");
	}

	@Test
	void neverPushesToAUserWhoUnfollowed() throws Exception {
		String u = user();
		long old = now() - Duration.ofMinutes(10).toMillis();
		String followed = Webhooks.id();
		send(Webhooks.body(Webhooks.follow(followed, u, now()))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(followed).equals("GREETED"));
		// a late question of a follower is answered by push, once, with a retry key
		String late = Webhooks.id();
		send(Webhooks.body(Webhooks.text(late, u, old, "เมนู"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(late).equals("PUSHED"));
		assertThat(line.pushes()).hasSize(1);
		assertThat(line.pushes().get(0).retryKey()).isNotBlank();
		String unfollowed = Webhooks.id();
		send(Webhooks.body(Webhooks.unfollow(unfollowed, u, now()))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(unfollowed).equals("UNFOLLOWED"));
		String after = Webhooks.id();
		send(Webhooks.body(Webhooks.text(after, u, old, "เมนู"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(after).equals("LATE"));
		assertThat(line.pushes()).hasSize(1);
	}

	@Test
	void processesStoredEventsAfterTheWorkerRestarts() throws Exception {
		this.worker.pause();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = Webhooks.id();
			ids.add(id);
			send(Webhooks.body(Webhooks.text(id, user(), now(), "เมนู"))).andExpect(status().isOk());
		}
		// one was claimed by a worker that died mid-way
		this.jdbc
			.sql("UPDATE line_inbound_event SET status = 'PROCESSING', claimed_at = :t WHERE webhook_event_id = :id")
			.param("t", java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(1))))
			.param("id", ids.get(0))
			.update();
		assertThat(ids).allSatisfy(id -> assertThat(outcome(id)).isIn("PENDING", "PROCESSING"));
		assertThat(line.replies()).isEmpty();
		this.worker.resume();
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(ids).allSatisfy(id -> assertThat(outcome(id)).isEqualTo("HELP")));
		assertThat(line.replies()).hasSize(5);
	}

	@Test
	void limitsRepliesToOneUserPerMinute() throws Exception {
		String u = user();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			String id = Webhooks.id();
			ids.add(id);
			send(Webhooks.body(Webhooks.text(id, u, now(), "เมนู"))).andExpect(status().isOk());
		}
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(ids).allSatisfy(id -> assertThat(outcome(id)).isIn("HELP", "FLOOD")));
		assertThat(line.replies()).hasSize(10);
	}

	@Test
	void ignoresForgedRatingPostbacks() throws Exception {
		String u = user();
		String key = this.keys.of(u);
		String ask = Webhooks.id();
		send(Webhooks.body(Webhooks.text(ask, u, now(), "ประเมิน"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(ask).equals("RATE"));
		String[] forged = { Postback.of("score", "t", "item:999", "v", "5").signedData(this.keys, key),
				Postback.of("score", "t", RatingIntents.SERVICE_TOPIC, "v", "0").signedData(this.keys, key),
				Postback.of("score", "t", RatingIntents.SERVICE_TOPIC, "v", "6").signedData(this.keys, key),
				Postback.of("score", "t", RatingIntents.SERVICE_TOPIC, "v", "5").data(),
				Postback.of("score", "t", RatingIntents.SERVICE_TOPIC, "v", "5").data() + "&k=0000000000000000",
				Postback.of("score", "t", RatingIntents.SERVICE_TOPIC, "v", "5").signedData(this.keys, "someone-else"),
				"garbage", "a=score&t=%ZZ", "" };
		for (String data : forged) {
			String id = Webhooks.id();
			send(Webhooks.body(Webhooks.postback(id, u, now(), data))).andExpect(status().isOk());
			await().atMost(Duration.ofSeconds(10))
				.until(() -> outcome(id).equals("FORGED_POSTBACK") || outcome(id).equals("IGNORED_POSTBACK"));
		}
		assertThat(ratings(key)).isZero();
		String valid = Webhooks.id();
		send(Webhooks.body(Webhooks.postback(valid, u, now(),
				Postback.of("score", "t", RatingIntents.SERVICE_TOPIC, "v", "4").signedData(this.keys, key))))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(valid).equals("RATED"));
		assertThat(ratings(key)).isEqualTo(1);
	}

	@Test
	void forgetsCitizensMessagesAfterTheRetentionPeriod() throws Exception {
		String id = Webhooks.id();
		send(Webhooks.body(Webhooks.text(id, user(), now(), "เมนู"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10)).until(() -> outcome(id).equals("HELP"));
		this.retention.clean();
		assertThat(json(id)).contains("เมนู");
		this.jdbc.sql("UPDATE line_inbound_event SET received_at = :t WHERE webhook_event_id = :id")
			.param("t", java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(8))))
			.param("id", id)
			.update();
		this.retention.clean();
		assertThat(json(id)).isNull();
		assertThat(outcome(id)).isEqualTo("HELP");
	}

	String json(String webhookEventId) {
		return this.jdbc.sql("SELECT event_json FROM line_inbound_event WHERE webhook_event_id = :id")
			.param("id", webhookEventId)
			.query((rs, i) -> java.util.Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

	@Test
	@org.springframework.security.test.context.support.WithMockUser(roles = "ADMIN")
	void adminProvisionsTheRichMenuOnceAndReusesIt() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff/line/rich-menu"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("ส่งริชเมนูขึ้น LINE")));
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/staff/line/rich-menu").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
					.attribute("message", i == 0 ? "line.staff.richmenu.created" : "line.staff.richmenu.reused"));
		}
		assertThat(line.calls("/v2/bot/richmenu")).hasSize(1);
		assertThat(line.calls().stream().filter(c -> c.path().endsWith("/content"))).hasSize(1);
		assertThat(line.calls().stream().filter(c -> c.path().startsWith("/v2/bot/user/all/richmenu/"))).hasSize(2);
	}

	@Test
	void staffPagesOfTheLineModuleNeedASignedInUser() throws Exception {
		this.mvc
			.perform(post("/staff/line/rich-menu").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(line.calls()).isEmpty();
	}

	long ratings(String userKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM line_rating WHERE user_key = :k")
			.param("k", userKey)
			.query(Long.class)
			.single();
	}

}
