package th.go.moph.dho.stats;

import java.time.LocalDate;

/**
 * The LINE channel on one day.
 *
 * @param date the day
 * @param followersGained follows (and unblocks) that day
 * @param followersLost unfollows (blocks) that day
 * @param followers followers at the end of the day, as counted since the statistics began
 * @param messagesReceived messages citizens sent
 * @param answered questions the assistant answered
 * @param suggested questions it could only suggest entries for
 * @param notAnswered questions it could not answer
 */
public record LineDay(LocalDate date, long followersGained, long followersLost, long followers, long messagesReceived,
		long answered, long suggested, long notAnswered) {
}
