package th.go.moph.dho.linelogin;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The raw LINE ID token of a request: {@code Authorization: Bearer <token>}. Controllers
 * normally declare a {@link LineUser} parameter instead, which is verified before the
 * method runs; this is for code that must decide by itself.
 */
public final class LineBearer {

	private static final String BEARER = "Bearer ";

	private LineBearer() {
	}

	/**
	 * @return the token, or null when the request carries no bearer token
	 */
	public static @Nullable String token(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String token = header.substring(BEARER.length()).strip();
		return token.isEmpty() ? null : token;
	}

}
