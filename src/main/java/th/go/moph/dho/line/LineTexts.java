package th.go.moph.dho.line;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.go.moph.dho.thai.ThaiDates;

/** What the bot says, in Thai, from {@code messages/line.properties}. */
@Component
class LineTexts {

	private final MessageSource messages;

	LineTexts(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... args) {
		return this.messages.getMessage("line.bot." + key, args, ThaiDates.THAI);
	}

}
