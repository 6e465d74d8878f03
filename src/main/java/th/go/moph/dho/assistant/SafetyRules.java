package th.go.moph.dho.assistant;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.moph.dho.thai.ThaiText;

/**
 * The first thing asked of every message, before menu words and FAQ matching: does it
 * read as an emergency (someone unconscious, not breathing, a stroke sign, a seizure,
 * poisoning), thoughts of suicide or self-harm, a crime in progress or violence at home?
 * Rules are regular expressions over the {@link ThaiText#normalize normalised} raw text
 * (not over words, so a segmentation slip cannot hide a cue) with the spaces between Thai
 * letters taken out, in Thai and English. A cue does not count when it is negated just
 * before it (ไม่, ไม่ได้, ไม่มีใคร, ไม่เคยคิด, not...), when the message asks about
 * statistics (สถิติ, กี่ราย, อัตรา...) or knowledge (a law, prevention, first aid), when
 * it is a hypothetical (ถ้า..., หาก...) or when laughter follows it (อยากตายเพราะขำ). The
 * rules are code, not data: staff cannot switch them off by editing entries.
 */
final class SafetyRules {

	/** Words (or their negation) that may sit between a negator and the cue. */
	private static final Pattern NEGATED = Pattern.compile("(?:ไม่|มิ|ยังไม่|ไม่ได้)"
			+ "(?:ได้|มี|เคย|ใช่|ถึง|ค่อย|ต้อง|ได้มี)?(?:ใคร|คน|อาการ|ถึงขั้น|ถึงกับ|ถึงขนาด|คิด|จะ|เป็น|ได้|เคย|ว่า|ให้)*$"
			+ "|(?:\\bnot|\\bno|\\bnever|n't|\\bnobody)\\s*(?:\\w+\\s+){0,1}$");

	/**
	 * A hypothetical ("ถ้าเด็กชักต้องทำยังไง"): a question of first aid, not an event.
	 */
	private static final Pattern HYPOTHETICAL = Pattern
		.compile("(?:ถ้า|หาก|สมมติ|สมมุติ|กรณี|เวลามี|เวลาเจอ|\\bif\\b)");

	/** The message is about figures, not about someone now. */
	private static final Pattern ABOUT_FIGURES = Pattern
		.compile("สถิติ|กี่ราย|กี่คน|จำนวนผู้|จำนวนคน|ร้อยละ|อัตรา(?:การ)?|ยอดผู้|มากที่สุด|statistic|how many");

	/** The message asks for knowledge (a law, prevention, signs to watch, a course). */
	private static final Pattern KNOWLEDGE = Pattern
		.compile("กฎหมาย|พ\\.?ร\\.?บ|ระเบียบ|วิธีสังเกต|สังเกตอาการ|ป้องกัน|อบรม"
				+ "|หลักสูตร|สัญญาณเตือน|ปฐมพยาบาล|ความรู้|เกิดจากอะไร|สาเหตุ|prevent|\\blaw\\b"
				// over: the message says it has passed
				+ "|หายแล้ว|ดีขึ้นแล้ว|ปลอดภัยแล้ว|อาการดีขึ้น");

	/** Laughter right after the cue: a figure of speech (อยากตายเพราะขำ). */
	private static final Pattern JOKE_AFTER = Pattern.compile("^.{0,8}(?:ขำ|ฮา|หัวเราะ|lol|haha|ตลก|555)");

	private record Rule(Hotline hotline, Pattern cue) {
	}

	/** Someone close, as a subject of violence. */
	private static final String CLOSE = "(?:สามี|ผัว|แฟน|ภรรยา|เมีย|พ่อเลี้ยง|แม่เลี้ยง|พ่อ|แม่|ลูกชาย|ลูกสาว|ลูก|เพื่อนบ้าน|ลุง|น้า|อา|ครู|พี่เขย|ญาติ)";

