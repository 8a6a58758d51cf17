// kapi-spec-constraint-expr: each `expr:` of a constraint block must be an
// expression of the constraint language (README "Constraint expressions")
// over the spec's parameters and the unit's constants.  A good one is
// silent and stored in its resolved form; one that does not parse, or
// names something that is neither a parameter nor a constant of this
// target, is a warning at the constraint.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify %s
#include "kernel.h"

#define KT_MAYMOVE 1
#define KT_FIXED 2

/**
 * sys_kt_remap - Move a mapping
 * @addr: old address
 * @flags: KT_MAYMOVE, KT_FIXED
 * @new_addr: where, with KT_FIXED
 *
 * contexts: process, sleepable
 *
 * param: addr
 *   type: uint, input
 * param: flags
 *   type: int, input
 *   constraint-type: mask(KT_MAYMOVE | KT_FIXED)
 * param: new_addr
 *   type: uint, input
 *
 * constraint: fixed needs maymove
 *   desc: KT_FIXED only together with KT_MAYMOVE.
 *   expr: (flags & KT_FIXED) == 0 || (flags & KT_MAYMOVE)
 *
 * constraint: fixed needs an address
 *   desc: KT_FIXED moves to new_addr, which must be page aligned.
 *   expr: !(flags & KT_FIXED) || (new_addr & (PAGE_SIZE - 1)) == 0
 *
 * constraint: typo
 *   desc: A name the unit does not define.
 *   expr: (flags & KT_FIXD) == 0
 *
 * constraint: assignment
 *   desc: Not an expression of the language.
 *   expr: flags = KT_FIXED
 */
// expected-warning@-8 {{constraint 'typo' of sys_kt_remap: 'KT_FIXD' is neither a parameter of sys_kt_remap nor a constant this target defines, at offset 9 of '(flags & KT_FIXD) == 0'; the expression is kept as prose [kapi-spec-constraint-expr]}}
// expected-warning@-5 {{constraint 'assignment' of sys_kt_remap: '=' is an assignment; compare with '==', at offset 6 of 'flags = KT_FIXED'; the expression is kept as prose [kapi-spec-constraint-expr]}}
SYSCALL_DEFINE3(kt_remap, unsigned long, addr, int, flags, unsigned long,
		new_addr)
{
	return 0;
}

// The expression is type-checked as C would over the parameters' C types:
// a pointer compared with an integer, or a pointer under an integer
// operator, is a warning; a pointer against NULL or 0, or as a truth
// value, is fine.
/**
 * sys_kt_fill - Fill a buffer
 * @buf: where
 * @len: how much
 *
 * contexts: process, sleepable
 *
 * param: buf
 *   type: user_ptr, output
 * param: len
 *   type: uint, input
 *
 * constraint: buffer with a length
 *   desc: A length needs a buffer.
 *   expr: len == 0 || buf != NULL
 *
 * constraint: zero is null too
 *   desc: 0 is a null pointer constant.
 *   expr: !buf || buf != 0
 *
 * constraint: length against NULL
 *   desc: An integer compared with a pointer.
 *   expr: len != NULL
 *
 * constraint: bits of a pointer
 *   desc: A pointer under an integer operator.
 *   expr: (buf & 7) == 0
 */
// expected-warning@-8 {{constraint 'length against NULL' of sys_kt_fill: a pointer compared with an integer, at offset 4 of 'len != NULL'; the expression is kept as prose [kapi-spec-constraint-expr]}}
// expected-warning@-5 {{constraint 'bits of a pointer' of sys_kt_fill: a pointer operand of an integer operator, at offset 5 of '(buf & 7) == 0'; the expression is kept as prose [kapi-spec-constraint-expr]}}
SYSCALL_DEFINE2(kt_fill, void __user *, buf, unsigned long, len)
{
	return 0;
}
