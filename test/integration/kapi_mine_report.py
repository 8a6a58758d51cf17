#!/usr/bin/env python3
"""Figures of a kernel-mine.sh run: syscalls seen, facts mined by kind,
drift findings by rule and by spec.

Usage: kapi_mine_report.py EXPORT.json BUILD.log
"""
import collections
import json
import re
import sys


def main():
    apis = json.load(open(sys.argv[1]))["apis"]
    log = open(sys.argv[2], errors="replace").read().splitlines()

    calls = [a for a in apis if a["name"].startswith(("sys_", "compat_sys_"))]
    by_source = collections.Counter(
        a["kapi_clang"]["provenance"]["source"] for a in calls)
    print(f"syscalls seen: {len(calls)} "
          f"({', '.join(f'{n} {s}' for s, n in sorted(by_source.items()))})")

    kinds = collections.Counter()
    with_facts = collections.Counter()
    for a in calls:
        facts = a["kapi_clang"].get("mined", [])
        seen = set()
        for f in facts:
            kinds[f["kind"]] += 1
            seen.add(f["kind"])
        for k in seen:
            with_facts[k] += 1
    print("facts mined (facts / syscalls with one):")
    for k in ("mask", "enum", "min", "max", "nonzero", "alignment", "error"):
        print(f"  {k:<10} {kinds[k]:5} / {with_facts[k]}")

    rule = re.compile(r"^(\S+):(\d+):\d+: warning: (\S+): .*\[(kapi-[a-z-]+)\]$")
    drift = [m for m in map(rule.match, log) if m and "drift" in m.group(4)]
    curated = [a for a in calls
               if a["kapi_clang"]["provenance"]["source"] != "mined"]
    print(f"curated specs checked against their code: {len(curated)}, "
          f"drift findings: {len(drift)}")
    for m in drift:
        print(f"  {m.group(3)}: {m.group(0)}")


if __name__ == "__main__":
    main()
