package th.go.moph.dho.assistant;

import java.util.List;

/**
 * Decides what to say from the ranked candidates: answer only when the best entry is
 * clearly ahead (enough evidence AND a margin over the second), otherwise suggest the
 * entries that are close, and when none is close say the question is out of scope.
 */
final class ConfidenceGate {

	private final AssistantSettings settings;

	ConfidenceGate(AssistantSettings settings) {
		this.settings = settings;
	}

	Answer decide(List<AnswerIndex.Candidate> ranked) {
		if (ranked.isEmpty()) {
			return Answer.none();
		}
		AnswerIndex.Candidate best = ranked.get(0);
		double margin = ranked.size() < 2 ? 1 : 1 - ranked.get(1).score() / best.score();
		double confidence = Math.max(0, Math.min(1, best.evidence()));
		if (best.evidence() >= this.settings.answerEvidence() && margin >= this.settings.answerMargin()) {
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

	private static Answer.Match match(AnswerIndex.Candidate c) {
		AnswerIndex.Entry e = c.entry();
		return new Answer.Match(e.itemId(), e.slug(), e.title(), e.path());
	}

}
