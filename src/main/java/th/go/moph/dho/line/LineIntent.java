package th.go.moph.dho.line;

import java.util.Set;

/**
 * One thing a citizen can ask the bot for, by a menu word or a postback. The
 * {@link IntentRouter} picks the handler; each handler is a small class.
 */
interface LineIntent {

	/** The postback action that selects this intent, e.g. {@code news}. */
	String action();

	/** Menu words (normalised: lower case, trimmed) that select this intent. */
	Set<String> words();

	/** Whether postbacks of this action must carry a valid signature for the user. */
	default boolean signed() {
		return false;
	}

	Reply reply(Conversation conversation, Postback request);

}
