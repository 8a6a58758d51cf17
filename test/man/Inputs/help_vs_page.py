#!/usr/bin/env python3
"""Fail when a tool's --help and its manual page source disagree.

usage: help_vs_page.py PAGE.rst HELP_FILE [--names NAMES_FILE] [--both]

Every option (-x, --long) in HELP_FILE must appear in bold (**-x**,
**--long**) in PAGE.rst; every word in NAMES_FILE (rule names, commands)
must appear in PAGE.rst.  With --both, every bold option of the page must
also appear in HELP_FILE.  Prints each difference; exit 1 when any.
"""
import re
import sys

OPT = re.compile(r"(?:(?<=[\s\[|])|^)(--?[a-z][a-z0-9-]*)", re.M)
BOLD = re.compile(r"\*\*(--?[a-z][a-z0-9-]*)")


def main(argv):
    page_path, help_path = argv[1], argv[2]
    names_path = argv[argv.index("--names") + 1] if "--names" in argv else None
    page = open(page_path, encoding="utf-8").read()
    helptext = open(help_path, encoding="utf-8").read()
    bold = set(BOLD.findall(page))
    shown = set(OPT.findall(helptext))
    bad = 0
    for opt in sorted(shown - bold):
        print(f"{page_path}: option {opt} of --help is not in the page")
        bad += 1
    if "--both" in argv:
        for opt in sorted(bold - shown):
            print(f"{page_path}: option {opt} of the page is not in --help")
            bad += 1
    if names_path:
        for name in open(names_path, encoding="utf-8").read().split():
            if not re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])",
                             page):
                print(f"{page_path}: {name} is not in the page")
                bad += 1
    if not bad:
        print(f"{page_path}: matches --help")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
