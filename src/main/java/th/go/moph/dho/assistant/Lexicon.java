package th.go.moph.dho.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Thai public-health lexicon shipped with the application
 * ({@code assistant/lexicon-th.tsv}): one concept a line,
 * {@code id<TAB>domain<TAB>term|term|…}, the formal Thai term first, then everyday words,
 * abbreviations, English, transliterations and common misspellings; {@code #} starts a
 * comment line. Its concepts are the built-in synonym groups, applied with staff's own
 * groups (staff may switch a concept off). Also the lists of phrases that mark small talk
 * and everyday off-topic questions, in the same tab-separated shape
 * ({@code intent<TAB>phrase|phrase|…}).
 */
final class Lexicon {

	private static final Logger log = LoggerFactory.getLogger(Lexicon.class);

	static final String CONCEPTS = "assistant/lexicon-th.tsv";

	static final String OFF_TOPIC = "assistant/off-topic-th.tsv";

	static final String SMALL_TALK = "assistant/small-talk-th.tsv";

	/**
	 * One concept.
	 *
	 * @param id a stable id (staff switch concepts off by id)
	 * @param domain what it is about (vaccine, disease, service...)
	 * @param terms the formal term first, then the other ways to say it
	 */
	record Concept(String id, String domain, List<String> terms) {

		String formal() {
			return this.terms.get(0);
		}

	}

	private Lexicon() {
	}

	/**
	 * The concepts of a lexicon file's text; malformed lines are skipped with a warning.
	 */
	static List<Concept> parseConcepts(String text, String source) {
		List<Concept> out = new ArrayList<>();
		Map<String, Boolean> seen = new LinkedHashMap<>();
		int lineNo = 0;
		for (String line : text.split("\\R")) {
			lineNo++;
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			String[] cols = line.split("\t");
			List<String> terms = cols.length < 3 ? List.of() : terms(cols[2]);
			if (cols.length < 3 || cols[0].isBlank() || terms.isEmpty()) {
				log.warn("{} line {}: not id<TAB>domain<TAB>term|term, skipped", source, lineNo);
				continue;
			}
			if (seen.put(cols[0].strip(), true) != null) {
				log.warn("{} line {}: concept {} repeated, skipped", source, lineNo, cols[0].strip());
				continue;
			}
			out.add(new Concept(cols[0].strip(), cols[1].strip(), terms));
		}
		return List.copyOf(out);
	}

	/**
	 * Intent phrases of a file's text ({@code intent<TAB>phrase|…}); an intent on several
	 * lines gathers them all.
	 */
	static Map<String, List<String>> parseIntents(String text, String source) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		int lineNo = 0;
		for (String line : text.split("\\R")) {
			lineNo++;
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			String[] cols = line.split("\t");
			if (cols.length < 2 || cols[0].isBlank()) {
				log.warn("{} line {}: not intent<TAB>phrase|phrase, skipped", source, lineNo);
				continue;
			}
			out.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).addAll(terms(cols[cols.length - 1]));
		}
		out.replaceAll((k, v) -> List.copyOf(v));
		return out;
	}

	/**
	 * The text of a resource on the class path, or an empty text (and a warning) when it
	 * is missing.
	 */
	static String resource(String name) {
		try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				log.warn("Assistant resource {} not found: it is not used", name);
				return "";
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Concept> builtInConcepts() {
		return parseConcepts(resource(CONCEPTS), CONCEPTS);
	}

	private static List<String> terms(String column) {
		return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

}
