// SPDX-License-Identifier: MIT
/*
 * Example KAPI specs, one per draft of the language, placed above the
 * syscall definitions they describe the way a kernel source file has them.
 * `kapi-db parse examples/kapi-specs.c` reads them without compiling.
 */

/**
 * sys_pipe2 - Create a pipe with flags
 * @fildes: user array that receives the read and write descriptors
 * @flags: O_CLOEXEC, O_NONBLOCK, O_DIRECT and O_NOTIFICATION_PIPE, or 0
 *
 * long-desc: Creates a unidirectional data channel. fildes[0] refers to
 *   the read end, fildes[1] to the write end.
 *
 *   Data written to the write end is buffered by the kernel until it is
 *   read from the read end.
 *
 * contexts: process, sleepable
 *
 * param: fildes
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(int)
 *   desc: Two int slots; written only on success.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK | O_DIRECT | O_NOTIFICATION_PIPE)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EFAULT, fildes is not a writable user address
 * error: EINVAL, flags has a bit outside the valid mask
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 *
 * side-effect: resource_create | alloc_memory
 *   target: two file descriptors and a pipe buffer
 *
 * since-version: 2.6.27
 */
SYSCALL_DEFINE2(pipe2, int __user *, fildes, int, flags)
{
	return do_pipe2(fildes, flags);
}

/**
 * sys_mlock - Lock pages of the caller's address space in memory
 * @start: first address of the range
 * @len: length of the range in bytes
 *
 * context-flags: KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE
 *
 * param: start
 *   type: KAPI_TYPE_UINT
 *   flags: KAPI_PARAM_IN
 *   constraint-type: KAPI_CONSTRAINT_NONE
 *
 * param: len
 *   type: KAPI_TYPE_UINT
 *   flags: KAPI_PARAM_IN
 *   constraint-type: KAPI_CONSTRAINT_RANGE
 *   range: 0, 0x7fffffffffffffffUL
 *
 * return:
 *   type: KAPI_TYPE_INT
 *   check-type: KAPI_RETURN_EXACT
 *   success: 0
 *
 * error: ENOMEM, the range is not mapped or exceeds RLIMIT_MEMLOCK
 * error: EPERM, RLIMIT_MEMLOCK is 0 and the caller lacks CAP_IPC_LOCK
 * error: EAGAIN, some pages could not be locked
 *
 * capability: CAP_IPC_LOCK
 *   type: KAPI_CAP_BYPASS_CHECK
 *   allows: Lock more than RLIMIT_MEMLOCK allows
 *   without: The lock limit applies
 */
SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)
{
	return do_mlock(start, len, VM_LOCKED);
}

/**
 * sys_munlock - Unlock pages of the caller's address space
 * @start: first address of the range
 * @len: length of the range in bytes
 *
 * context-flags: KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE
 * param-count: 2
 * param-type: start, KAPI_TYPE_UINT
 * param-flags: start, KAPI_PARAM_IN
 * param-type: len, KAPI_TYPE_UINT
 * param-flags: len, KAPI_PARAM_IN
 * param-constraint-type: len, KAPI_CONSTRAINT_RANGE
 * param-range: len, 0, LONG_MAX
 * error-code: -ENOMEM, ENOMEM, Range not mapped, Part of the range is not mapped.
 * error-code: -EINVAL, EINVAL, Bad length, start + len overflowed.
 * lock: mmap_lock, KAPI_LOCK_RWLOCK
 * lock-acquired: true
 * lock-released: true
 */
SYSCALL_DEFINE2(munlock, unsigned long, start, size_t, len)
{
	return do_munlock(start, len);
}
