// A mask made of consecutive values (0 | 1 | 2, 1 | 2 | 3) is an
// enumeration written as a mask [kapi-spec-mask-enum].  kapi-db knows
// only literals; masks of macros are judged by the plugin, which knows
// their values.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error:

/**
 * sys_me - masks of enumeration values
 * @whence: SEEK_SET, SEEK_CUR or SEEK_END
 * @how: 1, 2 or 3
 * @mode: older draft
 *
 * contexts: process
 * param: whence
 *   type: int, input
 *   constraint-type: mask(0 | 1 | 2)
 * param: how
 *   type: int, input
 *   constraint-type: mask(0x1 | 0x2 | 0x3)
 * param: mode
 *   type: int, input
 *   valid-mask: 4 | 5 | 6 | 7
 */
// CHECK: {{.*}}lint-mask-enum.c:16:28: warning: mask of 'whence' ORs consecutive values (0, 1, 2), not distinct bits: an enumeration was probably meant; write enum(0, 1, 2) [kapi-spec-mask-enum]
// CHECK-NEXT: {{.*}}lint-mask-enum.c:19:28: warning: mask of 'how' ORs consecutive values (0x1 = 1, 0x2 = 2, 0x3 = 3), {{.*}} write enum(0x1, 0x2, 0x3) [kapi-spec-mask-enum]
// CHECK-NEXT: {{.*}}lint-mask-enum.c:22:18: warning: mask of 'mode' ORs consecutive values (4, 5, 6, 7), {{.*}} [kapi-spec-mask-enum]
// CHECK-NOT: warning:
// CHECK: spec sys_me
