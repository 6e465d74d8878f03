package th.go.moph.dho.assistant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The synonym group a staff screen names does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SynonymGroupNotFoundException extends RuntimeException {

	SynonymGroupNotFoundException(long id) {
		super("synonym group " + id);
	}

}
