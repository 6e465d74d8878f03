package th.go.moph.dho.eservice;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The status change is not in {@link RequestTransitions}' table. */
public class TransitionNotAllowedException extends EserviceException {

	private final RequestStatus from;

	private final RequestStatus to;

	public TransitionNotAllowedException(RequestStatus from, RequestStatus to) {
		super("eservice.error.transition", status(from), status(to));
		this.from = from;
		this.to = to;
	}

	public RequestStatus from() {
		return this.from;
	}

	public RequestStatus to() {
		return this.to;
	}

	private static DefaultMessageSourceResolvable status(RequestStatus status) {
		return new DefaultMessageSourceResolvable("eservice.status." + status.name());
	}

}
