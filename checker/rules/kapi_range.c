// SPDX-License-Identifier: MIT
/*
 * kapi-range: a constant argument outside the [min, max] its spec
 * documents.  The argument is compared as the kernel receives it: after
 * conversion to the wrapper's parameter type, so -1 passed as a size_t is
 * SIZE_MAX.  An absent or unresolved bound is no bound.
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static bool kapi_in_range(const struct kapi_param *p, const struct kapi_cval *v)
{
	if (kapi_value_known(&p->min) &&
	    kapi_int_cmp(v->num, v->is_unsigned, p->min.num,
			 p->min.is_unsigned) < 0)
		return false;
	if (kapi_value_known(&p->max) &&
	    kapi_int_cmp(v->num, v->is_unsigned, p->max.num,
			 p->max.is_unsigned) > 0)
		return false;
	return true;
}

static void kapi_range_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	size_t i;

	for (i = 0; i < call->arg_count; i++) {
		const struct kapi_param *p = &call->spec->params[i];
		const struct kapi_arg *a = &call->args[i];
		char lo[24], hi[24], *val;

		if (p->constraint != KAPI_CONSTRAINT_RANGE || !a->present ||
		    a->val.kind != KAPI_CVAL_INT || kapi_in_range(p, &a->val))
			continue;
		val = kapi_rule_value_str(a);
		kapi_report(tu, &kapi_rule_range, a->expr, call->spec,
			    kapi_rule_param_loc(call, i),
			    kapi_xasprintf(
				    "argument '%s' of %s is %s, outside "
				    "the documented range [%s, %s]",
				    kapi_call_param_name(call, i),
				    kapi_rule_callee(call), val,
				    kapi_value_known(&p->min)
					    ? kapi_int_str(lo, p->min.num,
							   p->min.is_unsigned)
					    : "-inf",
				    kapi_value_known(&p->max)
					    ? kapi_int_str(hi, p->max.num,
							   p->max.is_unsigned)
					    : "+inf"),
			    kapi_rule_param_note(call, i));
		free(val);
	}
}

const struct kapi_rule kapi_rule_range = {
	.name = "kapi-range",
	.summary = "A constant argument lies outside the range its kernel "
		   "API spec documents.",
	.check = kapi_range_check,
};
