import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Load generator and fake LINE server for the e-service benchmark (run with
 * {@code java -cp h2.jar EserviceBench.java}; the H2 driver only reads the app's database
 * at the end). The fake LINE server on loopback answers LINE Login's "verify ID token"
 * (every bench user's token is verified once before the load, so the app's verifier has it
 * cached) and the Messaging API's push (recording when each push arrived).
 *
 * Phases: warm-up submissions; then CLIENTS clients each submit PER_CLIENT requests
 * through {@code POST /api/eservice/requests} back to back (closed loop) over keep-alive
 * connections, timing each; then a check of the database: exactly the submitted requests,
 * no duplicate, tracking numbers gap-free; then CHANGES status changes through the staff
 * API at a steady rate, timing each until the fake LINE server receives its push.
 *
 * Usage: java -cp h2.jar EserviceBench.java run APP_URL FAKE_PORT JDBC_URL CLIENTS
 * PER_CLIENT CHANGES STAFF_USER STAFF_PASSWORD
 */
public class EserviceBench {

	static final Pattern TRACKING = Pattern.compile("ER-(\\d{4})-(\\d{6})");

	static final Pattern ID_TOKEN = Pattern.compile("id_token=bench-([0-9a-f]+)");

	/** Arrival times (nanoTime) of pushes, by the tracking number they name. */
	static final Map<String, ConcurrentLinkedQueue<Long>> pushes = new ConcurrentHashMap<>();

	static final AtomicInteger pushCount = new AtomicInteger();

	static final AtomicInteger verifications = new AtomicInteger();

	public static void main(String[] args) {
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
		URI app = URI.create(args[1]);
		int fakePort = Integer.parseInt(args[2]);
		String jdbc = args[3];
		int clients = Integer.parseInt(args[4]);
		int perClient = Integer.parseInt(args[5]);
		int changes = Integer.parseInt(args[6]);
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((args[7] + ":" + args[8]).getBytes(StandardCharsets.UTF_8));
		appPid = args.length > 9 ? Long.parseLong(args[9]) : -1;
		startFakeLine(fakePort);
		waitFor(app);

		// verify every user's token once: ~12 simultaneous first verifications would hold
		// every request thread of the app
		for (int c = 0; c < clients; c++) {
			int code = new Http(app).exchange(get(app, "/api/eservice/my/requests", "Bearer " + token(c)));
			if (code != 200) {
				throw new IllegalStateException("token of user " + c + " not accepted: " + code);
			}
		}
		System.out.printf("%d users' ID tokens verified by the fake LINE server (%d verify calls)%n", clients,
				verifications.get());

		Set<String> filed = ConcurrentHashMap.newKeySet();
		int warm = Integer.getInteger("warmPerClient", 40);
		System.out.printf("warm-up: %d clients x %d submissions ...%n", clients, warm);
		Result warmUp = submit(app, clients, warm, "w", filed);
		System.out.printf("  warm-up: %.0f submissions/s, failed %d%n", warmUp.perSecond(), warmUp.failed);

		System.out.printf("measure: %d clients x %d submissions, each client back to back%n", clients, perClient);
		long cpuBefore = appCpuMillis();
		Result run = submit(app, clients, perClient, "m", filed);
		long cpuAfter = appCpuMillis();
		run.report();
		if (cpuBefore >= 0 && cpuAfter >= 0) {
			double perSubmission = (cpuAfter - cpuBefore) / (double) run.latencies.length;
			System.out.printf("app CPU per submission: %.2f ms (%d cores here: at most ~%.0f submissions/s if the app"
					+ " had them to itself); load average now %s%n", perSubmission,
					Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().availableProcessors() * 1000 / perSubmission, loadAverage());
		}

		int expected = clients * (warm + perClient);
		checkDatabase(jdbc, filed, expected);

		if (changes > 0) {
			pushLatency(app, basic, run.numbers, changes);
		}
	}

	static long appPid;

