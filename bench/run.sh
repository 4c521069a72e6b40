#!/usr/bin/env bash
# The benchmark of issue 15: every workload every way, on the same database in the same run.
#
#   bench/run.sh            # 10k relationships
#   bench/run.sh 10k 100k   # several sizes, one after the other (1m: allow ~15 min and ~8 GiB)
#
# Builds the jar (the second Innograph and ./start run it), then runs org.innograph.bench.BenchHarnessTest
# through Surefire. That JVM starts Innograph with its embedded Neo4j on the generated network (Bolt and
# HTTP on free 127.0.0.1 ports), a second Innograph as its own process against the same Neo4j over Bolt,
# @neo4j/graphql on Apollo (way c, node bench/neo4j-graphql/server.mjs, installed here with npm ci) against it
# too, and ./start twice for the restart time; it stops each by its PID when done or when it exits.
# Writes bench/results/<date>-<size>.md and .csv, and rebuilds bench/results/scaling.md.
#
# Settings (environment): BENCH_WARMUP (5 s for which each way answers each workload alone before it is
# measured, so that the JIT has compiled every way's path), BENCH_ROUNDS (30 measured inputs per workload), BENCH_WINDOW (2 s of throughput
# per way and concurrency), BENCH_REUSE=true (keep bench/data/<size> from an earlier run), BENCH_HEAP (6g),
# BENCH_PAGE_CACHE (1g), BENCH_QUERY_TIMEOUT (120 s that the hand-written Cypher of (a) and (e), and each transaction
# of (c), may run for one input before the database stops it and it counts as an error), MAVEN_OFFLINE=false (resolve from Maven Central instead of ~/.m2 only).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10k)
offline=()
[ "${MAVEN_OFFLINE:-true}" = true ] && offline=(-o)
mkdir -p bench/results/logs
log="bench/results/logs/$(date +%F-%H%M)-run.log"

if command -v node > /dev/null && command -v npm > /dev/null; then
  echo "Installing way (c), @neo4j/graphql on Apollo, into bench/neo4j-graphql ..."
  (cd bench/neo4j-graphql && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "No node/npm on the PATH: way (c) is left out of this run (the report says so)."
fi

echo "Building the jar ..."
./mvnw -q -B "${offline[@]}" -DskipTests package

maven_pid=
stop() {
  # Maven's fork stops its own children (the second Innograph, ./start) from a shutdown hook.
  if [ -n "$maven_pid" ] && kill -0 "$maven_pid" 2>/dev/null; then
    kill "$maven_pid" 2>/dev/null || true
    wait "$maven_pid" 2>/dev/null || true
  fi
}
trap stop EXIT INT TERM

echo "Benchmarking ${sizes[*]}; log in $log"
IFS=, joined="${sizes[*]}"
./mvnw -B "${offline[@]}" test -Dtest=BenchHarnessTest -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx${BENCH_HEAP:-6g} -Dhttp.maxConnections=64" -Dbench.sizes="$joined" -Dbench.repository="$PWD" \
  -Dbench.warmup-seconds="${BENCH_WARMUP:-5}" -Dbench.rounds="${BENCH_ROUNDS:-30}" -Dbench.window-seconds="${BENCH_WINDOW:-2}" \
  -Dbench.reuse="${BENCH_REUSE:-false}" -Dbench.page-cache="${BENCH_PAGE_CACHE:-1g}" \
  -Dbench.query-timeout-seconds="${BENCH_QUERY_TIMEOUT:-120}" > "$log" 2>&1 &
maven_pid=$!
if wait "$maven_pid"; then
  maven_pid=
  grep -h "Wrote " "$log" | sed 's/.*Wrote /Wrote /'
else
  status=$?
  maven_pid=
  tail -40 "$log"
  echo "Benchmark failed (exit $status); see $log" >&2
  exit "$status"
fi
