package th.go.moph.dho.assistant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The FAQ entry a staff action names does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class FaqEntryNotFoundException extends RuntimeException {

	FaqEntryNotFoundException(long itemId) {
		super("FAQ item " + itemId);
	}

}
