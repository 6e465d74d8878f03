package th.go.moph.dho.assistant;

import java.time.Instant;

/**
 * A question was asked, and how it was answered (for the statistics; carries no text).
 *
 * @param channel where it was asked
 * @param outcome whether it was answered, given suggestions or not answered
 * @param askedAt when
 */
public record QuestionAsked(Channel channel, Outcome outcome, Instant askedAt) {

	public enum Outcome {

		ANSWERED, SUGGESTED, NOT_ANSWERED

	}

}
