package th.go.moph.dho.staff;

/**
 * Another account already has this login name.
 */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("Username taken: " + username);
	}

}
