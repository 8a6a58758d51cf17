// kapi-return: the return description against the real return type.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
#include "kernel.h"

// expected-warning@+11 {{check-type 'fd' but kt_void_fn returns void [kapi-return]}}
// expected-note@+14 {{kt_void_fn defined here}}
/**
 * kt_void_fn - A void function described as returning a descriptor
 * @x: anything
 *
 * contexts: process
 *
 * param: x
 *   type: int, input
 *
 * return:
 *   type: fd
 *   check-type: fd
 */
void kt_void_fn(int x)
{
}

// expected-warning@+11 {{success value '300' cannot be returned as 'unsigned char' [kapi-return]}}
// expected-note@+12 {{kt_char_fn defined here}}
/**
 * kt_char_fn - Success values the return type cannot hold
 *
 * contexts: process
 * api-type: function
 *
 * return:
 *   type: uint
 *   check-type: exact
 *   success: 300
 */
unsigned char kt_char_fn(void)
{
	return 0;
}

// expected-warning@+8 {{return is described as a pointer but kt_ptr_fn returns 'long' [kapi-return]}}
// expected-note@+10 {{kt_ptr_fn defined here}}
/**
 * kt_ptr_fn - An integer return described as a pointer
 *
 * contexts: process
 * api-type: function
 *
 * return:
 *   type: ptr
 */
long kt_ptr_fn(void)
{
	return 0;
}

/* Silent: descriptions that fit. */

/**
 * sys_kt_ret_ok - Returns a descriptor
 *
 * contexts: process
 * api-type: syscall
 *
 * return:
 *   type: fd
 *   check-type: fd
 */
SYSCALL_DEFINE0(kt_ret_ok)
{
	return 3;
}

/**
 * kt_exit - Never returns
 *
 * contexts: process
 * api-type: function
 *
 * return:
 *   check-type: no_return
 */
void kt_exit(void)
{
}
