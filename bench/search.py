#!/usr/bin/env python3
"""How well `search` finds the real ROR institutions of the sample network, typed the way people type.

Every query is made from sample/institutions.csv and answered by a running service over GraphQL, and every
answer is checked against that file, never against the index:

- an accented Latin name (Université de Yaoundé I) typed in plain letters (universite de yaounde i):
  is its institution the first hit, is it in the first ten?
- the same, cut in the middle of its last word (universite de yaounde i -> universite de yaou);
- a name in Chinese, Japanese or Korean script typed whole;
- 2 to 4 characters from the middle of such a name (复旦大学上海医学院 -> 大学上海): are the hits exactly the
  institutions whose names hold those characters in that order?
- 3 to 6 characters from a Thai, Lao, Khmer or Myanmar name, checked the same way;
- a plain ASCII name (every fifth), typed as stored.

    python3 bench/search.py --url http://127.0.0.1:18090/graphql > bench/results/search.md

bench/search.sh starts a service and runs this. Standard library only.
"""
import argparse
import csv
import http.client
import json
import random
import statistics
import sys
import time
import unicodedata
from urllib.parse import urlsplit

CSV_FILE = "src/main/resources/sample/institutions.csv"
CJK = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
UNSPACED = ("THAI", "LAO", "KHMER", "MYANMAR")
# Letters that are not a base letter plus an accent, typed the way their languages write them in ASCII.
PLAIN_LETTERS = str.maketrans({"ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                               "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "ə": "e", "Ə": "E"})
QUERY = """query($text: String!, $first: Int) {
  search(text: $text, kinds: [INSTITUTION], first: $first) { totalCount edges { node { id } } }
}"""


def script_of(ch):
    name = unicodedata.name(ch, "")
    return next((s for s in CJK + UNSPACED if name.startswith(s)), "LATIN" if name.startswith("LATIN") else "")


def plain(text):
    """What someone without the accents on their keyboard types."""
    decomposed = unicodedata.normalize("NFD", text.translate(PLAIN_LETTERS))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def runs(text, scripts):
    """Maximal runs of characters of these scripts (combining marks belong to the run they follow)."""
    found, current = [], ""
    for ch in text:
        letter = unicodedata.category(ch).startswith("L") and script_of(ch) in scripts
        if letter or (current and unicodedata.category(ch) in ("Mn", "Mc")):
            current += ch
        else:
            if current:
                found.append(current)
            current = ""
    return found + ([current] if current else [])


def piece(run, shortest, longest, rng):
    """A substring of a run that neither starts nor ends inside a letter's combining marks."""
    starts = [i for i in range(len(run)) if unicodedata.category(run[i]) not in ("Mn", "Mc")]
    for _ in range(20):
        start = rng.choice(starts)
        end = start + rng.randint(shortest, longest)
        while end < len(run) and unicodedata.category(run[end]) in ("Mn", "Mc"):
            end += 1
        if end <= len(run) and len(run[start:end]) >= shortest:
            return run[start:end]
    return None


class Client:
    def __init__(self, url):
        parts = urlsplit(url)
        if parts.hostname not in ("127.0.0.1", "localhost"):
            sys.exit("only a local service, please")
        self.path = parts.path
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)

    def search(self, text, first):
        body = json.dumps({"query": QUERY, "variables": {"text": text, "first": first}})
        start = time.perf_counter()
        self.connection.request("POST", self.path, body, {"Content-Type": "application/json"})
        answer = json.loads(self.connection.getresponse().read())
        elapsed = (time.perf_counter() - start) * 1000
        if answer.get("errors"):
            raise RuntimeError(f"{text!r}: {answer['errors']}")
        result = answer["data"]["search"]
        return [e["node"]["id"] for e in result["edges"]], result["totalCount"], elapsed


