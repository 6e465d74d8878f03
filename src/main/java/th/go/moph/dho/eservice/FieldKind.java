package th.go.moph.dho.eservice;

/**
 * What kind of answer a question of a service type takes. Thai labels are the message
 * keys {@code eservice.kind.<NAME>}.
 */
public enum FieldKind {

	/** One line of text. */
	TEXT,
	/** Several lines of text. */
	LONG_TEXT,
	/** One of the listed choices. */
	CHOICE,
	/** A date (ISO {@code 2026-12-03}). */
	DATE,
	/** A Thai phone number of 9–10 digits. */
	PHONE,
	/** {@code "lat,lng"} from a map, or an address in words. */
	LOCATION,
	/** Photos (JPEG, PNG, GIF, WEBP), checked by their content. */
	PHOTO,
	/** Documents or photos (PDF, Word, Excel, images), checked by their content. */
	FILE;

	/** Whether the answer is files rather than text. */
	public boolean isFile() {
		return this == PHOTO || this == FILE;
	}

	/** The longest text accepted when the service type sets no limit. */
	int defaultMaxLength() {
		return switch (this) {
			case LONG_TEXT -> 2000;
			case LOCATION -> 300;
			case PHONE -> 20;
			case DATE -> 10;
			default -> 200;
		};
	}

}
