// Syntax errors in spec comments are reported clang-style, with the
// position of the offending key or value, and kapi-db exits 1.
// RUN: not %kapi-db parse %s 2>&1 | FileCheck %s

/**
 * sys_one - unknown key in a block, unknown tokens
 * contexts: process, sleepy
 * param: fd
 *   tpye: fd
 *   type: fdx, input
 *   flags: KAPI_PARAM_INN
 */
// CHECK: {{.*}}diag-syntax.c:7:23: error: unknown context 'sleepy'; expected one of: process softirq hardirq nmi atomic sleepable preempt_disabled irq_disabled (or KAPI_CTX_*) [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:9:6: error: unknown key 'tpye' in a param: block; valid keys: type, flags, {{.*}} [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:10:12: error: unknown parameter type 'fdx'; expected one of: int uint ptr {{.*}} (or KAPI_TYPE_*) [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:11:13: error: unknown parameter flag 'KAPI_PARAM_INN'; {{.*}} [kapi-spec-syntax]

/**
 * sys_two - constraint syntax
 * contexts: process
 * param: a
 *   constraint-type: range(0)
 * param: b
 *   constraint-type: range(0, (1 << 20)
 * param: c
 *   constraint-type: mask(A | B) | C
 * param: d
 *   constraint-type: sorted(1)
 * param: e
 *   constraint-type: nonzero(1)
 * param: f
 *   constraint-type: range(0, )
 */
// CHECK-NEXT: {{.*}}diag-syntax.c:22:29: error: wrong number of arguments; write range(MIN, MAX) [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:24:28: error: missing ')' to close this '(' [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:26:35: error: unexpected '| C' after ')' [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:28:23: error: unknown constraint type 'sorted'; {{.*}} [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:30:31: error: 'nonzero' takes no arguments [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:32:32: error: empty value in the constraint arguments [kapi-spec-syntax]

/**
 * sys_three - arch masks, booleans, numbers
 * contexts: process
 * param: a
 *   arch-mask: x86_64 = MAP_32BIT
 *   arch-mask: MAP_32BIT
 * lock: l
 *   acquired: maybe
 * param-count: many
 * signal: SIGINT
 *   priority: high
 */
// CHECK-NEXT: {{.*}}diag-syntax.c:45:17: error: unknown architecture 'x86_64' in arch-mask{{.*}} [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:46:17: error: arch-mask needs ARCH = MASK, e.g. 'x86 = MAP_32BIT' [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:48:16: error: expected true or false (also yes/no, 1/0), not 'maybe'; the kernel's generator reads it as false (only 'true' or 'yes' is true there) [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:49:17: error: expected a non-negative integer, not 'many' [kapi-spec-syntax]
// CHECK-NEXT: {{.*}}diag-syntax.c:51:16: error: expected a non-negative integer, not 'high' [kapi-spec-syntax]

/**
 * sys_four - an unknown top-level key is only a warning
 * contexts: process
 * param: a
 * retrun: 0 on success
 */
// CHECK-NEXT: {{.*}}diag-syntax.c:63:4: warning: unknown key 'retrun:' in a KAPI spec comment; it is ignored [kapi-spec-syntax]

// The specs are still printed, with whatever could be parsed.
// CHECK: spec sys_one (syscall)
// CHECK: contexts: process
// CHECK-NEXT: param 0 fd: type void, flags input
// CHECK: spec sys_four
