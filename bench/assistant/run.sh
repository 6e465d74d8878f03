#!/usr/bin/env bash
# Accuracy and latency benchmark of the assistant.
# usage: bench/assistant/run.sh path/to/faq-dev.json [more.json ...] [-v] [--calibrate] [setting=value ...]
# Builds the test classes (offline), then runs th.go.moph.dho.assistant.AssistantBenchmark on the
# development file given, then on bench/assistant/heldout-th.json (written for this project, never
# used to tune) and the safety phrasings of the tests: top-1 in scope, off-topic refused, top-3,
# misses by kind, hotlines, then p50/p99 latency with the file's entries and with 1,000 entries.
# --calibrate chooses the thresholds by 5-fold cross-validation on the FIRST file only.
# BENCH_JAVA_OPTS=-Ddho.assistant.segmenter=jdk compares the JDK's Thai dictionary with ICU's.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 1 ]; then
	echo "usage: $0 faq-dev.json [more.json ...] [-v] [--calibrate] [setting=value ...]" >&2
	exit 2
fi
ARGS=()
for a in "$@"; do
	case "$a" in
		-*|*=*) ARGS+=("$a") ;;
		*) ARGS+=("$(realpath "$a")") ;;
	esac
done
HELDOUT=bench/assistant/heldout-th.json
[ -f "$HELDOUT" ] && ARGS+=("$(realpath "$HELDOUT")")
SAFETY=src/test/resources/assistant/safety-phrasings.tsv
[ -f "$SAFETY" ] && ARGS+=("--safety=$(realpath "$SAFETY")")
CP_FILE=target/bench-assistant.classpath
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
	th.go.moph.dho.assistant.AssistantBenchmark "${ARGS[@]}"
