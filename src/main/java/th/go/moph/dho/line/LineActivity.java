package th.go.moph.dho.line;

import java.time.Instant;

/**
 * Something happened on the LINE channel that the statistics count (carries no user id and
 * no message text).
 *
 * @param kind what happened
 * @param at when
 */
public record LineActivity(Kind kind, Instant at) {

	public enum Kind {

		FOLLOWED, UNFOLLOWED, MESSAGE_RECEIVED

	}

}
