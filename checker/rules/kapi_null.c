// SPDX-License-Identifier: MIT
/*
 * kapi-null: a null pointer for a pointer parameter whose spec does not
 * mark it `optional`.  A buffer whose size argument is a constant 0 is left
 * alone: no byte of it is touched.
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

/* Null as the kernel receives it: a null pointer, or a plain 0 passed
 * through syscall()'s variadic arguments. */
static bool kapi_arg_is_null(const struct kapi_arg *a)
{
	if (a->val.kind == KAPI_CVAL_NULL)
		return true;
	return a->val.kind == KAPI_CVAL_INT && a->val.num == 0 &&
	       a->param_type.kind == CXType_Invalid;
}

static bool kapi_empty_buffer(const struct kapi_call *call,
			      const struct kapi_param *p)
{
	const struct kapi_arg *n;

	if (p->constraint != KAPI_CONSTRAINT_BUFFER || p->size_param_idx < 0 ||
	    (size_t)p->size_param_idx >= call->arg_count)
		return false;
	n = &call->args[p->size_param_idx];
	return n->present && n->val.kind == KAPI_CVAL_INT && n->val.num == 0;
}

static void kapi_null_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	size_t i;

	for (i = 0; i < call->arg_count; i++) {
		const struct kapi_param *p = &call->spec->params[i];
		const struct kapi_arg *a = &call->args[i];

		if (!a->present || (p->flags & KAPI_PARAM_OPTIONAL) ||
		    !kapi_param_is_pointer(p) || !kapi_arg_is_null(a) ||
		    kapi_empty_buffer(call, p))
			continue;
		kapi_report(tu, &kapi_rule_null, a->expr, call->spec,
			    p->type_loc.line ? p->type_loc : p->loc,
			    kapi_xasprintf("null pointer passed as '%s' of %s, "
					   "which is not optional",
					   kapi_call_param_name(call, i),
					   kapi_rule_callee(call)),
			    kapi_xasprintf("%s does not mark '%s' optional",
					   call->spec->name,
					   kapi_call_param_name(call, i)));
	}
}

const struct kapi_rule kapi_rule_null = {
	.name = "kapi-null",
	.summary = "A null pointer is passed for a pointer parameter that "
		   "its kernel API spec does not mark optional.",
	.check = kapi_null_check,
};
