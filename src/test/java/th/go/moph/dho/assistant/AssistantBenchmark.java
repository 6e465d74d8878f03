package th.go.moph.dho.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.go.moph.dho.thai.ThaiText;

/**
 * The assistant's accuracy and latency benchmark (run by {@code bench/assistant/run.sh},
 * not a test). For each data file shaped like faq-dev.json: imports its entries into an
 * index with the application's synonyms (the V30 seed groups and the shipped lexicon) and
 * settings, sends every test question through the same decision as the application
 * ({@link Assistant#decide}: safety, small talk, index, gate) and prints top-1 on
 * in-scope questions, off-topic questions refused, top-3, safety routings, and a
 * confusion list of the misses by kind. Then the safety phrasings file, and the latency
 * with 1,000 entries. {@code --calibrate} chooses the gate's thresholds by 5-fold
 * cross-validation over the FIRST file only (the development set) and prints the estimate
 * on the held-out folds. Extra arguments {@code key=value} override
 * {@code dho.assistant.*} settings, {@code -v} lists every miss.
 */
public final class AssistantBenchmark {

	public static void main(String[] args) throws Exception {
		List<String> files = new ArrayList<>();
		Map<String, String> overrides = new HashMap<>();
		boolean verbose = false;
		boolean calibrate = false;
		boolean latency = true;
		String safetyFile = null;
		for (String a : args) {
			if (a.equals("-v")) {
				verbose = true;
			}
			else if (a.equals("--no-latency")) {
				latency = false;
			}
			else if (a.equals("--calibrate")) {
				calibrate = true;
			}
			else if (a.startsWith("--safety=")) {
				safetyFile = a.substring("--safety=".length());
			}
			else if (a.contains("=")) {
				overrides.put("dho.assistant." + a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
			}
			else {
				files.add(a);
			}
		}
		if (files.isEmpty()) {
			System.err.println("usage: AssistantBenchmark <dev.json> [heldout.json ...] [--safety=file.tsv] "
					+ "[--calibrate] [-v] [answerEvidence=0.5 ...]");
			System.exit(2);
		}
		AssistantSettings settings = settings(overrides);
		System.out.printf("segmenter: %s; synonyms: %d groups (V30 seed + lexicon); settings: %s%n",
				ThaiAnalysis.SEGMENTER, synonymTable().size(), settings);
		EverydayIntents everyday = EverydayIntents.builtIn();
		List<String> allQuestions = new ArrayList<>();
		for (String file : files) {
			DataSet set = DataSet.read(Path.of(file));
			try (AnswerIndex index = set.index()) {
				if (calibrate && file.equals(files.get(0))) {
					Calibration.run(set, index, everyday, overrides);
				}
				report(set, index, new ConfidenceGate(settings), everyday, verbose);
				set.tests().forEach(t -> allQuestions.add(t.q()));
			}
		}
		if (safetyFile != null && Files.exists(Path.of(safetyFile))) {
			safety(Path.of(safetyFile));
		}
		if (!latency) {
			return;
		}
		DataSet dev = DataSet.read(Path.of(files.get(0)));
		try (AnswerIndex index = dev.index()) {
			ConfidenceGate gate = new ConfidenceGate(settings);
			latency("latency, " + index.size() + " entries", index, gate, everyday, allQuestions);
			List<AnswerIndex.Entry> big = new ArrayList<>(dev.entries());
			for (int i = big.size(); i < 1000; i++) {
				AnswerIndex.Entry base = dev.entries().get(i % dev.entries().size());
				big.add(new AnswerIndex.Entry(1000 + i, base.slug() + "-copy-" + i, base.title() + " ฉบับที่ " + i,
						base.path(), base.keywords(),
						List.of((base.questions().isEmpty() ? base.title() : base.questions().get(0)) + " ข้อ " + i),
						base.body() + " หมายเหตุ " + i));
			}
			index.replaceAll(big);
			latency("latency, " + big.size() + " entries", index, gate, everyday, allQuestions);
		}
	}

	static AssistantSettings settings(Map<String, String> overrides) {
		return new Binder(new MapConfigurationPropertySource(overrides)).bindOrCreate("dho.assistant",
				AssistantSettings.class);
	}

	/** One test question. */
	record Test(String q, String expect) {

		boolean inScope() {
			return this.expect != null;
		}

	}

	/** A data file: entries and test questions. */
	record DataSet(String name, List<AnswerIndex.Entry> entries, List<Test> tests) {

		static DataSet read(Path file) throws IOException {
			byte[] bytes = Files.readAllBytes(file);
			FaqImportParser.Result parsed = new FaqImportParser().parse("bench.json", bytes);
			if (!parsed.ok()) {
				parsed.problems().forEach(pr -> System.err.println("line " + pr.line() + ": " + pr.code()));
				System.exit(1);
			}
			List<AnswerIndex.Entry> entries = new ArrayList<>();
			long id = 1;
			for (FaqImportParser.Row row : parsed.rows()) {
				entries.add(row.toEntry(id++));
			}
			List<Test> tests = new ArrayList<>();
			for (JsonNode t : JsonMapper.builder().build().readTree(bytes).get("tests")) {
				tests
					.add(new Test(t.get("q").asString(), t.get("expect").isNull() ? null : t.get("expect").asString()));
			}
			return new DataSet(file.getFileName().toString(), List.copyOf(entries), List.copyOf(tests));
		}

		AnswerIndex index() throws IOException {
			AnswerIndex index = new AnswerIndex();
			index.useSynonyms(synonymTable());
			index.replaceAll(this.entries);
			return index;
		}

	}

	/** What the gate made of one question, and how that counts. */
	enum Outcome {

		RIGHT("right entry"), RIGHT_WITH_HOTLINE("right entry, after a hotline (safety cue in the question)"),
		REFUSED("refused (off-topic)"), WRONG_ENTRY("wrong entry"),
		SUGGESTED_RIGHT("suggestions, right one among them"), SUGGESTED_WRONG("suggestions, right one not among them"),
		REFUSED_IN_SCOPE("refused an in-scope question"),
		SMALL_TALK_IN_SCOPE("small talk reply to an in-scope question"),
		HOTLINE_IN_SCOPE("hotline only, on an in-scope question (false alarm)"),
		ANSWERED_OFF_TOPIC("answered an off-topic question"),
		SUGGESTED_OFF_TOPIC("suggested entries to an off-topic question"),
		HOTLINE_OFF_TOPIC("hotline on an off-topic question (false alarm)");

		final String label;

		Outcome(String label) {
			this.label = label;
		}

		boolean good() {
			return this == RIGHT || this == RIGHT_WITH_HOTLINE || this == REFUSED;
		}

	}

	static Outcome judge(Test t, Answer a) {
		String got = a.answer() == null ? null : a.answer().slug();
		if (t.inScope()) {
			if (t.expect().equals(got)) {
				return a.safety() ? Outcome.RIGHT_WITH_HOTLINE : Outcome.RIGHT;
			}
			return switch (a.kind()) {
				case SAFETY -> got == null ? Outcome.HOTLINE_IN_SCOPE : Outcome.WRONG_ENTRY;
				case SMALL_TALK -> Outcome.SMALL_TALK_IN_SCOPE;
				case OFF_TOPIC, OUT_OF_SCOPE -> Outcome.REFUSED_IN_SCOPE;
				case ANSWER -> Outcome.WRONG_ENTRY;
				case SUGGESTIONS -> a.suggestions().stream().anyMatch(m -> t.expect().equals(m.slug()))
						? Outcome.SUGGESTED_RIGHT : Outcome.SUGGESTED_WRONG;
			};
		}
		return switch (a.kind()) {
			case OFF_TOPIC, OUT_OF_SCOPE, SMALL_TALK -> Outcome.REFUSED;
			case SAFETY -> Outcome.HOTLINE_OFF_TOPIC;
			case ANSWER -> Outcome.ANSWERED_OFF_TOPIC;
			case SUGGESTIONS -> Outcome.SUGGESTED_OFF_TOPIC;
		};
	}

	private static void report(DataSet set, AnswerIndex index, ConfidenceGate gate, EverydayIntents everyday,
			boolean verbose) {
		int inScope = 0, top1 = 0, top3 = 0, outScope = 0, refused = 0, hotlines = 0;
		Map<Outcome, List<String>> misses = new LinkedHashMap<>();
		for (Test t : set.tests()) {
			String normalized = ThaiText.normalize(t.q());
			Answer a = Assistant.decide(normalized, index, gate, everyday);
			Outcome o = judge(t, a);
			hotlines += a.safety() ? 1 : 0;
			if (t.inScope()) {
				inScope++;
				top1 += o.good() ? 1 : 0;
				if (index.search(normalized).stream().limit(3).anyMatch(c -> t.expect().equals(c.entry().slug()))) {
					top3++;
				}
			}
			else {
				outScope++;
				refused += o.good() ? 1 : 0;
			}
			if (!o.good() || o == Outcome.RIGHT_WITH_HOTLINE) {
				misses.computeIfAbsent(o, k -> new ArrayList<>())
					.add(t.q() + (t.inScope() ? " (want " + t.expect() + ")" : "") + " -> " + describe(a));
			}
		}
		System.out.printf("%n== %s: %d entries, %d in-scope and %d off-topic questions%n", set.name(),
				set.entries().size(), inScope, outScope);
		System.out.printf("top-1 answered correctly (in scope): %d/%d = %.1f %%%n", top1, inScope, pct(top1, inScope));
		System.out.printf("top-3 ranking (in scope): %d/%d = %.1f %%%n", top3, inScope, pct(top3, inScope));
		System.out.printf("off-topic refused: %d/%d%n", refused, outScope);
		System.out.printf("hotline given: %d of %d questions%n", hotlines, set.tests().size());
		System.out.println("misses by kind:");
		if (misses.isEmpty()) {
			System.out.println("  none");
		}
		misses.forEach((kind, list) -> {
			System.out.printf("  %s: %d%n", kind.label, list.size());
			if (verbose || kind == Outcome.RIGHT_WITH_HOTLINE || kind.name().startsWith("HOTLINE")) {
				list.forEach(m -> System.out.println("    " + m));
			}
		});
	}

	private static void safety(Path file) throws IOException {
		int ok = 0, n = 0, routed = 0, urgent = 0, falseAlarms = 0, harmless = 0;
		List<String> fails = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cols = line.split("\t", 2);
			List<Hotline> got = SafetyRules.check(ThaiText.normalize(cols[1]));
			n++;
			boolean good;
			if (cols[0].equals("NONE")) {
				harmless++;
				good = got.isEmpty();
				falseAlarms += good ? 0 : 1;
			}
			else {
				urgent++;
				good = got.stream().anyMatch(h -> h.name().equals(cols[0]));
				routed += good ? 1 : 0;
			}
			ok += good ? 1 : 0;
			if (!good) {
				fails.add(cols[0] + " -> " + got + ": " + cols[1]);
			}
		}
		System.out.printf(
				"%n== safety phrasings (%s): %d/%d urgent routed to the right hotline (%.1f %%), "
						+ "%d/%d harmless look-alikes raised an alarm; %d/%d right in all%n",
				file.getFileName(), routed, urgent, pct(routed, urgent), falseAlarms, harmless, ok, n);
		fails.forEach(f -> System.out.println("    " + f));
	}

