package th.go.moph.dho.line;

import java.io.IOException;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.client.base.http.HttpChain;
import com.linecorp.bot.client.base.http.HttpInterceptor;
import com.linecorp.bot.client.base.http.HttpRequest;
import com.linecorp.bot.client.base.http.HttpResponse;

import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Two things the SDK client does not do by itself: keep a base path (the SDK's paths are
 * absolute, so {@code http://localhost/dev/line/fake-api} would lose its path) and retry
 * a call that LINE answered with a 5xx (pushes carry their {@code X-Line-Retry-Key}, so
 * LINE never delivers a retried push twice). Logs only the method, path and status: never
 * headers (the bearer token) or bodies (citizens' messages).
 */
class LineHttpInterceptor implements HttpInterceptor {

	private static final Logger log = LoggerFactory.getLogger(LineHttpInterceptor.class);

	private final String basePath;

	private final int retries;

	LineHttpInterceptor(URI base, int retries) {
		String path = base.getRawPath() == null ? "" : base.getRawPath();
		this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		this.retries = retries;
	}

	@Override
	public HttpResponse intercept(HttpChain chain) throws IOException {
		HttpRequest request = withBasePath(chain.request());
		int attempt = 0;
		while (true) {
			try {
				HttpResponse response = chain.proceed(request);
				if (response.code() < 500 || attempt >= this.retries) {
					return response;
				}
				response.toOkHttpResponse().close();
			}
			catch (AbstractLineClientException ex) {
				// the SDK turns an error status into this exception inside the chain
				if (ex.getCode() < 500 || attempt >= this.retries) {
					throw ex;
				}
			}
			attempt++;
			log.warn("LINE answered a server error to {} {}; retry {} of {}", request.method(), request.url().getPath(),
					attempt, this.retries);
			pause(attempt);
		}
	}

	private static void pause(int attempt) throws IOException {
		try {
			Thread.sleep(100L * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while retrying", ex);
		}
	}

	private HttpRequest withBasePath(HttpRequest request) {
		if (this.basePath.isEmpty()) {
			return request;
		}
		Request ok = request.toOkHttpRequest();
		HttpUrl url = ok.url();
		if (url.encodedPath().startsWith(this.basePath + "/")) {
			return request;
		}
		HttpUrl rewritten = url.newBuilder().encodedPath(this.basePath + url.encodedPath()).build();
		HttpRequest.HttpRequestBuilder builder = request.newBuilder();
		builder.builder().url(rewritten);
		return builder.build();
	}

}
