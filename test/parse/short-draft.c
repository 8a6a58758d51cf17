// The current draft (KAPI-DSL.md §6) parses cleanly into the model.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

/**
 * sys_dup3 - Duplicate a file descriptor onto a chosen number
 * @oldfd: descriptor to duplicate
 * @newfd: number the duplicate must get
 * @flags: O_CLOEXEC or 0
 *
 * long-desc: Makes newfd refer to the same open file description as
 *   oldfd, closing newfd first if it was open.
 *
 * contexts: process, sleepable
 * param-count: 3
 *
 * param: oldfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: The descriptor to copy. Note: it must be
 *     open; a closed one fails with EBADF.
 *
 * param: newfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: newfd on success.
 *
 * error: EBADF, oldfd is not open or newfd is out of range
 * error: EINVAL, flags has a bit other than O_CLOEXEC, or oldfd equals newfd
 * error: EBUSY, race with open() or dup() on newfd
 * error: EINTR, interrupted by a signal
 * error: EMFILE, newfd is above RLIMIT_NOFILE
 */
SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)

// CHECK: spec sys_dup3 (syscall) at {{.*}}short-draft.c:4 [comment-short]
// CHECK-NEXT: description: Duplicate a file descriptor onto a chosen number
// CHECK-NEXT: contexts: process, sleepable
// CHECK-NEXT: param 0 oldfd: type fd, flags input, constraint range min=0 max=INT_MAX (unresolved)
// CHECK-NEXT: param 1 newfd: type fd, flags input, constraint range min=0 max=INT_MAX (unresolved)
// CHECK-NEXT: param 2 flags: type int, flags input, constraint mask mask=O_CLOEXEC (unresolved)
// CHECK-NEXT: return: type fd, check fd
// CHECK-NEXT: error EBADF (-EBADF (unresolved)): oldfd is not open or newfd is out of range
// CHECK-NEXT: error EINVAL (-EINVAL (unresolved)): flags has a bit other than O_CLOEXEC, or oldfd equals newfd
// CHECK-NEXT: error EBUSY
// CHECK-NEXT: error EINTR
// CHECK-NEXT: error EMFILE

/* A kerneldoc comment that is not a spec (no contexts: line) is skipped,
 * and so are strings that look like comments. */
static const char *s = "/** contexts: process\n * param: x */";

/**
 * helper - Not a spec: it only mentions
 * side-effect: none
 * error: EINVAL, never
 */
int helper(void);

/**
 * do_resize - a function, not a syscall
 * contexts: process
 * param: size
 *   type: uint
 *   constraint-type: range(1, (1 << 20))
 *   size: 0x1000
 */
int do_resize(unsigned int size);

// CHECK: spec do_resize (function) at {{.*}}short-draft.c:[[@LINE-10]] [comment-short]
// CHECK: param 0 size: type uint, flags none, constraint range min=1 max=(1 << 20) = 1048576 size=0x1000 = 4096
// CHECK-NOT: spec helper
