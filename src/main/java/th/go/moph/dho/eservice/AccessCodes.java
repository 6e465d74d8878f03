package th.go.moph.dho.eservice;

import java.security.SecureRandom;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The secret code that, with the tracking number, opens a request filed without LINE (web
 * or anonymous). Shown once; only its hash is stored, like a password, and compared by
 * the password encoder (constant time). 12 characters from 31 that cannot be confused (no
 * 0/O, 1/I/L), about 59 bits.
 */
@Component
class AccessCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final PasswordEncoder passwords;

	/** Compared against when the number is unknown, so both answers take as long. */
	private final String decoy;

	AccessCodes(PasswordEncoder passwords) {
		this.passwords = passwords;
		this.decoy = passwords.encode(generate());
	}

	/** A new code, grouped for reading: {@code ABCD-EFGH-JKMN}. */
	String generate() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				sb.append('-');
			}
			sb.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return sb.toString();
	}

	String hash(String code) {
		return this.passwords.encode(normalise(code));
	}

	/**
	 * Whether the typed code matches the stored hash; with no hash (unknown number or a
	 * LINE request) it still spends the same time and answers no.
	 */
	boolean matches(@Nullable String typed, @Nullable String hash) {
		String code = typed == null ? "" : normalise(typed);
		if (hash == null) {
			this.passwords.matches(code, this.decoy);
			return false;
		}
		return !code.isEmpty() && this.passwords.matches(code, hash);
	}

	/** Case, spaces and dashes are forgiven. */
	static String normalise(String code) {
		return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

}
