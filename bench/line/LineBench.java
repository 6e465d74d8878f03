import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
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
 * Usage: java LineBench.java run APP_URL SECRET FAKE_PORT RATE SECONDS BURST [APP_PID]
 * With the app's process id it also prints the CPU time the app spent per event in each phase
 * (from /proc), and the CPU this load generator and fake LINE server spent beside it.
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
		appPid = args.length > 7 ? Long.parseLong(args[7]) : -1;
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(4)).build();
		waitFor(client, app);
		System.out.println("warm-up ...");
		// long enough for the JIT to compile the request and worker paths (it spends tens of
		// seconds of CPU on this app); a short warm-up measures the compiler, not the app
		int warmRate = Integer.getInteger("warmRate", 300);
		int warmSeconds = Integer.getInteger("warmSeconds", 60);
		send(app, secret, "warm", warmRate * warmSeconds, warmRate);
		// a cold app falls behind at first and answers the oldest events by push: count those too
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline
				&& replies.keySet().stream().filter(k -> k.startsWith("warm-")).count() + pushes.get() < warmRate
						* warmSeconds) {
			Thread.sleep(50);
		}
		System.out.printf("  warm-up: %d answered by reply, %d by push (late: the app starts cold)%n",
				replies.keySet().stream().filter(k -> k.startsWith("warm-")).count(), pushes.get());
		replies.clear();
		pushes.set(0);

		System.out.printf("phase 1: %d webhooks/s for %d s (one text event each)%n", rate, seconds);
		Cpu cpu1 = Cpu.now();
		List<Long> latencies = send(app, secret, "p1", rate * seconds, rate);
		int expected1 = rate * seconds;
		await(expected1, 120, "p1");
		report("phase 1 acknowledgement", latencies, seconds);
		check(expected1, "p1");
		cpu1.report("phase 1", expected1);

		System.out.printf("phase 2: burst of %d webhooks, %d in flight%n", burst, CONNECTIONS);
		Cpu cpu2 = Cpu.now();
		long start = System.nanoTime();
		List<Long> burstLatencies = send(app, secret, "p2", burst, 0);
		double ackSeconds = (System.nanoTime() - start) / 1e9;
		boolean all = await(burst, 300, "p2");
		double e2eSeconds = (lastReplyNanos.get() - start) / 1e9;
		report("phase 2 acknowledgement", burstLatencies, ackSeconds);
		System.out.printf("phase 2 acknowledged: %.0f events/s%n", burst / ackSeconds);
		System.out.printf("phase 2 end to end (all replies at fake LINE): %.0f events/s (%.1f s)%s%n",
				burst / e2eSeconds, e2eSeconds, all ? "" : " INCOMPLETE");
		check(burst, "p2");
		cpu2.report("phase 2", burst);
	}

	static long appPid;

	/** CPU time of the app (from /proc, when its pid is known) and of this process, in ms. */
	record Cpu(long app, long self) {

		static Cpu now() {
			return new Cpu(appCpuMillis(), selfCpuMillis());
		}

		void report(String phase, int events) {
			Cpu end = now();
			if (this.app >= 0 && end.app >= 0) {
				System.out.printf("%s CPU per event: app %.2f ms, load generator and fake LINE server %.2f ms%n", phase,
						(end.app - this.app) / (double) events, (end.self - this.self) / (double) events);
			}
		}

		static long selfCpuMillis() {
			return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
		}

		static long appCpuMillis() {
			if (appPid <= 0) {
				return -1;
			}
			try {
				String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + appPid + "/stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				// utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name
				return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / 100;
			}
			catch (IOException | RuntimeException ex) {
				return -1;
			}
		}

	}

	static void startFakeLine(int port) throws IOException {
		// the JDK server writes headers and body separately; without TCP_NODELAY every reply
		// waits for the client's delayed ACK (40 ms), which LINE's real servers do not do
		System.setProperty("sun.net.httpserver.nodelay", "true");
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

	static byte[] webhook(URI app, byte[] secret, String phase, int i) throws Exception {
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
		String head = "POST /line/webhook HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
				+ "\r\nContent-Type: application/json\r\nX-Line-Signature: " + signature + "\r\nContent-Length: "
				+ bytes.length + "\r\n\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
		byte[] request = Arrays.copyOf(headBytes, headBytes.length + bytes.length);
		System.arraycopy(bytes, 0, request, headBytes.length, bytes.length);
		return request;
	}

	static final int CONNECTIONS = 64;

	/**
	 * Sends {@code total} webhooks over {@value #CONNECTIONS} keep-alive connections, at a fixed
	 * rate (open loop: request i is due at start + i/rate, and its latency counts from then, so a
	 * slow answer cannot hide the requests queued behind it) or, with rate 0, as fast as the app
	 * answers. Requests are built and signed before the clock starts, and sent with plain
	 * sockets, so the load generator takes little of the CPU it shares with the app.
	 */
	static List<Long> send(String app, byte[] secret, String phase, int total, int rate) throws Exception {
		URI uri = URI.create(app);
		byte[][] requests = new byte[total][];
		for (int i = 0; i < total; i++) {
			requests[i] = webhook(uri, secret, phase, i);
		}
		long[] latencies = new long[total];
		AtomicInteger failures = new AtomicInteger();
		long start = System.nanoTime() + 20_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < CONNECTIONS; c++) {
			int first = c;
			Thread thread = new Thread(() -> {
				Connection connection = null;
				for (int i = first; i < total; i += CONNECTIONS) {
					long due = rate > 0 ? start + (long) (i * 1e9 / rate) : System.nanoTime();
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					try {
						if (connection == null) {
							connection = new Connection(uri.getHost(), uri.getPort());
						}
						if (connection.exchange(requests[i]) != 200) {
							failures.incrementAndGet();
						}
						if (connection.closed) {
							connection = null;
						}
					}
					catch (IOException ex) {
						failures.incrementAndGet();
						connection = null;
					}
					latencies[i] = System.nanoTime() - Math.max(due, start);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		System.out.printf("  sent in %.1f s; failed: %d%n", (System.nanoTime() - start) / 1e9, failures.get());
		List<Long> result = new ArrayList<>(total);
		for (long latency : latencies) {
			result.add(latency);
		}
		return result;
	}

	/** One keep-alive HTTP/1.1 connection that sends a prepared request and reads the answer. */
	static final class Connection {

		final Socket socket;

		final OutputStream out;

		final InputStream in;

		boolean closed;

		Connection(String host, int port) throws IOException {
			this.socket = new Socket(host, port);
			this.socket.setTcpNoDelay(true);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream());
		}

		/** @return the status code */
		int exchange(byte[] request) throws IOException {
			this.out.write(request);
			this.out.flush();
			String status = line();
			int code = Integer.parseInt(status.split(" ")[1]);
			int length = 0;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(java.util.Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Integer.parseInt(lower.substring(15).strip());
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					this.closed = true;
				}
			}
			this.in.readNBytes(length);
			if (this.closed) {
				this.socket.close();
			}
			return code;
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new IOException("connection closed");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

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
				+ " (pushes since the warm-up, for events older than the reply token: %d)%n", phase, expected, unique,
				expected - unique, doubled, pushes.get());
	}

}
