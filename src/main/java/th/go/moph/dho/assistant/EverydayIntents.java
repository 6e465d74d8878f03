package th.go.moph.dho.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.go.moph.dho.thai.ThaiText;

/**
 * Messages that are not questions for the office: small talk (greetings, thanks, "ok",
 * goodbye, "who are you", praise, "any news?") and everyday questions out of its scope
 * (prices, weather, the lottery, sport, shopping, jokes...). Phrases come from
 * {@code assistant/small-talk-th.tsv} and {@code assistant/off-topic-th.tsv} and are
 * found by whole words ({@link WordRuns}).
 */
final class EverydayIntents {

	/** The small-talk intent that points to the news menu. */
	static final String NEWS = "news";

	private final WordRuns<String> smallTalk = new WordRuns<>();

	private final WordRuns<String> offTopic = new WordRuns<>();

	EverydayIntents(Map<String, List<String>> smallTalk, Map<String, List<String>> offTopic) {
		smallTalk.forEach((intent, phrases) -> phrases
			.forEach(p -> this.smallTalk.add(ThaiAnalysis.allWords(ThaiText.normalize(p)), intent)));
		offTopic.forEach((intent, phrases) -> phrases
			.forEach(p -> this.offTopic.add(ThaiAnalysis.allWords(ThaiText.normalize(p)), intent)));
	}

	/** The lists shipped with the application. */
	static EverydayIntents builtIn() {
		return new EverydayIntents(Lexicon.parseIntents(Lexicon.resource(Lexicon.SMALL_TALK), Lexicon.SMALL_TALK),
				Lexicon.parseIntents(Lexicon.resource(Lexicon.OFF_TOPIC), Lexicon.OFF_TOPIC));
	}

	/**
	 * The small-talk intent of a message that is nothing but small talk (its other words
	 * are particles, question words or light verbs); empty when it asks something else
	 * too ("สวัสดีค่ะ ฉีดวัคซีนที่ไหน" is a question).
	 */
	Optional<String> smallTalk(List<String> allWords) {
		if (allWords.isEmpty()) {
			return Optional.empty();
		}
		List<WordRuns.Run<String>> runs = this.smallTalk.scan(allWords);
		if (runs.isEmpty()) {
			return Optional.empty();
		}
		boolean[] covered = new boolean[allWords.size()];
		for (WordRuns.Run<String> run : runs) {
			for (int i = run.start(); i < run.end(); i++) {
				covered[i] = true;
			}
		}
		for (int i = 0; i < allWords.size(); i++) {
			String w = allWords.get(i);
			if (!covered[i] && !ThaiAnalysis.STOPWORDS.contains(w) && !ThaiAnalysis.WEAK.contains(w)) {
				return Optional.empty();
			}
		}
		// "any news?" outranks a greeting said with it
		for (WordRuns.Run<String> run : runs) {
			if (run.values().contains(NEWS)) {
				return Optional.of(NEWS);
			}
		}
		return Optional.of(runs.get(0).values().get(0));
	}

	/**
	 * The everyday off-topic intents a message shows and the words that show them (so the
	 * gate can weigh the rest of the question apart).
	 */
	OffTopic offTopic(List<String> allWords) {
		Set<String> intents = new LinkedHashSet<>();
		List<String> cues = new ArrayList<>();
		for (WordRuns.Run<String> run : this.offTopic.scan(allWords)) {
			intents.addAll(run.values());
			cues.addAll(allWords.subList(run.start(), run.end()));
		}
		return new OffTopic(List.copyOf(intents), Set.copyOf(cues));
	}

	/**
	 * Everyday off-topic intents found in a question.
	 *
	 * @param intents the intents, in the order they appear
	 * @param cueWords the question's words that show them
	 */
	record OffTopic(List<String> intents, Set<String> cueWords) {

		static final OffTopic NONE = new OffTopic(List.of(), Set.of());

		boolean found() {
			return !this.intents.isEmpty();
		}

	}

}
