package th.go.moph.dho.feedback;

import java.math.BigDecimal;

/**
 * The usual reading of a five-level mean in Thai government reports: 4.51–5.00 มากที่สุด,
 * 3.51–4.50 มาก, 2.51–3.50 ปานกลาง, 1.51–2.50 น้อย, 1.00–1.50 น้อยที่สุด (on the mean
 * rounded to two decimals). Message key {@code feedback.level.<NAME>}.
 */
public enum SatisfactionLevel {

	HIGHEST, HIGH, MODERATE, LOW, LOWEST;

	public static SatisfactionLevel of(BigDecimal mean) {
		if (mean.compareTo(new BigDecimal("4.50")) > 0) {
			return HIGHEST;
		}
		if (mean.compareTo(new BigDecimal("3.50")) > 0) {
			return HIGH;
		}
		if (mean.compareTo(new BigDecimal("2.50")) > 0) {
			return MODERATE;
		}
		if (mean.compareTo(new BigDecimal("1.50")) > 0) {
			return LOW;
		}
		return LOWEST;
	}

	public String messageKey() {
		return "feedback.level." + name();
	}

}
