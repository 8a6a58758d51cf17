// SPDX-License-Identifier: MIT
/*
 * A spec with the kind of mistakes `kapi-db parse` stops before a patch is
 * sent: a misspelt key, an unknown type token, a parameter that has no
 * @line, and an error name that is no errno.
 */

/**
 * sys_fsync - Flush a file's data and metadata to storage
 * @fd: descriptor of the file to flush
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: filedescriptor, input
 *   rnage: 0, INT_MAX
 *
 * param: flags
 *   type: int, input
 *
 * error: EBADF, fd is not an open descriptor
 * error: EFLUSHFAILED, writeback failed
 */
SYSCALL_DEFINE1(fsync, unsigned int, fd)
{
	return 0;
}
