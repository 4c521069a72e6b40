"""Time to refusal of over-bound queries: each sent 12 times over HTTP to a running service; the first is
cold, the median and max are over the last 10. Usage: python3 bench/refusals.py [URL] (default
http://127.0.0.1:8080/graphql). Prints a Markdown table."""
import sys
import json, urllib.request, time, statistics
URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080/graphql"
if not URL.startswith(("http://127.0.0.1", "http://localhost")):
    sys.exit("only a service on this machine")
print("| query | code | bytes | first ms | median ms | max ms |")
print("|---|---|---|---|---|---|")
def bodies():
    a=" ".join(f'a{i}: neighbourhood(id: "lab:0001", depth: 3) {{ truncated }}' for i in range(900))
    yield "alias bomb (900 in a fragment)", "query { ...F } fragment F on Query { "+a+" }"
    yield "ten levels", "{ labs(first: 100) { nodes { partners { institution { country { regions { countries { regions { countries { regions { countries { id } } } } } } } } } } } }"
    yield "100 root fields", "{ " + " ".join(f"f{i}: stats {{ totalNodes }}" for i in range(100)) + " }"
    yield "costly but shallow", "{ labs(first: 100) { nodes { partners { institution { labs { partners { institution { name } } } } } } } }"
    d="{ regions(first: 1) { nodes { ...R0 } } }\n"
    for i in range(10):
        d+=f"fragment R{i} on Region {{ countries {{ ...C{i} }} more: countries {{ ...C{i} }} }}\nfragment C{i} on Country {{ regions {{ ...R{i+1} }} more: regions {{ ...R{i+1} }} }}\n"
    yield "fragment bomb (2^20 fields)", d+"fragment R10 on Region { id }\n"
for name, q in bodies():
    body=json.dumps({"query":q}).encode(); ts=[]
    for i in range(12):
        t=time.time()
        r=urllib.request.urlopen(urllib.request.Request(URL, data=body, headers={'content-type':'application/json'})).read()
        ts.append((time.time()-t)*1000)
    warm=sorted(ts[2:])
    print(f"| {name} | {json.loads(r)['errors'][0]['extensions']['code']} | {len(body):,} | {ts[0]:.0f} | {statistics.median(warm):.0f} | {warm[-1]:.0f} |")
