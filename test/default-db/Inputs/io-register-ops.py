# Compare the io_uring_register constraints of the default database with the
# kernel's own tests.  Reads `kapi-db show --format json
# sys_io_uring_register` on stdin; the arguments are the kernel's
# io_uring/register.c and include/uapi/linux/io_uring.h.
#
# From the kernel it takes the register opcodes (enum io_uring_register_op),
# the case labels of __io_uring_register() with the argument test each case
# makes before calling its handler (`if (!arg || nr_args != 1) break;`),
# and checks that the syscall strips IORING_REGISTER_USE_REGISTERED_RING
# and rejects opcodes from IORING_REGISTER_LAST on.  Then it evaluates both
# sides over every opcode (with and without that bit, and past the last),
# a null and a non-null arg and a spread of nr_args (fd is a valid ring or
# registered index): the kernel rejects a call exactly when a constraint
# of the spec is false.
# Usage: io-register-ops.py REGISTER_C IO_URING_H < spec.json
import json
import re
import sys


def fail(msg):
    sys.exit("io-register-ops: " + msg)


def c_to_py(expr):
    """A C condition over integers to Python (NULL and pointers as 0/1)."""
    e = re.sub(r"\b(0x[0-9a-fA-F]+|[0-9]+)[uUlL]+\b", r"\1", expr)
    e = re.sub(r"\bNULL\b", "0", e)
    e = e.replace("||", " or ").replace("&&", " and ")
    e = re.sub(r"!(?!=)", " not ", e)
    return e


register_c = open(sys.argv[1]).read()
uapi = open(sys.argv[2]).read()

# enum io_uring_register_op
m = re.search(r"enum io_uring_register_op \{(.*?)\};", uapi, re.S)
if not m:
    fail("no enum io_uring_register_op")
values = {}
nxt = 0
for line in m.group(1).splitlines():
    line = re.sub(r"/\*.*?\*/", "", line).strip()
    em = re.match(r"(IORING_[A-Z0-9_]+)\s*(?:=\s*([^,]+))?,?$", line)
    if not em:
        continue
    val = eval(c_to_py(em.group(2))) if em.group(2) else nxt
    values[em.group(1)] = val
    nxt = val + 1
last = values["IORING_REGISTER_LAST"]
bit = values["IORING_REGISTER_USE_REGISTERED_RING"]

# The syscall: strip the bit, then reject opcode >= IORING_REGISTER_LAST.
sm = re.search(r"SYSCALL_DEFINE4\(io_uring_register,.*?\n\}", register_c, re.S)
if not sm:
    fail("no SYSCALL_DEFINE4(io_uring_register")
body = sm.group(0)
for need in ("opcode &= ~IORING_REGISTER_USE_REGISTERED_RING;",
             "if (opcode >= IORING_REGISTER_LAST)\n\t\treturn -EINVAL;"):
    if need not in body:
        fail("the syscall no longer has: " + need)

# __io_uring_register's switch: case labels and their argument tests.
fm = re.search(r"static int __io_uring_register\(.*?\n\}", register_c, re.S)
if not fm:
    fail("no __io_uring_register")
sw = fm.group(0)[fm.group(0).index("switch (opcode) {"):]
cond = {}
labels = []
for block in re.split(r"\n\tcase ", sw)[1:]:
    name = block.split(":", 1)[0].strip()
    labels.append(name)
    tm = re.match(r"[A-Z0-9_]+:\n\t\tret = -E[A-Z]+;\n\t\tif \((.*?)\)\n\t\t\tbreak;",
                  block, re.S)
    cond[values[name]] = c_to_py(tm.group(1)) if tm else None
if "\tdefault:\n\t\tret = -EINVAL;" not in sw:
    fail("the switch's default is no longer EINVAL")
if sorted(values[n] for n in labels) != list(range(last)):
    fail("the case labels are not exactly 0 .. IORING_REGISTER_LAST - 1")

doc = json.load(sys.stdin)
apis = doc["apis"] if isinstance(doc, dict) else doc
exprs = [(c["name"], c_to_py(c["kapi_clang"]["expr_resolved"]))
         for c in apis[0].get("constraints") or []
         if (c.get("kapi_clang") or {}).get("expr_resolved")]
if not exprs:
    fail("the spec has no resolved constraint")

points = bad = 0
ops = sorted(set(values[n] for n in labels) | {last, last + 1, 255})
for op in ops:
    for opcode in (op, op | bit):
        for arg in (0, 1):
            for nr_args in (0, 1, 2, 3, 16, 256, 257):
                env = {"opcode": opcode, "arg": arg, "nr_args": nr_args,
                       "fd": 3}
                base = opcode & ~bit
                kernel = base >= last or (cond.get(base) is not None and
                                          bool(eval(cond[base], {}, env)))
                broken = [n for n, e in exprs if not eval(e, {}, env)]
                points += 1
                if kernel != bool(broken):
                    bad += 1
                    print("disagree: opcode %#x arg %s nr_args %d: kernel %s, "
                          "spec %s" % (opcode, "non-null" if arg else "NULL",
                                       nr_args, "rejects" if kernel else
                                       "accepts", broken or "accepts"))
print("labels: %d, IORING_REGISTER_LAST: %d" % (len(labels), last))
print("argument tests: %d" % sum(1 for c in cond.values() if c))
print("constraints: %d" % len(exprs))
print("points: %d, disagreements: %d" % (points, bad))
