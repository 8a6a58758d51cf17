/* SPDX-License-Identifier: MIT */
/*
 * The constraint-expression language: the `expr:` of a `constraint:` block,
 * a C expression over the spec's parameter names, written as the kernel
 * would write it: `(flags & MREMAP_FIXED) == 0 || (flags & MREMAP_MAYMOVE)`,
 * `nfds == 0 || ufds != NULL`.
 *
 * The subset: integer literals (decimal, hex, octal, with u/l suffixes),
 * identifiers (parameter names, NULL, and macros or enumerators of the
 * target, which a resolver turns into numbers), parentheses, the unary
 * operators ! ~ - +, the binary * / % + - << >> < <= > >= == != & ^ | &&
 * ||, and ?:.  No casts, sizeof, calls, assignments or members.
 *
 * One expression is parsed once, its identifiers bound (to a parameter, a
 * number, or NULL), and then evaluated any number of times with three
 * valued logic over what is known of the arguments: an operator with an
 * unknown operand is unknown, except where && and || decide alone.
 *
 * The resolved form (kapi_cexpr_print() after binding) has every macro
 * replaced by its number, so it needs no kernel header to evaluate: the
 * plugin stores it, the checker and the header generator read it.
 */
#ifndef KAPI_CEXPR_H
#define KAPI_CEXPR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kapi_spec.h"

#ifdef __cplusplus
extern "C" {
#endif

struct kapi_cexpr;

/*
 * Parse text.  On failure returns NULL, *err a malloc'd message and
 * *err_pos the byte offset it refers to.
 */
struct kapi_cexpr *kapi_cexpr_parse(const char *text, char **err,
				    size_t *err_pos);
void kapi_cexpr_free(struct kapi_cexpr *e);

/*
 * The value of an identifier that is not a parameter: true with the
 * number when the target defines it.
 */
typedef bool (*kapi_cexpr_resolve_fn)(void *ctx, const char *ident,
				      int64_t *num, bool *is_unsigned);

/*
 * Bind every identifier: a parameter of spec by name, NULL, else what
 * resolve says (resolve may be NULL: numbers only).  Returns 0, or -1 with
 * *err naming the first identifier that is none of these (malloc'd) and
 * *err_pos its offset.
 */
int kapi_cexpr_bind(struct kapi_cexpr *e, const struct kapi_spec *spec,
		    kapi_cexpr_resolve_fn resolve, void *ctx, char **err,
		    size_t *err_pos);

/*
 * A stored resolved form (kapi_constraint.expr_resolved) parsed and bound
 * to spec's parameters, numbers only: what the checker and the header
 * evaluate.  NULL when there is none or it does not read back (a name that
 * is no parameter): the caller then says nothing about that constraint.
 */
struct kapi_cexpr *kapi_cexpr_load(const char *resolved,
				   const struct kapi_spec *spec);

/*
 * Type-check a bound expression as C would, over the two kinds of value
 * the subset has: a parameter is a pointer when its C type (type_name, as
 * the plugin records it from the function) is one, else by its type class
 * (ptr, user_ptr, path, func_ptr, array).  Returns 0, or -1 with *err (a
 * malloc'd reason: "a pointer compared with an integer") and *err_pos.
 */
int kapi_cexpr_typecheck(const struct kapi_cexpr *e,
			 const struct kapi_spec *spec, char **err,
			 size_t *err_pos);
/* The bound expression with numbers for macros; malloc'd. */
char *kapi_cexpr_print(const struct kapi_cexpr *e);
/* The same with parameter i spelled names[i] (a wrapper's own parameter
 * names, for the header); a NULL entry keeps the spec's name.  NULL is
 * written ((void *)0): the header it goes into may not define NULL. */
char *kapi_cexpr_print_named(const struct kapi_cexpr *e,
			     const char *const *names);

/* Does the expression name parameter i?  (After binding.) */
bool kapi_cexpr_uses_param(const struct kapi_cexpr *e, size_t i);

/* What a caller knows of one argument. */
enum kapi_cexpr_arg_kind {
	KAPI_CEXPR_UNKNOWN = 0,
	KAPI_CEXPR_INT,	    /* num, is_unsigned */
	KAPI_CEXPR_NULL,    /* a null pointer */
	KAPI_CEXPR_NONNULL, /* a pointer known not to be null (&x, "s") */
};

struct kapi_cexpr_arg {
	enum kapi_cexpr_arg_kind kind;
	int64_t num;
	bool is_unsigned;
};

enum kapi_tv {
	KAPI_TV_FALSE = 0,
	KAPI_TV_TRUE,
	KAPI_TV_UNKNOWN,
};

/* Evaluate with args[i] for parameter i (n of them; missing = unknown). */
enum kapi_tv kapi_cexpr_eval(const struct kapi_cexpr *e,
			     const struct kapi_cexpr_arg *args, size_t n);

#ifdef __cplusplus
}
#endif

#endif
