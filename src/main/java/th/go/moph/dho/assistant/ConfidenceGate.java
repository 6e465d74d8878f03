package th.go.moph.dho.assistant;

import java.util.List;
import java.util.Set;

/**
 * Decides what to say from the ranked candidates. Three independent signals, none of them
 * one threshold fitted to one set of sentences: how much of the question the best entry
 * contains (evidence) and its lead over the second (margin); the share of the question's
 * content words that the office's entries know at all; and whether the question shows an
 * everyday off-topic intent (prices, weather, the lottery...). Answers only when the best
 * entry is clearly ahead, suggests the close entries otherwise, and says the question is
 * out of scope when none is close or most of its words are foreign to the office.
 */
final class ConfidenceGate {

	/** Longest excerpt of a direct answer, in characters. */
	static final int EXCERPT = 300;

	/**
	 * Least lead in rank score of the best entry over a second one that contains as much
	 * of the question (an evidence tie, as "วัคซีน" alone before several vaccine
	 * entries): then only the BM25 part separates them, which is no reason to pick one,
	 * so they are offered as suggestions.
	 */
	static final double TIE_MARGIN = 0.1;

	private final AssistantSettings settings;

	ConfidenceGate(AssistantSettings settings) {
		this.settings = settings;
	}

	/** The decision on candidates alone (no vocabulary or off-topic signal). */
	Answer decide(List<AnswerIndex.Candidate> ranked) {
		return decide(new AnswerIndex.Ranking(ranked, List.of()), EverydayIntents.OffTopic.NONE);
	}

	Answer decide(AnswerIndex.Ranking ranking, EverydayIntents.OffTopic offTopic) {
		List<AnswerIndex.Candidate> ranked = ranking.candidates();
		Set<String> cues = offTopic.cueWords();
		if (offTopic.found() && (ranked.isEmpty() || !ranking.hasContentBesides(cues)
				|| ranking.knownShare(cues) < this.settings.offTopicKnownShare()
				|| ranked.get(0).evidence() < this.settings.offTopicEvidence())) {
			return Answer.offTopic(offTopic.intents().get(0));
		}
		if (ranked.isEmpty() || ranking.knownShare(Set.of()) < this.settings.minKnownShare()) {
			return Answer.none();
		}
		AnswerIndex.Candidate best = ranked.get(0);
		double margin = ranked.size() < 2 ? 1 : 1 - ranked.get(1).score() / best.score();
		double confidence = Math.max(0, Math.min(1, best.evidence()));
		boolean tie = ranked.size() >= 2 && ranked.get(1).evidence() >= best.evidence();
		if (best.evidence() >= this.settings.answerEvidence() && margin >= this.settings.answerMargin()
				&& !(tie && margin < TIE_MARGIN)) {
			return new Answer(match(best), confidence, List.of(), false);
		}
		List<Answer.Match> suggestions = ranked.stream()
			.filter(c -> c.evidence() >= this.settings.suggestEvidence())
			.limit(this.settings.maxSuggestions())
			.map(ConfidenceGate::match)
			.toList();
		if (suggestions.isEmpty()) {
			return new Answer(null, confidence, List.of(), true);
		}
		return new Answer(null, confidence, suggestions, false);
	}

	static Answer.Match match(AnswerIndex.Candidate c) {
		AnswerIndex.Entry e = c.entry();
		return new Answer.Match(e.itemId(), e.slug(), e.title(), e.path(), excerpt(e.body()));
	}

	/** The start of a text, cut at a space near {@link #EXCERPT} characters. */
	static String excerpt(String text) {
		String s = text.strip().replaceAll("\\s+", " ");
		if (s.length() <= EXCERPT) {
			return s;
		}
		int cut = s.lastIndexOf(' ', EXCERPT);
		return (cut > EXCERPT / 2 ? s.substring(0, cut) : s.substring(0, EXCERPT)) + "…";
	}

}
