package th.go.moph.dho.eservice;

/**
 * No request with this tracking number that this citizen may read (the same answer for an
 * unknown number and a wrong access code, so nothing can be learned by guessing).
 */
public class RequestNotFoundException extends EserviceException {

	public RequestNotFoundException() {
		super("eservice.error.notFound");
	}

}
