# Write two C files of futex() calls for kapi-check from the command values
# a test took out of the kernel tree (futex family, futex-ops.test).
# GOOD: every accepted command, alone and with FUTEX_PRIVATE_FLAG, and the
# commands that take FUTEX_CLOCK_REALTIME with it.  BAD: every other value
# of [LO, HI] alone and with FUTEX_PRIVATE_FLAG (one finding each: 'known
# command'), and the accepted commands that do not take
# FUTEX_CLOCK_REALTIME with it (one finding each: the clock constraint).
# Prints the two numbers of BAD calls, one a line, in that order.
#
# Usage: futex-calls.py CMDS CLOCKRT FLAGS LO HI GOOD.c BAD.c
#   CMDS     one accepted command value a line (decimal)
#   CLOCKRT  the command values that take FUTEX_CLOCK_REALTIME
#   FLAGS    two lines: FUTEX_PRIVATE_FLAG, FUTEX_CLOCK_REALTIME
import sys

cmds_f, rt_f, flags_f, lo, hi, good_f, bad_f = sys.argv[1:8]
cmds = sorted({int(l) for l in open(cmds_f) if l.strip()})
rt = sorted({int(l) for l in open(rt_f) if l.strip()})
private, clockrt = (int(l) for l in open(flags_f).read().split())
assert set(rt) <= set(cmds)

good = [c | f for c in cmds for f in (0, private)]
good += [c | clockrt | f for c in rt for f in (0, private)]
bad_cmd = [v | f for v in range(int(lo), int(hi) + 1) if v not in cmds
           for f in (0, private)]
bad_rt = [c | clockrt for c in cmds if c not in rt]


def write(path, values):
    with open(path, "w") as f:
        f.write("#include <stddef.h>\n#include <unistd.h>\n"
                "#include <sys/syscall.h>\n\n")
        f.write("void calls(unsigned int *w)\n{\n")
        for v in values:
            f.write("\t(void)syscall(SYS_futex, w, (%d), 0, NULL, NULL, 0);\n"
                    % v)
        f.write("}\n")


write(good_f, good)
write(bad_f, bad_cmd + bad_rt)
print(len(bad_cmd))
print(len(bad_rt))
