// kapi-param-type: the spec's type class against the real C type.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -I %S/Inputs -Xclang -verify %s
#include "kernel.h"

// expected-warning@+24 {{parameter 'fd' is 'fd' in the spec but 'void *' in sys_kt_types: a descriptor needs an integer type [kapi-param-type]}}
// expected-note@+35 {{parameter 'fd' declared here as 'void *'}}
// expected-warning@+24 {{parameter 'ubuf' is 'user_ptr' in the spec but 'char *' in sys_kt_types: a user pointer must be declared with __user [kapi-param-type]}}
// expected-note@+33 {{parameter 'ubuf' declared here as 'char *'}}
// expected-warning@+24 {{parameter 'kptr' is 'ptr' in the spec but 'char __user *' in sys_kt_types: the pointer is __user; use 'user_ptr' or the 'user' flag [kapi-param-type]}}
// expected-note@+31 {{parameter 'kptr' declared here as 'char __user *'}}
// expected-warning@+24 {{parameter 'count' is 'int' in the spec but 'size_t' in sys_kt_types: 'int' needs a signed type; use 'uint' [kapi-param-type]}}
// expected-note@+30 {{parameter 'count' declared here as 'size_t'}}
// expected-warning@+24 {{parameter 'flags' is 'uint' in the spec but 'int' in sys_kt_types: 'uint' needs an unsigned type; use 'int' [kapi-param-type]}}
// expected-note@+28 {{parameter 'flags' declared here as 'int'}}
// expected-warning@+24 {{parameter 'out' is marked output but is not a pointer [kapi-param-type]}}
// expected-note@+26 {{parameter 'out' declared here as 'int'}}
/**
 * sys_kt_types - Type classes that do not fit the real types
 * @fd: a descriptor passed as a pointer
 * @ubuf: user memory without __user
 * @kptr: user memory described as a kernel pointer
 * @count: unsigned count described as int
 * @flags: signed flags described as uint
 * @out: an output that is not a pointer
 *
 * contexts: process
 *
 * param: fd
 *   type: fd, input
 * param: ubuf
 *   type: user_ptr, input
 * param: kptr
 *   type: ptr, input
 * param: count
 *   type: int, input
 * param: flags
 *   type: uint, input
 * param: out
 *   type: int, output
 */
SYSCALL_DEFINE6(kt_types, void *, fd, char *, ubuf, char __user *, kptr,
		size_t, count, int, flags, int, out)
{
	return 0;
}

// expected-warning@+18 {{parameter 's' is 'struct' in the spec but 'int' in kt_aggregates: 'struct' needs a struct or a pointer to one [kapi-param-type]}}
// expected-note@+25 {{parameter 's' declared here as 'int'}}
// expected-warning@+18 {{parameter 'u' is 'union' in the spec but 'long' in kt_aggregates: 'union' needs a union or a pointer to one [kapi-param-type]}}
// expected-note@+23 {{parameter 'u' declared here as 'long'}}
// expected-warning@+18 {{parameter 'cb' is 'func_ptr' in the spec but 'void *' in kt_aggregates: 'func_ptr' needs a pointer to a function [kapi-param-type]}}
// expected-note@+21 {{parameter 'cb' declared here as 'void *'}}
// expected-warning@+18 {{parameter 'arr' is 'array' in the spec but 'int' in kt_aggregates: 'array' needs an array or pointer parameter [kapi-param-type]}}
// expected-note@+19 {{parameter 'arr' declared here as 'int'}}
/**
 * kt_aggregates - Aggregate classes that do not fit
 * @s: not a struct
 * @u: not a union
 * @cb: not a function pointer
 * @arr: not an array
 *
 * contexts: process
 *
 * param: s
 *   type: struct, input
 * param: u
 *   type: union, input
 * param: cb
 *   type: func_ptr, input
 * param: arr
 *   type: array, input
 */
int kt_aggregates(int s, long u, void *cb, int arr)
{
	return 0;
}

/* Silent: every class on a type it fits. */

/**
 * sys_kt_types_ok - Type classes that fit
 * @fd: descriptors may be unsigned int in the kernel
 * @path: a user path
 * @buf: user memory, written to
 * @kbuf: user memory flagged as such
 * @len: a length
 * @off: a signed offset
 *
 * contexts: process
 *
 * param: fd
 *   type: fd, input
 * param: path
 *   type: path, input
 * param: buf
 *   type: user_ptr, output
 * param: kbuf
 *   type: ptr, input, user
 * param: len
 *   type: uint, input
 * param: off
 *   type: int, input
 */
SYSCALL_DEFINE6(kt_types_ok, unsigned int, fd, const char __user *, path,
		void __user *, buf, char __user *, kbuf, size_t, len,
		loff_t, off)
{
	return 0;
}

/**
 * kt_aggregates_ok - Aggregate classes that fit
 * @ts: a struct by pointer
 * @sv: a union by value
 * @cb: a function pointer
 * @arr: an array parameter
 * @which: an enum
 *
 * contexts: process
 *
 * param: ts
 *   type: struct, inout
 * param: sv
 *   type: union, input
 * param: cb
 *   type: func_ptr, input
 * param: arr
 *   type: array, output
 * param: which
 *   type: enum, input
 */
int kt_aggregates_ok(struct timespec64 *ts, union sigval sv,
		     int (*cb)(void *), int arr[2], enum pid_type which)
{
	return 0;
}
