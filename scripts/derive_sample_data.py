#!/usr/bin/env python3
"""Derive Innograph's sample data (regions, countries, institutions) from the shared public data.

Why: the service needs countries, UN M49 regions, blocs and real research institutions as seed
data, and country facts must never be typed in by hand. This script reads the upstream files in
shared/data (country-codes.csv and blocs.csv: countries/README.md; the ROR slice: ror/README.md),
derives the CSVs the loader reads plus SOURCES.md, and prints what it kept, dropped and normalised.

Standard library only and deterministic: rows are sorted, no timestamps are written, so two runs
give byte-identical files. Bad references (a bloc member unknown to country-codes.csv) stop it.

Usage: python3 scripts/derive_sample_data.py [--shared ../shared/data] [--out src/main/resources/sample]
"""
import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CMD = "python3 scripts/derive_sample_data.py"
# Provenance of the inputs (from the READMEs; checked against them below so they cannot go stale).
CC_AS_OF, ROR_RELEASE, ROR_AS_OF = "2026-05-15", "v2.9", "2026-06-23"
M49_SOURCE = f"country-codes (datasets/country-codes, PDDL-1.0, as of {CC_AS_OF})"
BLOC_SOURCE = "blocs.csv (organisations' published member lists, as of {})"
M49_LEVELS = [("continent", "Region"), ("subregion", "Sub-region"), ("intermediate", "Intermediate Region")]
KIND_ORDER = {"continent": 0, "subregion": 1, "intermediate": 2}  # parents before children
EDGE = {"parent": ("PART_OF", False), "child": ("PART_OF", True),  # (type, swap from/to)
        "successor": ("SUCCEEDS", True), "predecessor": ("SUCCEEDS", False), "related": ("RELATED_TO", None)}
DATE = re.compile(r"\b\d{4}(?:-\d{2}){0,2}\b")


def die(msg):
    sys.exit(f"derive_sample_data: ERROR: {msg}")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return len(rows)


def m49(code):
    return f"M49-{int(code):03d}" if code.strip() else ""


