#!/usr/bin/env python3
"""Write truncated copies of FILE into DIR: cut-N.o holds its first N bytes.

usage: truncate.py FILE DIR

Every length through the headers and the section header table at the end
(where a cut breaks the most), and a sample of lengths in between.
"""
import os
import sys

src, out = sys.argv[1:3]
data = open(src, "rb").read()
os.makedirs(out, exist_ok=True)
cuts = set(range(4, min(len(data), 80)))
cuts |= set(range(max(4, len(data) - 200), len(data)))
cuts |= set(range(4, len(data), max(1, len(data) // 100)))
for n in sorted(cuts):
    with open(os.path.join(out, "cut-%05d.o" % n), "wb") as f:
        f.write(data[:n])
