// An enum constraint given a mask, its values joined with '|', or no
// values at all is reported [kapi-spec-enum-values]; it is a warning, so
// kapi-db still exits 0.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error:

/**
 * sys_ev - enum constraints written wrongly
 * @a: a mask in the older draft
 * @b: a mask in the current draft
 * @c: values joined with |
 * @d: prose only
 * @e: nothing at all
 *
 * context-flags: KAPI_CTX_PROCESS
 * param: a
 *   type: KAPI_TYPE_INT
 *   constraint-type: KAPI_CONSTRAINT_ENUM
 *   valid-mask: 0x1 | 0x2
 * param: b
 *   type: int, input
 *   constraint-type: enum
 *   mask: FOO_A | FOO_B
 * param: c
 *   type: int, input
 *   constraint-type: enum(SEEK_SET | SEEK_CUR | SEEK_END)
 * param: d
 *   type: int, input
 *   constraint-type: enum
 *   constraint: one of the SEEK_* values
 * param: e
 *   type: int, input
 *   constraint-type: enum
 */
// CHECK: {{.*}}lint-enum-values.c:18:18: warning: enum constraint of 'a' is given a mask, not its values; list the values ('valid-values: A, B' or 'constraint-type: enum(A, B)'), or make it a mask constraint if any combination of these bits is valid [kapi-spec-enum-values]
// CHECK-NEXT: {{.*}}lint-enum-values.c:22:12: warning: enum constraint of 'b' is given a mask, {{.*}} [kapi-spec-enum-values]
// CHECK-NEXT: {{.*}}lint-enum-values.c:25:28: warning: enum values of 'c' are joined with '|', which makes one value (their OR); separate them with commas: enum(SEEK_SET, SEEK_CUR, SEEK_END) [kapi-spec-enum-values]
// CHECK-NEXT: {{.*}}lint-enum-values.c:28:6: warning: enum constraint of 'd' lists no values (only prose in constraint:/cdesc:); a checker cannot use it: list them with 'valid-values: A, B' or 'constraint-type: enum(A, B)' [kapi-spec-enum-values]
// CHECK-NEXT: {{.*}}lint-enum-values.c:32:6: warning: enum constraint of 'e' lists no values; a checker {{.*}} [kapi-spec-enum-values]
// CHECK-NOT: warning:
// CHECK: spec sys_ev
