package th.go.moph.dho.eservice;

import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human-friendly tracking numbers, {@code ER-2569-000123}: one gap-free series per
 * Buddhist-era year. The counter row is incremented by an UPDATE (which holds the row
 * lock until the saving transaction ends), so concurrent submissions queue on it, and a
 * rollback gives the number back.
 */
@Component
class TrackingNumbers {

	private final JdbcClient jdbc;

	private final EserviceSettings settings;

	TrackingNumbers(JdbcClient jdbc, EserviceSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Creates the year's counter row if missing, in its own short transaction before the
	 * saving transaction starts (so that no transaction waits on another's insert).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void ensureYear(int yearBe) {
		boolean exists = this.jdbc.sql("SELECT COUNT(*) FROM eservice_tracking_counter WHERE year_be = :year")
			.param("year", yearBe)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return;
		}
		try {
			this.jdbc.sql("INSERT INTO eservice_tracking_counter (year_be, last_number) VALUES (:year, 0)")
				.param("year", yearBe)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			// another submission created it at the same moment
		}
	}

	/**
	 * Takes the next number of the year; must run inside the transaction that saves the
	 * request.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	String next(int yearBe) {
		int updated = this.jdbc
			.sql("UPDATE eservice_tracking_counter SET last_number = last_number + 1 WHERE year_be = :year")
			.param("year", yearBe)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No tracking counter for " + yearBe);
		}
		int number = this.jdbc.sql("SELECT last_number FROM eservice_tracking_counter WHERE year_be = :year")
			.param("year", yearBe)
			.query(Integer.class)
			.single();
		return format(this.settings.trackingPrefix(), yearBe, number);
	}

	static String format(String prefix, int yearBe, int number) {
		return String.format(Locale.ROOT, "%s-%d-%06d", prefix, yearBe, number);
	}

	/**
	 * The tracking number as typed, made canonical: spaces dropped, upper case, Thai
	 * digits as Arabic; {@code er2569123} is forgiven too.
	 */
	static String normalise(String typed) {
		StringBuilder sb = new StringBuilder();
		for (char c : typed.strip().toCharArray()) {
			if (c >= '\u0E50' && c <= '\u0E59') {
				sb.append((char) ('0' + (c - '\u0E50')));
			}
			else if (!Character.isWhitespace(c)) {
				sb.append(Character.toUpperCase(c));
			}
		}
		String s = sb.toString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z]+)-?(\\d{4})-?(\\d{1,6})").matcher(s);
		if (m.matches()) {
			return format(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		return s;
	}

}
