package th.go.moph.dho.line;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import com.linecorp.bot.client.base.ApiAuthenticatedClientBuilder;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;

/**
 * Which LINE this app talks to: the real channel (credentials set), the local simulator
 * (no credentials on the embedded default) or nothing (no credentials in production: the
 * webhook refuses every request). Builds the SDK clients by hand, with the SDK's wire
 * logger off because it would log the bearer token.
 */
@Component
class LineChannel {

	private static final Logger log = LoggerFactory.getLogger(LineChannel.class);

	static final String SIMULATOR_TOKEN = "simulator-token";

	static final String FAKE_API_PATH = "/dev/line/fake-api";

	enum Mode {

		REAL, SIMULATOR, OFF

	}

	private final LineSettings settings;

	private final Environment environment;

	private final Mode mode;

	private final byte[] secret;

	private volatile MessagingApiClient client;

	private volatile MessagingApiBlobClient blobClient;

	LineChannel(LineSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
		if (settings.hasCredentials()) {
			this.mode = Mode.REAL;
			this.secret = settings.channelSecret().strip().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		else if (settings.simulatorEnabled() && !environment.acceptsProfiles(Profiles.of("mysql"))) {
			this.mode = Mode.SIMULATOR;
			byte[] random = new byte[16];
			new SecureRandom().nextBytes(random);
			this.secret = HexFormat.of().formatHex(random).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		else {
			this.mode = Mode.OFF;
			this.secret = new byte[0];
		}
		log.info("LINE channel mode: {}", this.mode);
	}

	Mode mode() {
		return this.mode;
	}

	boolean isSimulator() {
		return this.mode == Mode.SIMULATOR;
	}

	/**
	 * The channel secret that signs webhooks (a random per-run one for the simulator).
	 */
	byte[] secret() {
		return Arrays.copyOf(this.secret, this.secret.length);
	}

	MessagingApiClient client() {
		MessagingApiClient c = this.client;
		if (c == null) {
			synchronized (this) {
				if (this.client == null) {
					this.client = configure(MessagingApiClient.builder(token()), apiBase(this.settings.apiBaseUrl()))
						.build();
				}
				c = this.client;
			}
		}
		return c;
	}

	MessagingApiBlobClient blobClient() {
		MessagingApiBlobClient c = this.blobClient;
		if (c == null) {
			synchronized (this) {
				if (this.blobClient == null) {
					this.blobClient = configure(MessagingApiBlobClient.builder(token()),
							apiBase(this.settings.dataApiBaseUrl()))
						.build();
				}
				c = this.blobClient;
			}
		}
		return c;
	}

	private String token() {
		return this.mode == Mode.REAL ? this.settings.channelToken().strip() : SIMULATOR_TOKEN;
	}

	private URI apiBase(String configured) {
		if (this.mode == Mode.SIMULATOR) {
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			String context = this.environment.getProperty("server.servlet.context-path", "");
			return URI.create("http://localhost:" + port + context + FAKE_API_PATH);
		}
		return URI.create(configured);
	}

	private <T> ApiAuthenticatedClientBuilder<T> configure(ApiAuthenticatedClientBuilder<T> builder, URI base) {
		String url = base.toString();
		builder.apiEndPoint(URI.create(url.endsWith("/") ? url : url + "/"))
			.usingDefaultLogger(false)
			.connectTimeout(this.settings.connectTimeout())
			.readTimeout(this.settings.readTimeout())
			.writeTimeout(this.settings.readTimeout())
			.maxRequests(64)
			.maxRequestsPerHost(Math.max(5, this.settings.workerThreads() * 2))
			.addInterceptor(new LineHttpInterceptor(base, this.settings.retries()));
		return builder;
	}

}
