#!/usr/bin/env bash
# Measures the bulk import on the embedded default (issue 16): writes the seeded scale network
# (ScaleNetwork, default seed) as an import folder, imports it into an empty data directory (written as
# store files), imports the same folder again (in transactions; idempotent: 0 created, 0 updated), and
# imports it into another empty data directory with --transactional (batches of transactions, for
# comparison). Each import runs as the README says, `./start import DIR ...`, so on the JDK ./start picks
# (the newest 24+ under /usr/lib/jvm, $JAVA_HOME's or $INNOGRAPH_JAVA); JAVA_OPTS sets its heap as for ./start.
# Writes bench/results/import-<date>-<size>.md with the summaries, the JDK, the machine's load and the command.
#
# Usage: bench/import.sh [size] [batch-size]      e.g. bench/import.sh 100k 10000   (size: 10k, 100k, 1m...)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100k}
batch=${2:-10000}
source bench/lib.sh
build_jar
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx2g}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java "${java_opts[@]}" -jar "$jar" scale-folder "$work/folder" "$size" > "$work/generated.txt" 2> /dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
run() {
  local started ended
  started=$(date +%s.%N)
  JAVA_OPTS="${java_opts[*]}" ./start import "$work/folder" --batch-size "$batch" "${@:3}" \
       --innograph.neo4j.embedded.data-directory="$work/$2" > "$work/$1.txt" 2>&1 || true
  ended=$(date +%s.%N)
  echo "$ended - $started" | bc > "$work/$1.seconds"
}
run first db
run second db
rm -rf "$work/db"
run transactional db-transactional --transactional
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
out="bench/results/import-$(date -u +%F)-$size.md"
{
  echo "# Bulk import, scale $size, $(date -u '+%F %H:%M UTC')"
  echo
  echo "Command: \`bench/import.sh $size $batch\` at \`$(git rev-parse --short HEAD)\`; \`./start import\` on $(grep -m1 '^Java ' "$work/first.txt"), \`${java_opts[*]}\`;"
  echo "$(nproc) cores; load average before $load_before, after $load_after (1/5/15 min; other builds share the machine)."
  echo
  echo "## The folder (ScaleNetwork, default seed)"
  echo '```'
  cat "$work/generated.txt"
  du -sh "$work/folder" | cut -f1 | sed 's/^/size on disk: /'
  echo '```'
  for pass in first second transactional; do
    case $pass in
      first) what='empty data directory: store files' ;;
      second) what='same folder again: transactions' ;;
      transactional) what='empty data directory, --transactional: batches of transactions' ;;
    esac
    echo
    echo "## Import $pass ($what), JVM start to exit $(printf '%.1f' "$(cat "$work/$pass.seconds")") s"
    echo '```'
    sed -n '/^part /,$p' "$work/$pass.txt"
    echo '```'
  done
} > "$out"
cat "$out"
