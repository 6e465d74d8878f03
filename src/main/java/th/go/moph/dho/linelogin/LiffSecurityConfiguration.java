package th.go.moph.dho.linelogin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The LIFF app's JSON APIs ({@code /api/liff/**}, {@code /api/eservice/**}), the mock
 * token endpoint and the stand-in for LINE's verify endpoint: stateless, no session and
 * no CSRF token (the bearer ID token is nothing a browser sends by itself), open at the
 * filter level because every controller verifies the token itself. The usual security
 * headers stay, with a Content-Security-Policy that allows nothing (JSON only).
 */
@Configuration(proxyBeanMethods = false)
class LiffSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	@Bean
	@Order(5)
	SecurityFilterChain liffApiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/liff/**", "/api/eservice/**", "/dev/liff/**", LiffMode.FAKE_VERIFY_PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
