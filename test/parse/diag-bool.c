// Yes/no fields that carry prose are reported, with how the kernel's
// generator (kdoc_apispec.py) reads them: it takes only the whole value
// 'yes' as true for signal restartable/interruptible and side-effect
// reversible, 'true' or 'yes' for the lock fields, and anything else as
// false.  A signal's queue: is a behaviour name there, not a yes/no.
// RUN: not %kapi-db parse %s 2>&1 | FileCheck %s

/**
 * sys_b - booleans with prose
 * contexts: process
 * param: a
 * signal: SIGINT
 *   restartable: yes (only when SA_RESTART is set)
 *   interruptible: conditional
 *   queue: sometimes
 * side-effect: modify_state
 *   reversible: n/a
 * lock: l
 *   acquired: yes, when the file is shared
 *   released: true
 */
// CHECK: {{.*}}diag-bool.c:13:19: error: expected true or false (also yes/no, 1/0), not 'yes (only when SA_RESTART is set)'; the kernel's generator reads it as false (only 'yes' is true there) [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-bool.c:14:21: error: expected true or false (also yes/no, 1/0), not 'conditional'; the kernel's generator reads it as false (only 'yes' is true there) [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-bool.c:15:13: error: expected true or false (also yes/no, 1/0), not 'sometimes' [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-bool.c:17:18: error: expected true or false (also yes/no, 1/0), not 'n/a'; the kernel's generator reads it as false (only 'yes' is true there) [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-bool.c:19:16: error: expected true or false (also yes/no, 1/0), not 'yes, when the file is shared'; the kernel's generator reads it as false (only 'true' or 'yes' is true there) [kapi-spec-syntax]
// CHECK-NOT: error:
// CHECK: spec sys_b
