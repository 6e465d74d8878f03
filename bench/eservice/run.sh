#!/usr/bin/env bash
# e-Service benchmark: the packaged app on an H2 file database with a fake LINE server on loopback
# (LINE Login's verify endpoint and the Messaging API). Each bench user's ID token is verified once
# before the load. After a warm-up, CLIENTS clients submit PER_CLIENT complaints each through
# POST /api/eservice/requests back to back; prints submissions/s and latency, then checks the
# database holds exactly the submitted requests with gap-free tracking numbers, then changes
# CHANGES statuses through the staff API (demo account "editor", role ESERVICE) and times each
# push until the fake LINE server receives it.
# Usage: bench/eservice/run.sh [CLIENTS=50] [PER_CLIENT=200] [CHANGES=300]
# BENCH_OPTS="-DwarmPerClient=40 -DchangeRate=20" tunes the warm-up and the rate of status changes.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${1:-50}; PER_CLIENT=${2:-200}; CHANGES=${3:-300}
APP_PORT=${APP_PORT:-8088}; FAKE_PORT=${FAKE_PORT:-18088}
JAR=$(ls target/dho-connect-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/dho-connect-*.jar | grep -v plain | head -1)
fi
DIR=target/bench-eservice
rm -rf "$DIR"; mkdir -p "$DIR"
# the H2 driver the app itself ships, for reading its database at the end
unzip -j -o -q "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$DIR"
H2=$(ls "$DIR"/h2-*.jar | head -1)
# AUTO_SERVER: the load generator reads the running app's database through H2's own server
DB="jdbc:h2:file:$PWD/$DIR/db/dho;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY,USER;AUTO_SERVER=TRUE"
java -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" \
  --spring.datasource.url="$DB" --dho.storage.directory="$DIR/files" --dho.demo.enabled=true \
  --dho.line.channel-secret=bench-channel-secret --dho.line.channel-token=bench-channel-token \
  --dho.line.api-base-url="http://127.0.0.1:$FAKE_PORT" --dho.line.data-api-base-url="http://127.0.0.1:$FAKE_PORT" \
  --dho.liff.login-channel-id=bench-login --dho.liff.verify-url="http://127.0.0.1:$FAKE_PORT/oauth2/v2.1/verify" \
  --logging.level.root=WARN > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
java ${BENCH_OPTS:-} -cp "$H2" bench/eservice/EserviceBench.java run "http://127.0.0.1:$APP_PORT" "$FAKE_PORT" "$DB" \
  "$CLIENTS" "$PER_CLIENT" "$CHANGES" editor demo-1234 "$APP"
