// SPDX-License-Identifier: MIT
/* Message pieces every rule uses, so that all findings read alike. */
#include <stdlib.h>
#include <string.h>

#include "kapi_cexpr.h"
#include "kapi_rules.h"
#include "kapi_util.h"

const char *kapi_rule_callee(const struct kapi_call *call)
{
	return call->via ? call->via : call->callee;
}

char *kapi_rule_value_str(const struct kapi_arg *a)
{
	char now[24], was[24];
	CXString t;
	char *r;

	kapi_int_str(now, a->val.num, a->val.is_unsigned);
	kapi_int_str(was, a->val.written, a->val.written_unsigned);
	if (!strcmp(now, was) || a->param_type.kind == CXType_Invalid)
		return kapi_xstrdup(was);
	/* The conversion changed it: show both, as the kernel sees it. */
	t = clang_getTypeSpelling(a->param_type);
	r = kapi_xasprintf("%s (%s as %s)", was, now, clang_getCString(t));
	clang_disposeString(t);
	return r;
}

char *kapi_rule_param_note(const struct kapi_call *call, size_t i)
{
	const struct kapi_param *p = &call->spec->params[i];

	if (p->constraint_text)
		return kapi_xasprintf(
			"%s documents '%s' as %s", call->spec->name,
			kapi_call_param_name(call, i), p->constraint_text);
	return kapi_xasprintf("%s documents '%s' here", call->spec->name,
			      kapi_call_param_name(call, i));
}

struct kapi_loc kapi_rule_param_loc(const struct kapi_call *call, size_t i)
{
	const struct kapi_param *p = &call->spec->params[i];

	if (p->constraint_loc.line)
		return p->constraint_loc;
	return p->loc;
}

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

void kapi_rule_arg_knowledge(const struct kapi_call *call,
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