	/** Acts of violence against a person. */
	private static final String HURTS = "(?:ทำร้?าย|ไล่ฟัน|ไล่แทง|ทุบตี|ตบตี|ตบหน้า|ตบ|ซ้อม|เตะ|ต่อย|ข่มขืน|ล่วงละเมิด|ลวนลาม|บีบคอ|ขู่(?:จะ)?ฆ่า|จับหน้าอก"
			+ "|ทารุณ|กระทำชำเรา|ตี(?!กลอง|แบด|บอล|เหล็ก|กอล์ฟ|ปิงปอง|ระฆัง|ตรา|ราคา|ความ|พิมพ์|เนียน|ลังกา|สนิท|ห่าง|กัน|ทะเบียน|ค่า))";

	private static final List<Rule> RULES = List.of(
			// unconscious, unresponsive
			rule(Hotline.EMERGENCY,
					"หมดส(?:ติ|ิต)|ไม่รู้สึกตัว|ไม่ได้สติ|สลบ(?!ไสล)|(?:ปลุก|เรียก)(?:ยังไง)?ไม่(?:ตื่น|รู้สึกตัว)|ไม่ตอบสนอง"
							+ "|ไม่ขยับ|ขยับ(?:ขา|แขน|ตัว)?ไม่ได้|ซึมลง|(?:ตัว|หน้า|ปาก)เขียว|ไม่ร้อง.{0,4}หาย(?:ใจ|จัย|ไจ)"
							+ "|unconscious|passed out|not responding|unresponsive"),
			// breathing, heart, choking
			rule(Hotline.EMERGENCY,
					"(?:ไม่|บ่)หาย(?:ใจ|จัย|ไจ)|หยุดหาย(?:ใจ|จัย|ไจ)|หาย(?:ใจ|จัย|ไจ)ไม่(?:ออก|ได้)|หาย(?:ใจ|จัย|ไจ)(?:ลำบาก|แผ่ว|ติดขัด)"
							+ "|หอบ(?:เหนื่อย)?มาก|หัวใจหยุดเต้น|หัวใจวาย|คลำชีพจรไม่|ไม่มีชีพจร"
							+ "|(?:เจ็บ|แน่น)(?:หน้า)?อก(?:มาก|รุนแรง|.{0,20}(?:ร้าว|เหงื่อแตก|เหงื่อออก|หายใจไม่|ใจสั่น|เป็นลม|หน้ามืด))"
							+ "|สำลัก(?:อาหาร|ลูกอม|ของ|ขนม|ข้าว)|(?:อาหาร|ลูกอม|เหรียญ|ของเล่น)ติดคอ"
							+ "|not breathing|can'?t breathe|cannot breathe|stopped breathing|heart attack|cardiac arrest|choking"),
			// stroke signs (BE FAST): face, one side weak or numb, arm cannot be lifted
			rule(Hotline.EMERGENCY,
					"(?:ปาก|หน้า)เบี้?ยว|มุมปากตก|อ่อนแรง(?:ครึ่ง)?(?:ซีก|ข้างเดียว)|ชา(?:ครึ่ง)?(?:ซีก|ข้างเดียว)"
							+ "|ซีก(?:ซ้าย|ขวา)?.{0,6}อ่อนแรง|(?:แขน|ขา)\\S{0,6}ยกไม่ขึ้น"
							+ "|face drooping|face droop|slurred speech|one side (?:weak|numb)"),
			// seizures (ชัก, but not ชักชวน, ชักโครก, ชักหน้าไม่ถึงหลัง...)
			rule(Hotline.EMERGENCY,
					"ชัก(?!ชวน|โครก|จะ|ธง|ว่าว|นำ|ใย|เย่อ|กะเย่อ|ช้า|ดาบ|ปืน|สีหน้า|หน้า|แม่น้ำ|ขึ้น|ลง|ออก|เข้า|รูป|ภาพ|ประกัน|เงิน|ไม่แน่ใจ|งง)"
							+ "|seizure|convulsi"),
			// bleeding, injury, fire, electricity, falls, birth
			rule(Hotline.EMERGENCY,
					"เลือด(?:ไหล|ออก)(?:ไม่หยุด|เยอะ|มาก)|เลือดพุ่ง|เสียเลือดมาก|(?:อาเจียน|อ้วก|ไอ)เป็นเลือด|(?:นิ้ว|แขน|ขา|มือ)ขาด"
							+ "|รถ(?:ชน|คว่ำ)|ชนกัน|(?:คน)?เจ็บหนัก|มอ(?:เตอร์)?ไซ(?:ค์|ด์)?ล้ม|หัวแตก|หัวฟาด|ติดอยู่(?:ใน|ข้างใน)"
							+ "|ไฟไหม้บ้าน|น้ำร้อนลวก.{0,8}ทั้งตัว|ไฟ(?:ฟ้า)?(?:ดูด|ช็อต|ช๊อต|ชอต)"
							+ "|ตก(?:จาก)?(?:ต้น|บันได|ที่สูง|ตึก|หลังคา|นั่งร้าน)|จะคลอดแล้ว|หัวเด็กโผล่|น้ำเดิน|คลอดที่บ้าน"
							+ "|severe bleeding|car crash|ambulance"),
			// drowning now
			rule(Hotline.EMERGENCY, "จมน้ำ|drowning"),
			// poisoning, overdose
			rule(Hotline.EMERGENCY,
					"(?:กิน|ดื่ม|กลืน)\\S{0,12}(?:ยาฆ่า(?!เชื้อ)|ยาเบื่อ|ยากันยุง|ทินเนอร์|น้ำมันเบนซิน|พาราควอต|ไกลโฟเซต|น้ำยา|น้ำมันก๊าด|เห็ดพิษ|ปลาปักเป้า|ยาพิษ|แอลกอฮอล์ล้างแผล)"
							+ "|(?:กิน|ดื่ม)ยา.{0,16}(?:ทั้งแผง|หมดแผง|ทั้งขวด|หมดขวด|หลายเม็ด|เยอะมาก|เกินขนาด)|เกินขนาด|overdose"),
			// snake bite just now or with signs
			rule(Hotline.EMERGENCY,
					"งู.{0,10}(?:กัด|ฉก).{0,14}(?:ตอนนี้|เมื่อกี้|เพิ่ง|บวมมาก|หนังตาตก|หาย(?:ใจ|จัย)|หมดสติ)"
							+ "|(?:ตอนนี้|เมื่อกี้|เพิ่ง).{0,12}งู.{0,8}(?:กัด|ฉก)"),
			// a call for an ambulance
			rule(Hotline.EMERGENCY, "(?:เรียก|ขอ|เบอร์)รถพยาบาล|รถพยาบาลด่วน|ขอความช่วยเหลือด่วน|emergency number"),
			// suicide, self-harm
			rule(Hotline.MENTAL,
					"อยากต(?:าย|ัย)(?!ตาหลับ)|ฆ่าตัวต(?:าย|าบ)|ฆ่าตัวเอง|คิดสั้น|ไม่อยาก(?:มีชีวิต|อยู่แล้ว|อยู่ต่อ|อยู่บนโลก|ตื่น(?:มา)?อีก)"
							+ "|(?:จบ|ปลิด)ชีวิต|อยากจบทุกอย่าง|ทำร้?าย(?:ร่างกาย)?ตัวเอง|กรีด(?:ข้อมือ|แขน|ตัวเอง)|ผูกคอ|แขวนคอ"
							+ "|กระโดด(?:ตึก|สะพาน|น้ำตาย)|กินยา.{0,10}ตาย|คิด(?:จะ)?กินยา|(?:หลับ|นอน)แล้ว(?:ก็)?ไม่ตื่น|เพื่อ(?:จะ)?ตาย|อยากหายไป|หลับ(?:แล้ว)?ไม่ตื่น|ไม่ตื่นอีก"
							+ "|ตายๆ?(?:ไป)?(?:ซะ)?(?:คง)?(?:ดีกว่า|ก็ดี)|(?<!ป)ลาตาย|เตรียมเชือก|อยากไปให้พ้น|ทำไมต้องมีชีวิต"
							+ "|suicid|kill myself|self[- ]?harm|hurt myself|want to die|end my life|end it all"),
			// violence at home, abuse, sexual assault, neglect, trafficking
			rule(Hotline.VIOLENCE, "(?:ถูก|โดน)\\S{0,10}" + HURTS + "|" + CLOSE + "\\S{0,16}" + HURTS
					+ "|(?:ถูก|โดน)(?:ขัง|ทอดทิ้ง|ทิ้งไว้|บังคับ(?:ค้าประเวณี|ขายบริการ|ให้))|ความรุนแรงในครอบครัว|ทารุณ"
					+ "|ค้ามนุษย์|ค้าประเวณี|domestic violence|raped|sexual(?:ly)? assault|\\babused?\\b"),
			// crime in progress, a weapon, a fight
			rule(Hotline.POLICE,
					"(?:ถือ|มี|พก|เอา)(?:มีด|ปืน|พร้า|ดาบ|ขวาน)|จ่อหัว|ปืนจ่อ|ไล่(?:ฟัน|แทง|ยิง)|ยิงกัน|แทงกัน|เสียงปืน|ขู่ฆ่า"
							+ "|(?:ถูก|โดน)(?:ปล้น|จี้|ชิงทรัพย์|วิ่งราว|ลักพาตัว|ข่มขู่)|ลักพาตัว|เด็กหาย|โจร(?:ขึ้น|บุก|งัด)"
							+ "|ขโมย(?:ขึ้น|อยู่|เข้า)|งัด(?:บ้าน|ประตู|รถ|หน้าต่าง)|บุก(?:รุก|เข้า)|ทะเลาะวิวาท|ยกพวก|ตีกัน|อาละวาด|คลุ้มคลั่ง"
							+ "|robbery|being robbed|someone has a (?:gun|knife)|break[- ]?in"));

