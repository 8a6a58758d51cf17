// kapi-spec-compiled-mismatch in the current series' layout: the generated
// header (Inputs/series/kt_drift.apispec.h) disagrees with this comment in
// one field of each family: parameter flags, the size parameter (stored
// plus one), enum values, lock scope, signal direction, action, timing,
// restartable and errno, side-effect type and reversibility, a state
// transition, a capability's action, a capability the comment lacks, a
// lock the header lacks and a constraint expression.  Each is a warning at
// the generated line with a note at the comment (notes not checked here);
// the comment's spec is what the build stores.
// RUN: rm -f %t.db
// RUN: %clang -fsyntax-only -I %S/Inputs -I %S/Inputs/series -include %S/Inputs/series/kt_drift.apispec.h -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
// RUN: %kapi-db show --db %t.db --format json sys_kt_drift | FileCheck %s
// CHECK: "name": "sys_kt_drift"
// CHECK: "source": "comment-short"

/**
 * sys_kt_drift - Read records into a buffer
 * @fd: descriptor to read from
 * @buf: where the records go
 * @count: size of buf in bytes
 * @flags: O_CLOEXEC or O_NONBLOCK
 * @advice: how the records will be used
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 * param: buf
 *   type: user_ptr, inout
 *   constraint-type: buffer(2)
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, PAGE_SIZE)
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK)
 *   size: 4
 * param: advice
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL)
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   error-values: -EBADF, -EFAULT, -EINTR
 *
 * error: EBADF, fd is not open
 * error: EFAULT, buf is not writable
 * error: EINTR, a signal arrived first
 *
 * lock: kt_lock
 *   type: mutex
 *   scope: caller_held
 *
 * lock: kt_other
 *   type: spinlock
 *
 * signal: SIGINT
 *   direction: receive
 *   action: return
 *   timing: during
 *   errno: EINTR
 *   restartable: yes
 *
 * side-effect: file_position | modify_state
 *   target: file->f_pos
 *   desc: the offset moves past what was read
 *   reversible: no
 *
 * state-trans: file->f_pos
 *   from: offset
 *   to: offset +
 *     bytes read
 *   desc: the offset advances
 *
 * capability: CAP_SYS_ADMIN
 *   type: bypass_check
 *   priority: 1
 *
 * constraint: small reads
 *   desc: count must fit the limit
 *   expr: count <= PAGE_SIZE
 */
SYSCALL_DEFINE5(kt_drift, int, fd, char __user *, buf, size_t, count,
		unsigned int, flags, int, advice)
{
	return count;
}
