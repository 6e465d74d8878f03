package th.go.moph.dho.stats;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the visit counter on every request unless {@code dho.stats.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "dho.stats.enabled", matchIfMissing = true)
	FilterRegistrationBean<VisitCountingFilter> visitCountingFilter(VisitCounter counter) {
		FilterRegistrationBean<VisitCountingFilter> registration = new FilterRegistrationBean<>(
				new VisitCountingFilter(counter));
		// outside Spring Security's chain: it only reads the finished response and two
		// headers, and
		// inside it every header read goes through the firewall's check of the whole
		// value again
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
