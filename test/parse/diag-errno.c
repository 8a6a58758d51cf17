// Names that are not errno names are reported [kapi-spec-errno].
// RUN: not %kapi-db parse %s 2>&1 | FileCheck %s

/**
 * sys_e - errno checks
 * contexts: process
 * param: a
 * error: EBADFD2, not a real errno
 * error: -ENOENT, a leading minus is fine
 * error: EINVAL, fine
 * return:
 *   error-values: -EINVAL, -EWHAT
 * signal: SIGINT
 *   errno: -EINTRR
 */
// CHECK: {{.*}}diag-errno.c:8:11: error: 'EBADFD2' is not an errno name (EINVAL, EBADF, ...) [kapi-spec-errno]
// CHECK-NEXT: {{.*}}diag-errno.c:12:30: error: 'EWHAT' is not an errno name {{.*}} [kapi-spec-errno]
// CHECK-NEXT: {{.*}}diag-errno.c:14:14: error: 'EINTRR' is not an errno name {{.*}} [kapi-spec-errno]

/**
 * sys_flat - the flat draft's error-code: line
 * context-flags: KAPI_CTX_PROCESS
 * error-code: -EFOO, EFOO, Bad, Worse.
 */
// One report for -EFOO, EFOO: at the name.
// CHECK-NEXT: {{.*}}diag-errno.c:23:23: error: 'EFOO' is not an errno name {{.*}} [kapi-spec-errno]
// CHECK-NOT: error:

// CHECK: spec sys_e
// CHECK: error ENOENT (-ENOENT (unresolved)): a leading minus is fine
