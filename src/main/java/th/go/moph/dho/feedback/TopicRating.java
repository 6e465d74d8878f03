package th.go.moph.dho.feedback;

/**
 * LINE ratings of one topic (a guide, an answer, a menu).
 *
 * @param topic the topic key, e.g. {@code item:42}
 * @param title its title when last rated
 * @param ratings ratings given
 * @param helpfulAnswered ratings that said whether it helped
 * @param helpful of those, how many said it helped
 * @param score satisfaction scores
 */
public record TopicRating(String topic, String title, long ratings, long helpfulAnswered, long helpful, Score score) {

	/** Percent that said it helped (one decimal), or -1 when nobody said. */
	public double helpfulPercent() {
		return this.helpfulAnswered == 0 ? -1 : Math.round(this.helpful * 1000.0 / this.helpfulAnswered) / 10.0;
	}

}
