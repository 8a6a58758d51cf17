// The C type of each parameter is stored as the code writes it, __user
// and leading qualifiers included: `const char __user *` stays that, not
// `char __user *` (the type's own source range starts after `const`).
// RUN: rm -f %t.db
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db %s
// RUN: %kapi-db show --db %t.db sys_kt_tname | FileCheck %s
// CHECK: param 0 filename: {{.*}}(C type: const char __user *)
// CHECK: param 1 ts: {{.*}}(C type: const struct timespec64 __user *)
// CHECK: param 2 buf: {{.*}}(C type: char __user *)
#include "kernel.h"

/**
 * sys_kt_tname - Read a path, a time and fill a buffer
 * @filename: the path
 * @ts: a time
 * @buf: where the result goes
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 * param: ts
 *   type: user_ptr, input
 * param: buf
 *   type: user_ptr, output
 */
SYSCALL_DEFINE3(kt_tname, const char __user *, filename,
		const struct timespec64 __user *, ts, char __user *, buf)
{
	return 0;
}
