# Print P(CLOCK_NAME) for each fixed clock id of the kernel's posix_clocks[]
# table (kernel/time/posix-timers.c) whose struct k_clock sets the member
# OP (.nsleep, .clock_set, ...), one a line, for print-cases.c.  The
# k_clock definitions are read from the files given after OP.
# Usage: kclock-ops.py TREE OP FILE...
import os
import re
import sys

tree, op, files = sys.argv[1], sys.argv[2], sys.argv[3:]
ops = {}
for rel in files:
    text = open(os.path.join(tree, rel)).read()
    for m in re.finditer(r'^(?:static )?const struct k_clock (\w+) = \{(.*?)^\};',
                         text, re.S | re.M):
        ops[m.group(1)] = set(re.findall(r'^\s*\.(\w+)\s*=', m.group(2), re.M))
table = re.search(r'posix_clocks\[\] = \{(.*?)\};',
                  open(os.path.join(tree, "kernel/time/posix-timers.c")).read(),
                  re.S).group(1)
entries = re.findall(r'\[(CLOCK_\w+)\]\s*=\s*&(\w+)', table)
if not entries:
    sys.exit("no entries in posix_clocks[]")
for clock, kc in entries:
    if kc not in ops:
        sys.exit("no definition of struct k_clock " + kc)
    if op in ops[kc]:
        print("P(%s)" % clock)
