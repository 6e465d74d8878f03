package th.go.moph.dho.assistant;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the assistant says to a question: one entry it is sure of, or up to three
 * suggestions, or that the office has no answer.
 *
 * @param answer the entry that answers the question, when the assistant is sure
 * @param confidence how sure it is, 0 to 1
 * @param suggestions entries that may be meant, when it is not sure
 * @param outOfScope whether nothing the office publishes is close
 */
public record Answer(@Nullable Match answer, double confidence, List<Match> suggestions, boolean outOfScope) {

	public Optional<Match> direct() {
		return Optional.ofNullable(this.answer);
	}

	public static Answer none() {
		return new Answer(null, 0, List.of(), true);
	}

	/**
	 * A published entry.
	 *
	 * @param itemId the content item
	 * @param slug its slug (FAQ entries have one) or its id as text
	 * @param title its title
	 * @param path its path on the public site
	 */
	public record Match(long itemId, String slug, String title, String path) {
	}

}