	/** CPU time the app has used (utime + stime from /proc), in ms, or -1. */
	static long appCpuMillis() {
		if (appPid <= 0) {
			return -1;
		}
		try {
			String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + appPid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / 100;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	// ------------------------------------------------------------------ submissions

	static final class Result {

		final long[] latencies;

		final List<String> numbers = Collections.synchronizedList(new ArrayList<>());

		int failed;

		double seconds;

		Result(int total) {
			this.latencies = new long[total];
		}

		double perSecond() {
			return this.latencies.length / this.seconds;
		}

		void report() {
			long[] sorted = this.latencies.clone();
			java.util.Arrays.sort(sorted);
			System.out.printf(
					"submissions: %d in %.1f s = %.0f/s; latency ms p50 %.1f, p99 %.1f, max %.1f; failed %d%n",
					sorted.length, this.seconds, perSecond(), pct(sorted, 0.50), pct(sorted, 0.99),
					sorted[sorted.length - 1] / 1e6, this.failed);
		}

	}

	static Result submit(URI app, int clients, int perClient, String phase, Set<String> filed) throws Exception {
		Result result = new Result(clients * perClient);
		AtomicInteger failures = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				Http http = new Http(app);
				for (int i = 0; i < perClient; i++) {
					byte[] request = submission(app, client, phase + "-" + client + "-" + i);
					long sent = System.nanoTime();
					try {
						int code = http.exchange(request);
						String body = http.body();
						Matcher m = TRACKING.matcher(body);
						if (code == 201 && m.find()) {
							if (!filed.add(m.group())) {
								System.out.println("  DUPLICATE tracking number answered: " + m.group());
							}
							result.numbers.add(m.group());
						}
						else {
							failures.incrementAndGet();
							if (failures.get() <= 5) {
								System.out.println("  failed: " + code + " " + body);
							}
						}
					}
					catch (IOException ex) {
						failures.incrementAndGet();
						http.close();
					}
					result.latencies[client * perClient + i] = System.nanoTime() - sent;
				}
				http.close();
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		result.seconds = (System.nanoTime() - start) / 1e9;
		result.failed = failures.get();
		return result;
	}

	static String user(int client) {
		return String.format("Ubec0%028x", client);
	}

	static String token(int client) {
		return "bench-" + user(client).substring(1);
	}

	static final String BOUNDARY = "----eservicebench7MA4YWxkTrZu0gW";

	static byte[] submission(URI app, int client, String label) {
		StringBuilder body = new StringBuilder();
		part(body, "service", "complaint");
		part(body, "field.topic", "การให้บริการ");
		part(body, "field.detail", "รอรับบริการนานกว่าที่ควร (" + label + ") ขอให้ปรับปรุงระบบคิว");
		part(body, "field.place", "รพ.สต.บ้านนา");
		part(body, "field.full_name", "นายทดสอบ ภาระงาน");
		part(body, "field.phone", "0812345678");
		body.append("--").append(BOUNDARY).append("--\r\n");
		byte[] content = body.toString().getBytes(StandardCharsets.UTF_8);
		String head = "POST /api/eservice/requests HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
				+ "\r\nAuthorization: Bearer " + token(client) + "\r\nContent-Type: multipart/form-data; boundary="
				+ BOUNDARY + "\r\nContent-Length: " + content.length + "\r\n\r\n";
		return concat(head.getBytes(StandardCharsets.US_ASCII), content);
	}

	static void part(StringBuilder body, String name, String value) {
		body.append("--")
			.append(BOUNDARY)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
			.append(value)
			.append("\r\n");
	}

	// ------------------------------------------------------------------ database

	static void checkDatabase(String jdbc, Set<String> answered, int expected) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbc, "sa", ""); Statement st = db.createStatement()) {
			List<String> bench = new ArrayList<>();
			try (ResultSet rs = st.executeQuery(
					"SELECT tracking_number FROM eservice_request WHERE line_user_id LIKE 'Ubec0%' ORDER BY id")) {
				while (rs.next()) {
					bench.add(rs.getString(1));
				}
			}
			Set<String> stored = new HashSet<>(bench);
			Set<String> lost = new HashSet<>(answered);
			lost.removeAll(stored);
			Set<String> unanswered = new HashSet<>(stored);
			unanswered.removeAll(answered);
			System.out.printf(
					"database: %d submissions sent, %d answered 201, %d stored (%d duplicates); lost %d, stored without an answer %d%n",
					expected, answered.size(), bench.size(), bench.size() - stored.size(), lost.size(),
					unanswered.size());
			Map<String, List<Integer>> byYear = new TreeMap<>();
			try (ResultSet rs = st.executeQuery("SELECT tracking_number FROM eservice_request")) {
				while (rs.next()) {
					Matcher m = TRACKING.matcher(rs.getString(1));
					if (m.matches()) {
						byYear.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
					}
				}
			}
			Map<String, Integer> counters = new HashMap<>();
			try (ResultSet rs = st.executeQuery("SELECT year_be, last_number FROM eservice_tracking_counter")) {
				while (rs.next()) {
					counters.put(String.valueOf(rs.getInt(1)), rs.getInt(2));
				}
			}
			for (Map.Entry<String, List<Integer>> year : byYear.entrySet()) {
				List<Integer> numbers = year.getValue();
				Collections.sort(numbers);
				int gaps = 0;
				for (int i = 0; i < numbers.size(); i++) {
					if (numbers.get(i) != i + 1) {
						gaps++;
					}
				}
				System.out.printf("tracking numbers %s: %d requests numbered 1..%d, counter at %s, %s%n", year.getKey(),
						numbers.size(), numbers.get(numbers.size() - 1), counters.get(year.getKey()),
						gaps == 0 && counters.getOrDefault(year.getKey(), -1) == numbers.size() ? "gap-free"
								: "NOT gap-free (" + gaps + " out of place)");
			}
		}
	}

	// ------------------------------------------------------------------ pushes

	static void pushLatency(URI app, String basic, List<String> numbers, int changes) throws Exception {
		// pushes of the filings (if any) arrive first; wait until they stop
		int before;
		do {
			before = pushCount.get();
			Thread.sleep(2000);
		}
		while (pushCount.get() != before);
		System.out.printf("pushes received while filing: %d%n", before);
		pushes.clear();
		int rate = Integer.getInteger("changeRate", 20);
		System.out.printf("status changes: %d through the staff API at %d/s, timing each push%n", changes, rate);
		Map<String, Long> sentAt = new HashMap<>();
		Http http = new Http(app);
		long start = System.nanoTime();
		int refused = 0;
		for (int i = 0; i < changes && i < numbers.size(); i++) {
			String number = numbers.get(i);
			long due = start + (long) (i * 1e9 / rate);
			LockSupport.parkNanos(Math.max(0, due - System.nanoTime()));
			byte[] json = ("{\"status\":\"IN_PROGRESS\",\"citizenMessage\":\"เจ้าหน้าที่กำลังตรวจสอบเรื่องของท่าน\"}")
				.getBytes(StandardCharsets.UTF_8);
			String head = "POST /api/staff/eservice/requests/" + number + "/status HTTP/1.1\r\nHost: " + app.getHost()
					+ ":" + app.getPort() + "\r\nAuthorization: " + basic
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\n\r\n";
			sentAt.put(number, System.nanoTime());
			if (http.exchange(concat(head.getBytes(StandardCharsets.US_ASCII), json)) != 200) {
				refused++;
				if (refused <= 3) {
					System.out.println("  status change refused: " + http.body());
				}
			}
		}
		http.close();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline && pushes.size() < sentAt.size()) {
			Thread.sleep(100);
		}
		List<Long> latencies = new ArrayList<>();
		for (Map.Entry<String, Long> change : sentAt.entrySet()) {
			ConcurrentLinkedQueue<Long> arrivals = pushes.get(change.getKey());
			if (arrivals != null) {
				arrivals.stream()
					.filter(t -> t >= change.getValue())
					.findFirst()
					.ifPresent(t -> latencies.add(t - change.getValue()));
			}
		}
		if (latencies.isEmpty()) {
			System.out.printf("push latency: NOT MEASURED, the fake LINE server got no push naming a changed request"
					+ " within 30 s (%d pushes in all): this build has no listener that pushes RequestStatusChanged%n",
					pushCount.get());
			return;
		}
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(
				"push latency (status change sent -> push at fake LINE): %d of %d changes pushed (%d refused); ms p50 %.0f, p99 %.0f, max %.0f%n",
				sorted.length, sentAt.size(), refused, pct(sorted, 0.50), pct(sorted, 0.99),
				sorted[sorted.length - 1] / 1e6);
	}

	// ------------------------------------------------------------------ fake LINE

	static void startFakeLine(int port) throws IOException {
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.createContext("/", exchange -> {
			long now = System.nanoTime();
			String path = exchange.getRequestURI().getPath();
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			int status = 200;
			String answer = "{}";
			if (path.endsWith("/oauth2/v2.1/verify")) {
				verifications.incrementAndGet();
				Matcher m = ID_TOKEN.matcher(body);
				if (m.find()) {
					long exp = Instant.now().getEpochSecond() + 3600;
					answer = "{\"iss\":\"https://access.line.me\",\"sub\":\"U" + m.group(1)
							+ "\",\"aud\":\"bench-login\",\"exp\":" + exp + ",\"iat\":" + (exp - 3600)
							+ ",\"name\":\"ผู้ทดสอบ\"}";
				}
				else {
					status = 400;
					answer = "{\"error\":\"invalid_request\",\"error_description\":\"Invalid IdToken.\"}";
				}
			}
			else if (path.endsWith("/v2/bot/message/push") || path.endsWith("/v2/bot/message/multicast")) {
				pushCount.incrementAndGet();
				Matcher m = TRACKING.matcher(body);
				Set<String> named = new HashSet<>();
				while (m.find()) {
					named.add(m.group());
				}
				for (String number : named) {
					pushes.computeIfAbsent(number, k -> new ConcurrentLinkedQueue<>()).add(now);
				}
				answer = "{\"sentMessages\":[]}";
			}
			byte[] out = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, out.length);
			exchange.getResponseBody().write(out);
			exchange.close();
		});
		server.start();
	}

	// ------------------------------------------------------------------ HTTP

	static void waitFor(URI app) throws InterruptedException {
		for (int i = 0; i < 1200; i++) {
			try {
				Http http = new Http(app);
				int code = http.exchange(get(app, "/actuator/health", null));
				http.close();
				if (code == 200) {
					return;
				}
			}
			catch (IOException | RuntimeException ex) {
				// not up yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("app did not start");
	}

	static byte[] get(URI app, String path, String authorization) {
		return ("GET " + path + " HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort() + "\r\n"
				+ (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	static double pct(long[] sorted, double p) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	/** One keep-alive HTTP/1.1 connection (reconnects when the server closed it). */
	static final class Http {

		final URI app;

		Socket socket;

		OutputStream out;

		InputStream in;

		byte[] last = new byte[0];

		Http(URI app) {
			this.app = app;
		}

		int exchange(byte[] request) throws IOException {
			if (this.socket == null) {
				this.socket = new Socket(this.app.getHost(), this.app.getPort());
				this.socket.setTcpNoDelay(true);
				this.out = this.socket.getOutputStream();
				this.in = new BufferedInputStream(this.socket.getInputStream());
			}
			this.out.write(request);
			this.out.flush();
			String status = line();
			int code = Integer.parseInt(status.split(" ")[1]);
			int length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(java.util.Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Integer.parseInt(lower.substring(15).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			if (chunked) {
				java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
				for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer
					.parseInt(line().strip(), 16)) {
					body.write(this.in.readNBytes(size));
					line();
				}
				line();
				this.last = body.toByteArray();
			}
			else {
				this.last = length > 0 ? this.in.readNBytes(length) : new byte[0];
			}
			if (close) {
				close();
			}
			return code;
		}

		String body() {
			return new String(this.last, StandardCharsets.UTF_8);
		}

		void close() {
			try {
				if (this.socket != null) {
					this.socket.close();
				}
			}
			catch (IOException ex) {
				// closing anyway
			}
			this.socket = null;
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

}
