package th.go.moph.dho.stats;

/**
 * Questions put to the assistant on one channel, by outcome.
 *
 * @param channel LINE, WEB or API
 * @param answered answered with one entry
 * @param suggested given suggestions only
 * @param notAnswered not answered
 */
public record QuestionCounts(String channel, long answered, long suggested, long notAnswered) {

	public long total() {
		return this.answered + this.suggested + this.notAnswered;
	}

}
