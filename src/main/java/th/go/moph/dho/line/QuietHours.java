package th.go.moph.dho.line;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * The hours (Asia/Bangkok) when news is not sent: from {@code start} to {@code end},
 * across midnight when {@code start} is after {@code end} (22:00–07:00).
 */
record QuietHours(LocalTime start, LocalTime end) {

	static QuietHours of(LineOutboundSettings settings) {
		return new QuietHours(settings.quietStart(), settings.quietEnd());
	}

	boolean isQuiet(Instant at) {
		LocalTime time = LocalDateTime.ofInstant(at, ThaiDates.ZONE).toLocalTime();
		if (this.start.equals(this.end)) {
			return false;
		}
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

	/**
	 * When the quiet hours around {@code at} end, or nothing when {@code at} is not in
	 * them.
	 */
	Optional<Instant> endAfter(Instant at) {
		if (!isQuiet(at)) {
			return Optional.empty();
		}
		ZonedDateTime local = at.atZone(ThaiDates.ZONE);
		ZonedDateTime end = local.with(this.end).withSecond(0).withNano(0);
		if (!end.isAfter(local)) {
			end = end.plusDays(1);
		}
		return Optional.of(end.toInstant());
	}

}
