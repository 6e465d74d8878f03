package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.linecorp.bot.messaging.model.TextMessage;

/** The hand-wired SDK client against a fake LINE server: token, base path, retries. */
class LineClientTests {

	static LineSettings settings(String base, int retries) {
		return new LineSettings(Webhooks.SECRET, Webhooks.TOKEN, "/line/webhook", base, base, "k",
				Duration.ofSeconds(55), 10, Duration.ofDays(7), 2, Duration.ofSeconds(2), Duration.ofMinutes(5),
				Duration.ofSeconds(2), Duration.ofSeconds(5), retries, true);
	}

	@Test
	void repliesWithTheBearerTokenAndRetriesServerErrors() {
		FakeLineServer line = new FakeLineServer();
		LineSettings settings = settings(line.url(), 2);
		LineOutbox outbox = new LineOutbox(new LineChannel(settings, new MockEnvironment()), settings);
		line.failNext.set(2);
		assertThat(outbox.reply("token-1", List.of(new TextMessage("สวัสดี")))).isTrue();
		assertThat(line.replies()).hasSize(3);
		assertThat(line.replies()).allSatisfy(call -> {
			assertThat(call.authorization()).isEqualTo("Bearer " + Webhooks.TOKEN);
			assertThat(call.body()).contains("\"replyToken\":\"token-1\"").contains("สวัสดี");
		});
	}

	@Test
	void keepsTheBasePathOfAFakeApiAndSendsARetryKeyWithPushes() {
		FakeLineServer line = new FakeLineServer();
		LineSettings settings = settings(line.url() + "/dev/line/fake-api", 0);
		LineOutbox outbox = new LineOutbox(new LineChannel(settings, new MockEnvironment()), settings);
		assertThat(outbox.push("U123", List.of(new TextMessage("ข่าว")), "event-1")).isTrue();
		assertThat(outbox.push("U123", List.of(new TextMessage("ข่าว")), "event-1")).isTrue();
		List<FakeLineServer.Call> pushes = line.calls("/dev/line/fake-api/v2/bot/message/push");
		assertThat(pushes).hasSize(2);
		assertThat(pushes.get(0).retryKey()).isNotBlank().isEqualTo(pushes.get(1).retryKey());
	}

	@Test
	void givesUpAfterTheConfiguredRetries() {
		FakeLineServer line = new FakeLineServer();
		LineSettings settings = settings(line.url(), 1);
		LineOutbox outbox = new LineOutbox(new LineChannel(settings, new MockEnvironment()), settings);
		line.failNext.set(5);
		assertThat(outbox.reply("token-2", List.of(new TextMessage("x")))).isFalse();
		assertThat(line.replies()).hasSize(2);
	}

}
