package th.go.moph.dho.thai;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds and shows {@link BuddhistDate} fields with {@link ThaiDateInput}; other dates
 * keep Spring's own formatting.
 */
@Configuration(proxyBeanMethods = false)
class BuddhistDateFormatting implements WebMvcConfigurer, AnnotationFormatterFactory<BuddhistDate> {

	private static final Formatter<LocalDate> FORMATTER = new Formatter<>() {

		@Override
		public LocalDate parse(String text, Locale locale) {
			return ThaiDateInput.parse(text);
		}

		@Override
		public String print(LocalDate date, Locale locale) {
			return ThaiDateInput.format(date);
		}

	};

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(this);
	}

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class);
	}

	@Override
	public Printer<?> getPrinter(BuddhistDate annotation, Class<?> fieldType) {
		return FORMATTER;
	}

	@Override
	public Parser<?> getParser(BuddhistDate annotation, Class<?> fieldType) {
		return FORMATTER;
	}

}
