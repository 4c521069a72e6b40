#!/usr/bin/env bash
# Time from launch to the first GraphQL answer, plain `java -jar` against `./start` on the PATH's java (with
# its CDS archive) and `./start` as it chooses its JDK (a JDK 24+ with an AOT cache where there is one), all
# on a data directory that already holds the sample network. Prints a Markdown table;
# usage: bench/startup.sh [runs] > bench/results/startup-$(date +%F).md
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
data=$(mktemp -d)
log=$(mktemp)
query='{"query":"{ stats { totalNodes } }"}'

answered_after() { # command...; prints seconds until /graphql answers, then stops the service
  local start; start=$(date +%s.%N)
  "$@" > "$log" 2>&1 &
  local pid=$!
  until curl -s -m 1 localhost:8080/graphql -H 'content-type: application/json' -d "$query" 2>/dev/null | grep -q '"data"'; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "service exited" >&2; return 1; }
  done
  echo "$(date +%s.%N) - $start" | bc
  grep -o 'using Java [0-9.]*' "$log" | head -1 > "$log.java" || true
  pkill -f 'innograph-0.1.0-SNAPSHOT.jar' || true
  wait "$pid" 2>/dev/null || true
  sleep 2
}

./start --innograph.neo4j.embedded.data-directory="$data" > /dev/null 2>&1 &   # builds, makes the archive, loads the sample
until curl -s localhost:8080/actuator/health 2>/dev/null | grep -q '"state":"LOADED"'; do sleep 1; done
pkill -f 'innograph-0.1.0-SNAPSHOT.jar'; sleep 3
INNOGRAPH_JAVA=java answered_after ./start --innograph.neo4j.embedded.data-directory="$data" > /dev/null  # its CDS archive

echo "| how | run | seconds to first GraphQL answer |"
echo "|---|---|---|"
for run in $(seq 1 "$runs"); do
  echo "| java -jar target/innograph-0.1.0-SNAPSHOT.jar | $run | $(answered_after java -jar target/innograph-0.1.0-SNAPSHOT.jar --innograph.neo4j.embedded.data-directory="$data") |"
done
for run in $(seq 1 "$runs"); do
  echo "| INNOGRAPH_JAVA=java ./start (CDS archive) | $run | $(INNOGRAPH_JAVA=java answered_after ./start --innograph.neo4j.embedded.data-directory="$data") |"
  seconds=$(answered_after ./start --innograph.neo4j.embedded.data-directory="$data")
  echo "| ./start, its own choice of JDK ($(cat "$log.java")) | $run | $seconds |"
done
echo
echo "Machine: $(nproc) cores, PATH's $(java -version 2>&1 | head -1), $(date +%F)."
rm -rf "$data" "$log" "$log.java"