def clean(text):
    """Drop invisible format chars (Cf) except the joiners ZWJ/ZWNJ, which Sinhala, Malayalam and
    Persian spelling needs; trim; collapse whitespace runs."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf" or ch in "\u200c\u200d")
    return " ".join(text.split())


def derive_countries(cc_rows, bloc_rows):
    regions, countries, members = {}, [], []

    def add_region(code, name, kind, parent, source):
        row = (code, name, kind, parent, source)
        if regions.setdefault(code, row) != row:
            die(f"region {code} defined twice differently: {regions[code]} vs {row}")

    for r in cc_rows:
        iso2, iso3 = r["ISO3166-1-Alpha-2"].strip(), r["ISO3166-1-Alpha-3"].strip()
        if not (iso2 and iso3):
            continue
        codes, parent = [], ""
        for kind, col in M49_LEVELS:
            code = m49(r[f"{col} Code"])
            if code:
                add_region(code, r[f"{col} Name"].strip(), kind, parent, M49_SOURCE)
                members.append((iso3, code, "", "", M49_SOURCE))
                parent = code
            codes.append(code)
        countries.append((iso2, iso3, r["M49"].strip().zfill(3),
                          r["CLDR display name"] or r["UNTERM English Short"] or r["official_name_en"],
                          r["UNTERM English Formal"] or r["official_name_en"],
                          r["UNTERM Chinese Short"] or r["official_name_cn"],
                          r["Capital"], "true" if r["is_independent"] == "Yes" else "false",
                          *codes, r["wikidata_id"].rstrip("/").rsplit("/", 1)[-1]))
    known = {c[1] for c in countries}

    # To read the blocs' notes, recognise a country by its names or by an unambiguous 3-letter
    # code (ISO3/IOC/FIFA, e.g. "UAE"), all taken from country-codes.csv.
    names, code_owner = {}, {}
    for r in cc_rows:
        iso3 = r["ISO3166-1-Alpha-3"]
        for col in ("CLDR display name", "UNTERM English Short", "official_name_en"):
            if r[col]:
                names[r[col]] = iso3
        for col in ("ISO3166-1-Alpha-3", "IOC", "FIFA"):
            if re.fullmatch(r"[A-Z]{3}", r[col].strip()):
                code_owner.setdefault(r[col].strip(), set()).add(iso3)
    names.update({code: owners.pop() for code, owners in code_owner.items() if len(owners) == 1})
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in sorted(names, key=lambda n: (-len(n), n))))

    def mentions(note):
        """iso3 -> join date for each country named in the note (date only for a pure 'joined'
        note: the first date written after the name; 'left'/'suspended' notes give no date)."""
        joins = re.search(r"\b(joined|admitted)\b", note) and not re.search(r"\b(left|suspended|withdrew)\b", note)
        found = {}
        for m in pattern.finditer(note):
            date = DATE.search(note, m.end()) if joins else None
            found.setdefault(names[m.group()], date.group() if date else "")
        return found

    listed, notes_unmatched = {(r["bloc_code"].strip(), r["iso3"].strip()) for r in bloc_rows}, set()
    for r in bloc_rows:
        code, iso3, note = r["bloc_code"].strip(), r["iso3"].strip(), r["note"].strip()
        if iso3 not in known:
            die(f"blocs.csv row {r} names iso3 {iso3!r}, not found in countries")
        source = BLOC_SOURCE.format(r["as_of"].strip())
        add_region(code, r["bloc_name"].strip(), r["kind"].strip(), "", source)
        named = mentions(note)
        members.append((iso3, code, named.get(iso3, ""), note if iso3 in named else "", source))
        notes_unmatched |= {(code, c) for c in named if (code, c) not in listed}
    regions = sorted(regions.values(), key=lambda g: (KIND_ORDER.get(g[2], 3), g[0]))
    return regions, sorted(countries), sorted(set(members)), sorted(notes_unmatched)


def derive_institutions(ror_rows, stats):
    for reason in ("empty", "equal to name", "duplicate"):
        stats[f"aliases dropped ({reason} after normalising)"] += 0
    stats["institutions dropped (status not active)"] += 0
    bad_years, out = [], []
    for r in ror_rows:
        if r["status"] != "active":
            stats["institutions dropped (status not active)"] += 1
            continue
        name = clean(r["name"])
        stats["names normalised"] += name != r["name"]
        aliases = []
        for raw in (r["aliases"].split("|") if r["aliases"] else []):
            alias = clean(raw)
            stats["aliases normalised (whitespace / format chars)"] += alias != raw
            reason = ("empty" if not alias else "equal to name" if alias == name
                      else "duplicate" if alias in aliases else None)
            if reason:
                stats[f"aliases dropped ({reason} after normalising)"] += 1
            else:
                aliases.append(alias)
        est = r["established"].strip()
        if est and not (est.isdigit() and 1000 <= int(est) <= 2026):
            bad_years.append(est)
            est = ""
        out.append((r["ror_id"].rstrip("/").rsplit("/", 1)[-1], r["ror_id"], name, "|".join(aliases),
                    r["types"], r["country_code"], r["city"], r["lat"], r["lng"], est, r["status"]))
    stats["established blanked (not a year 1000-2026): " + ", ".join(sorted(bad_years))] = len(bad_years)
    return sorted(out)


def derive_relationships(rel_rows, ids, stats):
    stats["relationships dropped (end not in institutions.csv)"] += 0
    edges = set()
    for r in rel_rows:
        a, b = (r[k].rstrip("/").rsplit("/", 1)[-1] for k in ("from_ror_id", "to_ror_id"))
        if a not in ids or b not in ids:
            stats["relationships dropped (end not in institutions.csv)"] += 1
            continue
        if r["type"] not in EDGE:
            die(f"relationships.csv row {r}: unknown type {r['type']!r}")
        kind, swap = EDGE[r["type"]]
        edges.add((kind, *((min(a, b), max(a, b)) if swap is None else (b, a) if swap else (a, b))))
    stats["relationship rows merged into an edge already stated from the other side"] = (
        len(rel_rows) - len(edges) - stats["relationships dropped (end not in institutions.csv)"])
    part_of = {(f, t) for k, f, t in edges if k == "PART_OF"}
    stats["PART_OF pairs pointing both ways (kept)"] = sum(1 for f, t in part_of if (t, f) in part_of) // 2
    return sorted(edges)


def sources_md(counts, stats, notes_unmatched, bloc_as_of):
    lines = ["# Sample data: sources", "",
             f"Generated by `{CMD}` (from the repo root; defaults `--shared ../shared/data "
             "--out src/main/resources/sample`). Do not edit by hand: change the script and rerun.", "",
             "| file | rows | derived from |", "|---|---|---|"]
    origin = {"regions.csv": "country-codes.csv (UN M49 regions) + blocs.csv (blocs)",
              "countries.csv": "country-codes.csv", "country_regions.csv": "country-codes.csv + blocs.csv",
              "institutions.csv": "ror/institutions.csv (active only)",
              "institution_relationships.csv": "ror/relationships.csv"}
    lines += [f"| {f} | {n} | {origin[f]} |" for f, n in counts.items()]
    lines += ["", "## Upstream sources and licences", "",
              f"- **country-codes.csv**: the `datasets/country-codes` data package (`data/country-codes.csv`), "
              f"as of {CC_AS_OF}. Licence: Open Data Commons Public Domain Dedication and License (PDDL) 1.0. "
              "Regions are the UN M49 region / sub-region / intermediate region of each row.",
              "- **blocs.csv**: bloc and cooperation-mechanism membership compiled from the organisations' "
              f"published member lists, as of {bloc_as_of} (facts, public domain).",
              "- **ROR**: Research Organization Registry, `ror-community/ror-records`, releases v1.0 to "
              f"{ROR_RELEASE} ({ROR_AS_OF}) merged, a demo slice (see "
              "shared/data/ror/README.md). Licence: CC0 1.0. Suggested citation: "
              "\"Research Organization Registry (ROR), https://ror.org\".", "",
              "## What the script changed", ""]
    lines += [f"- {k.strip()}: {v}" if not k.startswith(" ") else f"  - {k.strip()}: {v}" for k, v in stats.items()]
    lines += [f"- note mentions {c}, which has no {b} row in blocs.csv (no membership derived)" for b, c in notes_unmatched]
    lines += ["", "Institution country codes are kept as ROR gives them, even when absent from countries.csv "
              "(counted above); the loader reports them. Normalising aliases removes Unicode format "
              "characters (category Cf) such as stray direction marks (LRM, RLM, PDF), but keeps the joiners "
              "ZWJ/ZWNJ that Sinhala, Malayalam and Persian spelling needs.", ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "main" / "resources" / "sample")
    args = ap.parse_args()
    cdir, rdir = args.shared / "countries", args.shared / "ror"
    if CC_AS_OF not in (cdir / "README.md").read_text(encoding="utf-8") or not all(
            s in (rdir / "README.md").read_text(encoding="utf-8") for s in (ROR_RELEASE, ROR_AS_OF)):
        die("the input READMEs name other versions/dates than this script; update CC_AS_OF/ROR_*")

    stats = Counter()
    bloc_rows = read(cdir / "blocs.csv")
    regions, countries, members, notes_unmatched = derive_countries(read(cdir / "country-codes.csv"), bloc_rows)
    institutions = derive_institutions(read(rdir / "institutions.csv"), stats)
    relationships = derive_relationships(read(rdir / "relationships.csv"), {i[0] for i in institutions}, stats)
    known_iso2 = {c[0] for c in countries}
    for code in sorted({i[5] for i in institutions} - known_iso2):
        stats[f"institutions with country code {code} not in countries.csv (kept)"] = sum(i[5] == code for i in institutions)
    stats["countries without a wikidata_id"] = sum(not c[-1] for c in countries)
    stats["countries without an M49 continent"] = sum(not c[8] for c in countries)

    args.out.mkdir(parents=True, exist_ok=True)
    counts = {
        "regions.csv": write(args.out / "regions.csv", ["code", "name", "kind", "parent_code", "source"], regions),
        "countries.csv": write(args.out / "countries.csv", ["iso2", "iso3", "m49", "name", "official_name", "name_zh",
                               "capital", "sovereign", "continent_code", "subregion_code", "intermediate_code",
                               "wikidata_id"], countries),
        "country_regions.csv": write(args.out / "country_regions.csv", ["iso3", "region_code", "since", "note", "source"], members),
        "institutions.csv": write(args.out / "institutions.csv", ["id", "ror_id", "name", "aliases", "types", "country_iso2",
                                  "city", "lat", "lng", "established", "status"], institutions),
        "institution_relationships.csv": write(args.out / "institution_relationships.csv", ["from_id", "to_id", "type"],
                                               [(f, t, k) for k, f, t in relationships]),
    }
    bloc_as_of = ", ".join(sorted({r["as_of"].strip() for r in bloc_rows}))
    (args.out / "SOURCES.md").write_text(sources_md(counts, stats, notes_unmatched, bloc_as_of),
                                         encoding="utf-8", newline="\n")
    print(f"wrote {args.out}")
    for f, n in counts.items():
        print(f"  {f}: {n} rows")
    for k, v in stats.items():
        print(f"  {k}: {v}")
    for b, c in notes_unmatched:
        print(f"  note: {b} note mentions {c}, not a {b} member row")


if __name__ == "__main__":
    main()
