#!/usr/bin/env bash
# Hostile requests, end to end: starts Innograph from the built jar on port 18080, replays the cases of
# bench/hostile.py against it (a side client measures everybody else's latency meanwhile), then measures a
# shutdown: SIGTERM while a slow query is in flight. How long does the JVM take to exit, and does the
# request get an answer?
#
# usage: bench/hostile.sh [data-dir]          (HOSTILE_PORT=... to use another port than 18080)
#   data-dir defaults to data/neo4j, so a sample network already loaded there is reused; an empty
#   directory gets the sample loaded first (~60 s).
# The report goes to bench/results/hostile-YYYY-MM-DD.md (UTC date); the service log to a temporary file
# whose name is printed at the end.
set -euo pipefail

data=${1:-data/neo4j}
[ -n "${1:-}" ] && data=$(realpath -m "$1")   # a directory given by the caller is relative to the caller
cd "$(dirname "$0")/.."

port=${HOSTILE_PORT:-18080}   # override only to run a second copy beside one already on 18080
url=http://127.0.0.1:$port/graphql
accept='application/graphql-response+json, application/json;q=0.9'
source bench/lib.sh
out=bench/results/hostile-$(date -u +%F).md
log=$(mktemp -t innograph-hostile-XXXXXX.log)
tmp=$(mktemp -d -t innograph-hostile-XXXXXX)
pid=
curl_pid=

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# True once the service has exited. A child that exited but is not reaped yet is a zombie, and
# `kill -0` still succeeds on a zombie, so look at the process state instead.
exited() {
  local state
  state=$(ps -o stat= -p "$pid" 2>/dev/null) || return 0
  [[ $state == Z* ]]
}

# Waits at most $1 seconds for the service to exit, then SIGKILLs it. Sets $waited_ms and $killed.
wait_for_exit() {
  local start; start=$(now_ms)
  killed=no
  until exited; do
    if (( $(now_ms) - start >= $1 * 1000 )); then
      kill -KILL "$pid" 2>/dev/null || true
      killed=yes
      break
    fi
    sleep 0.1
  done
  waited_ms=$(( $(now_ms) - start ))
}

cleanup() { # on any exit: stop only what this script started
  if [ -n "$curl_pid" ]; then kill "$curl_pid" 2>/dev/null || true; fi
  if [ -n "$pid" ] && ! exited; then
    kill -TERM "$pid" 2>/dev/null || true
    wait_for_exit 60
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

build_jar

if curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/"; then
  echo "Something already answers on port $port; stop it first." >&2
  exit 1
fi

SECONDS=0
echo "Starting the service on port $port with data directory $data (log: $log) ..." >&2
java -jar "$jar" --server.port=$port --innograph.neo4j.embedded.data-directory="$data" \
     --innograph.neo4j.embedded.bolt-port=0 > "$log" 2>&1 &
pid=$!

deadline=$(( SECONDS + 300 ))
wait_until() { # description, command...: polls the command every second until it succeeds
  local what=$1; shift
  until "$@"; do
    if exited; then echo "The service exited while waiting for $what; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    if (( SECONDS >= deadline )); then echo "Timed out after 300 s waiting for $what; see $log" >&2; exit 1; fi
    sleep 1
  done
}
ready() { curl -s -m 2 "http://127.0.0.1:$port/actuator/health/readiness" | grep -q '"status":"UP"'; }
# Readiness can say UP while the sample network is still loading, so wait for the load to end too.
sample_settled() {
  curl -s -m 2 "http://127.0.0.1:$port/actuator/health" \
    | grep -Eq '"state":"(LOADED|ALREADY_LOADED|DISABLED|FAILED)"'
}
wait_until "readiness UP" ready
wait_until "the sample network" sample_settled
echo "Ready after $SECONDS s." >&2

rc=0
python3 bench/hostile.py --url "$url" --out "$out" || rc=$?
if [ "$rc" = 2 ]; then exit 2; fi   # not reachable; the report was not written

# Shutdown with a request in flight: the slow allowed query, then SIGTERM 0.5 s later.
python3 bench/hostile.py --print-slow-body > "$tmp/slow.json"
curl -s -o "$tmp/body" -w '%{http_code} %{time_total}' -m 120 -H 'Content-Type: application/json' \
     -H "Accept: $accept" --data-binary @"$tmp/slow.json" "$url" > "$tmp/status" 2>/dev/null &
curl_pid=$!
sleep 0.5
kill -TERM "$pid"
wait_for_exit 60
exit_status=0
wait "$pid" || exit_status=$?
pid=   # reaped: its number may be reused, never signal it again
curl_rc=0
wait "$curl_pid" || curl_rc=$?
curl_pid=

read -r http_code curl_time < "$tmp/status" || true
codes=$(python3 -c '
import json, sys
try:
    doc = json.load(open(sys.argv[1]))
except Exception:
    print("-"); sys.exit()
errors = doc.get("errors") or [] if isinstance(doc, dict) else []
print(", ".join(str((e.get("extensions") or {}).get("code", "(no code)")) for e in errors) or "no errors")
' "$tmp/body" 2>/dev/null || echo "-")

{
  echo
  echo "## Shutdown with a request in flight"
  echo
  echo "The slow allowed query (10 aliases of \`neighbourhood(id: \"country:CN\", depth: 3, limit: 5000)\`) was"
  echo "sent with curl; SIGTERM went to the JVM 0.5 s later."
  echo
  if [ "$killed" = yes ]; then
    echo "- The process **did not exit within 60 s** of SIGTERM; it was killed with SIGKILL."
  else
    echo "- The process exited **$(awk "BEGIN { printf \"%.1f\", $waited_ms / 1000 }") s** after SIGTERM (exit status $exit_status)."
  fi
  if [ "${http_code:-000}" != 000 ]; then
    echo "- The in-flight request **got a response**: status $http_code, codes: $codes," \
         "$(stat -c %s "$tmp/body") bytes," \
         "$(awk "BEGIN { printf \"%.1f\", $curl_time }") s after it was sent (SIGTERM came at 0.5 s)."
  else
    echo "- The in-flight request **got no response** (curl exit code $curl_rc, $(awk "BEGIN { printf \"%.1f\", ${curl_time:-0} }") s after it was sent)."
  fi
} >> "$out"

echo "Report: $out (service log: $log)" >&2
