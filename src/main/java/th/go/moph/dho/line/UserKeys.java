package th.go.moph.dho.line;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pseudonymous key of a LINE user (HMAC-SHA256 of the user id with a server secret),
 * and signatures of postback data. The secret is {@code DHO_LINE_USER_KEY_SECRET} when
 * set, or a random value generated once per installation and kept in the database: never
 * a constant in the code.
 */
@Component
class UserKeys {

	private static final String INSTALL_SECRET = "user-key";

	private final LineSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile byte[] key;

	/**
	 * A keyed Mac per thread: looking one up and keying it costs more than the HMAC
	 * itself.
	 */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	UserKeys(LineSettings settings, JdbcClient jdbc, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The key under which a LINE user is stored and rated: 64 hex characters. */
	String of(String lineUserId) {
		return HexFormat.of().formatHex(hmac("user|" + lineUserId));
	}

	/** A short signature of postback data, bound to the user it was sent to. */
	String sign(String userKey, String data) {
		return HexFormat.of().formatHex(hmac("postback|" + userKey + "|" + data)).substring(0, 16);
	}

	boolean verify(String userKey, String data, String signature) {
		return MessageDigest.isEqual(sign(userKey, data).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] hmac(String text) {
		return this.macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	private byte[] key() {
		byte[] k = this.key;
		if (k == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = LineSettings.hasText(this.settings.userKeySecret())
							? this.settings.userKeySecret().getBytes(StandardCharsets.UTF_8) : installSecret();
				}
				k = this.key;
			}
		}
		return k;
	}

	private byte[] installSecret() {
		String existing = find();
		if (existing == null) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				this.jdbc.sql("INSERT INTO line_install_secret (name, secret_value, created_at) VALUES (:n, :v, :t)")
					.param("n", INSTALL_SECRET)
					.param("v", HexFormat.of().formatHex(random))
					.param("t", java.sql.Timestamp.from(this.clock.instant()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another instance created it first
			}
			existing = find();
		}
		return existing.getBytes(StandardCharsets.UTF_8);
	}

	private String find() {
		return this.jdbc.sql("SELECT secret_value FROM line_install_secret WHERE name = :n")
			.param("n", INSTALL_SECRET)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
