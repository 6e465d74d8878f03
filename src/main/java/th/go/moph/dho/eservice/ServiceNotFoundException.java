package th.go.moph.dho.eservice;

/** No active service type has this code. */
public class ServiceNotFoundException extends EserviceException {

	public ServiceNotFoundException(String code) {
		super("eservice.error.unknownService");
	}

}