class Suite:
    def __init__(self, name, exact_sets=False):
        self.name, self.exact_sets = name, exact_sets
        self.first = self.top10 = self.exact = 0
        self.hits, self.ms = [], []

    def add(self, ids, total, ms, expected_id=None, expected_set=None):
        self.hits.append(total)
        self.ms.append(ms)
        if expected_id is not None:
            self.first += bool(ids) and ids[0] == expected_id
            self.top10 += expected_id in ids[:10]
        if expected_set is not None:
            self.exact += total == len(expected_set) and set(ids) == set(expected_set)

    def row(self):
        n = len(self.ms)
        pct = lambda k: f"{100 * k / n:.1f}%"
        ms = sorted(self.ms)
        return (f"| {self.name} | {n} | {pct(self.first) if not self.exact_sets else '-'} | "
                f"{pct(self.top10) if not self.exact_sets else '-'} | {pct(self.exact) if self.exact_sets else '-'} | "
                f"{statistics.median(self.hits):g} | {statistics.median(ms):.0f} / {ms[int(n * 0.95)]:.0f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8080/graphql")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    client = Client(args.url)

    names = {}
    with open(CSV_FILE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names["ror:" + row["id"]] = [row["name"]] + [a for a in row["aliases"].split("|") if a]

    def holding(text):
        return [i for i, values in names.items() if any(text in v for v in values)]

    suites = {key: Suite(title, exact) for key, title, exact in [
        ("plain", "accented Latin name typed in plain letters", False),
        ("prefix", "the same, cut in its last word", False),
        ("cjk", "Chinese, Japanese or Korean name typed whole", False),
        ("cjk-part", "2-4 characters from such a name: hits = names holding them", True),
        ("unspaced", "3-6 characters from a Thai, Lao, Khmer or Myanmar name: hits = names holding them", True),
        ("ascii", "ASCII name typed as stored (every fifth)", False),
    ]}
    ascii_seen = 0
    for node_id, values in names.items():
        for value in values:
            scripts = {script_of(c) for c in value}
            if scripts & set(CJK):
                suites["cjk"].add(*client.search(value, 10), expected_id=node_id)
                candidates = [r for r in runs(value, CJK) if len(r) >= 2]
                part = piece(rng.choice(candidates), 2, 4, rng) if candidates else None
                if part:
                    expected = holding(part)
                    if len(expected) <= 100:
                        suites["cjk-part"].add(*client.search(part, 100), expected_set=expected)
            elif scripts & set(UNSPACED):
                candidates = [r for r in runs(value, UNSPACED) if len(r) >= 3]
                part = piece(rng.choice(candidates), 3, 6, rng) if candidates else None
                if part:
                    expected = holding(part)
                    if len(expected) <= 100:
                        suites["unspaced"].add(*client.search(part, 100), expected_set=expected)
            elif "LATIN" in scripts and not value.isascii():
                typed = plain(value)
                if not any(typed == v.lower() for v in values):
                    suites["plain"].add(*client.search(typed, 10), expected_id=node_id)
                    words = typed.split()
                    if len(words) >= 2 and len(words[-1]) >= 4:
                        suites["prefix"].add(*client.search(typed[:len(typed) - len(words[-1]) // 2], 10), expected_id=node_id)
            elif value.isascii():
                ascii_seen += 1
                if ascii_seen % 5 == 0:
                    suites["ascii"].add(*client.search(value, 10), expected_id=node_id)

    print(f"Search over the {len(names):,} ROR institutions of the sample network ({args.url}, seed {args.seed}).")
    print("\"First\" and \"top 10\" count the queries whose institution is the first hit or in the first ten; a name")
    print("that several institutions share counts as missed for all but one of them. \"Exact\" counts the queries")
    print("whose hits are exactly the institutions whose names or aliases hold the typed characters in order.")
    print()
    print("| queries | n | first | top 10 | exact | median hits | median / p95 ms |")
    print("|---|---|---|---|---|---|---|")
    for suite in suites.values():
        if suite.ms:
            print(suite.row())


if __name__ == "__main__":
    main()
