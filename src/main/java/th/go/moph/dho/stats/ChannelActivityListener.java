package th.go.moph.dho.stats;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import th.go.moph.dho.assistant.QuestionAsked;
import th.go.moph.dho.line.LineActivity;
import th.go.moph.dho.thai.ThaiDates;

/**
 * Keeps the daily LINE figures from the bot's own events: follows, unfollows, messages
 * and how questions were answered. The events carry no user id and no text.
 */
@Component
class ChannelActivityListener {

	private final StatsStore store;

	ChannelActivityListener(StatsStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(LineActivity activity) {
		String column = switch (activity.kind()) {
			case FOLLOWED -> "followers_gained";
			case UNFOLLOWED -> "followers_lost";
			case MESSAGE_RECEIVED -> "messages_received";
		};
		this.store.add("line_daily", Map.of("stat_date", ThaiDates.toLocal(activity.at()).toLocalDate()),
				Map.of(column, activity.count()));
	}

	@ApplicationModuleListener
	void on(QuestionAsked question) {
		String column = switch (question.outcome()) {
			case ANSWERED -> "answered";
			case SUGGESTED -> "suggested";
			case NOT_ANSWERED -> "not_answered";
		};
		LocalDate date = ThaiDates.toLocal(question.askedAt()).toLocalDate();
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("stat_date", date);
		key.put("channel", question.channel().name());
		this.store.add("question_daily", key, Map.of(column, 1L));
	}

}
