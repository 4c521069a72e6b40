#!/usr/bin/env bash
# Times the network analyses of issue 17 on a generated scale network: starts the service on loopback with
# innograph.sample.scale=SIZE in a data directory of its own, waits for the load, runs bench/Analyses.java
# (brokers, communities, brokers between two regions as jobs polled to the end; the densest institution's ego
# network and suggested partners, a timeline, coverage by region and by country, each twice), stops the
# service by its PID, and writes bench/results/analyses-<date>-<size>.md with the commit, the settings, the load
# average before and after, the load's own time and the numbers.
#
# Usage: bench/analyses.sh [size]      e.g. bench/analyses.sh 100k   (10k, 100k, 1m...)
# Environment: JAVA_OPTS (default -Xmx2g, -Xmx6g from 1m); PORT (18101); DATA_DIR, to keep the loaded
# network for another run (default: a temporary directory, removed after); SERVICE_ARGS, more settings.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100k}
port=${PORT:-18101}
source bench/lib.sh
build_jar
case $size in 1m|1M|[0-9]*m|[0-9][0-9][0-9][0-9][0-9][0-9][0-9]*) default_heap=-Xmx6g ;; *) default_heap=-Xmx2g ;; esac
read -r -a java_opts <<< "${JAVA_OPTS:-$default_heap}"
work=$(mktemp -d)
data=${DATA_DIR:-$work/db}
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Run from a copy, so that a build meanwhile cannot change the jar under the service.
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
# A 1m network derives its COOPERATES_WITH edges in one transaction, past the default 256m and 30 s per
# transaction (as bench/export.sh loads it); the analyses have their own limit, innograph.gaps.analysis-timeout.
settings=(--innograph.sample.scale="$size" --innograph.neo4j.embedded.data-directory="$data"
          --server.address=127.0.0.1 --server.port="$port" --innograph.neo4j.embedded.bolt-port=0
          --innograph.neo4j.embedded.transaction-memory-each=3g --innograph.neo4j.embedded.transaction-memory=4g
          --innograph.neo4j.embedded.transaction-timeout=30m)
read -r -a extra <<< "${SERVICE_ARGS:-}"
settings+=("${extra[@]}")

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
java "${java_opts[@]}" -Xlog:gc:file="$work/gc.log":time -jar "$work/app/innograph-0.1.0-SNAPSHOT.jar" "${settings[@]}" \
     > "$work/service.log" 2>&1 &
pid=$!
until grep -q "Sample network loaded in\|Sample network already loaded" "$work/service.log"; do
  sleep 5
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/service.log" >&2; echo "the service stopped, see above" >&2; exit 1; }
done
ready=$(( $(date +%s) - started ))
bolt=$(grep -o 'Embedded Neo4j up in [0-9]* ms at bolt://[0-9.:]*' "$work/service.log" | grep -o 'bolt://.*')
load_ready=$(cut -d' ' -f1-3 /proc/loadavg)

java -cp "$work/app/lib/*" bench/Analyses.java "http://127.0.0.1:$port/graphql" "$bolt" "$pid" "$work/gc.log" \
     2> >(grep -v 'SystemLogger\|INFO:\|^Note:' >&2) > "$work/analyses.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss_now=$(grep VmRSS /proc/"$pid"/status | tr -s ' ' | cut -d' ' -f2)
kill "$pid"; wait "$pid" 2>/dev/null || true
pid=

mkdir -p bench/results
out="bench/results/analyses-$(date -u +%F)-$size.md"
{
  echo "# Network analyses, scale $size, $(date -u '+%F %H:%M UTC')"
  echo
  echo "Command: \`bench/analyses.sh $size\` at \`$(git rev-parse --short HEAD)\`$( [ -n "$(git status --porcelain -- src cypher graphql pom.xml)" ] && echo ' (with uncommitted changes)');"
  echo "JVM \`${java_opts[*]}\`; settings \`${settings[*]/#--innograph.neo4j.embedded.data-directory=*/--innograph.neo4j.embedded.data-directory=...}\`;"
  echo "$(nproc) cores, shared; load average (1/5/15 min) before the start $load_before, once loaded $load_ready, after the analyses $load_after."
  echo
  echo "Service start to network loaded: $ready s. Resident size at the end: $(( rss_now / 1024 )) MB."
  echo
  echo '```'
  grep -o 'Scale network: .*\|Sample network loaded in .*\|Sample network already loaded.*' "$work/service.log" || true
  echo '```'
  echo
  cat "$work/analyses.txt"
  echo
  echo "The jobs' own log lines:"
  echo '```'
  grep -o '\(Brokers analysis\|Communities analysis\|Brokers between\).*' "$work/service.log" | cut -c1-300 || true
  echo '```'
} > "$out"
cat "$out"
