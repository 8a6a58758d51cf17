// Correct specs in all three drafts: the plugin stays silent, loaded any of
// the three ways clang loads plugins.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
// RUN: %clang -fsyntax-only -Xclang -load -Xclang %kapi-plugin -Xclang -add-plugin -Xclang kapi -I %S/Inputs -Xclang -verify %s
// RUN: %clang -cc1 -fsyntax-only -load %kapi-plugin -add-plugin kapi -I %S/Inputs -verify %s
// expected-no-diagnostics
#include "kernel.h"

/**
 * sys_dup3 - Duplicate a file descriptor onto a chosen number
 * @oldfd: descriptor to duplicate
 * @newfd: number the duplicate must get
 * @flags: O_CLOEXEC or 0
 *
 * contexts: process, sleepable
 *
 * param: oldfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
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
 *
 * error: EBADF, oldfd is not open or newfd is out of range
 * error: EINVAL, flags has a bit other than O_CLOEXEC
 * error: EBUSY, race with open() or dup() on newfd
 */
SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	return flags ? -EINVAL : (long)newfd + oldfd;
}

/**
 * sys_pipe2 - Create a pipe with flags
 * @fildes: user array that receives the two descriptors
 * @flags: O_CLOEXEC, O_NONBLOCK, O_DIRECT, or 0
 *
 * contexts: process, sleepable
 *
 * param: fildes
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(int)
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK | O_DIRECT)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EFAULT, fildes is not a writable user address
 */
SYSCALL_DEFINE2(pipe2, int __user *, fildes, int, flags)
{
	return fildes && flags ? 0 : -EFAULT;
}

/**
 * sys_mlock - Lock pages in memory
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
 *   range: 0, LONG_MAX
 *
 * return:
 *   type: KAPI_TYPE_INT
 *   check-type: KAPI_RETURN_EXACT
 *   success: 0
 *
 * error: ENOMEM, the range is not mapped
 */
SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)
{
	return start + len ? 0 : -ENOMEM;
}

/**
 * sys_munlock - Unlock pages
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
 */
SYSCALL_DEFINE2(munlock, unsigned long, start, size_t, len)
{
	return start + len ? 0 : -ENOMEM;
}

/**
 * kt_set_mode - A plain kernel function with a spec
 * @mode: new mode, one of the pid types
 * @buf: where the old mode goes
 * @count: bytes at buf
 *
 * contexts: process
 *
 * param: mode
 *   type: enum, input
 *   constraint-type: enum(PIDTYPE_PID, PIDTYPE_TGID, PIDTYPE_SID)
 *
 * param: buf
 *   type: ptr, output
 *   constraint-type: buffer(2)
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(1, PAGE_SIZE)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 */
int kt_set_mode(enum pid_type mode, void *buf, size_t count)
{
	return mode == PIDTYPE_MAX || !buf || !count;
}

/**
 * sys_getpid - The caller's process id
 *
 * contexts: process
 *
 * return:
 *   type: int
 *   check-type: range
 */
SYSCALL_DEFINE0(getpid)
{
	return 1;
}

/**
 * compat_sys_kt_truncate - Truncate through the compat entry
 * @path: user path
 * @length: new length
 *
 * contexts: process, sleepable
 *
 * param: path
 *   type: path, input
 *   constraint-type: user_path
 *
 * param: length
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 */
COMPAT_SYSCALL_DEFINE2(kt_truncate, const char __user *, path, long, length)
{
	return path ? length : -EFAULT;
}
