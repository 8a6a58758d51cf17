#!/usr/bin/env python3
# CPU time of kapi-check against clang-19 -fsyntax-only on the same files
# with the same flags (issue 12's speed goal: at most 1.15x), two ways:
#
#   per-file  one process per file for both tools, as an editor or a
#             one-file pre-commit hook runs kapi-check;
#   batch     one kapi-check process for all files (-j1; with --cdb DIR
#             their flags come from DIR/compile_commands.json, as `-p`
#             runs take them, else one process per group of files with
#             the same flags) against the per-file clang runs.
#
# CPU time is user + system of the child (os.wait4), not wall time: the
# machine is shared and noisy, and CPU time is what the goal is about.
# Pairs are interleaved (clang, kapi-check, clang, kapi-check, ...) and
# repeated, so drift hits both tools alike; the ratio is taken within one
# run.  Input: a list of "FLAGS<TAB>FILE" lines (test/bench/corpus.sh
# setup writes them to ~/.cache/kapi-clang/corpus/out/*.list).
#
# Usage: check-cpu.py KAPI_CHECK LIST [--files N] [--rounds R] [--seed S]
#        [--cdb DIR] [--kapi-arg ARG]...
import argparse
import os
import random
import shlex
import subprocess
import sys


def cpu_of(argv):
    """Run argv with output discarded; its user+sys CPU seconds."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    pid = os.fork()
    if pid == 0:
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    os.close(devnull)
    _, status, ru = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) == 127:
        sys.exit("cannot run " + argv[0])
    return ru.ru_utime + ru.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kapi_check")
    ap.add_argument("list")
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kapi-arg", action="append", default=[])
    ap.add_argument("--cdb")
    a = ap.parse_args()

    entries = []
    for line in open(a.list):
        flags, _, path = line.rstrip("\n").partition("\t")
        if path:
            entries.append((shlex.split(flags), path))
    random.Random(a.seed).shuffle(entries)
    entries = entries[: a.files]
    if not entries:
        sys.exit("no files in " + a.list)

    clang_file = kapi_file = 0.0
    clang_sum_rounds = []
    batch_rounds = []
    for r in range(a.rounds):
        c_round = 0.0
        for flags, path in entries:
            c = cpu_of(["clang-19", "-fsyntax-only"] + flags + [path])
            k = cpu_of([a.kapi_check] + a.kapi_arg + [path, "--"] + flags)
            clang_file += c
            kapi_file += k
            c_round += c
        clang_sum_rounds.append(c_round)
        # Batch: every file in one process; flags differ per file only in
        # the corpus' -I/-include, so group by flags.
        b = 0.0
        if a.cdb:
            b = cpu_of([a.kapi_check, "-p", a.cdb, "-j1"] + a.kapi_arg +
                       [path for _, path in entries])
        else:
            groups = {}
            for flags, path in entries:
                groups.setdefault(tuple(flags), []).append(path)
            for flags, paths in groups.items():
                b += cpu_of([a.kapi_check, "-j1"] + a.kapi_arg + paths +
                            ["--"] + list(flags))
        batch_rounds.append(b)

    n = len(entries) * a.rounds
    per_file = kapi_file / clang_file
    batch = sum(batch_rounds) / sum(clang_sum_rounds)
    print(f"{len(entries)} files x {a.rounds} rounds, CPU seconds (user+sys)")
    print(f"  clang-19 -fsyntax-only, per file   {clang_file / n * 1000:7.1f} ms/file")
    print(f"  kapi-check, one process per file   {kapi_file / n * 1000:7.1f} ms/file  {per_file:5.2f}x")
    print(f"  kapi-check, one process (batch)    {sum(batch_rounds) / n * 1000:7.1f} ms/file  {batch:5.2f}x")
    ok = per_file <= 1.15 and batch <= 1.15
    print(f"goal <= 1.15x both ways: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
