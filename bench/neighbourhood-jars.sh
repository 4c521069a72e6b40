#!/usr/bin/env bash
# Neighbourhoods at depth 1-3 on one database, through two builds of the service in turn: each answers
# GraphQL over HTTP (d), alternating per input with the benchmark's hand-written Cypher over the driver (a)
# on the same embedded Neo4j (org.innograph.bench.NeighbourhoodAgainstDriver, with the benchmark's own clients). For a change to the neighbourhood,
# before and after, on data too large to generate per run (e.g. a data directory bench/run.sh 1m made).
#
# usage: bench/neighbourhood-jars.sh JAR-BEFORE JAR-AFTER DATA-DIRECTORY [requests] [rounds]
#        (default 600 requests per depth, 2 rounds of before then after; copy the jars first, as a build replaces them)
# Report: bench/results/neighbourhood-jars-YYYY-MM-DD.md. Stops what it started (by PID) on any exit.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$1 after=$2 data=$3 requests=${4:-600} rounds=${5:-2}
source bench/lib.sh
build_jar
[ -d target/app/lib ] || java -Djarmode=tools -jar "$jar" extract --destination target/app > /dev/null
./mvnw -q -B test-compile
pid=
log=$(mktemp)
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; rm -f "$log"' EXIT
out="bench/results/neighbourhood-jars-$(date -u +%F).md"
{
  echo "# Neighbourhoods, two builds on one database, $(date -u '+%F %H:%M UTC')"
  echo
  echo "\`bench/neighbourhood-jars.sh $before $after $data $requests $rounds\` at \`$(git rev-parse --short HEAD)\`;"
  echo "$(nproc) cores, load average at the start $(cut -d' ' -f1-3 /proc/loadavg). p50 and p90 in ms over $requests inputs"
  echo "after 200 unmeasured; (a) the hand-written Cypher over Bolt, (d) GraphQL over HTTP, alternating per input."
} > "$out"
for round in $(seq 1 "$rounds"); do
  for build in before after; do
    jarfile=$before; [ "$build" = after ] && jarfile=$after
    java -Xmx4g -jar "$jarfile" --server.address=127.0.0.1 --server.port=18311 --innograph.neo4j.embedded.data-directory="$data" \
         --innograph.neo4j.embedded.page-cache=1g --innograph.neo4j.embedded.bolt-enabled=true \
         --innograph.neo4j.embedded.bolt-port=17611 > "$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do curl -sf http://127.0.0.1:18311/actuator/health/readiness > /dev/null && break; sleep 1; done
    { echo; echo "## Round $round, $build ($jarfile)"; echo
      echo "| depth | (a) p50 | (a) p90 | (d) p50 | (d) p90 | (d)/(a) p50 |"; echo "|---|---|---|---|---|---|"; } >> "$out"
    for depth in 1 2 3; do
      java -cp 'target/test-classes:target/classes:target/app/lib/*' org.innograph.bench.NeighbourhoodAgainstDriver 18311 17611 "$depth" "$requests" 2> /dev/null >> "$out"
    done
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
done
cat "$out"
