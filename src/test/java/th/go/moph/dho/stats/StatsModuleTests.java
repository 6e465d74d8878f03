package th.go.moph.dho.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import th.go.moph.dho.assistant.Channel;
import th.go.moph.dho.assistant.QuestionAsked;
import th.go.moph.dho.line.LineActivity;

/**
 * The statistics module on its own (with the modules it depends on): the LINE channel's
 * and the assistant's events become the daily figures. Each test uses a day of its own in
 * 2019.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class StatsModuleTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void lineActivityEventsAddUpInThatDaysLineFigures(Scenario scenario) {
		// 06:30 in Bangkok on 14 March 2019 is still 13 March in UTC
		Instant at = Instant.parse("2019-03-13T23:30:00Z");
		scenario.publish(new LineActivity(LineActivity.Kind.MESSAGE_RECEIVED, at, 7))
			.andWaitForStateChange(() -> lineDay(LocalDate.of(2019, 3, 14)))
			.andVerify(day -> assertThat(day).containsEntry("messages_received", 7L));
		scenario.publish(new LineActivity(LineActivity.Kind.FOLLOWED, at)).andWaitForStateChange(() -> {
			Map<String, Object> day = lineDay(LocalDate.of(2019, 3, 14));
			return day != null && ((Number) day.get("followers_gained")).longValue() == 1 ? day : null;
		}).andVerify(day -> assertThat(day).containsEntry("messages_received", 7L).containsEntry("followers_lost", 0L));
	}

	@Test
	void everyQuestionAskedCountsOnceUnderItsChannelAndOutcome(Scenario scenario) {
		Instant at = Instant.parse("2019-03-20T03:00:00Z");
		scenario.publish(new QuestionAsked(Channel.LINE, QuestionAsked.Outcome.NOT_ANSWERED, at))
			.andWaitForStateChange(() -> questions(LocalDate.of(2019, 3, 20), Channel.LINE))
			.andVerify(row -> assertThat(row).containsEntry("not_answered", 1L).containsEntry("answered", 0L));
		scenario.publish(new QuestionAsked(Channel.WEB, QuestionAsked.Outcome.ANSWERED, at))
			.andWaitForStateChange(() -> questions(LocalDate.of(2019, 3, 20), Channel.WEB))
			.andVerify(row -> assertThat(row).containsEntry("answered", 1L));
		assertThat(questions(LocalDate.of(2019, 3, 20), Channel.LINE)).containsEntry("not_answered", 1L);
	}

	private @Nullable Map<String, Object> lineDay(LocalDate day) {
		return this.jdbc
			.sql("SELECT followers_gained, followers_lost, messages_received FROM line_daily WHERE stat_date = ?")
			.param(day)
			.query((rs, n) -> Map.<String, Object>of("followers_gained", rs.getLong(1), "followers_lost", rs.getLong(2),
					"messages_received", rs.getLong(3)))
			.optional()
			.orElse(null);
	}

	private @Nullable Map<String, Object> questions(LocalDate day, Channel channel) {
		return this.jdbc
			.sql("SELECT answered, suggested, not_answered FROM question_daily WHERE stat_date = ? AND channel = ?")
			.param(day)
			.param(channel.name())
			.query((rs, n) -> Map.<String, Object>of("answered", rs.getLong(1), "suggested", rs.getLong(2),
					"not_answered", rs.getLong(3)))
			.optional()
			.orElse(null);
	}

}
