#!/usr/bin/env bash
# Neighbourhoods, Core API walk against the Cypher file, both in-process: starts two Innographs from the
# built jar, each on its own copy of the sample network (same seed, so the same graph), one with
# innograph.neo4j.traversals=true (the default), one with false, then asks both the same neighbourhoods,
# interleaved in rotated order, checks the answers are identical and reports p50/p95 per question.
#
# usage: bench/neighbourhood.sh [rounds]     (default 60; the first 10 are warm-up)
# Report: bench/results/neighbourhood-YYYY-MM-DD.md. Stops what it started (by PID) on any exit.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-60}
source bench/lib.sh
build_jar
tmp=$(mktemp -d -t innograph-neighbourhood-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

start() { # $1 port, $2 traversals
  java -Xmx2g -jar "$jar" --server.address=127.0.0.1 --server.port="$1" --innograph.neo4j.embedded.bolt-enabled=false \
       --innograph.neo4j.embedded.data-directory="$tmp/data-$1" --innograph.neo4j.traversals="$2" > "$tmp/log-$1" 2>&1 &
  pids+=($!)
}
ready() { # $1 port
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null && return 0
    sleep 1
  done
  echo "service on $1 did not become ready; see $tmp/log-$1" >&2; return 1
}
start 18301 true
start 18302 false
ready 18301
ready 18302
python3 bench/neighbourhood.py "$rounds" http://127.0.0.1:18301/graphql http://127.0.0.1:18302/graphql \
  > "bench/results/neighbourhood-$(date -u +%F).md"
cat "bench/results/neighbourhood-$(date -u +%F).md"
