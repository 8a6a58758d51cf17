// param: blocks against the @-lines, duplicates, and param-count:.
// RUN: not %kapi-db parse %s 2>&1 | FileCheck %s

/**
 * sys_p - param checks
 * @fd: a descriptor
 * @buf: a buffer
 * @count: its size
 *
 * contexts: process
 * param-count: 4
 * param: fd
 *   type: fd
 * param: buff
 *   type: user_ptr
 *   constraint-type: buffer(cnt)
 * param: fd
 *   type: int
 */
// CHECK: {{.*}}diag-param.c:17:4: error: duplicate param: block for 'fd' (first at line 12) [kapi-spec-param]
// CHECK-NEXT: {{.*}}diag-param.c:16:30: error: size parameter 'cnt' is not a parameter of sys_p [kapi-spec-param]
// CHECK-NEXT: {{.*}}diag-param.c:14:4: error: param: 'buff' has no matching '@buff:' line in this comment [kapi-spec-param]
// CHECK-NEXT: {{.*}}diag-param.c:11:4: error: param-count: says 4 but the spec describes 2 parameters [kapi-spec-count]
// The duplicate merged into the first fd block (its type: int wins).
// CHECK-NEXT: spec sys_p
// CHECK: param 0 fd: type int
// CHECK-NEXT: param 1 buff: type user_ptr, flags user, constraint buffer
