package th.go.moph.dho.eservice;

/** The request is done, rejected or withdrawn: nothing more can be added or changed. */
public class RequestClosedException extends EserviceException {

	public RequestClosedException() {
		super("eservice.error.closed");
	}

}
