/* SPDX-License-Identifier: MIT */
/*
 * Specs with constraints between arguments, built into a database by the
 * plugin (which stores each expr: in its resolved form) for
 * test/checker/arg-constraint.c.  Compiled with test/plugin/Inputs.
 */
#include "kernel.h"

#define KT_MAYMOVE 1
#define KT_FIXED 2

/**
 * sys_kt_remap - Move a mapping
 * @addr: old address
 * @flags: KT_MAYMOVE, KT_FIXED
 * @new_addr: where, with KT_FIXED
 *
 * contexts: process, sleepable
 *
 * param: addr
 *   type: uint, input
 * param: flags
 *   type: int, input
 *   constraint-type: mask(KT_MAYMOVE | KT_FIXED)
 * param: new_addr
 *   type: uint, input
 *
 * constraint: fixed needs maymove
 *   desc: KT_FIXED only together with KT_MAYMOVE
 *   expr: (flags & KT_FIXED) == 0 || (flags & KT_MAYMOVE)
 *
 * constraint: fixed target is aligned
 *   desc: with KT_FIXED, new_addr is page aligned
 *   expr: !(flags & KT_FIXED) || (new_addr & (PAGE_SIZE - 1)) == 0
 */
SYSCALL_DEFINE3(kt_remap, unsigned long, addr, int, flags, unsigned long,
		new_addr)
{
	return 0;
}

/**
 * sys_kt_poll - Wait for descriptors
 * @fds: the descriptors
 * @nfds: how many
 * @timeout: milliseconds
 *
 * contexts: process, sleepable
 *
 * param: fds
 *   type: user_ptr, input, output, optional
 * param: nfds
 *   type: uint, input
 * param: timeout
 *   type: int, input
 *
 * constraint: fds for nfds
 *   desc: a non-empty set needs an array
 *   expr: nfds == 0 || fds != NULL
 */
SYSCALL_DEFINE3(kt_poll, void __user *, fds, unsigned long, nfds, int,
		timeout)
{
	return 0;
}