	private static Rule rule(Hotline hotline, String cues) {
		return new Rule(hotline, Pattern.compile(cues, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	private SafetyRules() {
	}

	/**
	 * The hotlines a normalised message calls for, most urgent first (1669 before 1323
	 * before 191 before 1300); empty when it reads as nothing urgent.
	 */
	static List<Hotline> check(String normalized) {
		if (normalized.isBlank()) {
			return List.of();
		}
		String text = compact(normalized);
		boolean aboutFigures = ABOUT_FIGURES.matcher(text).find() || KNOWLEDGE.matcher(text).find();
		Set<Hotline> found = EnumSet.noneOf(Hotline.class);
		for (Rule rule : RULES) {
			if (found.contains(rule.hotline())) {
				continue;
			}
			Matcher m = rule.cue().matcher(text);
			while (m.find()) {
				if (counts(text, m.start(), m.end(), aboutFigures)) {
					found.add(rule.hotline());
					break;
				}
			}
		}
		return List.copyOf(found);
	}

	private static boolean counts(String text, int start, int end, boolean aboutFigures) {
		if (aboutFigures) {
			return false;
		}
		String before = text.substring(Math.max(0, start - 16), start);
		if (NEGATED.matcher(before).find()
				|| HYPOTHETICAL.matcher(text.substring(Math.max(0, start - 24), start)).find()) {
			return false;
		}
		return !JOKE_AFTER.matcher(text.substring(end)).find();
	}

	/**
	 * The text with the spaces between two Thai characters taken out (people space Thai
	 * phrases freely), and ๆ glued to its word.
	 */
	static String compact(String normalized) {
		StringBuilder out = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (c == ' ' && i > 0 && i + 1 < normalized.length() && ThaiText.isThai(normalized.charAt(i - 1))
					&& ThaiText.isThai(normalized.charAt(i + 1))) {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

}
