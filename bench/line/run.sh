#!/usr/bin/env bash
# LINE webhook benchmark: the packaged app on H2 (in memory) with a fake LINE server on loopback.
# After a 60 s warm-up at 300 webhooks/s (the JIT compiles for a minute), prints the
# acknowledgement latency at a fixed rate, burst throughput, end-to-end events/s, whether any
# event was lost or answered twice, and the CPU the app spent per event.
# Usage: bench/line/run.sh [RATE=500] [SECONDS=20] [BURST=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-500}; SECONDS_=${2:-20}; BURST=${3:-10000}
APP_PORT=${APP_PORT:-8083}; FAKE_PORT=${FAKE_PORT:-18083}
SECRET=bench-channel-secret
JAR=$(ls target/dho-connect-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/dho-connect-*.jar | grep -v plain | head -1)
fi
mkdir -p target/bench-line
java -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:h2:mem:bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY,USER;DB_CLOSE_DELAY=-1" \
  --dho.storage.directory=target/bench-line/files --dho.demo.enabled=false \
  --dho.line.channel-secret="$SECRET" --dho.line.channel-token=bench-channel-token \
  --dho.line.api-base-url="http://127.0.0.1:$FAKE_PORT" --dho.line.data-api-base-url="http://127.0.0.1:$FAKE_PORT" \
  --logging.level.root=WARN > target/bench-line/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
java bench/line/LineBench.java run "http://127.0.0.1:$APP_PORT" "$SECRET" "$FAKE_PORT" "$RATE" "$SECONDS_" "$BURST" "$APP"
