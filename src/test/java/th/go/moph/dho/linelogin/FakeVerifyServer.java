package th.go.moph.dho.linelogin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A fake of LINE's verify endpoint on loopback: answers each call with the next queued
 * answer (or a 400 when none is queued) and counts the calls.
 */
final class FakeVerifyServer implements AutoCloseable {

	static final String CHANNEL = "1234567890";

	static final String USER = "U4af4980629b2f0f7e1f2d3c4b5a69788";

	private final MockWebServer server = new MockWebServer();

	private final Queue<MockResponse> answers = new ConcurrentLinkedQueue<>();

	private final Queue<String> bodies = new ConcurrentLinkedQueue<>();

	final AtomicInteger calls = new AtomicInteger();

	FakeVerifyServer() {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				FakeVerifyServer.this.calls.incrementAndGet();
				FakeVerifyServer.this.bodies.add(request.getBody() == null ? ""
						: request.getBody().string(java.nio.charset.StandardCharsets.UTF_8));
				MockResponse answer = FakeVerifyServer.this.answers.poll();
				return answer != null ? answer : refusal("Invalid IdToken.");
			}
		});
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI url() {
		return this.server.url("/oauth2/v2.1/verify").uri();
	}

	Queue<String> bodies() {
		return this.bodies;
	}

	/** LINE's 200 with these claims. */
	void answerClaims(String iss, String aud, long exp, String sub) {
		this.answers.add(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("{\"iss\":\"" + iss + "\",\"sub\":\"" + sub + "\",\"aud\":\"" + aud + "\",\"exp\":" + exp
					+ ",\"iat\":" + (exp - 3600) + ",\"amr\":[\"linesso\"],\"name\":\"สมชาย ใจดี\","
					+ "\"picture\":\"https://profile.line-scdn.net/abc\"}")
			.build());
	}

	/** LINE's 400 with this description. */
	void answerRefusal(String description) {
		this.answers.add(refusal(description));
	}

	private static MockResponse refusal(String description) {
		return new MockResponse.Builder().code(400)
			.addHeader("Content-Type", "application/json")
			.body("{\"error\":\"invalid_request\",\"error_description\":\"" + description + "\"}")
			.build();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
