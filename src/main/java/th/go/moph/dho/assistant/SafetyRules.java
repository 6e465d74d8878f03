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
 * statistics (สถิติ, กี่ราย, อัตรา...) or when laughter follows it (อยากตายเพราะขำ). The
 * rules are code, not data: staff cannot switch them off by editing entries.
 */
final class SafetyRules {

	/** Words (or their negation) that may sit between a negator and the cue. */
	private static final Pattern NEGATED = Pattern.compile("(?:ไม่|มิ|ยังไม่|ไม่ได้)"
			+ "(?:ได้|มี|เคย|ใช่|ถึง|ค่อย|ต้อง|ได้มี)?(?:ใคร|คน|อาการ|ถึงขั้น|ถึงกับ|ถึงขนาด|คิด|จะ|เป็น|ได้|เคย|ว่า|ให้)*$"
			+ "|(?:\\bnot|\\bno|\\bnever|n't|\\bnobody)\\s*(?:\\w+\\s+){0,1}$");

	/** The message is about figures or a campaign, not about someone now. */
	private static final Pattern ABOUT_FIGURES = Pattern
		.compile("สถิติ|กี่ราย|กี่คน|จำนวนผู้|จำนวนคน|ร้อยละ|อัตรา(?:การ)?|ยอดผู้|statistic|how many");

	/** Laughter or an intensifier right after the cue: a figure of speech. */
	private static final Pattern JOKE_AFTER = Pattern.compile("^.{0,8}(?:ขำ|ฮา|หัวเราะ|lol|haha|ตลก|555)");

	private record Rule(Hotline hotline, Pattern cue) {
	}

