package th.go.moph.dho.demo;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Fills the date words of the example texts relative to the day they are loaded:
 * {@code {fy}} the current fiscal year (พ.ศ.), {@code {fy-1}} the one before,
 * {@code {year}} the Buddhist-era year, {@code {month-1}} last month as
 * {@code ตุลาคม 2569}.
 */
final class DemoText {

	private static final Pattern WORD = Pattern.compile("\\{(fy|year|month)([+-]\\d+)?\\}");

	private final LocalDate today;

	DemoText(LocalDate today) {
		this.today = today;
	}

	@Nullable String fill(@Nullable String text) {
		if (text == null || text.indexOf('{') < 0) {
			return text;
		}
		Matcher m = WORD.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int offset = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
			String value = switch (m.group(1)) {
				case "fy" -> String.valueOf(ThaiDates.fiscalYear(this.today) + offset);
				case "year" -> String.valueOf(ThaiDates.buddhistYear(this.today.getYear() + offset));
				default -> {
					LocalDate month = this.today.plusMonths(offset);
					yield ThaiDates.formatMonth(month.getYear(), month.getMonthValue(), ThaiDates.THAI);
				}
			};
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

	String text(String text) {
		String filled = fill(text);
		return filled == null ? text : filled;
	}

}
