// SPDX-License-Identifier: MIT
/*
 * kapi-alignment: page_aligned, alignment(N), power_of_two and nonzero on
 * constant arguments (pointers included: (void *)0x1001).  The page size
 * is the translation unit's own PAGE_SIZE when it defines one that
 * evaluates to a power of two, else 4096; the message says which.
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

/* The argument's bits as an unsigned value of its width. */
static uint64_t kapi_bits(const struct kapi_cval *v)
{
	uint64_t b = (uint64_t)v->num;

	if (v->width && v->width < 64)
		b &= (UINT64_C(1) << v->width) - 1;
	return b;
}

/* A fresh "what is wrong" text, or NULL when the value is fine. */
static char *kapi_alignment_problem(const struct kapi_tu *tu,
				    const struct kapi_param *p, uint64_t v)
{
	uint64_t n;

	switch (p->constraint) {
	case KAPI_CONSTRAINT_PAGE_ALIGNED:
		if (!(v % (uint64_t)tu->page_size))
			return NULL;
		if (tu->page_size_origin)
			return kapi_xasprintf("not aligned to the page size "
					      "%lld (%s)",
					      (long long)tu->page_size,
					      tu->page_size_origin);
		return kapi_xasprintf("not aligned to the page size %lld "
				      "(assumed: the translation unit defines "
				      "no PAGE_SIZE that evaluates)",
				      (long long)tu->page_size);
	case KAPI_CONSTRAINT_ALIGNMENT:
		if (!kapi_value_known(&p->alignment) || p->alignment.num <= 0)
			return NULL;
		n = (uint64_t)p->alignment.num;
		return v % n ? kapi_xasprintf("not a multiple of %llu",
					      (unsigned long long)n)
			     : NULL;
	case KAPI_CONSTRAINT_POWER_OF_TWO:
		return v && !(v & (v - 1)) ? NULL
					   : kapi_xstrdup("not a power of two");
	case KAPI_CONSTRAINT_NONZERO:
		return v ? NULL : kapi_xstrdup("zero");
	default:
		return NULL;
	}
}

static void kapi_alignment_check(struct kapi_tu *tu,
				 const struct kapi_call *call)
{
	size_t i;

	for (i = 0; i < call->arg_count; i++) {
		const struct kapi_param *p = &call->spec->params[i];
		const struct kapi_arg *a = &call->args[i];
		char *why;
		uint64_t v;

		if (!a->present || (a->val.kind != KAPI_CVAL_INT &&
				    a->val.kind != KAPI_CVAL_NULL))
			continue;
		v = a->val.kind == KAPI_CVAL_NULL ? 0 : kapi_bits(&a->val);
		why = kapi_alignment_problem(tu, p, v);
		if (!why)
			continue;
		kapi_report(tu, &kapi_rule_alignment, a->expr, call->spec,
			    kapi_rule_param_loc(call, i),
			    kapi_xasprintf("argument '%s' of %s is 0x%llx, %s",
					   kapi_call_param_name(call, i),
					   kapi_rule_callee(call),
					   (unsigned long long)v, why),
			    kapi_rule_param_note(call, i));
		free(why);
	}
}

const struct kapi_rule kapi_rule_alignment = {
	.name = "kapi-alignment",
	.summary = "A constant argument breaks the page_aligned, alignment, "
		   "power_of_two or nonzero constraint of its kernel API spec.",
	.check = kapi_alignment_check,
};
