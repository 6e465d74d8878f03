import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * Load generator and fake LINE server for the LINE webhook benchmark (no dependencies: run
 * with {@code java LineBench.java}). Phase 1 sends signed webhooks with one text event each
 * at a fixed rate (open loop) and measures the 200 acknowledgement; phase 2 sends a burst as
 * fast as the app takes it and measures events/s end to end (until the fake LINE server has
 * counted every reply). Every reply token is counted, so lost and doubled answers show.
 *
 * Usage: java LineBench.java serve FAKE_PORT  (prints READY; then run phases with "run")
 *        java LineBench.java run APP_URL SECRET FAKE_PORT RATE SECONDS BURST
 */
public class LineBench {

	static final Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();

	static final Pattern TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

	static final AtomicLong lastReplyNanos = new AtomicLong();

	static final AtomicInteger pushes = new AtomicInteger();

	public static void main(String[] args) throws Exception {
		try {
			bench(args);
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

	static void bench(String[] args) throws Exception {
		int fakePort = Integer.parseInt(args[3]);
		startFakeLine(fakePort);
		String app = args[1];
		byte[] secret = args[2].getBytes(StandardCharsets.UTF_8);
		int rate = Integer.parseInt(args[4]);
		int seconds = Integer.parseInt(args[5]);
		int burst = Integer.parseInt(args[6]);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(4)).build();
		waitFor(client, app);
		System.out.println("warm-up ...");
		runOpenLoop(client, app, secret, "warm", 200, 5);
		await(5 * 200, 60, "warm");
		replies.clear();

		System.out.printf("phase 1: %d webhooks/s for %d s (one text event each)%n", rate, seconds);
		List<Long> latencies = runOpenLoop(client, app, secret, "p1", rate, seconds);
		int expected1 = rate * seconds;
		await(expected1, 120, "p1");
		report("phase 1 acknowledgement", latencies, seconds);
		check(expected1, "p1");

		System.out.printf("phase 2: burst of %d webhooks, 64 in flight%n", burst);
		long start = System.nanoTime();
		List<Long> burstLatencies = runBurst(client, app, secret, "p2", burst, 64);
		double ackSeconds = (System.nanoTime() - start) / 1e9;
		boolean all = await(burst, 300, "p2");
		double e2eSeconds = (lastReplyNanos.get() - start) / 1e9;
		report("phase 2 acknowledgement", burstLatencies, ackSeconds);
		System.out.printf("phase 2 acknowledged: %.0f events/s%n", burst / ackSeconds);
		System.out.printf("phase 2 end to end (all replies at fake LINE): %.0f events/s (%.1f s)%s%n",
				burst / e2eSeconds, e2eSeconds, all ? "" : " INCOMPLETE");
		check(burst, "p2");
	}

	static void startFakeLine(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.createContext("/", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				Matcher m = TOKEN.matcher(body);
				if (exchange.getRequestURI().getPath().endsWith("/v2/bot/message/push")) {
					pushes.incrementAndGet();
				}
				if (exchange.getRequestURI().getPath().endsWith("/v2/bot/message/reply") && m.find()) {
					replies.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet();
					lastReplyNanos.set(System.nanoTime());
				}
			}
			byte[] out = "{\"sentMessages\":[]}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, out.length);
			exchange.getResponseBody().write(out);
			exchange.close();
		});
		server.start();
	}

	static void waitFor(HttpClient client, String app) throws InterruptedException {
		for (int i = 0; i < 1200; i++) {
			try {
				HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(app + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (r.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not up yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("app did not start");
	}

	static final String[] TEXTS = { "เมนู", "ข่าว", "ติดต่อ", "แบบฟอร์ม" };

	static HttpRequest webhook(String app, byte[] secret, String phase, int i) throws Exception {
		String user = String.format("U%08x%024x", phase.hashCode(), i % 20000);
		String id = String.format("%s%020d", phase.toUpperCase(), i);
		String body = "{\"destination\":\"Ubench\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":"
				+ System.currentTimeMillis() + ",\"source\":{\"type\":\"user\",\"userId\":\"" + user
				+ "\"},\"webhookEventId\":\"" + id + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\""
				+ phase + "-" + i + "\",\"message\":{\"id\":\"" + i + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\""
				+ TEXTS[i % TEXTS.length] + "\"}}]}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret, "HmacSHA256"));
		String signature = Base64.getEncoder().encodeToString(mac.doFinal(bytes));
		return HttpRequest.newBuilder(URI.create(app + "/line/webhook"))
			.header("Content-Type", "application/json")
			.header("X-Line-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
	}

	/**
	 * Sends at a fixed rate. At most 512 requests are in flight: when the app falls that far
	 * behind, the request is counted as late instead of opening ever more connections.
	 */
	static List<Long> runOpenLoop(HttpClient client, String app, byte[] secret, String phase, int rate, int seconds)
			throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<CompletableFuture<?>> pending = new ArrayList<>();
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger late = new AtomicInteger();
		Semaphore slots = new Semaphore(512);
		long start = System.nanoTime();
		int total = rate * seconds;
		for (int i = 0; i < total; i++) {
			long due = start + (long) (i * 1e9 / rate);
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			HttpRequest request = webhook(app, secret, phase, i);
			if (!slots.tryAcquire()) {
				late.incrementAndGet();
				slots.acquire();
			}
			long sent = System.nanoTime();
			pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
				latencies.add(System.nanoTime() - sent);
				if (e != null || r.statusCode() != 200) {
					failures.incrementAndGet();
				}
				slots.release();
				return null;
			}));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
		System.out.printf("  sent in %.1f s; failed: %d; sent late (512 already in flight): %d%n",
				(System.nanoTime() - start) / 1e9, failures.get(), late.get());
		return latencies;
	}

	static List<Long> runBurst(HttpClient client, String app, byte[] secret, String phase, int total, int inFlight)
			throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		Semaphore slots = new Semaphore(inFlight);
		List<CompletableFuture<?>> pending = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			slots.acquire();
			HttpRequest request = webhook(app, secret, phase, i);
			long sent = System.nanoTime();
			pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
				latencies.add(System.nanoTime() - sent);
				slots.release();
				return null;
			}));
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
		return latencies;
	}

	static boolean await(int expected, int seconds, String phase) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			long got = replies.keySet().stream().filter(k -> k.startsWith(phase + "-")).count();
			if (got >= expected) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	static void report(String what, List<Long> latencies, double seconds) {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("%s: %d requests in %.1f s = %.0f/s; latency ms p50 %.2f, p99 %.2f, max %.2f%n", what,
				sorted.size(), seconds, sorted.size() / seconds, pct(sorted, 0.50), pct(sorted, 0.99),
				sorted.get(sorted.size() - 1) / 1e6);
	}

	static double pct(List<Long> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

	static void check(int expected, String phase) {
		long unique = replies.keySet().stream().filter(k -> k.startsWith(phase + "-")).count();
		long doubled = replies.entrySet().stream().filter(e -> e.getKey().startsWith(phase + "-") && e.getValue().get() > 1).count();
		System.out.printf("%s: %d events sent, %d answered by reply, %d not answered by reply, %d answered twice"
				+ " (pushes so far, for events older than the reply token: %d)%n", phase, expected, unique,
				expected - unique, doubled, pushes.get());
	}

}
