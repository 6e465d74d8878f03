package th.go.moph.dho.eservice;

/**
 * The staff member does not hold the role that handles this request (confidential reports
 * need the integrity role; service types need the admin role).
 */
public class NotPermittedException extends EserviceException {

	public NotPermittedException() {
		super("eservice.error.notPermitted");
	}

}
