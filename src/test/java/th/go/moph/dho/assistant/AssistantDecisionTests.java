package th.go.moph.dho.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import th.go.moph.dho.thai.ThaiText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole decision (safety, small talk, index with the shipped lexicon, gate with the
 * everyday off-topic intents) on a small FAQ written for this test, default settings.
 */
class AssistantDecisionTests {

	private AnswerIndex index;

	private ConfidenceGate gate;

	private final EverydayIntents everyday = EverydayIntents.builtIn();

	@BeforeEach
	void indexFixtures() {
		this.index = new AnswerIndex();
		List<List<String>> groups = new ArrayList<>();
		Lexicon.builtInConcepts().forEach(c -> groups.add(c.terms()));
		this.index.useSynonyms(new SynonymTable(groups));
		this.index.replaceAll(List.of(entry(1, "flu-vaccine", "วัคซีนไข้หวัดใหญ่ประจำปี",
				List.of("ไข้หวัดใหญ่", "วัคซีน"), List.of("ฉีดวัคซีนไข้หวัดใหญ่ฟรีไหม", "วัคซีนไข้หวัดใหญ่ฉีดที่ไหน"),
				"ผู้สูงอายุ 65 ปีขึ้นไป หญิงตั้งครรภ์ และผู้ป่วยโรคเรื้อรัง รับวัคซีนไข้หวัดใหญ่ฟรีที่ รพ.สต. ทุกแห่ง ช่วงเดือนพฤษภาคมถึงสิงหาคม"),
				entry(2, "rabies-vaccine", "วัคซีนป้องกันโรคพิษสุนัขบ้าหลังถูกกัด", List.of("พิษสุนัขบ้า", "สุนัขกัด"),
						List.of("โดนสุนัขกัดต้องทำอย่างไร"),
						"ล้างแผลด้วยน้ำสบู่นาน 15 นาที แล้วรีบไปโรงพยาบาลเพื่อรับวัคซีนป้องกันโรคพิษสุนัขบ้าให้ครบตามนัด"),
				entry(3, "dengue", "ไข้เลือดออกและการกำจัดลูกน้ำยุงลาย", List.of("ไข้เลือดออก", "ยุงลาย"),
						List.of("ป้องกันไข้เลือดออกยังไง"),
						"ไข้สูงลอย 2 ถึง 7 วัน มีจุดเลือดออก ให้รีบพบแพทย์ ห้ามกินยาแอสไพริน คว่ำภาชนะกำจัดลูกน้ำทุกสัปดาห์"),
				entry(4, "office-hours", "เวลาทำการและเบอร์โทรของสำนักงาน", List.of("เวลาทำการ", "เบอร์โทร"),
						List.of("สำนักงานเปิดกี่โมง", "ติดต่อสำนักงาน"),
						"เปิดวันจันทร์ถึงวันศุกร์ เวลา 08.30 ถึง 16.30 น. โทร 077 000 000")));
		this.gate = new ConfidenceGate(new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("dho.assistant", AssistantSettings.class));
	}

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	private static AnswerIndex.Entry entry(long id, String slug, String title, List<String> keywords,
			List<String> questions, String body) {
		return new AnswerIndex.Entry(id, slug, title, "/service-manuals/faq/" + id, keywords, questions, body);
	}

	private Answer ask(String question) {
		return Assistant.decide(ThaiText.normalize(question), this.index, this.gate, this.everyday);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ฉีด flu ฟรีไหม|flu-vaccine
			flu vaccine ฉีดที่ไหน|flu-vaccine
			วัคซีนฟลูฟรีไหม|flu-vaccine
			โดน dog bite ต้องทำไง|rabies-vaccine
			โดนหมากัดต้องไปฉีดยาไหม|rabies-vaccine
			เป็น dengue ต้องทำไง|dengue
			ฉีดวัคซีนไข้หวัดใหญ่ที่ไหน|flu-vaccine
			เบอร์โทรสำนักงาน|office-hours
			สำนักงานเปิดกี่โมง|office-hours
			""")
	void answersEnglishTransliteratedAndEverydayWordsWithTheirThaiEntry(String question, String slug) {
		Answer answer = ask(question);
		assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWER);
		assertThat(answer.answer().slug()).isEqualTo(slug);
		assertThat(answer.answer().excerpt()).isNotBlank();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ราคาทองวันนี้เท่าไหร่|price
			ราคาน้ำมันวันนี้|price
			พรุ่งนี้ฝนตกไหม|weather
			หวยงวดนี้ออกอะไร|lottery
			ผลบอลเมื่อคืน|sport
			สั่งของใน shopee ของถึงเมื่อไหร่|shopping
			เล่าเรื่องตลกให้ฟังหน่อย|joke
			""")
	void refusesEachEverydayOffTopicKindPolitely(String question, String intent) {
		Answer answer = ask(question);
		assertThat(answer.kind()).isEqualTo(Answer.Kind.OFF_TOPIC);
		assertThat(answer.intent()).isEqualTo(intent);
		assertThat(answer.outOfScope()).isTrue();
		assertThat(answer.answer()).isNull();
	}

	@Test
	void answersAHealthQuestionThatMentionsAPrice() {
		Answer answer = ask("วัคซีนไข้หวัดใหญ่ราคาเท่าไหร่");
		assertThat(answer.answer()).isNotNull();
		assertThat(answer.answer().slug()).isEqualTo("flu-vaccine");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			สวัสดีครับ|greeting
			ขอบคุณค่ะ|thanks
			ขอบคุณมากๆนะคะ|thanks
			โอเคครับ|ok
			บายจ้า|goodbye
			มีข่าวอะไรใหม่ไหม|news
			""")
	void repliesToSmallTalkWithoutAnEntry(String message, String intent) {
		Answer answer = ask(message);
		assertThat(answer.kind()).isEqualTo(Answer.Kind.SMALL_TALK);
		assertThat(answer.intent()).isEqualTo(intent);
		assertThat(answer.answer()).isNull();
	}

	@Test
	void aGreetingWithAQuestionIsAQuestion() {
		Answer answer = ask("สวัสดีค่ะ ฉีดวัคซีนไข้หวัดใหญ่ที่ไหนคะ");
		assertThat(answer.kind()).isEqualTo(Answer.Kind.ANSWER);
		assertThat(answer.answer().slug()).isEqualTo("flu-vaccine");
	}

	@Test
	void givesTheHotlineFirstWhateverTheEntries() {
		this.index.replaceAll(List.of());
		Answer answer = ask("พ่อหมดสติ เรียกไม่ตื่น ทำไงดี");
		assertThat(answer.kind()).isEqualTo(Answer.Kind.SAFETY);
		assertThat(answer.hotlines()).containsExactly(Hotline.EMERGENCY);
		assertThat(ask("ไม่อยากมีชีวิตอยู่แล้ว").hotlines()).containsExactly(Hotline.MENTAL);
	}

	@Test
	void givesTheMatchingEntryAfterTheHotline() {
		Answer answer = ask("โดนหมากัดเมื่อกี้ แล้วตอนนี้หมดสติ");
		assertThat(answer.kind()).isEqualTo(Answer.Kind.SAFETY);
		assertThat(answer.hotlines().get(0)).isEqualTo(Hotline.EMERGENCY);
	}

}
