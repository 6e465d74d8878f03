package th.go.moph.dho.assistant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an FAQ file for the bulk import: CSV (UTF-8, with or without BOM, a header row
 * naming {@code slug,title,answer,keywords,questions}, RFC 4180 quoting, several keywords
 * or questions separated by {@code |}) or JSON (an object with an {@code entries} array,
 * or a bare array, of objects with those fields; keywords and questions as arrays or
 * {@code |}-separated text). The format is told by the file name's extension. Every row
 * is checked; problems carry the line number of the row in the file and a message code of
 * {@code messages/assistant}.
 */
final class FaqImportParser {

	static final int MAX_ENTRIES = 2000;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

	private static final List<String> FIELDS = List.of("slug", "title", "answer", "keywords", "questions");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** One entry of the file. */
	record Row(int line, String slug, String title, String answer, List<String> keywords, List<String> questions) {

		AnswerIndex.Entry toEntry(long itemId) {
			return new AnswerIndex.Entry(itemId, this.slug, this.title, "/service-manuals/faq/" + itemId, this.keywords,
					this.questions, this.answer);
		}

	}

	/** A problem of the file or of one row; line 0 is the file as a whole. */
	record Problem(int line, String code, Object... args) {
	}

	/**
	 * What was read: the rows, and the problems (the rows may only be saved when there
	 * are none).
	 */
	record Result(List<Row> rows, List<Problem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	Result parse(String fileName, byte[] content) {
		String name = fileName.toLowerCase(Locale.ROOT);
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Problem> problems = new ArrayList<>();
		List<Row> rows;
		if (name.endsWith(".csv")) {
			rows = csv(text, problems);
		}
		else if (name.endsWith(".json")) {
			rows = json(text, problems);
		}
		else {
			return new Result(List.of(), List.of(new Problem(0, "assistant.import.error.format")));
		}
		if (problems.isEmpty() && rows.isEmpty()) {
			problems.add(new Problem(0, "assistant.import.error.empty"));
		}
		if (rows.size() > MAX_ENTRIES) {
			problems.add(new Problem(0, "assistant.import.error.tooMany", MAX_ENTRIES));
		}
		Set<String> seen = new HashSet<>();
		for (Row row : rows) {
			check(row, seen, problems);
		}
		return new Result(rows, problems);
	}

	private static void check(Row row, Set<String> seen, List<Problem> problems) {
		if (row.slug().isEmpty()) {
			problems.add(new Problem(row.line(), "assistant.import.error.slugMissing"));
		}
		else if (!SLUG.matcher(row.slug()).matches()) {
			problems.add(new Problem(row.line(), "assistant.import.error.slugInvalid", row.slug()));
		}
		else if (!seen.add(row.slug())) {
			problems.add(new Problem(row.line(), "assistant.import.error.slugDuplicate", row.slug()));
		}
		if (row.title().isEmpty()) {
			problems.add(new Problem(row.line(), "assistant.import.error.titleMissing"));
		}
		else if (row.title().length() > 300) {
			problems.add(new Problem(row.line(), "assistant.import.error.titleTooLong", 300));
		}
		if (row.answer().isEmpty()) {
			problems.add(new Problem(row.line(), "assistant.import.error.answerMissing"));
		}
		else if (row.answer().length() > 20000) {
			problems.add(new Problem(row.line(), "assistant.import.error.answerTooLong", 20000));
		}
		if (String.join("|", row.keywords()).length() > 2000) {
			problems.add(new Problem(row.line(), "assistant.import.error.keywordsTooLong", 2000));
		}
	}

	// --- CSV

	private static List<Row> csv(String text, List<Problem> problems) {
		List<Record> records = records(text, problems);
		if (!problems.isEmpty()) {
			return List.of();
		}
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> header = records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			column.put(header.get(i), i);
		}
		for (String field : List.of("slug", "title", "answer")) {
			if (!column.containsKey(field)) {
				problems.add(new Problem(1, "assistant.import.error.header", String.join(",", FIELDS)));
				return List.of();
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Record r : records.subList(1, records.size())) {
			if (r.fields().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (r.fields().size() > header.size()) {
				problems.add(new Problem(r.line(), "assistant.import.error.columns", header.size(), r.fields().size()));
				continue;
			}
			rows.add(new Row(r.line(), cell(r, column, "slug"), cell(r, column, "title"), cell(r, column, "answer"),
					split(cell(r, column, "keywords")), split(cell(r, column, "questions"))));
		}
		return rows;
	}

	private static String cell(Record r, Map<String, Integer> column, String field) {
		Integer i = column.get(field);
		return (i == null || i >= r.fields().size()) ? "" : r.fields().get(i).strip();
	}

	private static List<String> split(String cell) {
		return Arrays.stream(cell.split("[|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private record Record(int line, List<String> fields) {
	}

	/**
	 * RFC 4180 records with the line each starts on; quoted fields may hold commas,
	 * quotes and newlines.
	 */
	private static List<Record> records(String text, List<Problem> problems) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		int quoteLine = 0;
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				quoteLine = line;
				any = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				any = true;
			}
			else if (c == '\r') {
				continue;
			}
			else if (c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(recordLine, List.copyOf(fields)));
				fields.clear();
				any = false;
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
				any = true;
			}
		}
		if (quoted) {
			problems.add(new Problem(quoteLine, "assistant.import.error.quote"));
		}
		else if (any || field.length() > 0) {
			fields.add(field.toString());
			records.add(new Record(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	// --- JSON

	private static List<Row> json(String text, List<Problem> problems) {
		List<Row> rows = new ArrayList<>();
		try (JsonParser p = JSON.createParser(text)) {
			JsonToken t = p.nextToken();
			if (t == JsonToken.START_OBJECT) {
				boolean found = false;
				while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
					String name = p.currentName();
					t = p.nextToken();
					if ("entries".equals(name) && t == JsonToken.START_ARRAY) {
						readEntries(p, rows, problems);
						found = true;
					}
					else {
						p.skipChildren();
					}
				}
				if (!found) {
					problems.add(new Problem(0, "assistant.import.error.jsonShape"));
				}
			}
			else if (t == JsonToken.START_ARRAY) {
				readEntries(p, rows, problems);
			}
			else {
				problems.add(new Problem(0, "assistant.import.error.jsonShape"));
			}
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			problems.add(new Problem(Math.max(line, 0), "assistant.import.error.jsonSyntax"));
		}
		return rows;
	}

	private static void readEntries(JsonParser p, List<Row> rows, List<Problem> problems) {
		JsonToken t;
		while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
			int line = p.currentTokenLocation().getLineNr();
			JsonNode node = JSON.readTree(p);
			if (!node.isObject()) {
				problems.add(new Problem(line, "assistant.import.error.jsonEntry"));
				continue;
			}
			rows.add(new Row(line, text(node, "slug"), text(node, "title"), text(node, "answer"),
					list(node, "keywords"), list(node, "questions")));
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return (v == null || v.isNull() || v.isContainer()) ? "" : v.asString().strip();
	}

	private static List<String> list(JsonNode node, String field) {
		JsonNode v = node.get(field);
		if (v == null || v.isNull()) {
			return List.of();
		}
		if (v.isArray()) {
			List<String> out = new ArrayList<>();
			v.forEach(x -> {
				String s = x.isValueNode() ? x.asString().strip() : "";
				if (!s.isEmpty()) {
					out.add(s);
				}
			});
			return out;
		}
		return split(v.asString());
	}

}
