package th.go.moph.dho.eservice;

import org.jspecify.annotations.Nullable;

/**
 * How a citizen proves a request is theirs: the LINE user who filed it, or the tracking
 * number with its access code (web and anonymous requests).
 *
 * @param trackingNumber as typed (case, spaces and Thai digits are forgiven)
 * @param lineUserId the verified LINE user, or null
 * @param accessCode the access code shown once at filing, or null
 */
public record CitizenKey(String trackingNumber, @Nullable String lineUserId, @Nullable String accessCode) {

	public static CitizenKey lineUser(String lineUserId, String trackingNumber) {
		return new CitizenKey(trackingNumber, lineUserId, null);
	}

	public static CitizenKey accessCode(String trackingNumber, String accessCode) {
		return new CitizenKey(trackingNumber, null, accessCode);
	}

}
