#!/usr/bin/env bash
# Search quality and latency, end to end: starts Innograph from the built jar on port 18090 and runs
# bench/search.py against it; every query comes from sample/institutions.csv and every answer is checked
# against that file.
#
# usage: bench/search.sh [data-dir]     (SEARCH_PORT=... for another port; JAR=... to measure another build)
#   data-dir defaults to data/neo4j, so a sample network already loaded there is reused; an empty
#   directory gets the sample loaded first (~60 s).
# The report goes to bench/results/search-YYYY-MM-DD.md (UTC date); the service log to a temporary file.
set -euo pipefail

data=${1:-data/neo4j}
[ -n "${1:-}" ] && data=$(realpath -m "$1")   # a directory given by the caller is relative to the caller
cd "$(dirname "$0")/.."

port=${SEARCH_PORT:-18090}
jar=${JAR:-target/innograph-0.1.0-SNAPSHOT.jar}
out=bench/results/search-$(date -u +%F).md
log=$(mktemp -t innograph-search-XXXXXX.log)
pid=

cleanup() { # stop only what this script started
  if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ -z "${JAR:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find pom.xml src cypher graphql -newer "$jar" -print -quit)" ]; }; then
  echo "Building $jar ..." >&2
  ./mvnw -q -B -DskipTests package
fi
if curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/"; then
  echo "Something already answers on port $port; stop it first." >&2
  exit 1
fi

SECONDS=0
echo "Starting $jar on port $port with data directory $data (log: $log) ..." >&2
java -Xmx2g -jar "$jar" --server.port="$port" --innograph.neo4j.embedded.data-directory="$data" \
     --innograph.neo4j.embedded.bolt-port=0 > "$log" 2>&1 &
pid=$!
until curl -s -m 2 "http://127.0.0.1:$port/actuator/health" | grep -Eq '"state":"(LOADED|ALREADY_LOADED)"'; do
  kill -0 "$pid" 2>/dev/null || { echo "The service exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  (( SECONDS < 300 )) || { echo "Timed out waiting for the sample network; see $log" >&2; exit 1; }
  sleep 1
done
echo "Ready after $SECONDS s." >&2

{
  python3 bench/search.py --url "http://127.0.0.1:$port/graphql"
  echo
  if [ -n "${JAR:-}" ]; then built="Jar: $jar"
  else built="Jar built from commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src cypher graphql || echo ' with local changes')"; fi
  echo "$built. Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%F)."
} > "$out"
echo "Report: $out (service log: $log)" >&2
