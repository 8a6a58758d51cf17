// -fplugin-arg-kapi-mine: each syscall of the file without a spec is
// stored with source "mined" (its signature's type classes and the facts
// of its code); one with a spec is stored as its spec.  `kapi-db skeleton`
// turns the mined ones into draft comments that parse as specs without a
// diagnostic.  Without the argument nothing is stored for them.
// RUN: rm -f %t.db %t.plain.db
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-mine -fplugin-arg-kapi-db=%t.db %s
// RUN: %kapi-db list --db %t.db | FileCheck %s --check-prefix=LIST
// LIST: sys_kt_documented{{$}}
// LIST-NEXT: sys_kt_sk_open{{[[:space:]]+}}mined
// LIST-NEXT: sys_kt_sk_seek{{[[:space:]]+}}mined
// RUN: %kapi-db skeleton --db %t.db > %t.skel.c
// RUN: FileCheck %s --input-file %t.skel.c
// RUN: %kapi-db parse %t.skel.c 2>&1 >/dev/null | count 0
// RUN: %kapi-db parse --format json %t.skel.c | FileCheck %s --check-prefix=PARSED
// PARSED: "name": "sys_kt_sk_open"
// PARSED: "name": "sys_kt_sk_seek"
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.plain.db %s
// RUN: %kapi-db list --db %t.plain.db | FileCheck %s --check-prefix=PLAIN --implicit-check-not=mined
// PLAIN: sys_kt_documented
#include "kernel.h"

// CHECK: /**
// CHECK-NEXT:  * sys_kt_sk_open - TODO: what it does, in one line
// CHECK-NEXT:  * @filename: TODO
// CHECK-NEXT:  * @flags: TODO
// CHECK-NEXT:  * @buf: TODO
// CHECK:  * contexts: process, sleepable
// CHECK:  * param: filename
// CHECK-NEXT:  *   type: path, input
// CHECK:  * param: flags
// CHECK-NEXT:  *   type: int, input
// CHECK-NEXT:  *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK)
// CHECK-NEXT:  *   cdesc: mined from {{.*}}mine-skeleton.c:{{[0-9]+}}; review
// CHECK:  * param: buf
// CHECK-NEXT:  *   type: user_ptr{{$}}
// CHECK-NEXT:  *   constraint-type: nonzero
// CHECK:  * error: EINVAL, TODO: when (mined from {{.*}}mine-skeleton.c:{{[0-9]+}}; review)
// CHECK:  * error: EFAULT, TODO: when
// CHECK:  * notes: Drafted by kapi-clang from the code of {{.*}}mine-skeleton.c
// CHECK: */
// CHECK: * sys_kt_sk_seek - TODO
// CHECK:  *   constraint-type: enum(0, 1, 2)
// CHECK:  *   constraint-type: range(1, 4096)

/**
 * sys_kt_documented - Has a spec
 * @a: a number
 *
 * contexts: process
 *
 * param: a
 *   type: int, input
 */
SYSCALL_DEFINE1(kt_documented, int, a)
{
	return a;
}

SYSCALL_DEFINE3(kt_sk_open, const char __user *, filename, int, flags,
		char __user *, buf)
{
	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	if (!buf)
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(kt_sk_seek, int, whence, size_t, len)
{
	switch (whence) {
	case 0:
	case 1:
	case 2:
		break;
	default:
		return -EINVAL;
	}
	if (len < 1 || len > 4096)
		return -EINVAL;
	return 0;
}
