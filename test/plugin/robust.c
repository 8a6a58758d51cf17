// Hostile values never crash the compiler, never leak an error into the
// build, and stay unresolved with a warning naming what failed.
// RUN: %clang -c -o %t.o -Werror -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
// RUN: %clang -c -o %t.o -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.nodir/sub/x.db -I %S/Inputs %s 2>&1 | FileCheck %s --check-prefix=DB
// DB: warning: kapi: cannot store specs in '{{.*}}x.db'{{.*}}[kapi-db]
#include "kernel.h"
#define KT_FN(a, b) ((a) + (b))
#define KT_LPAREN (
#define KT_SELF KT_SELF

// expected-warning@+21 {{cannot evaluate '_AC(1, UL, 2)' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+20 {{cannot evaluate 'KT_FN(1)' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+19 {{cannot resolve division by zero in '1 / 0' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+18 {{cannot resolve shift count in '1 << 99' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+17 {{cannot resolve ')' in 'KT_LPAREN 1' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+16 {{cannot resolve KT_SELF in 'KT_SELF' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+15 {{cannot evaluate '# 1' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+14 {{cannot evaluate '"str"' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+13 {{cannot evaluate '1.5' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+12 {{cannot resolve struct nope in 'sizeof(struct nope)' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+11 {{cannot resolve KT_FN in '(KT_FN)(1, 2)' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+10 {{cannot resolve '0x1ffffffffffffffffff' (too large) in '0x1ffffffffffffffffff' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+9 {{cannot resolve end of value in '1 ? 2 :' for this target; stored as unresolved [kapi-unresolved]}}
/**
 * sys_kt_hostile - Values that cannot be evaluated
 * @a: a
 *
 * contexts: process
 *
 * param: a
 *   type: int, input
 *   constraint-type: enum(_AC(1, UL, 2), KT_FN(1), 1 / 0, 1 << 99, KT_LPAREN 1, KT_SELF, # 1, "str", 1.5, sizeof(struct nope), __LINE__ + 0, (KT_FN)(1, 2), 0x1ffffffffffffffffff, 1 ? 2 : )
 */
SYSCALL_DEFINE1(kt_hostile, int, a)
{
	return a;
}
