// kapi-missing-argument: open() and openat() read their variadic mode only
// with O_CREAT or O_TMPFILE (glibc's __OPEN_NEEDS_MODE, the `needs` lines
// of bindings.txt); a call that passes no mode then is a finding.  A call
// with a mode, without those flags, or with flags nobody knows, is silent.
//
// RUN: not %kapi-check --checks='-*,kapi-missing-argument' %s -- -D_GNU_SOURCE \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check --checks='-*,kapi-missing-argument' %s -- -D_GNU_SOURCE -DKT_GOOD | count 0
// A `needs` line must follow a binding of its function and give an
// argument index and an expression.
// RUN: printf 'needs my_open 2 flags != 0\n' > %t.bad1
// RUN: not %kapi-check --bindings %t.bad1 %s -- 2>&1 | FileCheck %s --check-prefix=BAD1
// BAD1: bad1:1: needs for a function no earlier line binds
// RUN: printf 'needs open x flags\n' > %t.bad2
// RUN: not %kapi-check --bindings %t.bad2 %s -- 2>&1 | FileCheck %s --check-prefix=BAD2
// BAD2: bad2:1: expected needs FUNCTION ARG EXPR
#include <fcntl.h>

int use(const char *p, int dfd, int flags)
{
	int r = 0;

#ifndef KT_GOOD
	r += open(p, O_CREAT | O_WRONLY);
	// CHECK: missing-argument.c:[[@LINE-1]]:7: warning: open reads its argument 3 ('mode') with these arguments, but the call passes none; the kernel gets whatever the register holds [kapi-missing-argument]
	// CHECK: fs_open.c:{{[0-9]+}}: note: open reads it when (flags & 0x200000) == 0 && ((flags & 0x40) != 0 || (flags & 0x400000) == 0x400000) (bindings.txt:{{[0-9]+}})
	r += openat(dfd, p, O_TMPFILE | O_RDWR);
	// CHECK: missing-argument.c:[[@LINE-1]]:7: warning: openat reads its argument 4 ('mode') with these arguments, but the call passes none
#endif
	r += open(p, O_CREAT | O_WRONLY, 0600);
	r += open(p, O_RDONLY);
	r += open(p, O_DIRECTORY | O_RDONLY); /* part of O_TMPFILE only */
	r += open(p, O_PATH | O_TMPFILE);     /* O_PATH: mode unused */
	r += open(p, flags);                  /* unknown: silent */
	r += open(p, flags | O_CREAT);        /* flags unknown, so is all */
	r += openat(dfd, p, O_TMPFILE | O_RDWR, 0600);
	return r;
}
