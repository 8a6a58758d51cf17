// Spec placement: kapi-spec-mismatch, kapi-spec-orphan, kapi-spec-duplicate.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
#include "kernel.h"

// expected-warning@+3 {{spec for 'sys_dup2' documents 'sys_dup' [kapi-spec-mismatch]}}
// expected-note@+10 {{sys_dup defined here}}
/**
 * sys_dup2 - Spec placed above the wrong syscall
 * @oldfd: descriptor
 *
 * contexts: process
 *
 * param: oldfd
 *   type: fd, input
 */
SYSCALL_DEFINE1(dup, unsigned int, oldfd)
{
	return oldfd;
}

// expected-warning@+3 {{spec for 'kt_helper' documents 'kt_other_helper' [kapi-spec-mismatch]}}
// expected-note@+7 {{kt_other_helper defined here}}
/**
 * kt_helper - Spec placed above the wrong plain function
 *
 * contexts: process
 * api-type: function
 */
static int kt_other_helper(void) { return 0; }

// expected-warning@+2 {{spec for 'sys_nowhere', which this file does not define [kapi-spec-orphan]}}
/**
 * sys_nowhere - Names a syscall this file does not define
 *
 * contexts: process
 *
 * param: x
 *   type: int, input
 */
struct kt_not_a_function { int x; };

// expected-note@+2 {{first spec for 'sys_kt_twice' is here}}
/**
 * sys_kt_twice - First spec
 *
 * contexts: process
 * api-type: syscall
 */
SYSCALL_DEFINE0(kt_twice)
{
	return kt_other_helper();
}

// expected-warning@+2 {{second spec for 'sys_kt_twice' [kapi-spec-duplicate]}}
/**
 * sys_kt_twice - Second spec for the same syscall
 *
 * contexts: process
 * api-type: syscall
 */

/* Silent: the spec may sit apart from the code when nothing else follows. */

/**
 * sys_kt_apart - Documented before its definition
 *
 * contexts: process
 * api-type: syscall
 */

/**
 * kt_plain - Right above its function
 * @a: anything
 *
 * contexts: process
 *
 * param: a
 *   type: int, input
 */
int kt_plain(int a)
{
	return a;
}

SYSCALL_DEFINE0(kt_apart)
{
	return 0;
}
