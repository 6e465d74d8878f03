package th.go.moph.dho.assistant;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the assistant says to a message: the hotlines to call now, a short reply to small
 * talk, a polite "out of scope", one entry it is sure of, or up to three suggestions.
 *
 * @param kind which of these it is
 * @param answer the entry that answers the question, when the assistant is sure (also
 * given with {@link Kind#SAFETY} when an entry matches too, after the hotlines)
 * @param confidence how sure it is, 0 to 1
 * @param suggestions entries that may be meant, when it is not sure
 * @param hotlines the numbers to call, most urgent first ({@link Kind#SAFETY} only)
 * @param intent the small-talk intent (greeting, thanks, news...) or the everyday
 * off-topic intent (prices, weather...), when there is one
 */
public record Answer(Kind kind, @Nullable Match answer, double confidence, List<Match> suggestions,
		List<Hotline> hotlines, @Nullable String intent) {

	/**
	 * An FAQ answer, suggestions, or out of scope (the shape before safety and small
	 * talk).
	 */
	public Answer(@Nullable Match answer, double confidence, List<Match> suggestions, boolean outOfScope) {
		this(answer != null ? Kind.ANSWER : outOfScope ? Kind.OUT_OF_SCOPE : Kind.SUGGESTIONS, answer, confidence,
				suggestions, List.of(), null);
	}

	public Optional<Match> direct() {
		return Optional.ofNullable(this.answer);
	}

	/**
	 * Whether the office has nothing to say on it (out of scope or everyday off-topic).
	 */
	public boolean outOfScope() {
		return this.kind == Kind.OUT_OF_SCOPE || this.kind == Kind.OFF_TOPIC;
	}

	public boolean safety() {
		return this.kind == Kind.SAFETY;
	}

	public static Answer none() {
		return new Answer(Kind.OUT_OF_SCOPE, null, 0, List.of(), List.of(), null);
	}

	static Answer safety(List<Hotline> hotlines, @Nullable Match alsoEntry) {
		return new Answer(Kind.SAFETY, alsoEntry, 1, List.of(), List.copyOf(hotlines), null);
	}

	static Answer smallTalk(String intent) {
		return new Answer(Kind.SMALL_TALK, null, 1, List.of(), List.of(), intent);
	}

	static Answer offTopic(String intent) {
		return new Answer(Kind.OFF_TOPIC, null, 0, List.of(), List.of(), intent);
	}

	/** What kind of reply it is. */
	public enum Kind {

		/** Call a hotline now; checked before anything else. */
		SAFETY,
		/** A greeting, thanks, "ok"...: a short friendly reply, no entry. */
		SMALL_TALK,
		/** An everyday question out of the office's scope (prices, weather...). */
		OFF_TOPIC,
		/** Nothing the office publishes is close. */
		OUT_OF_SCOPE,
		/** One entry answers it. */
		ANSWER,
		/** Entries that may be meant. */
		SUGGESTIONS

	}

	/**
	 * A published entry.
	 *
	 * @param itemId the content item
	 * @param slug its slug (FAQ entries have one) or its id as text
	 * @param title its title
	 * @param path its path on the public site
	 * @param excerpt the start of its answer text (plain), for a direct answer on the
	 * search page
	 */
	public record Match(long itemId, String slug, String title, String path, String excerpt) {

		public Match(long itemId, String slug, String title, String path) {
			this(itemId, slug, title, path, "");
		}

	}

}
