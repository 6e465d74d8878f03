package th.go.moph.dho.line;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The machine-to-machine endpoints of the LINE module: the webhook (authenticated by its
 * signature, not by a session or CSRF token) and the simulator's fake LINE API (called by
 * the SDK client, refuses everything unless the simulator runs).
 */
@Configuration(proxyBeanMethods = false)
class LineSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain lineWebhookSecurity(HttpSecurity http, LineSettings settings) throws Exception {
		http.securityMatcher(settings.webhookPath(), LineChannel.FAKE_API_PATH + "/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// machine to machine, no browser and no session: none of the browser
			// protections apply,
			// and at hundreds of webhooks a second every filter left out counts
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.disable());
		return http.build();
	}

}
