/* A unit whose spec has a value that cannot be resolved: the unit also
 * carries a diagnostic (kapi-unresolved) in its record. */
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
 *   constraint-type: range(0, KT_NO_SUCH_LIMIT)
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
 */
SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	return flags ? -EINVAL : (long)newfd + oldfd;
}
