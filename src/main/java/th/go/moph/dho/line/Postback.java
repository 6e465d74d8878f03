package th.go.moph.dho.line;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Postback data: {@code a=action&key=value…}, at most 300 characters, with a signature
 * {@code k=…} bound to the user when the action changes something (ratings).
 *
 * @param action what to do
 * @param params the other values
 */
record Postback(String action, Map<String, String> params) {

	static final int MAX_LENGTH = 300;

	static Postback of(String action, String... keyValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keyValues.length; i += 2) {
			params.put(keyValues[i], keyValues[i + 1]);
		}
		return new Postback(action, params);
	}

	String param(String key) {
		return this.params.getOrDefault(key, "");
	}

	/** The data without a signature. */
	String data() {
		StringBuilder s = new StringBuilder("a=").append(encode(this.action));
		this.params.forEach((k, v) -> {
			if (!"k".equals(k)) {
				s.append('&').append(encode(k)).append('=').append(encode(v));
			}
		});
		return s.toString();
	}

	/** The data with a signature for this user. */
	String signedData(UserKeys keys, String userKey) {
		String data = data();
		return data + "&k=" + keys.sign(userKey, data);
	}

	boolean isSignedFor(UserKeys keys, String userKey) {
		String signature = this.params.get("k");
		return signature != null && keys.verify(userKey, data(), signature);
	}

	/** Reads postback data; garbage gives nothing. */
	static Optional<Postback> parse(String data) {
		if (data == null || data.isEmpty() || data.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		Map<String, String> params = new LinkedHashMap<>();
		String action = null;
		try {
			for (String pair : data.split("&")) {
				int eq = pair.indexOf('=');
				if (eq <= 0) {
					return Optional.empty();
				}
				String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				if ("a".equals(key)) {
					action = value;
				}
				else {
					params.put(key, value);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return action == null || action.isEmpty() ? Optional.empty() : Optional.of(new Postback(action, params));
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
