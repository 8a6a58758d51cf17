// kapi-param-mismatch: parameter names, order and count against the code.
// RUN: %clang -cc1 -fsyntax-only -load %kapi-plugin -add-plugin kapi -I %S/Inputs -verify %s
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
#include "kernel.h"

// expected-warning@+13 {{spec describes 2 parameters but sys_close takes 1 [kapi-param-mismatch]}}
// expected-note@+18 {{sys_close defined here}}
// expected-warning@+14 {{sys_close has no parameter named 'how' [kapi-param-mismatch]}}
// expected-note@+16 {{sys_close defined here}}
// expected-warning@+5 {{@how names no parameter of sys_close [kapi-param-mismatch]}}
// expected-note@+14 {{sys_close defined here}}
/**
 * sys_close - Parameters that do not match the signature
 * @fd: descriptor
 * @how: no such parameter
 *
 * contexts: process
 *
 * param: fd
 *   type: fd, input
 *
 * param: how
 *   type: int, input
 */
SYSCALL_DEFINE1(close, unsigned int, fd)
{
	return fd;
}

// expected-warning@+15 {{parameter 'b' is #1 in the spec but #2 in sys_kt_order [kapi-param-mismatch]}}
// expected-note@+20 {{parameter 'b' declared here as 'int'}}
// expected-warning@+16 {{parameter 'a' is #2 in the spec but #1 in sys_kt_order [kapi-param-mismatch]}}
// expected-note@+18 {{parameter 'a' declared here as 'int'}}
// expected-warning@+6 {{@b is #1 in the comment but #2 in sys_kt_order [kapi-param-mismatch]}}
// expected-note@+16 {{parameter 'b' declared here as 'int'}}
// expected-warning@+5 {{@a is #2 in the comment but #1 in sys_kt_order [kapi-param-mismatch]}}
// expected-note@+14 {{parameter 'a' declared here as 'int'}}
/**
 * sys_kt_order - Parameters in the wrong order
 * @b: second
 * @a: first
 *
 * contexts: process
 *
 * param: b
 *   type: int, input
 *
 * param: a
 *   type: int, input
 */
SYSCALL_DEFINE2(kt_order, int, a, int, b)
{
	return a + b;
}

// expected-warning@+8 {{param-count: says 2 but the spec describes 1 parameter [kapi-spec-count]}}
// expected-warning@+7 {{param-count: 2, but sys_kt_count takes 1 [kapi-param-mismatch]}}
// expected-note@+9 {{sys_kt_count defined here}}
/**
 * sys_kt_count - A flat spec whose param-count disagrees with the code
 * @a: first
 *
 * context-flags: KAPI_CTX_PROCESS
 * param-count: 2
 * param-type: a, KAPI_TYPE_INT
 */
SYSCALL_DEFINE1(kt_count, int, a)
{
	return a;
}

/* Silent: names, order and count agree. */

/**
 * sys_kt_good - Parameters as in the code
 * @a: first
 * @b: second
 *
 * contexts: process
 *
 * param: a
 *   type: int, input
 *
 * param: b
 *   type: uint, input
 */
SYSCALL_DEFINE2(kt_good, int, a, unsigned int, b)
{
	return a + b;
}
