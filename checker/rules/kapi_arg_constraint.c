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

static void kapi_arg_constraint_check(struct kapi_tu *tu,
				      const struct kapi_call *call)
{
	const struct kapi_spec *s = call->spec;
	struct kapi_cexpr_arg *args;

	if (!s->constraint_count)
		return;
	args = kapi_xcalloc(call->arg_count ? call->arg_count : 1,
			    sizeof(*args));
	kapi_rule_arg_knowledge(call, args);
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
