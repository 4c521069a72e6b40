#!/usr/bin/env bash
# Whether a transaction's own timeout may exceed the DBMS's default on the Neo4j the jar embeds
# (bench/TxTimeoutProbe.java). Writes bench/results/tx-timeout-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
build_jar
[ -d target/app/lib ] || java -Djarmode=tools -jar "$jar" extract --destination target/app > /dev/null
mkdir -p bench/results
out="bench/results/tx-timeout-$(date -u +%F).md"
{
  echo "# A transaction's own timeout against db.transaction.timeout, $(date -u '+%F %H:%M UTC')"
  echo
  echo "Command: \`bench/tx-timeout.sh\` at \`$(git rev-parse --short HEAD)\`; Neo4j $(ls target/app/lib | sed -n "s/^neo4j-kernel-\([0-9][0-9.]*\)\.jar$/\1/p");"
  echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo '```'
  java -cp 'target/app/lib/*' bench/TxTimeoutProbe.java 2>&1 | grep -v 'SystemLogger\|INFO:\|WARN\|^Note:'
  echo '```'
} > "$out"
cat "$out"
