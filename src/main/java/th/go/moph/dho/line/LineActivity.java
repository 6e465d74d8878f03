package th.go.moph.dho.line;

import java.time.Instant;

/**
 * Something happened on the LINE channel that the statistics count (carries no user id
 * and no message text). The worker counts a batch of events and publishes one of these
 * per kind and day, so a busy minute costs the statistics a few writes, not one per
 * message.
 *
 * @param kind what happened
 * @param at when (the first time in the batch, for the day it is counted on)
 * @param count how many times
 */
public record LineActivity(Kind kind, Instant at, long count) {

	/** It happened once. */
	public LineActivity(Kind kind, Instant at) {
		this(kind, at, 1);
	}

	public enum Kind {

		FOLLOWED, UNFOLLOWED, MESSAGE_RECEIVED

	}

}
