// kapi-unresolved: values the target cannot resolve are named and kept.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
#include "kernel.h"

// expected-warning@+11 {{cannot resolve O_NOT_A_FLAG in 'O_CLOEXEC | O_NOT_A_FLAG' for this target; stored as unresolved [kapi-unresolved]}}
// expected-warning@+14 {{cannot resolve struct kt_unknown in 'sizeof(struct kt_unknown)' for this target; stored as unresolved [kapi-unresolved]}}
/**
 * sys_kt_unresolved - Values the target cannot resolve
 * @flags: flags
 * @len: a length
 *
 * contexts: process
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NOT_A_FLAG)
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(0, sizeof(struct kt_unknown))
 */
SYSCALL_DEFINE2(kt_unresolved, int, flags, size_t, len)
{
	return flags;
}

/* Silent: everything resolves. */

/**
 * sys_kt_resolved - Values written with macros, enumerators, sizeof, casts
 * @flags: flags
 * @len: a length
 * @which: a pid type
 *
 * contexts: process
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK | (int)0x40)
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(sizeof(aio_context_t), PAGE_SIZE * 2)
 *
 * param: which
 *   type: enum, input
 *   constraint-type: enum(PIDTYPE_PID, PIDTYPE_TGID, PIDTYPE_MAX - 1)
 */
SYSCALL_DEFINE3(kt_resolved, int, flags, size_t, len, enum pid_type, which)
{
	return flags;
}
