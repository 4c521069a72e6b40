#!/usr/bin/env bash
# Time from launch to the first GraphQL answer, plain `java -jar` against `./start` (with its CDS
# archive), both on a data directory that already holds the sample network. Prints a Markdown table;
# usage: bench/startup.sh [runs] > bench/results/startup-$(date +%F).md
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
data=$(mktemp -d)
query='{"query":"{ stats { totalNodes } }"}'

answered_after() { # command...; prints seconds until /graphql answers, then stops the service
  local start; start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 &
  local pid=$!
  until curl -s -m 1 localhost:8080/graphql -H 'content-type: application/json' -d "$query" 2>/dev/null | grep -q '"data"'; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "service exited" >&2; return 1; }
  done
  echo "$(date +%s.%N) - $start" | bc
  pkill -f 'innograph-0.1.0-SNAPSHOT.jar' || true
  wait "$pid" 2>/dev/null || true
  sleep 2
}

./start --innograph.neo4j.embedded.data-directory="$data" > /dev/null 2>&1 &   # builds, makes the archive, loads the sample
until curl -s localhost:8080/actuator/health 2>/dev/null | grep -q '"state":"LOADED"'; do sleep 1; done
pkill -f 'innograph-0.1.0-SNAPSHOT.jar'; sleep 3

echo "| how | run | seconds to first GraphQL answer |"
echo "|---|---|---|"
for run in $(seq 1 "$runs"); do
  echo "| java -jar target/innograph-0.1.0-SNAPSHOT.jar | $run | $(answered_after java -jar target/innograph-0.1.0-SNAPSHOT.jar --innograph.neo4j.embedded.data-directory="$data") |"
done
for run in $(seq 1 "$runs"); do
  echo "| ./start (CDS archive) | $run | $(answered_after ./start --innograph.neo4j.embedded.data-directory="$data") |"
done
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date +%F)."
rm -rf "$data"
