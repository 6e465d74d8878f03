package th.go.moph.dho.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No staff account has this login name; the admin screens answer 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StaffAccountNotFoundException extends RuntimeException {

	StaffAccountNotFoundException(String username) {
		super("No staff account " + username);
	}

}
