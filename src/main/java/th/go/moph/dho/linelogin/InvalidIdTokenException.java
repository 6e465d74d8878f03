package th.go.moph.dho.linelogin;

/**
 * The ID token cannot be trusted. The message is for logs (never the token itself); the
 * citizen sees the Thai message {@code linelogin.error.invalid-token}.
 */
public class InvalidIdTokenException extends RuntimeException {

	public InvalidIdTokenException(String reason) {
		super(reason);
	}

}
