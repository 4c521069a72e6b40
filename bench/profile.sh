#!/usr/bin/env bash
# PROFILE of each hot question (db hits, rows, queries), summed over every query it costs, against a
# running service's Bolt port: bench/profile.sh [bolt-uri] [git-revision]
# Without a revision it runs the working tree's cypher/; with one, that revision's files (for "before").
# Start the service first, e.g. ./start --innograph.neo4j.embedded.bolt-port=17687 (sample loaded).
set -euo pipefail
cd "$(dirname "$0")/.."
uri=${1:-bolt://127.0.0.1:7687}
rev=${2:-}

source bench/lib.sh
build_jar
[ -d target/app/lib ] || java -Djarmode=tools -jar "$jar" extract --destination target/app > /dev/null

dir=cypher
if [ -n "$rev" ]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  git archive "$rev" cypher | tar -x -C "$dir"
  dir="$dir/cypher"
fi
java -cp 'target/app/lib/*' bench/QueryProfile.java "$uri" "$dir"
