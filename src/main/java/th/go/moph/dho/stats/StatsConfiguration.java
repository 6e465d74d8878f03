package th.go.moph.dho.stats;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

}
