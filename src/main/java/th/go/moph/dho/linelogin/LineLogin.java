package th.go.moph.dho.linelogin;

/**
 * Verifies a raw LINE Login ID token sent by the LIFF app and tells whose it is.
 */
public interface LineLogin {

	/**
	 * @param idToken the raw ID token ({@code liff.getIDToken()}), as the page sent it
	 * @return the verified user
	 * @throws InvalidIdTokenException when the token is missing, forged, expired, issued
	 * for another channel or by another issuer, or LINE cannot be asked (the web layer
	 * answers 401 with a Thai message)
	 */
	LineUser verify(String idToken) throws InvalidIdTokenException;

}
