package th.go.moph.dho.line;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LINE channel ({@code dho.line.*}). Secrets come from the environment only:
 * {@code LINE_CHANNEL_SECRET}, {@code LINE_CHANNEL_TOKEN} and
 * {@code DHO_LINE_USER_KEY_SECRET}. With both channel secrets set the app talks to the
 * configured LINE API in any profile; with neither (and not under the {@code mysql}
 * profile) it runs the local simulator.
 *
 * @param channelSecret the channel secret that signs webhooks
 * @param channelToken the long-lived channel access token
 * @param webhookPath where LINE posts webhooks
 * @param apiBaseUrl the Messaging API base URL (a fake LINE server in tests and the
 * simulator)
 * @param dataApiBaseUrl the data API base URL (image uploads)
 * @param userKeySecret the key of the pseudonymous user key; a generated per-install key
 * when blank
 * @param replyTokenLife how long a reply token may be used after the event happened
 * @param repliesPerMinute flood limit: replies to one user per minute
 * @param retention how long processed events keep their raw JSON (citizens' messages)
 * @param workerThreads threads that process stored events (different users in parallel)
 * @param pollInterval how often the worker looks for stored events it was not told about
 * @param claimTimeout after how long an event claimed by a worker that died is processed
 * again
 * @param connectTimeout connect timeout of calls to LINE
 * @param readTimeout read timeout of calls to LINE
 * @param retries how many times a call to LINE is retried on a 5xx answer
 * @param simulatorEnabled whether {@code /dev/line} may run when no credentials are set
 */
@ConfigurationProperties("dho.line")
public record LineSettings(@Nullable String channelSecret, @Nullable String channelToken,
		@DefaultValue("/line/webhook") String webhookPath, @DefaultValue("https://api.line.me") String apiBaseUrl,
		@DefaultValue("https://api-data.line.me") String dataApiBaseUrl, @Nullable String userKeySecret,
		@DefaultValue("55s") Duration replyTokenLife, @DefaultValue("10") int repliesPerMinute,
		@DefaultValue("7d") Duration retention, @DefaultValue("4") int workerThreads,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("5m") Duration claimTimeout,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("2") int retries, @DefaultValue("true") boolean simulatorEnabled) {

	/** Whether real channel credentials are configured. */
	public boolean hasCredentials() {
		return hasText(this.channelSecret) && hasText(this.channelToken);
	}

	static boolean hasText(@Nullable String s) {
		return s != null && !s.isBlank();
	}

}
