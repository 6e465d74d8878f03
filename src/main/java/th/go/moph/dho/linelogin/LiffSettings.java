package th.go.moph.dho.linelogin;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LIFF app and LINE Login ({@code dho.liff.*}).
 *
 * @param liffId the LIFF app id ({@code DHO_LIFF_ID}); blank on the embedded default,
 * where the LIFF app runs with the LIFF mock against the local simulator
 * @param loginChannelId the LINE Login channel id ({@code DHO_LINE_LOGIN_CHANNEL_ID})
 * that owns the LIFF app: the {@code aud} every ID token must carry
 * @param verifyUrl LINE's "verify ID token" endpoint (the local stand-in in mock mode
 * while this is the default)
 * @param connectTimeout connect timeout of the call to the verify endpoint
 * @param readTimeout how long the verify endpoint may take to answer
 * @param cacheTime how long a verified token is remembered at most (never past its
 * {@code exp})
 * @param cacheSize how many verified tokens are remembered at most
 * @param mockUserId the LINE user id of the mock citizen (mock mode only)
 */
@ConfigurationProperties("dho.liff")
public record LiffSettings(@Nullable String liffId, @Nullable String loginChannelId,
		@DefaultValue(LiffSettings.LINE_VERIFY_URL) String verifyUrl, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout, @DefaultValue("10m") Duration cacheTime,
		@DefaultValue("10000") int cacheSize, @DefaultValue(LiffSettings.MOCK_USER_ID) String mockUserId) {

	/** LINE's documented endpoint for verifying an ID token. */
	public static final String LINE_VERIFY_URL = "https://api.line.me/oauth2/v2.1/verify";

	static final String MOCK_USER_ID = "U0123456789abcdef0123456789abcdef";

	/** Whether a LIFF app id is configured. */
	public boolean hasLiffId() {
		return this.liffId != null && !this.liffId.isBlank();
	}

}
