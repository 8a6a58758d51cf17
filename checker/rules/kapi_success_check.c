// SPDX-License-Identifier: MIT
/*
 * kapi-success-check: `fd > 0` (or `fd >= 1`) as the success test of a
 * call whose spec returns a file descriptor: 0 is a valid descriptor, so
 * the test treats a success as a failure.  The test may be of the call or
 * of a local that holds its result (`fd = open(...); if (fd > 0)`).
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static void kapi_success_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	const struct kapi_cval *v = &call->cmp_val;

	if (call->use != KAPI_USE_COMPARED ||
	    call->spec->ret.check != KAPI_RETURN_FD ||
	    call->conv == KAPI_CONV_ERRNO_VALUE)
		return;
	if (!((call->cmp_op == CXBinaryOperator_GT && v->num == 0) ||
	      (call->cmp_op == CXBinaryOperator_GE && v->num == 1) ||
	      (call->cmp_op == CXBinaryOperator_LE && v->num == 0)))
		return;
	kapi_report(
		tu, &kapi_rule_success_check, call->cmp_cursor, call->spec,
		call->spec->ret.loc,
		call->cmp_var
			? kapi_xasprintf("'%s' holds the result of %s, a "
					 "file descriptor, and 0 is a valid "
					 "one; test '>= 0' or '< 0'",
					 call->cmp_var, kapi_rule_callee(call))
			: kapi_xasprintf("result of %s is a file descriptor "
					 "and 0 is a valid one; test '>= 0' "
					 "or '< 0'",
					 kapi_rule_callee(call)),
		kapi_xasprintf("%s documents its result as a file "
			       "descriptor",
			       call->spec->name));
}

const struct kapi_rule kapi_rule_success_check = {
	.name = "kapi-success-check",
	.summary = "A success test rejects a valid result, like 'fd > 0' for "
		   "a call returning a file descriptor.",
	.check = kapi_success_check,
};
