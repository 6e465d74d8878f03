package th.go.moph.dho.line;

import org.jspecify.annotations.Nullable;

/**
 * Who the bot is talking to while it handles one event.
 *
 * @param userKey the pseudonymous key of the user
 * @param lineUserId the LINE user id (for pushes only; never logged)
 */
record Conversation(String userKey, @Nullable String lineUserId) {

	@Override
	public String toString() {
		return "Conversation[" + this.userKey.substring(0, Math.min(8, this.userKey.length())) + "…]";
	}

}
