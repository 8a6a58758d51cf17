// Values are resolved with the TU's own macros and types, stored next to
// the text as written, with provenance.
// RUN: rm -f %t.db
// RUN: %clang -c -o %t.o -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db %s
// RUN: %kapi-db show --db %t.db --format json sys_kt_values | FileCheck %s
// RUN: %clang -c -o %t.o -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db --target=i686-linux-gnu %s
// RUN: %kapi-db show --db %t.db --format json sys_kt_values | FileCheck %s --check-prefix=I686
#include "kernel.h"
#define UTS_RELEASE "6.12.0-kt"

/**
 * sys_kt_values - Every kind of symbolic value
 * @flags: open flags
 * @len: a length
 * @which: a pid type
 * @ctx: an aio context
 * @ctx2: another one
 *
 * contexts: process
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK)
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(sizeof(aio_context_t), PAGE_SIZE)
 *
 * param: which
 *   type: enum, input
 *   constraint-type: enum(PIDTYPE_TGID, (int)PIDTYPE_SID, PIDTYPE_MAX - 1 + 'a' - 'a' + 100)
 *
 * param: ctx
 *   type: user_ptr, output
 *   alignment: _Alignof(long long)
 *
 * param: ctx2
 *   type: user_ptr, output
 *   alignment: __alignof__(long long)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, bad descriptor
 */
SYSCALL_DEFINE5(kt_values, int, flags, size_t, len, int, which,
		aio_context_t __user *, ctx, aio_context_t __user *, ctx2)
{
	return flags;
}
// CHECK: "name": "sys_kt_values"
// CHECK: "name": "flags"
// CHECK-NEXT: "type_name": "int"
// CHECK: "valid_mask": "0x80800"
// CHECK: "name": "len"
// CHECK-NEXT: "type_name": "size_t"
// CHECK: "min_value": 8,
// CHECK-NEXT: "max_value": 4096,
// CHECK: "name": "which"
// CHECK: "enum_values": [
// CHECK-NEXT: 1,
// CHECK-NEXT: 3,
// CHECK-NEXT: 103
// CHECK: "name": "ctx"
// CHECK-NEXT: "type_name": "aio_context_t __user *"
// CHECK: "alignment": 8
// CHECK: "name": "ctx2"
// CHECK: "alignment": 8
// CHECK: "error_code": -9,
// CHECK: "target": "x86_64-pc-linux-gnu"
// CHECK: "compiler": "{{.*}}clang version 19
// CHECK: "kernel_version": "6.12.0-kt"
// CHECK: "verified": "ok"
// I686: "min_value": 4,
// I686: "alignment": 4
// I686: "name": "ctx2"
// I686: "alignment": 8
// I686: "target": "i686-unknown-linux-gnu"
