package th.go.moph.dho.assistant;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import th.go.moph.dho.thai.ThaiText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking and the gate on a small FAQ written for this test, with the default
 * settings.
 */
class ConfidenceGateTests {

	private AnswerIndex index;

	private ConfidenceGate gate;

	@BeforeEach
	void indexFixtures() {
		this.index = new AnswerIndex();
		this.index.useSynonyms(new SynonymTable(List.of(List.of("หมา", "สุนัข"), List.of("flu", "ไข้หวัดใหญ่"),
				List.of("รพ.สต.", "อนามัย", "โรงพยาบาลส่งเสริมสุขภาพตำบล"), List.of("ท้อง", "ตั้งครรภ์"))));
		this.index.replaceAll(List.of(entry(1, "flu-vaccine", "วัคซีนไข้หวัดใหญ่ประจำปี",
				List.of("ไข้หวัดใหญ่", "วัคซีน"), List.of("ฉีดวัคซีนไข้หวัดใหญ่ฟรีไหม", "วัคซีนไข้หวัดใหญ่ฉีดที่ไหน"),
				"ผู้สูงอายุ 65 ปีขึ้นไป หญิงตั้งครรภ์ และผู้ป่วยโรคเรื้อรัง รับวัคซีนไข้หวัดใหญ่ฟรีที่ รพ.สต. ทุกแห่ง ช่วงเดือนพฤษภาคมถึงสิงหาคม"),
				entry(2, "rabies-vaccine", "วัคซีนป้องกันโรคพิษสุนัขบ้าหลังถูกกัด", List.of("พิษสุนัขบ้า", "สุนัขกัด"),
						List.of("โดนสุนัขกัดต้องทำอย่างไร", "ฉีดวัคซีนพิษสุนัขบ้า"),
						"ล้างแผลด้วยน้ำสบู่นาน 15 นาที แล้วรีบไปโรงพยาบาลเพื่อรับวัคซีนป้องกันโรคพิษสุนัขบ้าให้ครบตามนัด"),
				entry(3, "antenatal-care", "ฝากครรภ์และดูแลหญิงตั้งครรภ์", List.of("ฝากครรภ์"),
						List.of("ตั้งครรภ์ต้องฝากครรภ์ที่ไหน"),
						"หญิงตั้งครรภ์ควรฝากครรภ์ก่อนอายุครรภ์ 12 สัปดาห์ ที่โรงพยาบาลหรือ รพ.สต. ใกล้บ้าน ตรวจเลือดและรับยาบำรุงฟรี"),
				entry(4, "dengue", "ไข้เลือดออกและการกำจัดลูกน้ำยุงลาย", List.of("ไข้เลือดออก", "ยุงลาย"),
						List.of("ป้องกันไข้เลือดออกยังไง"),
						"ไข้สูงลอย 2 ถึง 7 วัน ปวดเมื่อย มีจุดเลือดออก ให้รีบพบแพทย์ ห้ามกินยาแอสไพริน คว่ำภาชนะกำจัดลูกน้ำทุกสัปดาห์"),
				entry(5, "office-hours", "เวลาทำการของสำนักงาน", List.of("เวลาทำการ", "เปิดกี่โมง"),
						List.of("สำนักงานเปิดวันไหน"),
						"เปิดวันจันทร์ถึงวันศุกร์ เวลา 08.30 ถึง 16.30 น. เว้นวันหยุดราชการ")));
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
		return this.gate.decide(this.index.search(ThaiText.normalize(question)));
	}

	@Test
	void answersAClearQuestionDirectly() {
		Answer answer = ask("โดนหมากัดต้องไปฉีดยาไหม");
		assertThat(answer.answer()).isNotNull();
		assertThat(answer.answer().slug()).isEqualTo("rabies-vaccine");
		assertThat(answer.outOfScope()).isFalse();
	}

	@Test
	void answersColloquialTypedQuestionsAfterNormalisation() {
		Answer answer = ask("เเม่ท้องต้องฝากครรภ์ที่ไหนคะะะ");
		assertThat(answer.answer()).isNotNull();
		assertThat(answer.answer().slug()).isEqualTo("antenatal-care");
	}

	@Test
	void answersEnglishLoanwordThroughSynonyms() {
		Answer answer = ask("ฉีด flu ฟรีไหม");
		assertThat(answer.answer()).isNotNull();
		assertThat(answer.answer().slug()).isEqualTo("flu-vaccine");
	}

	@Test
	void refusesANewIdentityCard() {
		Answer answer = ask("ทำบัตรประชาชนใหม่");
		assertThat(answer.outOfScope()).isTrue();
		assertThat(answer.answer()).isNull();
		assertThat(answer.suggestions()).isEmpty();
	}

	@Test
	void refusesTheLottery() {
		Answer answer = ask("ถูกหวยงวดนี้");
		assertThat(answer.outOfScope()).isTrue();
		assertThat(answer.answer()).isNull();
	}

	@Test
	void suggestsWhenTwoEntriesAreEquallyClose() {
		Answer answer = ask("วัคซีน");
		assertThat(answer.answer()).isNull();
		assertThat(answer.outOfScope()).isFalse();
		assertThat(answer.suggestions()).extracting(Answer.Match::slug)
			.contains("flu-vaccine", "rabies-vaccine")
			.hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void emptyQuestionIsOutOfScope() {
		assertThat(ask("   ").outOfScope()).isTrue();
	}

	@Test
	void indexFollowsPutAndRemove() {
		this.index.remove(5);
		assertThat(ask("สำนักงานเปิดกี่โมง").answer()).isNull();
		this.index.put(entry(5, "office-hours", "เวลาทำการของสำนักงาน", List.of("เวลาทำการ"), List.of(),
				"เปิดวันจันทร์ถึงวันศุกร์ เวลา 08.30 ถึง 16.30 น."));
		assertThat(ask("สำนักงานเปิดกี่โมง").answer()).isNotNull();
	}

}
