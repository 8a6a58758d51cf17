#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How much of a kernel's syscall table the default database covers.

Reads the x86_64 table (arch/x86/entry/syscalls/syscall_64.tbl, the
common and 64 ABIs) of a kernel tree, the specs of a database (`kapi-db
export`) and the list of syscalls left out on purpose
(specs-db/default-specs/EXCEPTIONS: `sys_name  reason`), and prints

  - a reStructuredText table: spec file, number of syscalls, their names;
  - the entry points of the table that have neither a spec nor an
    exception (exit status 1 when there is any, with --check).

Usage: kapi-coverage.py [--check] KAPI_DB DB TREE EXCEPTIONS
(DB `default`: the database kapi-db uses without --db)
"""
import collections
import json
import os
import subprocess
import sys


def table_entry_points(tree):
    path = os.path.join(tree, "arch/x86/entry/syscalls/syscall_64.tbl")
    points = set()
    for line in open(path):
        f = line.split()
        if len(f) >= 4 and f[0].isdigit() and f[1] in ("common", "64"):
            points.add(f[3])
    return points


def exceptions(path):
    out = {}
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, why = line.partition(" ")
        out[name] = why.strip()
    return out


def main():
    args = sys.argv[1:]
    check = args[:1] == ["--check"]
    if check:
        args = args[1:]
    if len(args) != 4:
        sys.exit(__doc__)
    kapi_db, db, tree, exc_path = args
    cmd = [kapi_db, "export"] + ([] if db == "default" else ["--db", db])
    export = subprocess.run(cmd, check=True, capture_output=True,
                            text=True).stdout
    by_file = collections.defaultdict(list)
    specs = set()
    for api in json.loads(export)["apis"]:
        prov = api.get("kapi_clang", {}).get("provenance", {})
        if prov.get("source") == "mined":
            continue
        specs.add(api["name"])
        by_file[os.path.basename(prov.get("file", "?"))].append(api["name"])
    points = table_entry_points(tree)
    exc = exceptions(exc_path)
    missing = sorted(points - specs - set(exc))
    covered = len(points & specs)

    rows = [(f, len(n), ", ".join(s[4:] for s in sorted(n)))
            for f, n in sorted(by_file.items())]
    w0 = max(len("spec file"), *(len(r[0]) + 4 for r in rows))
    w1 = len("syscalls")
    print(f"{covered} of the {len(points)} entry points of the x86_64 table "
          f"have a spec; {len(exc)} are left out on purpose, "
          f"{len(missing)} are missing.\n")
    sep = "=" * w0 + " " + "=" * w1 + " " + "=" * 20
    print(sep)
    print(f"{'spec file':<{w0}} {'syscalls':<{w1}} names")
    print(sep)
    for f, n, names in rows:
        print(f"{'``' + f + '``':<{w0}} {n:<{w1}} {names}")
    print(sep)
    if missing:
        print("\nmissing: " + " ".join(missing))
    return 1 if check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
