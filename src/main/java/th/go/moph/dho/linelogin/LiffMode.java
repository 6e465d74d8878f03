package th.go.moph.dho.linelogin;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Real LINE Login, or the mock: no LIFF id and the local simulator runs (embedded default
 * only). In mock mode the LIFF app uses the LIFF mock, tokens are minted by
 * {@link MockIdTokens} and the verify URL points at the app's own stand-in for LINE's
 * endpoint, so the same verifier checks them.
 */
@Component
class LiffMode {

	private static final Logger log = LoggerFactory.getLogger(LiffMode.class);

	static final String SIMULATOR_AUDIENCE = "simulator";

	static final String FAKE_VERIFY_PATH = "/dev/line/fake-api/oauth2/v2.1/verify";

	private final LiffSettings settings;

	private final Environment environment;

	private final boolean mock;

	LiffMode(LiffSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
		this.mock = !settings.hasLiffId() && LocalSimulator.runs(environment);
		log.info("LIFF mode: {}", this.mock ? "mock (local simulator)" : "LINE Login");
	}

	boolean mock() {
		return this.mock;
	}

	/** The {@code aud} an ID token must carry, also sent as {@code client_id}. */
	String audience() {
		String channel = this.settings.loginChannelId();
		if (channel != null && !channel.isBlank()) {
			return channel.strip();
		}
		return this.mock ? SIMULATOR_AUDIENCE : "";
	}

	/**
	 * Where tokens are verified: LINE, or in mock mode (verify URL left at its default)
	 * the stand-in on this app's own port, known only once the server has started.
	 */
	URI verifyUrl() {
		if (this.mock && LiffSettings.LINE_VERIFY_URL.equals(this.settings.verifyUrl())) {
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			String context = this.environment.getProperty("server.servlet.context-path", "");
			return URI.create("http://localhost:" + port + context + FAKE_VERIFY_PATH);
		}
		return URI.create(this.settings.verifyUrl());
	}

}
