#!/usr/bin/env python3
"""Replays hostile requests against a running Innograph service and writes a Markdown report.

While each hostile case runs, a side client sends a cheap query every 50 ms on its own keep-alive
connection, so the report shows what one hostile request costs everybody else, not just whether the
service refused it.

    python3 bench/hostile.py                                   # http://127.0.0.1:8080/graphql, report on stdout
    python3 bench/hostile.py --url http://127.0.0.1:18080/graphql --out bench/results/hostile.md

bench/hostile.sh starts a service on port 18080, runs this, then measures a shutdown under load.

It is a benchmark, not a test: the exit code is 0 whether cases pass or fail, 2 when the service does
not answer at the start, 3 when the watchdog had to end a run that overran its time cap.
Standard library only; it only ever connects to 127.0.0.1 or localhost.
"""
import argparse
import datetime
import http.client
import json
import os
import select
import socket
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import quote, urlsplit

ACCEPT = "application/graphql-response+json, application/json;q=0.9"
SIDE_QUERY = '{ node(id: "country:KE") { id name } }'
SIDE_INTERVAL_S = 0.05
SIDE_TIMEOUT_S = 10        # a side request stuck longer than this is recorded as failed at 10 s
CASE_TIMEOUT_S = 20        # client-side limit for one hostile request; the service should answer far sooner
SETTLE_MAX_S = 5           # after a case, wait at most this long for the side client to be fast again
CASES_BUDGET_S = 270       # no case starts after this many seconds of the run
HARD_CAP_S = 300           # watchdog: whatever happens, the run ends (with a partial report) by then
BODY_KEEP_BYTES = 4 << 20  # bodies are counted in full but only this much is kept for parsing
CHUNK = 64 * 1024


# --------------------------------------------------------------------------------------------------
# Where to connect


