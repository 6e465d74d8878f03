package th.go.moph.dho.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import th.go.moph.dho.thai.ThaiText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phrasing of {@code assistant/safety-phrasings.tsv} (urgent ones and harmless
 * look-alikes: negations, idioms, statistics, knowledge questions) and a few of this
 * test's own.
 */
class SafetyRulesTests {

	static List<Arguments> phrasings() throws IOException {
		try (InputStream in = Objects
			.requireNonNull(SafetyRulesTests.class.getResourceAsStream("/assistant/safety-phrasings.tsv"))) {
			List<Arguments> out = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] cols = line.split("\t", 2);
					out.add(Arguments.of(cols[0], cols[1]));
				}
			}
			return out;
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("phrasings")
	void routesEachPhrasingToItsHotlineOrToNone(String expected, String text) {
		List<Hotline> hotlines = SafetyRules.check(ThaiText.normalize(text));
		if (expected.equals("NONE")) {
			assertThat(hotlines).isEmpty();
		}
		else {
			assertThat(hotlines).contains(Hotline.valueOf(expected));
		}
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			ยายหมดสติ|EMERGENCY
			ยาย หมด สติ|EMERGENCY
			ยายไม่ได้หมดสติ|NONE
			ไม่มีใครหมดสติค่ะ|NONE
			ถ้ามีคนหมดสติต้องทำอะไร|NONE
			my father is not breathing|EMERGENCY
			he passed out|EMERGENCY
			he has not passed out|NONE
			อยากตาย|MENTAL
			ไม่อยากตาย|NONE
			อยากตายเพราะขำ|NONE
			ฆ่าเวลา|NONE
			i want to kill myself|MENTAL
			ไข้เลือดออกปีนี้ตายกี่ราย|NONE
			สถิติผู้ป่วยหมดสติจากลมแดด|NONE
			ผัวตีทุกวัน|VIOLENCE
			ตีแบดทุกวัน|NONE
			มีคนถือมีดอยู่หน้าบ้าน|POLICE
			""")
	void readsNegationAndFiguresOfSpeech(String text, String expected) {
		List<Hotline> hotlines = SafetyRules.check(ThaiText.normalize(text));
		if (expected.equals("NONE")) {
			assertThat(hotlines).isEmpty();
		}
		else {
			assertThat(hotlines).first().isEqualTo(Hotline.valueOf(expected));
		}
	}

}
