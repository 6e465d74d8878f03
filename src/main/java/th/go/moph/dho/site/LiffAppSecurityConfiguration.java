package th.go.moph.dho.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The LIFF app's pages and assets ({@code /liff/**}): static files, read-only, no
 * session. Its Content-Security-Policy is the site's strict one plus exactly what the
 * LIFF SDK needs inside LINE: its calls to LINE's API hosts ({@code api.line.me} for the
 * token and the app's settings, {@code access.line.me}, {@code liff.line.me}, and
 * {@code liffsdk.line-scdn.net} for its translations) and the scripts {@code liff.init}
 * may load from LINE's CDN ({@code static.line-scdn.net}). Still no inline script or
 * style, and photo previews are {@code blob:} images. The app is never framed: LINE opens
 * it as a page of its own.
 */
@Configuration(proxyBeanMethods = false)
class LiffAppSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' https://static.line-scdn.net; "
			+ "connect-src 'self' https://api.line.me https://access.line.me https://liff.line.me https://liffsdk.line-scdn.net; "
			+ "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(20)
	SecurityFilterChain liffAppSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(LiffAppConfiguration.PATH, LiffAppConfiguration.PATH + "/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.anyRequest()
				.denyAll())
			// files only, nothing to protect with a session or a CSRF token
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> {
				headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
					.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
					.contentTypeOptions(options -> {
					})
					// the resource handlers say how long each file may be kept
					.cacheControl(cache -> cache.disable())
					.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
					// LINE Login's one-time code in the address stays here
					.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
				// written first: a HEAD through the forward gets them too
				headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {

					@Override
					public <O extends HeaderWriterFilter> O postProcess(O filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}

				});
			});
		return http.build();
	}

}
