package th.go.moph.dho.staff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Staff screens and staff APIs need a signed-in staff member; the public site, the public
 * APIs and the LINE webhook are open. Every page carries a Content-Security-Policy that
 * allows nothing from another host and no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String LOGIN_PAGE = "/staff/login";

	/**
	 * A request that carries HTTP Basic credentials: scripts, which a browser never sends
	 * across sites on its own because this chain never asks a browser for Basic
	 * credentials.
	 */
	static final RequestMatcher BASIC_CREDENTIALS = request -> {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	};

	/**
	 * Staff JSON endpoints: the staff session (CSRF token required) or HTTP Basic with a
	 * staff account (no session, no CSRF token: nothing a browser sends by itself).
	 * Answers 401 without a Basic challenge, so browsers never cache Basic credentials.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain staffApiSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/staff/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_CREDENTIALS))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE) // the catch-all chain comes after every feature's
										// own chain
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN_PAGE, LOGIN_PAGE + "/**")
			.permitAll()
			// the staff pages' own stylesheet and script (static/staff/**), needed by the
			// login page too
			.requestMatchers(HttpMethod.GET, "/staff/*.css", "/staff/*.js")
			.permitAll()
			.requestMatchers("/staff/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.defaultSuccessUrl("/staff", false)
				.failureHandler((request, response,
						exception) -> response.sendRedirect(request.getContextPath() + LOGIN_PAGE
								+ (exception instanceof LockedException ? "?locked" : "?error")))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/line/webhook"));
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(options -> {
			})
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
			.referrerPolicy(referrer -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		return new DefaultAuthenticationEventPublisher(events);
	}

}
