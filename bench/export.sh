#!/usr/bin/env bash
# Heap an export of the whole graph takes: loads a scale network into DIR once (the service started on it
# until the load has ended, then stopped by its PID), then runs the export command with a small heap and GC
# logging and prints the largest heap left after a young collection during the run (start-up included).
# usage: bench/export.sh SCALE DIR [HEAP] [FORMAT], e.g. bench/export.sh 100k /tmp/db100k 256m graphml
set -euo pipefail
cd "$(dirname "$0")/.."
scale=$1 dir=$2 heap=${3:-256m} format=${4:-graphml}
source bench/lib.sh
build_jar

if [ ! -d "$dir" ]; then
  log=$(mktemp)
  # A 1m network derives its COOPERATES_WITH edges in one transaction, past the default 256m per transaction.
  java -Xmx6g -jar "$jar" --innograph.sample.scale="$scale" --innograph.neo4j.embedded.data-directory="$dir" \
       --server.port=0 --innograph.neo4j.embedded.bolt-port=0 --innograph.neo4j.embedded.transaction-memory-each=3g \
       --innograph.neo4j.embedded.transaction-memory=4g --innograph.neo4j.embedded.transaction-timeout=30m > "$log" 2>&1 &
  pid=$!
  until grep -q "Sample network loaded in" "$log"; do
    sleep 5
    kill -0 "$pid" 2>/dev/null || { echo "the load failed, see $log" >&2; exit 1; }
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
fi

out=$(mktemp -d)
gc="$out/gc.log"
/usr/bin/time -f "wall %e s, max RSS %M KB" java -Xmx"$heap" -Xlog:gc:file="$gc" -jar "$jar" export --format "$format" \
     --out "$out/graph.$format" --innograph.neo4j.embedded.data-directory="$dir"
# What is live after each young collection (remark and cleanup pauses free nothing and are left out).
grep 'Pause Young' "$gc" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | awk -F'->' '{ split($2, a, "M"); if (a[1] > max) max = a[1]; n++ }
     END { print "young collections: " n ", largest heap left after one: " max " MB" }'
rm -rf "$out"
