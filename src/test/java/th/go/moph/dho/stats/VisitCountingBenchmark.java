package th.go.moph.dho.stats;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionOperations;

import jakarta.servlet.FilterChain;

/**
 * What the visit counting filter itself costs a counted page view, in nanoseconds (run by
 * {@code bench/stats/run.sh}, not a test). The throughput of the whole app with counting
 * on and off varies more between two starts of the JVM than the few per cent being
 * measured; this measures the filter alone, on the same request again and again after the
 * JIT has compiled it: a browser's GET of the home page answered with 200 HTML.
 */
public final class VisitCountingBenchmark {

	static final String BROWSER = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";

	public static void main(String[] args) throws Exception {
		VisitCounter counter = new VisitCounter(null, TransactionOperations.withoutTransaction(),
				Clock.systemDefaultZone(), new StatsSettings(true, Duration.ofSeconds(5), 500));
		VisitCountingFilter filter = new VisitCountingFilter(counter);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("User-Agent", BROWSER);
		request.setRemoteAddr("203.0.113.7");
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType("text/html;charset=UTF-8");
		FilterChain page = (req, res) -> {
		};
		int views = 1_000_000;
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < end) { // warm-up
			for (int i = 0; i < views; i++) {
				filter.doFilter(request, response, page);
			}
		}
		double[] nanos = new double[9];
		for (int round = 0; round < nanos.length; round++) {
			long start = System.nanoTime();
			for (int i = 0; i < views; i++) {
				filter.doFilter(request, response, page);
			}
			nanos[round] = (System.nanoTime() - start) / (double) views;
		}
		Arrays.sort(nanos);
		long counted = counter.pendingToday().pageViews();
		System.out.printf("%.0f %d%n", nanos[nanos.length / 2], counted);
	}

}
