"""p50 over HTTP of ten searches (totalCount and 10 ids) against one running Innograph, per text.

Usage: python3 bench/search-latency.py ROUNDS [PORT]. The first third of the rounds warms up and is not counted.
Run it against each of two jars in turn, on the same data, to compare them (docs/query-costs.md, "Search pages by keyset").
"""
import http.client
import json
import sys
import time

rounds = int(sys.argv[1])
port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
connection = http.client.HTTPConnection("127.0.0.1", port)
# "cooperation proj" matches every generated project name at scale; the others a few to a few thousand names.
texts = ["university", "cooperation proj", "medical", "silk ro", "hospit", "networks", "institute tech", "agricul",
         "energy stor", "5g netw"]
query = "query($text: String!) { search(text: $text, first: 10) { totalCount nodes { id } } }"
times = {text: [] for text in texts}
for round_ in range(rounds):
    for text in texts:
        start = time.perf_counter()
        connection.request("POST", "/graphql", json.dumps({"query": query, "variables": {"text": text}}).encode(),
                           {"content-type": "application/json"})
        answer = json.loads(connection.getresponse().read())
        elapsed = (time.perf_counter() - start) * 1000
        if "errors" in answer:
            sys.exit(f"{text}: {answer['errors']}")
        if round_ >= rounds // 3:
            times[text].append(elapsed)
for text in texts:
    ordered = sorted(times[text])
    print(f"{text:18} p50 {ordered[len(ordered) // 2]:7.1f} ms")
