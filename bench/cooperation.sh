#!/usr/bin/env bash
# Measures the derived COOPERATES_WITH edges on projects with heavy-tailed consortia (issue 16, item 4):
# writes the seeded consortia network (ScaleNetwork.writeConsortiaFolder: log-normal consortia, median 13,
# 2 to 300 members) as an import folder, imports it into an empty embedded data directory with the given
# consortium cap (deriving incrementally after each batch), then runs the full rebuild on the result.
# Writes bench/results/cooperation-<date>-<size>-cap<cap>.md with the generator's summary (its pair count is
# every consortium's pairs with no cap, counted by the generator), the import's summary and the rebuild's.
#
# Usage: bench/cooperation.sh [size] [cap]      e.g. bench/cooperation.sh 200k 25   (size: participation edges)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-200k}
cap=${2:-25}
source bench/lib.sh
build_jar
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx3g}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
settings=(--innograph.neo4j.embedded.data-directory="$work/db" --innograph.cooperation.max-consortium="$cap")

java "${java_opts[@]}" -jar "$jar" consortia-folder "$work/folder" "$size" > "$work/generated.txt" 2> /dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
timed() {
  local name=$1 started ended
  shift
  started=$(date +%s.%N)
  java "${java_opts[@]}" -jar "$jar" "$@" "${settings[@]}" > "$work/$name.txt" 2>&1 || true
  ended=$(date +%s.%N)
  echo "$ended - $started" | bc > "$work/$name.seconds"
}
timed import import "$work/folder"
timed rebuild rebuild-cooperation
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
out="bench/results/cooperation-$(date -u +%F)-$size-cap$cap.md"
{
  echo "# Derived cooperation, consortia network $size, cap $cap, $(date -u '+%F %H:%M UTC')"
  echo
  echo "Command: \`bench/cooperation.sh $size $cap\` at \`$(git rev-parse --short HEAD)\`; JVM \`${java_opts[*]}\`;"
  echo "$(nproc) cores; load average before $load_before, after $load_after (1/5/15 min)."
  echo
  echo "## The folder (ScaleNetwork.writeConsortiaFolder, default seed)"
  echo '```'
  cat "$work/generated.txt"
  echo '```'
  echo
  echo "## Import into an empty data directory, deriving after each batch: JVM start to exit $(printf '%.1f' "$(cat "$work/import.seconds")") s"
  echo '```'
  sed -n '/^part /,$p' "$work/import.txt"
  echo '```'
  echo
  echo "## Full rebuild on the result: JVM start to exit $(printf '%.1f' "$(cat "$work/rebuild.seconds")") s"
  echo '```'
  grep -v '^\s*$' "$work/rebuild.txt" | tail -5
  echo '```'
} > "$out"
cat "$out"
