// SPDX-License-Identifier: MIT
/*
 * A spec that is wrong on purpose, for test/integration/kernel.sh (mode A; in Inputs/ so lit does not run it):
 * fchmod's mode is a umode_t in fs/open.c, but this spec calls it a user
 * pointer.  The plugin must report kapi-param-type at the type: line, and
 * the kernel build must still succeed.
 */

/**
 * sys_fchmod - Change the permission bits of an open file
 * @fd: descriptor of the file
 * @mode: new permission bits
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   desc: An open descriptor (O_PATH is not enough).
 *
 * param: mode
 *   type: user_ptr, input
 *   desc: WRONG ON PURPOSE: mode is a number, not a user pointer.
 *
 * return:
 *   type: int
 *   success: 0
 *   desc: Zero on success.
 *
 * error: EBADF, fd is not an open descriptor
 * error: EPERM, the caller does not own the file and lacks CAP_FOWNER
 */
SYSCALL_DEFINE2(fchmod, unsigned int, fd, umode_t, mode)
{
	return 0;
}
