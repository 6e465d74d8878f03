package th.go.moph.dho.linelogin;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Whether the local LINE simulator runs: no LINE channel credentials, not the
 * {@code mysql} profile and {@code dho.line.simulator-enabled} not false. The same rule
 * as the {@code line} module's channel, read from the properties so that this module does
 * not depend on {@code line}.
 */
public final class LocalSimulator {

	private LocalSimulator() {
	}

	public static boolean runs(Environment environment) {
		boolean credentials = hasText(environment.getProperty("dho.line.channel-secret"))
				&& hasText(environment.getProperty("dho.line.channel-token"));
		return !credentials && environment.getProperty("dho.line.simulator-enabled", Boolean.class, true)
				&& !environment.acceptsProfiles(Profiles.of("mysql"));
	}

	private static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

}