class Target:
    """The service under test. Only loopback hosts are accepted: this script floods what it talks to."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        if parts.scheme != "http":
            raise ValueError(f"only http:// URLs are supported, not {url!r}")
        if parts.hostname not in ("127.0.0.1", "localhost"):
            raise ValueError(f"refusing to send hostile requests to {parts.hostname!r}: only 127.0.0.1/localhost")
        self.url = url
        self.host = "127.0.0.1"  # localhost may resolve to ::1 first; the service listens on IPv4 anyway
        self.port = parts.port or 80
        self.path = parts.path or "/"

    def connection(self, timeout: float) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def raw_socket(self, timeout: float) -> socket.socket:
        return socket.create_connection((self.host, self.port), timeout=timeout)

    def raw_head(self, method: str, extra: dict) -> bytes:
        """Request line and headers for requests sent over a raw socket."""
        lines = [f"{method} {self.path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Accept: {ACCEPT}",
                 "Content-Type: application/json", "Connection: close"]
        lines += [f"{k}: {v}" for k, v in extra.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()


# --------------------------------------------------------------------------------------------------
# The side client: the "everybody else" whose latency a hostile request must not ruin


@dataclass
class Sample:
    start: float  # time.monotonic()
    end: float
    ok: bool      # 200 with data and no errors

    @property
    def latency(self) -> float:
        return self.end - self.start


class SideClient(threading.Thread):
    def __init__(self, target: Target):
        super().__init__(name="side-client", daemon=True)
        self.target = target
        self.samples: list[Sample] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.body = json.dumps({"query": SIDE_QUERY}).encode()

    def run(self):
        conn = None
        next_at = time.monotonic()
        deadline = next_at + HARD_CAP_S  # bounded even if nobody calls stop()
        while not self.stopping.is_set() and time.monotonic() < deadline:
            delay = next_at - time.monotonic()
            if delay > 0 and self.stopping.wait(delay):
                break
            start = time.monotonic()
            ok = False
            try:
                if conn is None:
                    conn = self.target.connection(SIDE_TIMEOUT_S)
                conn.request("POST", self.target.path, body=self.body,
                             headers={"Content-Type": "application/json", "Accept": ACCEPT})
                resp = conn.getresponse()
                data = resp.read()
                ok = resp.status == 200 and is_clean_answer(data)
                if resp.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException):
                if conn is not None:
                    conn.close()
                conn = None  # reconnect on the next round, still at the 50 ms pace
            end = time.monotonic()
            with self.lock:
                self.samples.append(Sample(start, end, ok))
            # Fixed pace; a slow answer delays the next request instead of queueing a burst behind it.
            next_at = max(next_at + SIDE_INTERVAL_S, end)
        if conn is not None:
            conn.close()

    def stop(self):
        self.stopping.set()
        self.join(SIDE_TIMEOUT_S + 1)

    def window(self, t0: float, t1: float) -> list[Sample]:
        """Samples in flight at any moment of [t0, t1]: a request stuck through the whole case counts."""
        with self.lock:
            return [s for s in self.samples if s.start <= t1 and s.end >= t0]

    def recent_after(self, t: float, n: int) -> list[Sample]:
        with self.lock:
            return [s for s in self.samples if s.start >= t][-n:]


def is_clean_answer(data: bytes) -> bool:
    try:
        doc = json.loads(data)
    except ValueError:
        return False
    return isinstance(doc, dict) and doc.get("data") is not None and not doc.get("errors")


@dataclass
class Latency:
    n: int
    failed: int
    p50: Optional[float]
    p99: Optional[float]
    max: Optional[float]


def latency_of(samples: list[Sample]) -> Latency:
    values = sorted(s.latency for s in samples)
    failed = sum(1 for s in samples if not s.ok)
    if not values:
        return Latency(0, 0, None, None, None)
    p99 = values[0] if len(values) < 2 else statistics.quantiles(values, n=100, method="inclusive")[98]
    return Latency(len(values), failed, statistics.median(values), p99, values[-1])


def wait_until_quiet(side: SideClient, since: float, idle: Latency, max_s: float) -> Optional[float]:
    """Waits until three side requests in a row, sent after `since`, are about as fast as when idle.
    Without this, work a case left running on the server would be blamed on the next case.
    Returns the seconds waited, or None when the service was still slow after max_s."""
    threshold = max(3 * (idle.p99 or 0.0), 0.05)
    t0 = time.monotonic()
    while time.monotonic() - t0 < max_s:
        last = side.recent_after(since, 3)
        if len(last) == 3 and all(s.ok and s.latency <= threshold for s in last):
            return time.monotonic() - t0
        time.sleep(0.05)
    return None


# --------------------------------------------------------------------------------------------------
# Sending requests


@dataclass
class Outcome:
    """What one hostile request got back. status is an int, or words when there was no HTTP status."""
    status: object
    content_type: str = ""
    body: bytes = b""
    size: int = 0
    wall_s: float = 0.0
    notes: list = field(default_factory=list)


def read_body(resp: http.client.HTTPResponse, deadline: float, notes: list) -> tuple[bytes, int]:
    """Reads a response body in pieces so that a huge or endless answer costs neither memory nor time."""
    kept, size = [], 0
    while True:
        if time.monotonic() > deadline:
            notes.append(f"body still arriving at the client time limit; {size} bytes read")
            break
        piece = resp.read(CHUNK)
        if not piece:
            break
        size += len(piece)
        if size - len(piece) < BODY_KEEP_BYTES:
            kept.append(piece)
    if size > BODY_KEEP_BYTES:
        notes.append(f"body larger than {BODY_KEEP_BYTES >> 20} MiB; only its start was parsed")
    return b"".join(kept), size


def http_call(target: Target, method: str, timeout: float, body: Optional[bytes] = None,
              content_type: str = "application/json", query_string: str = "") -> Outcome:
    """One ordinary request over http.client, read to the end (within the time limit)."""
    headers = {"Accept": ACCEPT}
    if body is not None:
        headers["Content-Type"] = content_type
    conn = target.connection(timeout)
    t0 = time.monotonic()
    notes = []
    try:
        conn.request(method, target.path + query_string, body=body, headers=headers)
        resp = conn.getresponse()
        data, size = read_body(resp, t0 + timeout, notes)
        return Outcome(resp.status, resp.getheader("Content-Type", ""), data, size, time.monotonic() - t0, notes)
    except socket.timeout:
        return Outcome(f"no answer in {timeout:.0f} s", wall_s=time.monotonic() - t0,
                       notes=["client gave up and closed the connection"])
    except (OSError, http.client.HTTPException) as e:
        return Outcome(f"error: {type(e).__name__}", wall_s=time.monotonic() - t0, notes=[str(e)])
    finally:
        conn.close()


def post_json(target: Target, payload, timeout: float) -> Outcome:
    return http_call(target, "POST", timeout, json.dumps(payload).encode())


def read_raw_response(sock: socket.socket, method: str, deadline: float, notes: list) -> Outcome:
    """Parses the HTTP response waiting on a raw socket."""
    sock.setblocking(True)
    sock.settimeout(max(0.1, deadline - time.monotonic()))
    resp = http.client.HTTPResponse(sock, method=method)
    try:
        resp.begin()
        data, size = read_body(resp, deadline, notes)
        return Outcome(resp.status, resp.getheader("Content-Type", ""), data, size, notes=notes)
    except socket.timeout:
        return Outcome("no answer in time", notes=notes)
    except (OSError, http.client.HTTPException) as e:
        return Outcome(f"no response: {type(e).__name__}", notes=notes + [str(e)])
    finally:
        resp.close()


def stream_request(target: Target, head: bytes, body_pieces, timeout: float) -> Outcome:
    """Sends the headers, then the body piece by piece, and stops sending as soon as the service answers
    or the socket fails: a service that refuses a large body should do so long before it is all sent.
    select() tells us both when the socket can take more and when an answer is waiting."""
    t0 = time.monotonic()
    deadline = t0 + timeout
    notes = []
    try:
        sock = target.raw_socket(timeout)
    except OSError as e:
        return Outcome(f"error: {type(e).__name__}", notes=[str(e)])
    try:
        sock.sendall(head)
        sock.setblocking(False)
        sent, pending, pieces = 0, memoryview(b""), iter(body_pieces)
        answered = all_sent = False
        while time.monotonic() < deadline:
            if not pending:
                piece = next(pieces, None)
                if piece is None:
                    all_sent = True
                    break  # wait for the answer below
                pending = memoryview(piece)
            readable, writable, _ = select.select([sock], [sock], [], min(1.0, deadline - time.monotonic()))
            if readable:
                answered = True
                break
            if writable:
                try:
                    n = sock.send(pending)
                except BlockingIOError:
                    continue
                except OSError as e:  # reset or broken pipe: the service gave up on us; its answer may be waiting
                    notes.append(f"sending failed: {type(e).__name__}")
                    break
                sent += n
                pending = pending[n:]
        when = " (all of it)" if all_sent else (" before the answer" if answered else "")
        # Bytes the kernel accepted after the headers (chunk framing included); some may sit in buffers.
        notes.insert(0, f"{sent:,} bytes sent after the headers{when}")
        if not (answered or all_sent) and time.monotonic() >= deadline:
            notes.append("client time limit reached while sending")
        outcome = read_raw_response(sock, "POST", deadline, notes)
        outcome.wall_s = time.monotonic() - t0
        return outcome
    finally:
        sock.close()


def padded_query_pieces(total: int):
    """A valid JSON request of exactly `total` bytes: a tiny query whose string is padded with spaces."""
    head, tail = b'{"query":"{ stats { totalNodes } }', b'"}'
    yield head
    spaces = b" " * CHUNK
    left = total - len(head) - len(tail)
    while left > 0:
        n = min(CHUNK, left)
        yield spaces[:n]
        left -= n
    yield tail


def chunked(pieces):
    """HTTP/1.1 chunked framing around the pieces, with the closing zero-length chunk."""
    for piece in pieces:
        yield b"%x\r\n" % len(piece) + piece + b"\r\n"
    yield b"0\r\n\r\n"


# --------------------------------------------------------------------------------------------------
# The hostile queries


def ten_level_nesting():
    return ("{ labs(first: 100) { nodes { partners { institution { country { regions { countries { regions "
            "{ countries { regions { countries { id } } } } } } } } } } } }")


def alias_bomb_fragment(n=900):
    aliases = " ".join(f'a{i}: neighbourhood(id: "lab:0001", depth: 3) {{ truncated }}' for i in range(1, n + 1))
    return "query { ...F } fragment F on Query { " + aliases + " }"


def root_fields(n=100):
    return "{ " + " ".join(f"f{i}: stats {{ totalNodes }}" for i in range(1, n + 1)) + " }"


def costly_but_shallow():
    return "{ labs(first: 100) { nodes { partners { institution { labs { partners { institution { name } } } } } } } }"


def slow_allowed_query():
    """Ten neighbourhoods of the densest node, each allowed on its own (depth <= 3, limit <= 5000)."""
    return "{ " + " ".join(f'n{i}: neighbourhood(id: "country:CN", depth: 3, limit: 5000) {{ truncated }}'
                           for i in range(1, 11)) + " }"


def heavy_allowed_query():
    return ('{ neighbourhood(id: "country:CN", depth: 2, limit: 2000) '
            "{ nodes { id kind label } edges { id source target kind } } }")


# --------------------------------------------------------------------------------------------------
# The cases: how to send each one, and what the service should answer


NO_ERRORS = ()  # expected codes: the answer must carry no errors at all


@dataclass
class Case:
    name: str
    send: Callable[[Target, float], Outcome]
    status: object                      # expected HTTP status
    codes: tuple = NO_ERRORS            # alternatives: each a tuple of codes that must all be present
    report_only: bool = False           # always PASS; the numbers are the result
    linger_s: float = 0.0               # keep the side-client window open this long after the request
    check: Optional[Callable] = None    # extra condition on the parsed body: (doc) -> (ok, note)
    compare_to_idle: bool = False       # add side p99 against idle p99 to the notes

    def expected(self) -> str:
        if self.report_only:
            return f"{self.status} (report only)"
        codes = "no errors" if self.codes == NO_ERRORS else " or ".join("+".join(alt) for alt in self.codes)
        return f"{self.status} {codes}"


def send_slow_then_leave(target: Target, timeout: float) -> Outcome:
    """Sends the slow query and closes the socket after 1 s without reading: does the work stop too?"""
    body = json.dumps({"query": slow_allowed_query()}).encode()
    t0 = time.monotonic()
    try:
        sock = target.raw_socket(timeout)
    except OSError as e:
        return Outcome(f"error: {type(e).__name__}", notes=[str(e)])
    try:
        sock.sendall(target.raw_head("POST", {"Content-Length": len(body)}) + body)
        time.sleep(1.0)
        waiting, _, _ = select.select([sock], [], [], 0)
    finally:
        sock.close()
    note = "an answer was already waiting" if waiting else "no answer yet"
    return Outcome("closed by client", wall_s=time.monotonic() - t0,
                   notes=[f"closed after 1 s ({note}); side window runs 5 s past the close"])


def has_data(doc) -> tuple[bool, str]:
    present = isinstance(doc, dict) and isinstance(doc.get("data"), dict)
    return present, "data: non-null" if present else "data: null or missing"


CASES = [
    # Refused before execution: with application/graphql-response+json that is a 400.
    Case("ten-level nesting", lambda t, to: post_json(t, {"query": ten_level_nesting()}, to),
         400, (("QUERY_TOO_DEEP",),)),
    # 900 aliased top-level fields cross two bounds; the service names the first it checks (root fields).
    Case("alias bomb (fragment spread)", lambda t, to: post_json(t, {"query": alias_bomb_fragment()}, to),
         400, (("TOO_MANY_ALIASES",), ("TOO_MANY_ROOT_FIELDS",))),
    Case("100 root fields", lambda t, to: post_json(t, {"query": root_fields()}, to),
         400, (("TOO_MANY_ROOT_FIELDS",), ("TOO_MANY_ALIASES",))),
    Case("costly but shallow", lambda t, to: post_json(t, {"query": costly_but_shallow()}, to),
         400, (("QUERY_TOO_COSTLY",),)),
    # Bodies the service should refuse while they are still arriving.
    Case("60 MB body", lambda t, to: stream_request(
        t, t.raw_head("POST", {"Content-Length": 60_000_000}), padded_query_pieces(60_000_000), to),
         413, (("REQUEST_TOO_LARGE",),)),
    Case("2 MB chunked body", lambda t, to: stream_request(
        t, t.raw_head("POST", {"Transfer-Encoding": "chunked"}), chunked(padded_query_pieces(2_000_000)), to),
         413, (("REQUEST_TOO_LARGE",),)),
    # Malformed requests: each one a clear 4xx with a code, not a 500 or an HTML page.
    Case("malformed JSON", lambda t, to: http_call(t, "POST", to, b'{"query": "{ stats { totalNodes } "'),
         400, (("MALFORMED_REQUEST",),)),
    Case("batched array", lambda t, to: http_call(
        t, "POST", to, b'[{"query":"{ stats { totalNodes } }"},{"query":"{ stats { totalNodes } }"}]'),
         400, (("BATCH_NOT_SUPPORTED",),)),
    Case("wrong content type", lambda t, to: http_call(
        t, "POST", to, b"{ stats { totalNodes } }", content_type="text/plain"),
         415, (("UNSUPPORTED_MEDIA_TYPE",),)),
    Case("PUT", lambda t, to: http_call(t, "PUT", to, b'{"query":"{ stats { totalNodes } }"}'),
         405, (("METHOD_NOT_ALLOWED",),)),
    Case("GET query", lambda t, to: http_call(t, "GET", to, query_string="?query=" + quote("{ stats { totalNodes } }")),
         200),
    Case("GET mutation", lambda t, to: http_call(t, "GET", to, query_string="?query=" + quote("mutation { x }")),
         405, (("METHOD_NOT_ALLOWED",),)),
    Case("object as ID", lambda t, to: post_json(
        t, {"query": "query($id: ID!) { node(id: $id) { id } }", "variables": {"id": {"a": 1}}}, to),
         400, (("BAD_USER_INPUT",),)),
    # Allowed but slow: the service should stop work nobody waits for, and stop at its deadline.
    Case("slow allowed query, client leaves", send_slow_then_leave, "closed by client",
         report_only=True, linger_s=5.0),
    Case("slow allowed query, deadline", lambda t, to: post_json(t, {"query": slow_allowed_query()}, to),
         200, (("TIMEOUT",),), check=has_data),
    Case("heavy allowed query beside the side client",
         lambda t, to: post_json(t, {"query": heavy_allowed_query()}, to), 200, compare_to_idle=True),
]


# --------------------------------------------------------------------------------------------------
# Running the cases and judging them


@dataclass
class Result:
    case: Case
    outcome: Outcome
    t0: float
    t1: float           # end of the side-client window
    codes: Optional[list] = None  # None: the body is not JSON
    verdict: str = ""
    settled_after: Optional[float] = 0.0


def error_codes(body: bytes):
    """The body as JSON and the extensions.code of each of its errors; (None, None) when it is not JSON."""
    try:
        doc = json.loads(body)
    except ValueError:
        return None, None
    errors = doc.get("errors") if isinstance(doc, dict) else None
    if not isinstance(errors, list):
        return doc, []
    return doc, [(e.get("extensions") or {}).get("code") or "(no code)" if isinstance(e, dict) else "(no code)"
                 for e in errors]


def judge(case: Case, outcome: Outcome, doc, codes) -> str:
    if case.report_only:
        return "PASS"
    ok = outcome.status == case.status
    if case.codes == NO_ERRORS:
        ok = ok and codes == []
    else:
        ok = ok and codes is not None and any(set(alt) <= set(codes) for alt in case.codes)
    if case.check is not None:
        check_ok, note = case.check(doc)
        outcome.notes.append(note)
        ok = ok and check_ok
    return "PASS" if ok else "FAIL"


def run_case(case: Case, target: Target, side: SideClient, idle: Latency, timeout: float) -> Result:
    print(f"  {case.name} ...", file=sys.stderr, flush=True)
    t0 = time.monotonic()
    outcome = case.send(target, timeout)
    if case.linger_s:
        time.sleep(case.linger_s)
    t1 = time.monotonic()
    doc, codes = error_codes(outcome.body) if outcome.body else (None, None)
    if outcome.body and (doc is None or not (isinstance(doc, dict) and ("data" in doc or "errors" in doc))):
        outcome.notes.append("body: " + outcome.body[:80].decode("utf-8", "replace"))
    if outcome.size == 0 and isinstance(outcome.status, int):
        outcome.notes.append("empty body")
    result = Result(case, outcome, t0, t1, codes, judge(case, outcome, doc, codes))
    result.settled_after = wait_until_quiet(side, t1, idle, SETTLE_MAX_S)
    return result


# --------------------------------------------------------------------------------------------------
# The report


def ms(seconds: Optional[float]) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.0f}"


def cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def table_row(i: int, r: Result, side: SideClient, idle: Latency) -> str:
    o = r.outcome
    lat = latency_of(side.window(r.t0, r.t1))
    codes = "-" if r.codes is None else (", ".join(r.codes) or "no errors")
    notes = list(o.notes)
    if lat.failed:
        notes.append(f"side client: {lat.failed} of {lat.n} requests failed")
    if r.case.compare_to_idle and lat.p99 is not None and idle.p99:
        notes.append(f"side p99 {ms(lat.p99)} ms vs idle p99 {ms(idle.p99)} ms ({lat.p99 / idle.p99:.1f}x)")
    if r.settled_after is None:
        notes.append(f"side client still slow {SETTLE_MAX_S} s after the case")
    elif r.settled_after > 0.5:
        notes.append(f"side client fast again {r.settled_after:.1f} s after the case")
    status = o.status if isinstance(o.status, int) else f"_{o.status}_"
    size = f"{o.size:,}" if isinstance(o.status, int) else "-"
    cols = [i, r.case.name, r.case.expected(), status, o.content_type or "-", codes, f"{o.wall_s:.2f}", size,
            ms(lat.p99), ms(lat.max), f"**{r.verdict}**", "; ".join(notes)]
    return "| " + " | ".join(cell(c) for c in cols) + " |"


def report(target: Target, started: datetime.datetime, idle: Latency, idle_s: float, results: list,
           side: SideClient, skipped: list, aborted: bool) -> str:
    lines = [
        "# Hostile requests against Innograph",
        "",
        f"- Date (UTC): {started:%Y-%m-%d %H:%M:%S}",
        f"- URL: {target.url}",
        f"- Side client: `{SIDE_QUERY}` every {SIDE_INTERVAL_S * 1000:.0f} ms on its own keep-alive connection",
        f"- Idle, {idle_s:g} s, {idle.n} requests ({idle.failed} failed): "
        f"p50 {ms(idle.p50)} ms, p99 {ms(idle.p99)} ms, max {ms(idle.max)} ms",
        f"- Client limit per hostile request: {CASE_TIMEOUT_S} s. Machine: {os.cpu_count()} cores.",
        "",
        "Side p99/max: the side client's requests in flight at any moment between the start of the case and",
        "its end (5 s past the close for the client-leaves case). A case passes when the status matches and",
        "every expected code is in `extensions.code` of the errors; \"no errors\" means the answer must have",
        "none. A \"-\" under side p99/max: no side request was in flight during a case that short. Before the",
        f"next case starts, the script waits up to {SETTLE_MAX_S} s for the side client to be fast again; the",
        "notes say when that took a while. A request the client gave up on may still be running in the service.",
        "",
        "| # | case | expected | status | content type | codes | wall s | bytes | side p99 ms | side max ms"
        " | result | notes |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [table_row(i, r, side, idle) for i, r in enumerate(results, 1)]
    for name in skipped:
        lines.append(f"| - | {cell(name)} | | _skipped: time budget_ | | | | | | | | |")
    passed = sum(1 for r in results if r.verdict == "PASS")
    lines += ["", f"**{passed} passed, {len(results) - passed} failed** of {len(results)} cases run"
              + (f", {len(skipped)} skipped." if skipped else ".")]
    if aborted:
        lines.append(f"\n**The watchdog ended this run after {HARD_CAP_S} s; the table is partial.**")
    return "\n".join(lines) + "\n"


def emit(text: str, out: Optional[str]):
    if out:
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"report written to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


# --------------------------------------------------------------------------------------------------


def reachable(target: Target) -> bool:
    conn = target.connection(5)
    try:
        conn.request("POST", target.path, body=json.dumps({"query": SIDE_QUERY}).encode(),
                     headers={"Content-Type": "application/json", "Accept": ACCEPT})
        conn.getresponse().read()
        return True
    except (OSError, http.client.HTTPException) as e:
        print(f"service not reachable at {target.url}: {e}", file=sys.stderr)
        return False
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080/graphql")
    parser.add_argument("--out", help="Markdown file to write; stdout when absent")
    parser.add_argument("--idle-seconds", type=float, default=5.0)
    parser.add_argument("--print-slow-body", action="store_true",
                        help="print the JSON body of the slow allowed query (used by hostile.sh) and exit")
    args = parser.parse_args()
    if args.print_slow_body:
        print(json.dumps({"query": slow_allowed_query()}))
        return 0
    try:
        target = Target(args.url)
    except ValueError as e:
        parser.error(str(e))
    idle_s = min(max(args.idle_seconds, 1.0), 60.0)

    if not reachable(target):
        return 2
    started = datetime.datetime.now(datetime.timezone.utc)
    run_start = time.monotonic()
    side = SideClient(target)
    results, skipped = [], []
    idle = Latency(0, 0, None, None, None)
    done = threading.Lock()

    def finish(aborted: bool):
        if done.acquire(blocking=False):  # the main thread or the watchdog, whichever comes first
            emit(report(target, started, idle, idle_s, list(results), side, skipped, aborted), args.out)

    def watchdog():
        print(f"watchdog: run exceeded {HARD_CAP_S} s, writing a partial report", file=sys.stderr)
        finish(aborted=True)
        os._exit(3)

    timer = threading.Timer(HARD_CAP_S, watchdog)
    timer.daemon = True
    timer.start()

    side.start()
    print(f"measuring idle latency for {idle_s:g} s ...", file=sys.stderr)
    t_idle = time.monotonic()
    time.sleep(idle_s)
    idle = latency_of(side.window(t_idle, time.monotonic()))
    print(f"idle p50 {ms(idle.p50)} ms, p99 {ms(idle.p99)} ms, max {ms(idle.max)} ms", file=sys.stderr)

    for case in CASES:
        left = CASES_BUDGET_S - (time.monotonic() - run_start)
        if left < 5 + case.linger_s:
            skipped.append(case.name)
            continue
        results.append(run_case(case, target, side, idle, min(CASE_TIMEOUT_S, left)))

    side.stop()
    timer.cancel()
    finish(aborted=False)
    passed = sum(1 for r in results if r.verdict == "PASS")
    print(f"{passed} passed, {len(results) - passed} failed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
