#!/usr/bin/env bash
# The lookup through the bare driver, transaction by transaction (bench/TxCost.java), against a running
# service's Bolt port: bench/tx-cost.sh [bolt-uri]. Start it first, e.g.
# ./start --innograph.neo4j.embedded.bolt-port=17687 (sample loaded).
set -euo pipefail
cd "$(dirname "$0")/.."
uri=${1:-bolt://127.0.0.1:7687}
source bench/lib.sh
build_jar
[ -d target/app/lib ] || java -Djarmode=tools -jar "$jar" extract --destination target/app > /dev/null
java -cp 'target/app/lib/*' bench/TxCost.java "$uri" 2>&1 | grep -v 'SystemLogger\|INFO:\|^Note:'
