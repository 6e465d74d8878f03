package th.go.moph.dho.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
				if (path.endsWith("/v2/bot/message/quota")) {
					return json(FakeLineServer.this.quotaLimit.get() < 0 ? "{\"type\":\"none\"}"
							: "{\"type\":\"limited\",\"value\":" + FakeLineServer.this.quotaLimit.get() + "}");
				}
				if (path.endsWith("/v2/bot/message/quota/consumption")) {
					return json("{\"totalUsage\":" + FakeLineServer.this.usage.get() + "}");
				}
				if (path.startsWith("/v2/bot/profile/")) {
					String user = path.substring("/v2/bot/profile/".length());
					if (FakeLineServer.this.strangers.contains(user)) {
						return new MockResponse.Builder().code(404).body("{\"message\":\"Not found\"}").build();
					}
					return json("{\"userId\":\"" + user + "\",\"displayName\":\"ผู้ใช้ LINE\"}");
				}
				String retryKey = request.getHeaders().get("X-Line-Retry-Key");
				if (retryKey != null && (path.endsWith("/message/push") || path.endsWith("/message/multicast"))) {
					// LINE accepts a retry key once; a request that repeats it is
					// answered 409
					if (!FakeLineServer.this.acceptedKeys.add(retryKey)) {
						return new MockResponse.Builder().code(409)
							.addHeader("Content-Type", "application/json")
							.body("{\"message\":\"The retry key is already accepted\"}")
							.build();
					}
					FakeLineServer.this.usage.addAndGet(path.endsWith("/multicast") ? recipients(body) : 1);
					FakeLineServer.this.delivered.add(retryKey);
					if (FakeLineServer.this.acceptButFailNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
						// accepted, but the answer is lost on the way back
						return new MockResponse.Builder().code(500).body("{\"message\":\"lost\"}").build();
					}
					return json(path.endsWith("/multicast") ? "{}" : "{\"sentMessages\":[]}");
				}
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

	/** Retry keys LINE accepted (a request repeating one gets 409). */
	final Set<String> acceptedKeys = ConcurrentHashMap.newKeySet();

	/** Retry keys of the requests LINE delivered, in order (one entry per delivery). */
	final List<String> delivered = new CopyOnWriteArrayList<>();

	/** LINE users who are not friends of the account (their profile is 404). */
	final Set<String> strangers = ConcurrentHashMap.newKeySet();

	/** How many of the next pushes or multicasts are accepted but answered with 500. */
	final AtomicInteger acceptButFailNext = new AtomicInteger();

	/** The month's push quota, or -1 for none. */
	final AtomicLong quotaLimit = new AtomicLong(-1);

	/** Messages used of the quota this month. */
	final AtomicLong usage = new AtomicLong();

	private static int recipients(String body) {
		int to = body.indexOf("\"to\":[");
		if (to < 0) {
			return 0;
		}
		String list = body.substring(to + 6, body.indexOf(']', to));
		return list.isBlank() ? 0 : list.split(",").length;
	}

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

	List<Call> multicasts() {
		return calls("/v2/bot/message/multicast");
	}

	void reset() {
		this.calls.clear();
		this.richMenus.clear();
		this.failNext.set(0);
		this.acceptedKeys.clear();
		this.strangers.clear();
		this.delivered.clear();
		this.acceptButFailNext.set(0);
		this.quotaLimit.set(-1);
		this.usage.set(0);
	}

}
