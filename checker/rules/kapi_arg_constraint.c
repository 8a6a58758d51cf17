// SPDX-License-Identifier: MIT
/*
 * kapi-arg-constraint: the arguments of a call break a constraint between
 * parameters that the spec states as an expression (`constraint:` with
 * `expr:`, README "Constraint expressions").  The plugin stored the
 * expression in its resolved form, numbers for macros; here it is
 * evaluated with what the call shows of each argument: a constant, a null
 * pointer, or a pointer that cannot be null (`&x`, a string literal, an
 * array).  Three-valued: the rule fires only when the expression is
 * certainly false, and stays silent when anything it needs is unknown.
 */
#include <stdlib.h>

#include "kapi_cexpr.h"
#include "kapi_rules.h"
#include "kapi_util.h"

/* A pointer the call shows to be non-null. */
static bool kapi_arg_nonnull(const struct kapi_arg *a)
{
	CXCursor c = kapi_strip_implicit(a->expr);
	CXType t;

	switch (clang_getCursorKind(c)) {
	case CXCursor_StringLiteral:
		return true;
	case CXCursor_UnaryOperator:
		return clang_getCursorUnaryOperatorKind(c) ==
		       CXUnaryOperator_AddrOf;
	case CXCursor_DeclRefExpr:
		t = clang_getCursorType(c);
		return t.kind == CXType_ConstantArray;
	default:
		return false;
	}
}

static void kapi_arg_knowledge(const struct kapi_call *call,
			       struct kapi_cexpr_arg *out)
{
	for (size_t i = 0; i < call->arg_count; i++) {
		const struct kapi_arg *a = &call->args[i];

		out[i].kind = KAPI_CEXPR_UNKNOWN;
		if (!a->present)
			continue;
		if (a->val.kind == KAPI_CVAL_INT) {
			out[i].kind = KAPI_CEXPR_INT;
			out[i].num = a->val.num;
			out[i].is_unsigned = a->val.is_unsigned;
		} else if (a->val.kind == KAPI_CVAL_NULL &&
			   !kapi_param_c_pointer(&call->spec->params[i])) {
			/* a null pointer handed to an integer parameter
			 * (ioctl's arg): the kernel sees 0 */
			out[i].kind = KAPI_CEXPR_INT;
			out[i].num = 0;
			out[i].is_unsigned = true;
		} else if (a->val.kind == KAPI_CVAL_NULL) {
			out[i].kind = KAPI_CEXPR_NULL;
		} else if (kapi_arg_nonnull(a) &&
			   kapi_param_c_pointer(&call->spec->params[i])) {
			out[i].kind = KAPI_CEXPR_NONNULL;
		}
	}
}

static void kapi_arg_constraint_check(struct kapi_tu *tu,
				      const struct kapi_call *call)
{
	const struct kapi_spec *s = call->spec;
	struct kapi_cexpr_arg *args;

	if (!s->constraint_count)
		return;
	args = kapi_xcalloc(call->arg_count ? call->arg_count : 1,
			    sizeof(*args));
	kapi_arg_knowledge(call, args);
	for (size_t i = 0; i < s->constraint_count; i++) {
		const struct kapi_constraint *k = &s->constraints[i];
		struct kapi_cexpr *e = kapi_cexpr_load(k->expr_resolved, s);

		if (!e)
			continue;
		if (kapi_cexpr_eval(e, args, call->arg_count) == KAPI_TV_FALSE)
			kapi_report(
				tu, &kapi_rule_arg_constraint, call->cursor, s,
				k->loc,
				kapi_xasprintf("the arguments of %s break the "
					       "constraint '%s' of %s%s%s",
					       kapi_rule_callee(call),
					       k->name ? k->name : "?", s->name,
					       k->desc ? ": " : "",
					       k->desc ? k->desc : ""),
				kapi_xasprintf("%s requires %s", s->name,
					       k->expr ? k->expr
						       : k->expr_resolved));
		kapi_cexpr_free(e);
	}
	free(args);
}

const struct kapi_rule kapi_rule_arg_constraint = {
	.name = "kapi-arg-constraint",
	.summary = "The arguments of a call break a constraint between "
		   "parameters that its kernel API spec states as an "
		   "expression.",
	.check = kapi_arg_constraint_check,
};
