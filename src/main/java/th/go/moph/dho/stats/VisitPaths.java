package th.go.moph.dho.stats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/**
 * Which requests count as a view of a public page, and under what name.
 */
final class VisitPaths {

	/**
	 * Areas that are not public pages: staff, APIs, LINE, assets, downloads, health
	 * checks.
	 */
	private static final List<String> IGNORED_PREFIXES = List.of("/staff", "/api/", "/dev/", "/line/", "/webjars/",
			"/css/", "/js/", "/fonts/", "/images/", "/files/", "/actuator", "/error", "/h2-console", "/favicon",
			"/robots.txt", "/sitemap", "/feed", "/stats/", "/feedback/");

	/**
	 * Crawlers, link previews, monitors and scripts, and clients that send no user agent.
	 */
	private static final Pattern BOT = Pattern
		.compile("bot|crawl|spider|slurp|archiver|curl|wget|python|java/|httpclient|okhttp|go-http|libwww|axios|"
				+ "node-fetch|headless|phantom|lighthouse|pingdom|uptime|monitor|facebookexternalhit|"
				+ "embedly|preview|scanner|validator", Pattern.CASE_INSENSITIVE);

	static final int MAX_USER_AGENTS = 1000;

	private static final Map<String, Boolean> BOT_ANSWERS = new ConcurrentHashMap<>();

	private static final Pattern ID = Pattern.compile("\\d+|[0-9a-fA-F-]{16,}");

	static final int MAX_LENGTH = 255;

	private VisitPaths() {
	}

	static boolean isIgnored(String path) {
		for (String prefix : IGNORED_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return path.equals("/line") || path.equals("/dev") || path.equals("/api");
	}

	/**
	 * Whether a user agent is a bot. The pattern costs microseconds per call while a
	 * whole cached page costs a few hundred, so the answer is remembered per user agent:
	 * a site sees few distinct ones. The memory is emptied when it is full, so odd or
	 * forged user agents cannot make it grow.
	 */
	static boolean isBot(String userAgent) {
		Boolean known = BOT_ANSWERS.get(userAgent);
		if (known != null) {
			return known;
		}
		boolean bot = userAgent.isBlank() || BOT.matcher(userAgent).find();
		if (BOT_ANSWERS.size() >= MAX_USER_AGENTS) {
			BOT_ANSWERS.clear();
		}
		BOT_ANSWERS.put(userAgent, bot);
		return bot;
	}

	static int rememberedUserAgents() {
		return BOT_ANSWERS.size();
	}

	/**
	 * The name a page is counted under: decoded, without parameters, ids replaced by
	 * {@code {id}} so that the number of names stays small.
	 */
	static String normalise(String path) {
		int semicolon = path.indexOf(';');
		String p = semicolon >= 0 ? path.substring(0, semicolon) : path;
		try {
			p = UriUtils.decode(p, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// keep it encoded
		}
		StringBuilder out = new StringBuilder();
		for (String segment : p.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			out.append('/').append(ID.matcher(segment).matches() ? "{id}" : segment.toLowerCase(Locale.ROOT));
		}
		String normalised = out.isEmpty() ? "/" : out.toString();
		return normalised.length() > MAX_LENGTH ? normalised.substring(0, MAX_LENGTH) : normalised;
	}

}
