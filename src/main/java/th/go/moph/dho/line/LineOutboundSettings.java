package th.go.moph.dho.line;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbound queue of status pushes and news multicasts ({@code dho.line.outbound.*}).
 *
 * @param pollInterval how often the sender looks for due messages it was not told about
 * (it is also woken right after a message is queued)
 * @param maxAttempts after this many failed attempts a message is given up (FAILED)
 * @param retryBackoff the pause after the first failed attempt; it doubles with each
 * further attempt (at most 10 minutes)
 * @param claimTimeout after how long a message claimed by a sender that stopped is tried
 * again (with the same retry key)
 * @param quotaCache how long a reading of the monthly push quota is trusted (what is sent
 * meanwhile is counted locally)
 * @param quotaReserve messages of the quota kept free (pushes stop this many before the
 * limit)
 * @param multicastSize recipients per multicast (LINE allows at most 500)
 * @param quietStart start of the quiet hours (Asia/Bangkok) when news waits, alerts
 * excepted
 * @param quietEnd end of the quiet hours
 */
@ConfigurationProperties("dho.line.outbound")
public record LineOutboundSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("5") int maxAttempts,
		@DefaultValue("2s") Duration retryBackoff, @DefaultValue("2m") Duration claimTimeout,
		@DefaultValue("1m") Duration quotaCache, @DefaultValue("0") long quotaReserve,
		@DefaultValue("500") int multicastSize, @DefaultValue("22:00") LocalTime quietStart,
		@DefaultValue("07:00") LocalTime quietEnd) {

	public LineOutboundSettings {
		if (multicastSize < 1 || multicastSize > 500) {
			throw new IllegalArgumentException("dho.line.outbound.multicast-size must be 1 to 500");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("dho.line.outbound.max-attempts must be at least 1");
		}
	}

}
