package th.go.moph.dho.line;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The last reply an intent built, reused as long as it is asked with the very same input:
 * published content comes from a cache that hands out the same list until the content
 * changes, so a busy hour builds the news carousel once, not once a message.
 *
 * @param <T> what the reply is built from
 */
final class ReplyMemo<T> {

	private volatile @Nullable Entry<T> last;

	Reply get(T input, Function<T, Reply> build) {
		Entry<T> entry = this.last;
		if (entry != null && entry.input() == input) {
			return entry.reply();
		}
		Reply reply = build.apply(input);
		this.last = new Entry<>(input, reply);
		return reply;
	}

	private record Entry<T>(T input, Reply reply) {
	}

}
