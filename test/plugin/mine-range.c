// kapi-spec-range-drift and kapi-spec-alignment-drift: bounds the code
// enforces (`if (len < 1 || len > PAGE_SIZE) return -EINVAL;`, `if (!n)`,
// `if (addr & ~PAGE_MASK)`, `offset_in_page()`, `P & (A - 1)`) against the
// spec's range and alignment.  Agreeing specs are silent; a bound that
// differs, a range that allows the 0 the code rejects, or another alignment
// is a warning at the spec with a note at the code.  A test that does not
// fail (`if (!len) return 0;`) says nothing.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify %s
#include "kernel.h"

/**
 * sys_kt_range_ok - Copy up to a page
 * @len: how much
 * @addr: where, page aligned
 * @n: how many, at least one
 *
 * contexts: process, sleepable
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(1, PAGE_SIZE)
 * param: addr
 *   type: uint, input
 *   constraint-type: alignment(PAGE_SIZE)
 * param: n
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 */
SYSCALL_DEFINE3(kt_range_ok, size_t, len, unsigned long, addr, int, n)
{
	if (len < 1 || len > PAGE_SIZE)
		return -EINVAL;
	if (offset_in_page(addr))
		return -EINVAL;
	if (!n)
		return -EINVAL;
	return 0;
}

/**
 * sys_kt_range_drift - Copy up to a page
 * @len: how much
 * @addr: where, 8-byte aligned
 * @n: how many
 *
 * contexts: process, sleepable
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(0, 2 * PAGE_SIZE)
 * param: addr
 *   type: uint, input
 *   constraint-type: alignment(8)
 * param: n
 *   type: int, input
 *   constraint-type: range(0, 100)
 */
// expected-warning@-8 {{sys_kt_range_drift: the minimum of 'len' is 0, but the code's is 1 [kapi-spec-range-drift]}}
// expected-warning@-9 {{sys_kt_range_drift: the maximum of 'len' is 8192, but the code's is PAGE_SIZE (4096) [kapi-spec-range-drift]}}
// expected-warning@-7 {{sys_kt_range_drift: the alignment of 'addr' is 8, but the code requires 4096 [kapi-spec-alignment-drift]}}
// expected-warning@-5 {{sys_kt_range_drift: the range of 'n' allows 0, which the code rejects [kapi-spec-range-drift]}}
SYSCALL_DEFINE3(kt_range_drift, size_t, len, unsigned long, addr, int, n)
{
	if (len < 1 || len > PAGE_SIZE) // expected-note 2 {{the code tests it here}}
		return -EINVAL;
	if (addr & (PAGE_SIZE - 1)) // expected-note {{the code tests it here}}
		return -EINVAL;
	if (n == 0) // expected-note {{the code tests it here}}
		return -EINVAL;
	return 0;
}

/**
 * sys_kt_range_quiet - Tests that do not fail say nothing
 * @len: how much
 *
 * contexts: process, sleepable
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(0, 16)
 */
SYSCALL_DEFINE1(kt_range_quiet, size_t, len)
{
	if (!len)
		return 0;
	if (len > 100)
		len = 100;
	return len;
}
