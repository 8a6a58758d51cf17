// Kernel-internal codes (include/linux/errno.h) listed as errors that
// userspace sees are reported with what userspace sees instead
// [kapi-spec-internal-errno]; names that are no errno at all stay errors
// of kapi-spec-errno.
// RUN: not %kapi-db parse %s 2>&1 | FileCheck %s

/**
 * sys_ie - internal codes
 * contexts: process
 * param: a
 * error: ERESTARTSYS, interrupted by a signal
 * error: -ENOIOCTLCMD, unknown request
 * error: ENOTSUPP, not supported
 * error: EJUKEBOX, try later
 * return:
 *   error-values: -EINVAL, -ERESTARTNOHAND
 * signal: SIGINT
 *   errno: -ERESTART_RESTARTBLOCK
 * error: ENOTSUPPORTED, not a name
 */
// CHECK: {{.*}}lint-internal-errno.c:11:11: warning: 'ERESTARTSYS' (512) is kernel-internal, not an error userspace sees: the call is restarted (no handler ran, or it has SA_RESTART) or fails with EINTR; document EINTR [kapi-spec-internal-errno]
// CHECK-NEXT: {{.*}}lint-internal-errno.c:12:12: warning: 'ENOIOCTLCMD' (515) is kernel-internal, not an error userspace sees: the ioctl path turns it into ENOTTY; document ENOTTY [kapi-spec-internal-errno]
// CHECK-NEXT: {{.*}}lint-internal-errno.c:13:11: warning: 'ENOTSUPP' (524) is kernel-internal, not an error userspace sees: userspace has no name for 524 and leaking it is a bug; the userspace code is EOPNOTSUPP [kapi-spec-internal-errno]
// CHECK-NEXT: {{.*}}lint-internal-errno.c:14:11: warning: 'EJUKEBOX' (528) is kernel-internal, {{.*}}: an NFS code with no userspace name; leaking it is a bug [kapi-spec-internal-errno]
// CHECK-NEXT: {{.*}}lint-internal-errno.c:16:30: warning: 'ERESTARTNOHAND' (514) is kernel-internal, {{.*}}: the call is restarted when no handler runs, else fails with EINTR; document EINTR [kapi-spec-internal-errno]
// CHECK-NEXT: {{.*}}lint-internal-errno.c:18:14: warning: 'ERESTART_RESTARTBLOCK' (516) is kernel-internal, {{.*}}: the call resumes through restart_syscall when no handler runs, else fails with EINTR; document EINTR [kapi-spec-internal-errno]
// CHECK-NEXT: {{.*}}lint-internal-errno.c:19:11: error: 'ENOTSUPPORTED' is not an errno name (EINVAL, EBADF, ...) [kapi-spec-errno]
// CHECK-NOT: {{warning|error}}:
// The entries are kept as written.
// CHECK: error ERESTARTSYS (-ERESTARTSYS (unresolved)): interrupted by a signal
