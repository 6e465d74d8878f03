#!/usr/bin/env bash
# What visit counting costs a public page: starts the packaged app twice on H2 with demo
# content (counting on, then --dho.stats.enabled=false), loads the same page with wrk each
# time and prints requests/s, p99 latency, the app's CPU per request and the on/off ratio.
# Target: on >= 95 % of off. Then measures the counting filter alone (VisitCountingBenchmark)
# and prints its cost as a share of the app's CPU per request with counting off.
#
#   bench/stats/run.sh                 # package if needed, measure "/"
#   BUILD=1 bench/stats/run.sh         # repackage first
#   BENCH_PATH=/statistics/visit-statistics DURATION=30s ROUNDS=5 WARMUP=60s bench/stats/run.sh
#
# Rounds alternate which side goes first; the figures are the means of all rounds.
#
# wrk sends a browser User-Agent: without one every request would count as a bot and the
# counting would not run at all. Only 127.0.0.1 is loaded.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-8085}
DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-60s}
BENCH_PATH=${BENCH_PATH:-/}
FALLBACK_PATH=/statistics/visit-statistics
UA="Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"
DB_OPTS="MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY,USER;DB_CLOSE_DELAY=-1"
OUT=target/bench-stats

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
JAR=$(ls target/dho-connect-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -z "$JAR" ] || [ "${BUILD:-0}" = 1 ]; then
	./mvnw -B -q package -DskipTests
	JAR=$(ls target/dho-connect-*.jar | grep -v -- '-plain' | head -1)
fi
mkdir -p "$OUT"

APP_PID=
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}
trap stop_app EXIT

start_app() { # $1 = true|false
	local dir="$OUT/$1"
	rm -rf "$dir" && mkdir -p "$dir"
	java -Xmx512m -jar "$JAR" --server.port="$PORT" --dho.stats.enabled="$1" --dho.demo.enabled=true \
		--dho.storage.directory="$dir/files" --spring.datasource.url="jdbc:h2:mem:bench-$1;$DB_OPTS" \
		--logging.level.root=WARN >"$dir/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 240); do
		if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; then return 0; fi
		kill -0 "$APP_PID" 2>/dev/null || { echo "app stopped, see $dir/app.log" >&2; exit 1; }
		sleep 1
	done
	echo "app did not start in 240 s, see $dir/app.log" >&2
	exit 1
}

# A page counts only when it is a 200 HTML page; say so when "/" is not one on this branch.
choose_path() {
	local type
	type=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H "User-Agent: $UA" "http://127.0.0.1:$PORT$BENCH_PATH")
	if [[ "$type" != 200\ text/html* ]]; then
		echo "note: $BENCH_PATH answered '$type' (not a 200 HTML page, so never counted); measuring $FALLBACK_PATH instead" >&2
		BENCH_PATH=$FALLBACK_PATH
	fi
}

# CPU time the app has used so far, in clock ticks (user + system, from /proc)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }

measure() { # $1 = true|false; prints "req/s p99 app-CPU-µs-per-request"
	local url="http://127.0.0.1:$PORT$BENCH_PATH" file="$OUT/$1/wrk-$2.txt"
	# warm-up: the JIT needs about a minute of load on this app before the figures settle
	wrk -t2 -c50 -d"$WARMUP" --timeout 10s -H "User-Agent: $UA" "$url" >/dev/null
	local before after
	before=$(cpu_ticks)
	wrk -t2 -c50 -d"$DURATION" --latency --timeout 10s -H "User-Agent: $UA" "$url" >"$file"
	after=$(cpu_ticks)
	local rps p99 requests cpu
	rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
	p99=$(awk '$1 == "99%" {print $2}' "$file")
	requests=$(awk '/requests in/ {print $1}' "$file")
	cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.1f", t / hz * 1e6 / n}')
	if grep -qE "Non-2xx|timeout [1-9]" "$file"; then echo "warning: $(grep -E "Non-2xx|Socket errors" "$file")" >&2; fi
	echo "$rps $p99 $cpu"
}

declare -A RPS P99 CPU
for round in $(seq 1 "$ROUNDS"); do
	order="true false"
	[ $((round % 2)) = 0 ] && order="false true" # alternate, so warm-up and machine drift do not favour one side
	for enabled in $order; do
		start_app "$enabled"
		[ "$round" = 1 ] && [ -z "${CHOSEN:-}" ] && choose_path && CHOSEN=1
		read -r rps p99 cpu < <(measure "$enabled" "$round")
		if [ "$enabled" = true ]; then
			views=$(curl -s "http://127.0.0.1:$PORT/statistics/visit-statistics" -H "User-Agent: $UA" | grep -o 'id="visitors-today">[^<]*' | head -1 || true)
			echo "round $round counting on:  $rps req/s, p99 $p99, app CPU $cpu µs/request (counter check: ${views#*>} visitor today)"
		else
			echo "round $round counting off: $rps req/s, p99 $p99, app CPU $cpu µs/request"
		fi
		RPS[$enabled]="${RPS[$enabled]:-} $rps"
		P99[$enabled]="${P99[$enabled]:-} $p99"
		CPU[$enabled]="${CPU[$enabled]:-} $cpu"
		stop_app
	done
done

mean() { echo "$1" | awk '{s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.1f", s / NF}'; }
ON=$(mean "${RPS[true]}")
OFF=$(mean "${RPS[false]}")
echo
echo "page:               $BENCH_PATH (wrk -t2 -c50 -d$DURATION, $ROUNDS round(s))"
echo "counting on:        $ON req/s  p99:${P99[true]}  app CPU µs/request:${CPU[true]}"
echo "counting off:       $OFF req/s  p99:${P99[false]}  app CPU µs/request:${CPU[false]}"
awk -v on="$ON" -v off="$OFF" 'BEGIN {
	r = on / off; printf "ratio on/off:       %.3f (cost %.1f %%; target < 5 %%)\n", r, (1 - r) * 100 }'

# Two starts of the JVM differ by more than the few per cent measured above, so the
# filter is also measured alone, in one JVM, against the app's CPU per request with it off.
CP_FILE=target/bench-stats.classpath
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
read -r FILTER_NS COUNTED < <(java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
	th.go.moph.dho.stats.VisitCountingBenchmark)
[ "$COUNTED" -gt 0 ] || { echo "the filter benchmark counted nothing" >&2; exit 1; }
CPU_OFF=$(mean "${CPU[false]}")
awk -v ns="$FILTER_NS" -v off="$CPU_OFF" 'BEGIN {
	printf "filter alone:       %d ns per counted view = %.1f %% of the %.1f µs of app CPU a request takes with counting off\n",
		ns, ns / 10 / off, off }'