	private static double pct(int a, int b) {
		return b == 0 ? 100.0 : 100.0 * a / b;
	}

	private static void latency(String label, AnswerIndex index, ConfidenceGate gate, EverydayIntents everyday,
			List<String> questions) {
		Function<String, Answer> ask = q -> Assistant.decide(ThaiText.normalize(q), index, gate, everyday);
		for (int i = 0; i < 3000; i++) {
			ask.apply(questions.get(i % questions.size()));
		}
		int n = 5000;
		long[] nanos = new long[n];
		long[] cpu = new long[n];
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int i = 0; i < n; i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			ask.apply(questions.get(i % questions.size()));
			nanos[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		System.out.printf(
				"%s: wall p50 %.2f ms, p99 %.2f ms; CPU time p50 %.2f ms, p99 %.2f ms (%d questions, "
						+ "%d cores, load average %.1f)%n",
				label, nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, cpu[n / 2] / 1e6, cpu[(int) (n * 0.99)] / 1e6,
				n, Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static String describe(Answer a) {
		return switch (a.kind()) {
			case SAFETY -> "HOTLINE " + a.hotlines() + (a.answer() != null ? " + " + a.answer().slug() : "");
			case SMALL_TALK -> "SMALL TALK " + a.intent();
			case OFF_TOPIC -> "OFF-TOPIC " + a.intent();
			case OUT_OF_SCOPE -> "OUT OF SCOPE";
			case ANSWER -> "ANSWER " + a.answer().slug();
			case SUGGESTIONS -> "SUGGEST " + a.suggestions().stream().map(Answer.Match::slug).toList();
		} + String.format(Locale.ROOT, " (confidence %.2f)", a.confidence());
	}

	/** The synonyms the application starts with: the V30 seed groups and the lexicon. */
	static SynonymTable synonymTable() throws IOException {
		List<List<String>> groups = new ArrayList<>(defaultSynonyms());
		Lexicon.builtInConcepts().forEach(c -> groups.add(c.terms()));
		return new SynonymTable(groups);
	}

	/**
	 * The default synonym groups, read from the migration that seeds them (one source).
	 */
	static List<List<String>> defaultSynonyms() throws IOException {
		try (InputStream in = Objects.requireNonNull(
				AssistantBenchmark.class.getResourceAsStream("/db/migration/V30__assistant_synonyms.sql"))) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<List<String>> groups = new ArrayList<>();
			Matcher m = Pattern.compile("\\('([^']*)', TIMESTAMP").matcher(sql);
			while (m.find()) {
				groups.add(List.of(m.group(1).split("\\|")));
			}
			return groups;
		}
	}

	/**
	 * Chooses the gate's thresholds by 5-fold cross-validation over the development set's
	 * questions: for each fold, the setting that scores best on the other four folds is
	 * scored on it. The score is the mean of top-1 on in-scope questions and the share of
	 * off-topic questions refused (so the few off-topic questions weigh as much as the
	 * many in-scope ones). Prints the estimate and the setting that is best on the whole
	 * set (the one to put in the defaults).
	 */
	static final class Calibration {

		static final double[] EVIDENCE = { 0.12, 0.15, 0.18, 0.21, 0.24, 0.27, 0.30, 0.35 };

		static final double[] MARGIN = { 0, 0.03, 0.06, 0.1, 0.15, 0.2 };

		static final double[] KNOWN = { 0, 0.2, 0.34, 0.5, 0.6 };

		static final double[] OFF_TOPIC = { 0.3, 0.4, 0.5, 0.6 };

		static final int FOLDS = 5;

		static void run(DataSet set, AnswerIndex index, EverydayIntents everyday, Map<String, String> base) {
			List<Test> tests = set.tests();
			List<Map<String, String>> grid = new ArrayList<>();
			for (double e : EVIDENCE) {
				for (double m : MARGIN) {
					for (double k : KNOWN) {
						for (double o : OFF_TOPIC) {
							Map<String, String> s = new HashMap<>(base);
							s.put("dho.assistant.answer-evidence", Double.toString(e));
							s.put("dho.assistant.suggest-evidence", Double.toString(e));
							s.put("dho.assistant.answer-margin", Double.toString(m));
							s.put("dho.assistant.min-known-share", Double.toString(k));
							s.put("dho.assistant.off-topic-evidence", Double.toString(o));
							grid.add(s);
						}
					}
				}
			}
			// outcome of every question under every setting
			boolean[][] good = new boolean[grid.size()][tests.size()];
			for (int g = 0; g < grid.size(); g++) {
				ConfidenceGate gate = new ConfidenceGate(settings(grid.get(g)));
				for (int i = 0; i < tests.size(); i++) {
					Test t = tests.get(i);
					good[g][i] = judge(t, Assistant.decide(ThaiText.normalize(t.q()), index, gate, everyday)).good();
				}
			}
			int[] fold = new int[tests.size()];
			int inScope = 0, outScope = 0;
			for (int i = 0; i < tests.size(); i++) { // stratified: in-scope and off-topic
														// questions dealt round-robin
				fold[i] = tests.get(i).inScope() ? inScope++ % FOLDS : outScope++ % FOLDS;
			}
			int heldRight = 0, heldIn = 0, heldRefused = 0, heldOut = 0;
			System.out.printf("%n== calibration: %d-fold cross-validation over %s (%d settings)%n", FOLDS, set.name(),
					grid.size());
			for (int f = 0; f < FOLDS; f++) {
				int best = bestSetting(good, tests, fold, f, false);
				for (int i = 0; i < tests.size(); i++) {
					if (fold[i] == f) {
						if (tests.get(i).inScope()) {
							heldIn++;
							heldRight += good[best][i] ? 1 : 0;
						}
						else {
							heldOut++;
							heldRefused += good[best][i] ? 1 : 0;
						}
					}
				}
				System.out.printf("  fold %d: chosen on the other folds %s%n", f + 1, brief(grid.get(best)));
			}
			System.out.printf("  estimate on held-out folds: top-1 %d/%d = %.1f %%, off-topic refused %d/%d%n",
					heldRight, heldIn, pct(heldRight, heldIn), heldRefused, heldOut);
			int all = bestSetting(good, tests, fold, -1, true);
			System.out.printf("  best on the whole set (use as defaults): %s%n", brief(grid.get(all)));
		}

		/**
		 * The best setting on the questions not in fold {@code f}; ties go to the setting
		 * whose neighbours score best too (the middle of a plateau, not its edge).
		 */
		private static int bestSetting(boolean[][] good, List<Test> tests, int[] fold, int f, boolean all) {
			double[] score = new double[good.length];
			for (int g = 0; g < good.length; g++) {
				int right = 0, in = 0, refused = 0, out = 0;
				for (int i = 0; i < tests.size(); i++) {
					if (fold[i] == f && !all) {
						continue;
					}
					if (tests.get(i).inScope()) {
						in++;
						right += good[g][i] ? 1 : 0;
					}
					else {
						out++;
						refused += good[g][i] ? 1 : 0;
					}
				}
				score[g] = (pct(right, in) + pct(refused, out)) / 2;
			}
			int best = 0;
			double bestValue = -1;
			for (int g = 0; g < good.length; g++) {
				double smooth = score[g] * 10;
				int n = 10;
				for (int d : new int[] { -1, 1, -OFF_TOPIC.length, OFF_TOPIC.length }) {
					if (g + d >= 0 && g + d < good.length) {
						smooth += score[g + d];
						n++;
					}
				}
				double value = score[g] * 1000 + smooth / n;
				if (value > bestValue) {
					bestValue = value;
					best = g;
				}
			}
			return best;
		}

		private static String brief(Map<String, String> s) {
			return String.format(Locale.ROOT, "answerEvidence=%s answerMargin=%s minKnownShare=%s offTopicEvidence=%s",
					s.get("dho.assistant.answer-evidence"), s.get("dho.assistant.answer-margin"),
					s.get("dho.assistant.min-known-share"), s.get("dho.assistant.off-topic-evidence"));
		}

	}

}
