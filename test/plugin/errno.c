// kapi-errno: errno names the target defines, numbers that match them.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
#include "kernel.h"

// expected-warning@+10 {{'ENOTTY' is not defined for this target [kapi-errno]}}
/**
 * sys_kt_errors - An errno name the target does not define
 * @x: anything
 *
 * contexts: process
 *
 * param: x
 *   type: int, input
 *
 * error: ENOTTY, not defined by kernel.h
 */
SYSCALL_DEFINE1(kt_errors, int, x)
{
	return x;
}

// expected-warning@+7 {{error code '-EPERM' is -1 but -EINVAL is -22 [kapi-errno]}}
/**
 * sys_kt_flat_errors - Flat error codes whose number disagrees with the name
 * @x: anything
 *
 * context-flags: KAPI_CTX_PROCESS
 * param-type: x, KAPI_TYPE_INT
 * error-code: -EPERM, EINVAL, Mixed up, code and name differ.
 */
SYSCALL_DEFINE1(kt_flat_errors, int, x)
{
	return x;
}

/* Silent: names the target defines, codes that match. */

/**
 * sys_kt_errors_ok - Errors as the target defines them
 * @x: anything
 *
 * context-flags: KAPI_CTX_PROCESS
 * param-type: x, KAPI_TYPE_INT
 * error-code: -EINVAL, EINVAL, Bad x, x is out of range.
 * error-code: -ENOMEM, ENOMEM, No memory, allocation failed.
 */
SYSCALL_DEFINE1(kt_errors_ok, int, x)
{
	return x;
}
