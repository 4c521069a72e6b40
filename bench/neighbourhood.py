"""Interleaved latency of the same neighbourhood questions against two Innographs: walk vs Cypher file."""
import json
import os
import statistics
import sys
import time
import urllib.request

rounds = int(sys.argv[1])
ways = {"walk (traversals=true)": sys.argv[2], "Cypher file (traversals=false)": sys.argv[3]}
questions = {
    "hub country:CN, depth 1, limit 200": ('country:CN', 1, 200, ''),
    "hub country:CN, depth 2, limit 2000": ('country:CN', 2, 2000, ''),
    "hub country:CN, depth 3, limit 5000": ('country:CN', 3, 5000, ''),
    "lab:0001, depth 2, field energy": ('lab:0001', 2, 200, 'fields: ["field:energy"]'),
    "country:KE, depth 2, cooperation, asOf 2020": ('country:KE', 2, 1000,
        'edgeKinds: [PARTNER_OF, PARTICIPATES_IN, OPERATES, LOCATED_IN], asOf: "2020-01-01"'),
}


def ask(url, question):
    node, depth, limit, extra = question
    query = '{ neighbourhood(id: "%s", depth: %d, limit: %d %s) { truncated nodes { id kind label properties } ' \
            'edges { id source target kind properties } } }' % (node, depth, limit, (", " + extra) if extra else "")
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.loads(response.read())
    return (time.perf_counter() - started) * 1000, answer


times = {q: {w: [] for w in ways} for q in questions}
mismatches = {q: 0 for q in questions}
sizes = {}
names = list(ways)
for r in range(rounds):
    for q, question in questions.items():
        order = names[r % 2:] + names[:r % 2]  # rotate who goes first
        answers = {}
        for w in order:
            ms, answer = ask(ways[w], question)
            answers[w] = answer
            if r >= 10:
                times[q][w].append(ms)
        if answers[names[0]] != answers[names[1]] or "errors" in answers[names[0]]:
            mismatches[q] += 1
        data = answers[names[0]].get("data", {}).get("neighbourhood") or {}
        sizes[q] = (len(data.get("nodes", [])), len(data.get("edges", [])), data.get("truncated"))


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else "?"
print("# Neighbourhoods: Core API walk against the Cypher file, %s\n" % time.strftime("%Y-%m-%d", time.gmtime()))
print("Written by `bench/neighbourhood.sh %d`: two Innographs on identical copies of the sample network, both " % rounds
      + "in-process, answering the same GraphQL `neighbourhood` (all node and edge properties), interleaved in "
      + "rotated order; the first 10 rounds are warm-up. Load average at the end: %s. Latency in ms, over HTTP.\n"
      % " ".join(load))
print("| question | nodes / edges / truncated | walk p50 | walk p95 | Cypher p50 | Cypher p95 | walk / Cypher (p50) | mismatches |")
print("|---|---|---|---|---|---|---|---|")
for q in questions:
    w, c = times[q][names[0]], times[q][names[1]]
    n, e, t = sizes[q]
    print("| %s | %d / %d / %s | %.1f | %.1f | %.1f | %.1f | %.2fx | %d |" % (
        q, n, e, t, statistics.median(w), pct(w, 0.95), statistics.median(c), pct(c, 0.95),
        statistics.median(w) / statistics.median(c), mismatches[q]))
