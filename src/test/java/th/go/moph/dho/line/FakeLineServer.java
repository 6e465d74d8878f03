package th.go.moph.dho.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A fake LINE API on loopback (okhttp MockWebServer) that records every call. */
final class FakeLineServer {

	/** One call the SDK client made. */
	record Call(String method, String path, String authorization, String retryKey, String body) {
	}

	private final MockWebServer server = new MockWebServer();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	/** How many of the next calls are answered with 500. */
	final AtomicInteger failNext = new AtomicInteger();

	FakeLineServer() {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
				FakeLineServer.this.calls.add(new Call(request.getMethod(), request.getUrl().encodedPath(),
						request.getHeaders().get("Authorization"), request.getHeaders().get("X-Line-Retry-Key"), body));
				if (FakeLineServer.this.failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
					return new MockResponse.Builder().code(500).body("{\"message\":\"down\"}").build();
				}
				String path = request.getUrl().encodedPath();
				if (path.endsWith("/v2/bot/richmenu/list")) {
					return json("{\"richmenus\":[" + String.join(",", FakeLineServer.this.richMenus) + "]}");
				}
				if (path.endsWith("/v2/bot/richmenu") && request.getMethod().equals("POST")) {
					String id = "richmenu-" + (FakeLineServer.this.richMenus.size() + 1);
					FakeLineServer.this.richMenus
						.add(body.substring(0, body.length() - 1) + ",\"richMenuId\":\"" + id + "\"}");
					return json("{\"richMenuId\":\"" + id + "\"}");
				}
				return new MockResponse.Builder().code(200)
					.addHeader("Content-Type", "application/json")
					.body("{\"sentMessages\":[]}")
					.build();
			}
		});
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final List<String> richMenus = new CopyOnWriteArrayList<>();

	private static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

	String url() {
		String u = this.server.url("/").toString();
		return u.substring(0, u.length() - 1);
	}

	List<Call> calls() {
		return this.calls;
	}

	List<Call> calls(String path) {
		return this.calls.stream().filter(c -> c.path().equals(path)).toList();
	}

	List<Call> replies() {
		return calls("/v2/bot/message/reply");
	}

	List<Call> pushes() {
		return calls("/v2/bot/message/push");
	}

	void reset() {
		this.calls.clear();
		this.richMenus.clear();
		this.failNext.set(0);
	}

}
