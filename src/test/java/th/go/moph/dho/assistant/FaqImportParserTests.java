package th.go.moph.dho.assistant;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaqImportParserTests {

	private final FaqImportParser parser = new FaqImportParser();

	private FaqImportParser.Result parse(String name, String text) {
		return this.parser.parse(name, text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsCsvWithBomQuotingAndSeveralKeywords() {
		FaqImportParser.Result result = parse("faq.csv", "\uFEFFslug,title,answer,keywords,questions\n"
				+ "flu,\"วัคซีน, ไข้หวัดใหญ่\",\"ฉีดฟรีที่ \"\"รพ.สต.\"\"\nทุกแห่ง\",ไข้หวัดใหญ่|flu,ฉีดฟรีไหม|ฉีดที่ไหน\r\n"
				+ "dengue,ไข้เลือดออก,คว่ำภาชนะ,,\n");
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).hasSize(2);
		FaqImportParser.Row flu = result.rows().get(0);
		assertThat(flu.title()).isEqualTo("วัคซีน, ไข้หวัดใหญ่");
		assertThat(flu.answer()).isEqualTo("ฉีดฟรีที่ \"รพ.สต.\"\nทุกแห่ง");
		assertThat(flu.keywords()).containsExactly("ไข้หวัดใหญ่", "flu");
		assertThat(flu.questions()).containsExactly("ฉีดฟรีไหม", "ฉีดที่ไหน");
		assertThat(result.rows().get(1).line()).isEqualTo(4);
	}

	@Test
	void reportsEveryBadCsvRowByItsLineNumber() {
		FaqImportParser.Result result = parse("faq.csv",
				"slug,title,answer,keywords,questions\n" + "ok-one,หัวข้อ,คำตอบ,,\n" + "Bad Slug,หัวข้อ,คำตอบ,,\n"
						+ "no-answer,หัวข้อ,,,\n" + "ok-one,ซ้ำ,คำตอบ,,\n");
		assertThat(result.ok()).isFalse();
		assertThat(result.problems()).extracting(FaqImportParser.Problem::line, FaqImportParser.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "assistant.import.error.slugInvalid"),
					org.assertj.core.groups.Tuple.tuple(4, "assistant.import.error.answerMissing"),
					org.assertj.core.groups.Tuple.tuple(5, "assistant.import.error.slugDuplicate"));
	}

	@Test
	void reportsAnUnclosedQuote() {
		FaqImportParser.Result result = parse("faq.csv", "slug,title,answer\nx,\"หัวข้อ,คำตอบ\n");
		assertThat(result.problems()).extracting(FaqImportParser.Problem::code)
			.containsExactly("assistant.import.error.quote");
	}

	@Test
	void readsJsonObjectWithEntriesAndABareArray() {
		String entries = "[\n {\"slug\": \"a\", \"title\": \"หัวข้อ\", \"answer\": \"คำตอบ\", \"keywords\": [\"ก\"], \"questions\": [\"ถาม 1\", \"ถาม 2\"]}\n]";
		assertThat(parse("faq.json", "{\"about\": \"x\", \"entries\": " + entries + ", \"tests\": []}").rows())
			.singleElement()
			.satisfies(r -> assertThat(r.questions()).containsExactly("ถาม 1", "ถาม 2"));
		assertThat(parse("faq.json", entries).rows()).hasSize(1);
	}

	@Test
	void reportsBadJsonEntriesByLine() {
		FaqImportParser.Result result = parse("faq.json",
				"{\"entries\": [\n" + "  {\"slug\": \"a\", \"title\": \"หัวข้อ\", \"answer\": \"คำตอบ\"},\n"
						+ "  {\"slug\": \"b\", \"title\": \"\", \"answer\": \"คำตอบ\"}\n]}");
		assertThat(result.problems()).extracting(FaqImportParser.Problem::line, FaqImportParser.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "assistant.import.error.titleMissing"));
	}

	@Test
	void refusesUnknownFormatsAndBrokenJson() {
		assertThat(parse("faq.xlsx", "x").problems()).extracting(FaqImportParser.Problem::code)
			.containsExactly("assistant.import.error.format");
		assertThat(parse("faq.json", "{\"entries\": [ {\"slug\": ").problems())
			.extracting(FaqImportParser.Problem::code)
			.contains("assistant.import.error.jsonSyntax");
		assertThat(parse("faq.csv", "slug,title\n").problems()).isNotEmpty();
		assertThat(List.of(parse("faq.csv", "").ok())).containsExactly(false);
	}

}
