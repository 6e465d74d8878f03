package th.go.moph.dho.publishing.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No publication request has the requested id; the staff screen answers 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EvidenceFormNotFoundException extends RuntimeException {

	EvidenceFormNotFoundException(long requestId) {
		super("No publication request " + requestId);
	}

}
