package th.go.moph.dho.assistant;

/**
 * The national hotlines the assistant gives, before anything else, to a message that
 * reads as an emergency, a risk of self-harm or violence.
 */
public enum Hotline {

	/** Emergency medical services (สพฉ.): unconscious, not breathing, stroke signs... */
	EMERGENCY("1669"),

	/** Mental health hotline (กรมสุขภาพจิต): thoughts of suicide or self-harm. */
	MENTAL("1323"),

	/** Police: robbery, an armed person, a fight. */
	POLICE("191"),

	/**
	 * Social assistance centre (ศูนย์ช่วยเหลือสังคม OSCC): domestic violence, abuse of a
	 * child, sexual assault.
	 */
	VIOLENCE("1300");

	private final String number;

	Hotline(String number) {
		this.number = number;
	}

	/** The number to dial, digits only. */
	public String number() {
		return this.number;
	}

	/** A {@code tel:} URI for a tappable link or a LINE URI action. */
	public String telUri() {
		return "tel:" + this.number;
	}

}
