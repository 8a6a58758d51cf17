/* A second unit with specs, for archives and relocatable links. */
#include "kernel.h"

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
