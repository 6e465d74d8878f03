#!/usr/bin/env bash
# Accuracy and latency benchmark of the assistant.
# usage: bench/assistant/run.sh path/to/faq-file.json [-v] [answerEvidence=0.5 answerMargin=0.2 ...]
# Builds the test classes (offline), then runs th.go.moph.dho.assistant.AssistantBenchmark on the
# file: top-1 in scope, out-of-scope refused, top-3, p50/p99 latency, and latency with 1,000 entries.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 1 ]; then
	echo "usage: $0 faq-file.json [-v] [setting=value ...]" >&2
	exit 2
fi
FILE="$(realpath "$1")"; shift
CP_FILE=target/bench-assistant.classpath
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
	th.go.moph.dho.assistant.AssistantBenchmark "$FILE" "$@"
