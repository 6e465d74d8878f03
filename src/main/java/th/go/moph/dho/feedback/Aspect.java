package th.go.moph.dho.feedback;

/**
 * What the web survey asks about, each answered on the five-level scale. The message key
 * of an aspect is {@code feedback.aspect.<NAME>}.
 */
public enum Aspect {

	/** เนื้อหาถูกต้องและเป็นปัจจุบัน */
	CONTENT("content"),
	/** ค้นหาข้อมูลได้ง่าย */
	FINDABILITY("findability"),
	/** ใช้งานได้สะดวกรวดเร็ว */
	SPEED("speed"),
	/** การออกแบบและความสวยงามอ่านง่าย */
	DESIGN("design"),
	/** ความพึงพอใจโดยรวม */
	OVERALL("overall");

	private final String field;

	Aspect(String field) {
		this.field = field;
	}

	/** The form field and the column prefix ({@code <field>_score}). */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return "feedback.aspect." + name();
	}

}
