package th.go.moph.dho.publishing.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No item, revision, section or file with this id for the staff screens; answers 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ContentNotFoundException extends RuntimeException {

	ContentNotFoundException(String what) {
		super("No " + what);
	}

}
