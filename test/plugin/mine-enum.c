// kapi-spec-enum-drift: the values a syscall's code accepts for a
// parameter, read from a `switch` whose default fails or from an if chain
// `P != A && P != B` that fails, against the spec's enum set.  Agreeing
// specs are silent; a value on one side only is a warning at the spec with
// a note at the code.  A switch whose default does not fail says nothing.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify %s
#include "kernel.h"

/**
 * sys_kt_enum_ok - Advise
 * @advice: how the memory will be used
 *
 * contexts: process, sleepable
 *
 * param: advice
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL)
 */
SYSCALL_DEFINE1(kt_enum_ok, int, advice)
{
	switch (advice) {
	case MADV_NORMAL:
	case MADV_RANDOM:
		return 0;
	case MADV_SEQUENTIAL:
		return 1;
	case MADV_WILLNEED: /* a case that fails is no accepted value */
		return -EINVAL;
	default:
		return -EINVAL;
	}
}

/**
 * sys_kt_enum_lacks - Advise
 * @advice: how the memory will be used
 *
 * contexts: process, sleepable
 *
 * param: advice
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL, MADV_RANDOM)
 */
// expected-warning@-2 {{sys_kt_enum_lacks: the enum set of 'advice' lacks 3 (MADV_WILLNEED), which the code accepts [kapi-spec-enum-drift]}}
SYSCALL_DEFINE1(kt_enum_lacks, int, advice)
{
	int err = 0;

	switch (advice) { // expected-note {{the code tests it here}}
	case MADV_NORMAL:
	case MADV_RANDOM:
	case MADV_WILLNEED:
		break;
	default:
		err = -EINVAL;
		break;
	}
	return err;
}

/**
 * sys_kt_enum_extra - Pick a pid type
 * @type: which id
 *
 * contexts: process, sleepable
 *
 * param: type
 *   type: int, input
 *   constraint-type: enum(PIDTYPE_PID, PIDTYPE_TGID, PIDTYPE_PGID)
 */
// expected-warning@-2 {{sys_kt_enum_extra: the enum set of 'type' has 2 (PIDTYPE_PGID), which the code rejects [kapi-spec-enum-drift]}}
SYSCALL_DEFINE1(kt_enum_extra, int, type)
{
	if (type != PIDTYPE_PID && type != PIDTYPE_TGID) // expected-note {{the code tests it here}}
		return -EINVAL;
	return 0;
}

/**
 * sys_kt_enum_open - A switch that lets other values through
 * @advice: how the memory will be used
 *
 * contexts: process, sleepable
 *
 * param: advice
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL)
 */
SYSCALL_DEFINE1(kt_enum_open, int, advice)
{
	switch (advice) {
	case MADV_RANDOM:
		return 1;
	default:
		break;
	}
	return 0;
}
