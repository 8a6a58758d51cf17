# Write two C files of calls for kapi-check from a set of values a test
# took out of the kernel tree: GOOD calls one value the kernel accepts a
# line, BAD calls every other value of [LO, HI] (and the dropped values)
# one a line.  Prints the number of calls in BAD, so a test can compare it
# with the number of findings.
#
# Usage: gen-calls.py --template 'syscall(SYS_x, {v})' --valid FILE
#          [--drop V]... [--flag F] [--drop-flag FILE2] --lo LO --hi HI
#          --good G.c --bad B.c
#   FILE    one accepted value a line (decimal)
#   --drop  a value in FILE that this call rejects all the same
#   --flag  a bit ORed into each value, accepted alongside it
#   --drop-flag  a file of two lines, a --drop value and the --flag value
#           (lit's shell has no command substitution)
import argparse

ap = argparse.ArgumentParser()
ap.add_argument("--template", required=True)
ap.add_argument("--valid", required=True)
ap.add_argument("--drop", type=int, action="append", default=[])
ap.add_argument("--flag", type=lambda s: int(s, 0))
ap.add_argument("--drop-flag")
ap.add_argument("--lo", type=int, required=True)
ap.add_argument("--hi", type=int, required=True)
ap.add_argument("--good", required=True)
ap.add_argument("--bad", required=True)
a = ap.parse_args()
if a.drop_flag:
    drop, flag = (int(l) for l in open(a.drop_flag).read().split())
    a.drop.append(drop)
    a.flag = flag

valid = sorted({int(l) for l in open(a.valid) if l.strip()} - set(a.drop))
good = list(valid)
bad = [v for v in range(a.lo, a.hi + 1) if v not in valid]
if a.flag is not None:
    good += [v | a.flag for v in valid]
    bad += [d | a.flag for d in a.drop]


def write(path, values):
    with open(path, "w") as f:
        f.write("#include <unistd.h>\n#include <sys/syscall.h>\n\n")
        f.write("void calls(void)\n{\n\tstruct { int prio; } sp = { 0 };\n\n")
        for v in values:
            f.write("\t(void)%s;\n" % a.template.replace("{v}", "(%d)" % v))
        f.write("\t(void)sp;\n}\n")


write(a.good, good)
write(a.bad, bad)
print(len(bad))
