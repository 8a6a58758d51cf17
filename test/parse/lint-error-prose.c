// An error: entry whose first field is prose rather than one errno name
// has no error code (and the kernel's generator drops it): reported
// [kapi-spec-error-prose], with what to write instead.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=': error:'

/**
 * sys_ep - prose in error: entries
 * contexts: process
 * param: a
 * error: Invalid flags were passed
 * error: EINVAL or EBADF, the descriptor or the flags are bad
 * error: EBADF if fd is not open
 * error: EFAULT, fine
 */
// CHECK: {{.*}}lint-error-prose.c:10:11: warning: an error: entry starts with an errno name ('error: EINVAL, summary'), not prose 'Invalid flags were passed'; as written it has no error code and the kernel's generator drops it [kapi-spec-error-prose]
// CHECK-NEXT: {{.*}}lint-error-prose.c:11:11: warning: an error: entry takes one errno name; write 'error: EINVAL, ...' and 'error: EBADF, ...' on lines of their own; {{.*}} [kapi-spec-error-prose]
// CHECK-NEXT: {{.*}}lint-error-prose.c:12:11: warning: an error: entry is the errno name, a comma and a summary: write 'error: EBADF, summary'; {{.*}} [kapi-spec-error-prose]
// CHECK-NOT: warning:
// CHECK: error Invalid flags were passed (-):
// CHECK-NEXT: error EINVAL or EBADF (-): the descriptor or the flags are bad
// CHECK-NEXT: error EBADF if fd is not open (-):
// CHECK-NEXT: error EFAULT (-EFAULT (unresolved)): fine
