package th.go.moph.dho.thai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Buddhist-era dates for templates, in the language of the current request:
 * {@code ${@thaiDates.date(item.publishedAt)}} gives {@code 26 พฤศจิกายน 2569}.
 */
@Component("thaiDates")
public class ThaiDateFormat {

	public String date(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return ThaiDates.formatDate(toLocalDate(value), LocaleContextHolder.getLocale());
	}

	public String shortDate(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return ThaiDates.formatShortDate(toLocalDate(value), LocaleContextHolder.getLocale());
	}

	public String dateTime(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return date(date);
		}
		return ThaiDates.formatDateTime(toLocalDateTime(value), LocaleContextHolder.getLocale());
	}

	/** ISO form for {@code <time datetime>} attributes. */
	public String iso(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return toLocalDateTime(value).withNano(0).toString();
	}

	public String fiscalYear(@Nullable Integer buddhistYear) {
		return buddhistYear == null ? "" : String.valueOf(buddhistYear);
	}

	private static LocalDate toLocalDate(TemporalAccessor value) {
		return toLocalDateTime(value).toLocalDate();
	}

	private static LocalDateTime toLocalDateTime(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return ThaiDates.toLocal(instant);
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime;
		}
		if (value instanceof LocalDate date) {
			return date.atStartOfDay();
		}
		return LocalDateTime.from(value);
	}

}