	private static final List<Rule> RULES = List.of(
			// unconscious, unresponsive
			rule(Hotline.EMERGENCY,
					"หมดสติ|ไม่รู้สึกตัว|ไม่ได้สติ|สลบ(?!ไสล)|ปลุกไม่ตื่น|เรียกไม่ตื่น|เรียกไม่รู้สึกตัว|ไม่ตอบสนอง|ล้มฟุบ"
							+ "|unconscious|passed out|not responding|unresponsive"),
			// breathing, heart
			rule(Hotline.EMERGENCY,
					"ไม่หายใจ|หยุดหายใจ|หายใจไม่ออก|หายใจไม่ได้|หายใจลำบาก|หายใจติดขัด|หอบเหนื่อยมาก|หายใจเฮือก"
							+ "|หัวใจหยุดเต้น|หัวใจวาย|ชีพจรไม่|คลำชีพจรไม่|ไม่มีชีพจร|เจ็บแน่นหน้าอก"
							+ "|(?:เจ็บ|แน่น)หน้าอก.{0,12}(?:ร้าว|เหงื่อแตก|เหงื่อออก|หายใจไม่|ใจสั่น|จะเป็นลม)"
							+ "|(?:อาหาร|ของ|เม็ด|ลูกอม|ขนม|เหรียญ)ติดคอ|สำลักอาหาร|not breathing|can'?t breathe|cannot breathe|stopped breathing"
							+ "|heart attack|cardiac arrest|chest pain|choking"),
			// stroke signs (BE FAST): face, one side weak, speech, all of a sudden
			rule(Hotline.EMERGENCY, "(?:ปาก|หน้า|มุมปาก)(?:เบี้ยว|ตก|เบี้ยวๆ)|อ่อนแรง(?:ครึ่ง)?(?:ซีก|ข้างเดียว)"
					+ "|(?:ครึ่ง)?ซีก(?:ซ้าย|ขวา)?(?:.{0,6})อ่อนแรง|(?:แขน|ขา|มือ)(?:.{0,8})(?:ยกไม่ขึ้น|ข้างเดียว)"
					+ "|(?:จู่ๆ|อยู่ๆ|ทันที|กะทันหัน|เฉียบพลัน).{0,10}(?:พูดไม่ชัด|พูดไม่ได้|ลิ้นแข็ง|แขนขาอ่อนแรง|อ่อนแรง|ตามองไม่เห็น)"
					+ "|(?:พูดไม่ชัด|พูดไม่ได้|ลิ้นแข็ง).{0,10}(?:จู่ๆ|อยู่ๆ|ทันที|กะทันหัน|เฉียบพลัน)"
					+ "|face drooping|face droop|slurred speech|one side (?:weak|numb)"),
			// seizures
			rule(Hotline.EMERGENCY,
					"ชักเกร็ง|ชักกระตุก|ชักไม่หยุด|กำลังชัก|ชักตาค้าง|ชักน้ำลายฟูมปาก|มีอาการชัก|ชักหมดสติ|seizure|convulsi"),
			// bleeding, injury, poisoning, drowning now
			rule(Hotline.EMERGENCY,
					"เลือดออกไม่หยุด|เลือดออกมาก|เลือดพุ่ง|เสียเลือดมาก|อาเจียนเป็นเลือด|ไอเป็นเลือด|รถชน|รถคว่ำ|ถูกรถชน|โดนรถชน"
							+ "|ตกจากที่สูง|ตกตึก|ไฟดูด|ไฟช็อต|ไฟช๊อต|ไฟฟ้าช็อต|(?:กิน|ดื่ม|กลืน)(?:ยา)?(?:ฆ่าแมลง|ฆ่าหญ้า|เบื่อหนู|พิษ|น้ำยา)"
							+ "|(?:กิน|ดื่ม)ยา(?:เกินขนาด|ไปหลายเม็ด|ทั้งแผง|หมดขวด)|ยาเกินขนาด|overdose|กำลังจมน้ำ|จมน้ำหมดสติ"
							+ "|งูเห่ากัด|งูจงอางกัด|งูกะปะกัด|งูแมวเซากัด|งูเขียวหางไหม้กัด|ไฟไหม้ทั้งตัว|severe bleeding"),
			// a call for an ambulance
			rule(Hotline.EMERGENCY,
					"เรียกรถพยาบาล|ขอรถพยาบาล|รถพยาบาลด่วน|ช่วยด้วย|ฉุกเฉิน|emergency|ambulance|help me"),
			// suicide, self-harm
			rule(Hotline.MENTAL,
					"อยากตาย|อยากฆ่าตัวตาย|ฆ่าตัวตาย|ฆ่าตัวเอง|คิดสั้น|ไม่อยากมีชีวิต|ไม่อยากอยู่(?:แล้ว|บนโลก|ต่อ)"
							+ "|อยากจบชีวิต|จบชีวิต(?:ตัวเอง|ตัวเองดีกว่า)?|ทำร้ายตัวเอง|ทำร้ายร่างกายตัวเอง|กรีดข้อมือ|กรีดแขน|กรีดตัวเอง"
							+ "|ผูกคอ|แขวนคอ|กระโดดตึก|กระโดดสะพาน|กระโดดน้ำตาย|กินยาตาย|อยากหายไปจากโลก|ไม่อยากตื่น(?:มา)?อีก"
							+ "|(?:ตาย|ตายๆ|ตายไป)(?:ซะ)?ดีกว่า|อยู่ไปก็ไม่มีประโยชน์|ไม่มีใครต้องการ(?:ฉัน|ผม|หนู)?"
							+ "|suicid|kill myself|self[- ]?harm|hurt myself|want to die|end my life|end it all"),
			// crime in progress
			rule(Hotline.POLICE,
					"(?:ถูก|โดน)(?:ปล้น|จี้|ชิงทรัพย์|วิ่งราว|ลักพาตัว|ขู่ฆ่า|ข่มขู่)|ขโมยขึ้นบ้าน|โจรขึ้นบ้าน|มีคนบุกรุก|บุกเข้าบ้าน"
							+ "|ถือมีด(?:ไล่)?|ถือปืน|ยิงกัน|แทงกัน|ทะเลาะวิวาท|ตีกัน(?:ที่|หน้า|ใน)|มีคนจะฆ่า|robbery|being robbed"
							+ "|someone has a (?:gun|knife)|break[- ]?in"),
			// violence at home, abuse, sexual assault
			rule(Hotline.VIOLENCE,
					"(?:สามี|ผัว|แฟน|ภรรยา|เมีย|พ่อเลี้ยง|แม่เลี้ยง|พ่อ|แม่)(?:.{0,6})(?:ทำร้าย|ทุบตี|ตบตี|ตี|ซ้อม|เตะ|ต่อย|ข่มขืน|ล่วงละเมิด)"
							+ "(?:ร่างกาย)?(?:ฉัน|ผม|หนู|เรา|ลูก|ทุกวัน|อีกแล้ว|บ่อย)"
							+ "|(?:ถูก|โดน)(?:สามี|ผัว|แฟน|ภรรยา|เมีย|พ่อเลี้ยง|แม่เลี้ยง|พ่อ|แม่)?(?:ทำร้ายร่างกาย|ทุบตี|ตบตี|ซ้อม|ข่มขืน|ล่วงละเมิด|กระทำชำเรา|ทารุณ|ทำร้าย|ตี|เตะ|ต่อย)"
							+ "|ความรุนแรงในครอบครัว|ทารุณกรรม|ค้ามนุษย์|domestic violence|abuse[ds]?\\b|raped|sexual assault"));

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
		boolean aboutFigures = ABOUT_FIGURES.matcher(text).find();
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
		if (NEGATED.matcher(before).find()) {
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
