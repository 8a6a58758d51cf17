// kapi-spec-mask-drift: the plugin reads the flag test of the syscall's
// code (`if (flags & ~VALID) return -EINVAL;`, also through unlikely(), a
// goto to a failing label, `err = -E; goto out;` and a helper the
// parameter is handed on to) and compares the bits it accepts with the
// spec's mask.  A spec that agrees is silent; a mask that lacks a bit the
// code accepts, or has one it rejects, is a warning at the spec with a note
// at the test.  A test inside another branch, or of another shape, says
// nothing.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify %s
// RUN: rm -f %t.db
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db %s 2>/dev/null
// RUN: %kapi-db show --db %t.db sys_kt_mask_ok | FileCheck %s
// CHECK: mined mask flags: 0x80800 (O_CLOEXEC | O_NONBLOCK)
#include "kernel.h"

#define KT_VALID_FLAGS (O_CLOEXEC | O_NONBLOCK)

/**
 * sys_kt_mask_ok - Open with flags
 * @flags: O_CLOEXEC or O_NONBLOCK
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_NONBLOCK | O_CLOEXEC)
 *
 * error: EINVAL, unknown flags
 */
SYSCALL_DEFINE1(kt_mask_ok, int, flags)
{
	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	return 0;
}

/**
 * sys_kt_mask_lacks - Open with flags
 * @flags: O_CLOEXEC, O_NONBLOCK or O_DIRECT
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC)
 *
 * error: EINVAL, unknown flags
 */
// expected-warning@-4 {{sys_kt_mask_lacks: the mask of 'flags' lacks 0x800 (O_NONBLOCK), which the code accepts [kapi-spec-mask-drift]}}
// expected-note@+4 {{the code tests it here}}
SYSCALL_DEFINE1(kt_mask_lacks, int, flags)
{
	int err = 0;
	if (unlikely(flags & ~KT_VALID_FLAGS)) {
		err = -EINVAL;
		goto out;
	}
out:
	return err;
}

// A helper of this unit the parameter is handed on to unchanged.
static long kt_extra_helper(unsigned int fd, int mode)
{
	if (mode & ~O_CLOEXEC) // expected-note {{the code tests it here}}
		goto einval;
	return fd;
einval:
	return -EINVAL;
}

/**
 * sys_kt_mask_extra - Open with flags
 * @flags: O_CLOEXEC
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_DIRECT)
 *
 * error: EINVAL, unknown flags
 */
// expected-warning@-4 {{sys_kt_mask_extra: the mask of 'flags' has 0x4000 (O_DIRECT), which the code rejects [kapi-spec-mask-drift]}}
SYSCALL_DEFINE1(kt_mask_extra, int, flags)
{
	return kt_extra_helper(0, flags);
}

/**
 * sys_kt_mask_branch - A test that holds on one branch only
 * @cmd: what to do
 * @flags: depends on cmd
 *
 * contexts: process, sleepable
 *
 * param: cmd
 *   type: int, input
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK | O_DIRECT)
 */
SYSCALL_DEFINE2(kt_mask_branch, int, cmd, int, flags)
{
	if (cmd == 1) {
		if (flags & ~O_CLOEXEC)
			return -EINVAL;
	}
	if ((flags & ~O_DIRECT) && cmd == 2)
		return -EINVAL;
	return 0;
}

/**
 * sys_kt_mask_modified - A test of a parameter the code changed first
 * @flags: O_CLOEXEC or O_NONBLOCK
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK)
 */
SYSCALL_DEFINE1(kt_mask_modified, int, flags)
{
	flags &= ~O_CLOEXEC;
	if (flags & ~O_NONBLOCK)
		return -EINVAL;
	return 0;
}


// The syscall's own test is stricter than its helper's: both hold.
static long kt_none_helper(unsigned int mode)
{
	if (mode & ~O_CLOEXEC)
		return -EINVAL;
	return 0;
}

/**
 * sys_kt_mask_none - Flags that must be 0 (for now), checked before a
 *   helper that accepts more
 * @flags: must be 0
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(O_CLOEXEC)
 */
// expected-warning@-2 {{sys_kt_mask_none: the mask of 'flags' has 0x80000 (O_CLOEXEC), which the code rejects [kapi-spec-mask-drift]}}

SYSCALL_DEFINE1(kt_mask_none, unsigned int, flags)
{
	if (flags != 0) // expected-note {{the code tests it here}}
		return -EINVAL;
	return kt_none_helper(flags);
}
