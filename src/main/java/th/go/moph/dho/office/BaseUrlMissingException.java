package th.go.moph.dho.office;

/** The public base URL is missing or not an absolute http(s) address. */
class BaseUrlMissingException extends IllegalStateException {

	BaseUrlMissingException(String message) {
		super(message);
	}

}
