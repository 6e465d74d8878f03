package th.go.moph.dho.stats;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts a successful GET of a public HTML page by a person (not a bot). It only looks at
 * the finished response and increments counters in memory.
 */
class VisitCountingFilter extends OncePerRequestFilter {

	private final VisitCounter counter;

	VisitCountingFilter(VisitCounter counter) {
		this.counter = counter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || VisitPaths.isIgnored(pathOf(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() != HttpStatus.OK.value()) {
			return;
		}
		String contentType = response.getContentType();
		if (contentType == null || !contentType.startsWith("text/html")) {
			return;
		}
		String userAgent = request.getHeader("User-Agent");
		if (userAgent == null || VisitPaths.isBot(userAgent)) {
			return;
		}
		this.counter.count(VisitPaths.normalise(pathOf(request)), request.getRemoteAddr(), userAgent);
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
