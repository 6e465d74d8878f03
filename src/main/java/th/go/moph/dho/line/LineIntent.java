package th.go.moph.dho.line;

import java.util.Optional;
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

	/**
	 * A free text this intent understands although it is not one of its menu words (e.g.
	 * a sentence with a tracking number), as the postback it stands for.
	 */
	default Optional<Postback> match(String text) {
		return Optional.empty();
	}

	Reply reply(Conversation conversation, Postback request);

}
