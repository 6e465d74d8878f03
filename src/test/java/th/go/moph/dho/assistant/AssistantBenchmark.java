package th.go.moph.dho.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.go.moph.dho.thai.ThaiText;

/**
 * The assistant's accuracy and latency benchmark (run by {@code bench/assistant/run.sh},
 * not a test): imports the entries of a file shaped like faq-dev.json into an index with
 * the default synonyms and settings, asks every test question and prints top-1 on
 * in-scope questions, out-of-scope questions refused, top-3 and p50/p99 latency; then the
 * latency with 1,000 entries in the index. Extra arguments {@code key=value} override
 * {@code dho.assistant.*} settings, {@code -v} lists every miss.
 */
public final class AssistantBenchmark {

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: AssistantBenchmark <faq-file.json> [-v] [answerEvidence=0.5 ...]");
			System.exit(2);
		}
		boolean verbose = Arrays.asList(args).contains("-v");
		Map<String, String> overrides = new java.util.HashMap<>();
		for (String a : args) {
			if (a.contains("=")) {
				overrides.put("dho.assistant." + a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
			}
		}
		AssistantSettings settings = new Binder(new MapConfigurationPropertySource(overrides))
			.bindOrCreate("dho.assistant", AssistantSettings.class);
		byte[] bytes = Files.readAllBytes(Path.of(args[0]));
		FaqImportParser.Result parsed = new FaqImportParser().parse("bench.json", bytes);
		if (!parsed.ok()) {
			parsed.problems().forEach(pr -> System.err.println("line " + pr.line() + ": " + pr.code()));
			System.exit(1);
		}
		List<FaqImportParser.Row> rows = parsed.rows();
		JsonNode tests = JsonMapper.builder().build().readTree(bytes).get("tests");

		try (AnswerIndex index = new AnswerIndex()) {
			index.useSynonyms(new SynonymTable(defaultSynonyms()));
			List<AnswerIndex.Entry> entries = new ArrayList<>();
			long id = 1;
			for (FaqImportParser.Row row : rows) {
				entries.add(row.toEntry(id++));
			}
			index.replaceAll(entries);
			ConfidenceGate gate = new ConfidenceGate(settings);

			int inScope = 0, top1 = 0, top3 = 0, outScope = 0, refused = 0, suggestedRight = 0;
			List<String> misses = new ArrayList<>();
			for (int round = 0; round < 3; round++) { // warm up the JIT, count the last
														// round
				inScope = top1 = top3 = outScope = refused = suggestedRight = 0;
				misses.clear();
				for (JsonNode t : tests) {
					String q = t.get("q").asString();
					String expect = t.get("expect").isNull() ? null : t.get("expect").asString();
					List<AnswerIndex.Candidate> ranked = index.search(ThaiText.normalize(q));
					Answer a = gate.decide(ranked);
					if (expect == null) {
						outScope++;
						if (a.outOfScope()) {
							refused++;
							misses.add("refused ok " + q + " -> " + describe(a, ranked));
						}
						else {
							misses.add("NOT REFUSED " + q + " -> " + describe(a, ranked));
						}
					}
					else {
						inScope++;
						if (a.answer() != null && expect.equals(a.answer().slug())) {
							top1++;
						}
						else {
							if (a.suggestions().stream().anyMatch(m -> expect.equals(m.slug()))) {
								suggestedRight++;
							}
							misses.add("MISS " + q + " (want " + expect + ") -> " + describe(a, ranked));
						}
						if (ranked.stream().limit(3).anyMatch(c -> expect.equals(c.entry().slug()))) {
							top3++;
						}
					}
				}
			}
			System.out.printf("entries: %d, questions: %d in scope, %d out of scope%n", entries.size(), inScope,
					outScope);
			System.out.printf("top-1 answered correctly (in scope): %d/%d = %.1f %%%n", top1, inScope,
					100.0 * top1 / inScope);
			System.out.printf("  of the rest, right entry among suggestions: %d%n", suggestedRight);
			System.out.printf("top-3 ranking (in scope): %d/%d = %.1f %%%n", top3, inScope, 100.0 * top3 / inScope);
			System.out.printf("out of scope refused: %d/%d = %.1f %%%n", refused, outScope,
					outScope == 0 ? 100.0 : 100.0 * refused / outScope);
			if (verbose) {
				misses.forEach(System.out::println);
			}
			String dump = System.getProperty("dump");
			if (dump != null) {
				try (java.io.PrintWriter w = new java.io.PrintWriter(dump, StandardCharsets.UTF_8)) {
					for (JsonNode t : tests) {
						List<AnswerIndex.Candidate> ranked = index.search(ThaiText.normalize(t.get("q").asString()));
						StringBuilder line = new StringBuilder("{\"q\":" + t.get("q").toString() + ",\"expect\":"
								+ t.get("expect").toString() + ",\"c\":[");
						for (int i = 0; i < ranked.size(); i++) {
							AnswerIndex.Candidate c = ranked.get(i);
							AnswerIndex.Evidence e = c.parts();
							line.append(i == 0 ? "" : ",")
								.append(String.format(java.util.Locale.ROOT, "[\"%s\",%.4f,%.4f,%.4f,%.4f,%.4f]",
										c.entry().slug(), c.score(), e.wordFound(), e.wordTotal(), e.gramFound(),
										e.gramTotal()));
						}
						w.println(line.append("]}"));
					}
				}
			}
			List<String> questions = new ArrayList<>();
			tests.forEach(t -> questions.add(t.get("q").asString()));
			latency("latency, " + entries.size() + " entries", index, gate, questions);

			List<AnswerIndex.Entry> big = new ArrayList<>(entries);
			for (int i = big.size(); i < 1000; i++) {
				AnswerIndex.Entry base = entries.get(i % entries.size());
				big.add(new AnswerIndex.Entry(1000 + i, base.slug() + "-copy-" + i, base.title() + " ฉบับที่ " + i,
						base.path(), base.keywords(), List.of(base.questions().get(0) + " ข้อ " + i),
						base.body() + " หมายเหตุ " + i));
			}
			index.replaceAll(big);
			latency("latency, " + big.size() + " entries", index, gate, questions);
		}
	}

	private static void latency(String label, AnswerIndex index, ConfidenceGate gate, List<String> questions) {
		for (int i = 0; i < 2000; i++) {
			gate.decide(index.search(ThaiText.normalize(questions.get(i % questions.size()))));
		}
		int n = 5000;
		long[] nanos = new long[n];
		long[] cpu = new long[n];
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int i = 0; i < n; i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			gate.decide(index.search(ThaiText.normalize(questions.get(i % questions.size()))));
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

	private static String describe(Answer a, List<AnswerIndex.Candidate> ranked) {
		StringBuilder s = new StringBuilder(a.answer() != null ? "ANSWER " + a.answer().slug()
				: a.outOfScope() ? "OUT" : "SUGGEST " + a.suggestions().stream().map(Answer.Match::slug).toList());
		ranked.stream()
			.limit(3)
			.forEach(c -> s.append(String.format(" | %s s=%.2f e=%.2f", c.entry().slug(), c.score(), c.evidence())));
		return s.toString();
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

}
