// kapi-arg-constraint: a call whose arguments certainly break a constraint
// between parameters (the spec's `constraint:` with `expr:`, stored by the
// plugin in its resolved form).  Silent when the expression holds or when
// anything it needs is unknown.
// RUN: rm -f %t.db
// RUN: %clang -fsyntax-only -I %S/../plugin/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db %S/Inputs/constraint-specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-arg-constraint' --bindings %S/Inputs/ktc.bindings %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <ktc.h>

long bad_fixed(unsigned long a)
{
	// CHECK: arg-constraint.c:[[@LINE+2]]:{{[0-9]+}}: warning: the arguments of kt_remap break the constraint 'fixed needs maymove' of sys_kt_remap: KT_FIXED only together with KT_MAYMOVE [kapi-arg-constraint]
	// CHECK: constraint-specs.c:{{[0-9]+}}:{{[0-9]+}}: note: sys_kt_remap requires (flags & KT_FIXED) == 0 || (flags & KT_MAYMOVE)
	return kt_remap(a, KT_FIXED, 0x200000);
}

long bad_alignment(unsigned long a)
{
	// CHECK: arg-constraint.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of kt_remap break the constraint 'fixed target is aligned' of sys_kt_remap: with KT_FIXED, new_addr is page aligned [kapi-arg-constraint]
	return kt_remap(a, KT_FIXED | KT_MAYMOVE, 0x200010);
}

int bad_poll(int t)
{
	// CHECK: arg-constraint.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of kt_poll break the constraint 'fds for nfds' of sys_kt_poll: a non-empty set needs an array [kapi-arg-constraint]
	return kt_poll((struct kt_pollfd *)0, 2, t);
}

// Silent: the constraints hold, or what they need is unknown.
long good(unsigned long a, int flags, unsigned long where, unsigned long n)
{
	struct kt_pollfd one[1] = {{0, 1, 0}};
	long r = 0;

	r += kt_remap(a, KT_MAYMOVE, 0);
	r += kt_remap(a, KT_FIXED | KT_MAYMOVE, 0x200000);
	r += kt_remap(a, flags, 0x200010);   // flags unknown
	r += kt_remap(a, KT_FIXED | KT_MAYMOVE, where); // address unknown
	r += kt_poll((struct kt_pollfd *)0, 0, 1);
	r += kt_poll(one, 1, 1);
	r += kt_poll((struct kt_pollfd *)0, n, 1); // count unknown
	return r;
}
