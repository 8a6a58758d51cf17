#!/usr/bin/env python3
"""Write a C source with N KAPI spec comments of realistic size and shape.

Every spec is different (names, values, param counts vary) so the parser
cannot benefit from repetition.  Used by test/bench/run.sh.
"""
import random
import sys

TYPES = [("fd", "int", "range(0, INT_MAX)"),
         ("uint", "size_t", "range(0, 0x7ffff000)"),
         ("int", "int", "mask(O_CLOEXEC | O_NONBLOCK | 0x{:x})"),
         ("user_ptr", "void __user *", "buffer({})"),
         ("int", "int", "enum(1, 2, 4, {})"),
         ("path", "const char __user *", "user_path")]
ERRNOS = ["EBADF", "EINVAL", "EFAULT", "ENOMEM", "EINTR", "EAGAIN",
          "EPERM", "EACCES", "EMFILE", "ENOSPC", "EIO", "ENOENT"]


def spec(i, rnd):
    nparams = rnd.randint(1, 6)
    out = ["/**", f" * sys_bench{i} - Benchmark call number {i}"]
    for p in range(nparams):
        out.append(f" * @arg{p}: argument {p} of call {i}")
    out += [" *",
            f" * long-desc: Call {i} exists to measure the parser. It reads its",
            " *   arguments, checks them against the documented constraints and",
            " *   returns a value or a negative errno.",
            " *", " * contexts: process, sleepable", " *"]
    sig = []
    for p in range(nparams):
        kind, ctype, cons = rnd.choice(TYPES)
        cons = cons.format(rnd.randint(0, nparams - 1) if "buffer" in cons
                           else rnd.randint(8, 1 << 20))
        out += [f" * param: arg{p}", f" *   type: {kind}, input",
                f" *   constraint-type: {cons}",
                f" *   desc: Argument {p}; see the long description for how",
                " *     the kernel interprets it.", " *"]
        sig += [ctype, f"arg{p}"]
    out += [" * return:", " *   type: int", " *   check-type: exact",
            " *   success: 0", " *"]
    for e in rnd.sample(ERRNOS, rnd.randint(2, 6)):
        out.append(f" * error: {e}, returned by call {i} when {e.lower()} applies")
    out += [" */", f"SYSCALL_DEFINE{nparams}(bench{i}, {', '.join(sig)})",
            "{", "\treturn 0;", "}", ""]
    return "\n".join(out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rnd = random.Random(20261123)
    sys.stdout.write("\n".join(spec(i, rnd) for i in range(n)))


if __name__ == "__main__":
    main()
