package th.go.moph.dho.publishing.evidence;

/**
 * A fiscal year in a URL that is not a number or lies outside the years the office can
 * have published in; answered with 400 and a Thai message.
 */
class InvalidFiscalYearException extends RuntimeException {

	private final String value;

	InvalidFiscalYearException(String value) {
		super("Invalid fiscal year");
		this.value = value;
	}

	String value() {
		return this.value;
	}

}
