// kapi-constraint: constraints that cannot hold for the parameter's type.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
#include "kernel.h"

// expected-warning@+24 {{lower bound '-1' of parameter 'small' cannot be held by 'unsigned char' [kapi-constraint]}}
// expected-note@+40 {{parameter 'small' declared here as 'unsigned char'}}
// expected-warning@+22 {{upper bound '256' of parameter 'small' cannot be held by 'unsigned char' [kapi-constraint]}}
// expected-note@+38 {{parameter 'small' declared here as 'unsigned char'}}
// expected-warning@+23 {{mask '1UL << 40' of parameter 'flags' has bits 'u32' cannot hold [kapi-constraint]}}
// expected-note@+36 {{parameter 'flags' declared here as 'u32'}}
// expected-warning@+24 {{buffer size of parameter 'buf' names parameter #9 (0-based) but sys_kt_constraints takes 6 [kapi-constraint]}}
// expected-note@+34 {{sys_kt_constraints defined here}}
// expected-warning@+25 {{range of parameter 'len' is empty: PAGE_SIZE > 1 [kapi-constraint]}}
// expected-warning@+27 {{enum member '1' of parameter 'mode' repeats 'MADV_RANDOM' [kapi-constraint]}}
// expected-warning@+29 {{alignment 'PAGE_SIZE - 1' of parameter 'addr' is not a power of two [kapi-constraint]}}
/**
 * sys_kt_constraints - Constraints the types cannot hold
 * @small: an unsigned char
 * @flags: a 32-bit mask
 * @buf: a user buffer
 * @len: its length
 * @mode: an enum-like int
 * @addr: an aligned address
 *
 * contexts: process
 *
 * param: small
 *   type: uint, input
 *   constraint-type: range(-1, 256)
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(1UL << 40)
 * param: buf
 *   type: user_ptr, input
 *   constraint-type: buffer(9)
 * param: len
 *   type: uint, input
 *   constraint-type: range(PAGE_SIZE, 1)
 * param: mode
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL, MADV_RANDOM, 1)
 * param: addr
 *   type: uint, input
 *   constraint-type: alignment(PAGE_SIZE - 1)
 */
SYSCALL_DEFINE6(kt_constraints, unsigned char, small, u32, flags,
		void __user *, buf, size_t, len, int, mode, unsigned long, addr)
{
	return 0;
}

// expected-warning@+11 {{buffer size of parameter 'buf' is parameter #1 'other', which is not an integer [kapi-constraint]}}
// expected-note@+14 {{parameter 'other' declared here as 'void *'}}
/**
 * sys_kt_buffer_self - A buffer sized by a non-integer parameter
 * @buf: a user buffer
 * @other: a pointer
 *
 * contexts: process
 *
 * param: buf
 *   type: user_ptr, input
 *   constraint-type: buffer(1)
 * param: other
 *   type: ptr, input
 */
SYSCALL_DEFINE2(kt_buffer_self, void __user *, buf, void *, other)
{
	return 0;
}

/* Silent: constraints that fit. */

/**
 * sys_kt_constraints_ok - Constraints that fit
 * @small: an unsigned char
 * @flags: a 32-bit mask
 * @buf: a user buffer
 * @len: its length
 * @mode: an enum-like int
 * @addr: an aligned address
 *
 * contexts: process
 *
 * param: small
 *   type: uint, input
 *   constraint-type: range(0, 255)
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(0x80000000 | O_CLOEXEC)
 * param: buf
 *   type: user_ptr, input
 *   constraint-type: buffer(3)
 * param: len
 *   type: uint, input
 *   constraint-type: range(1, PAGE_SIZE)
 * param: mode
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL, MADV_RANDOM, MADV_DONTNEED)
 * param: addr
 *   type: uint, input
 *   constraint-type: alignment(PAGE_SIZE)
 */
SYSCALL_DEFINE6(kt_constraints_ok, unsigned char, small, u32, flags,
		void __user *, buf, size_t, len, int, mode, unsigned long, addr)
{
	return 0;
}
