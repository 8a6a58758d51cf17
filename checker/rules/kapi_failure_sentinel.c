// SPDX-License-Identifier: MIT
/*
 * kapi-failure-sentinel: a pointer result tested against the wrong
 * failure value.  The spec's `failure:` says what the C library returns:
 * mmap() and shmat() give (void *) -1, so `p == NULL` never sees their
 * failures; a NULL-failing call compared with (void *) -1 is the mirror
 * image.  Integer results are kapi-error-convention's business.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static bool kapi_pointer(CXType t)
{
	return clang_getCanonicalType(t).kind == CXType_Pointer;
}

/* What the test looks for, as the message says it. */
static const char *kapi_wrong_test(const struct kapi_call *call, bool all_ones)
{
	const struct kapi_result_test *t = &call->test;

	if (all_ones)
		return t->kind == KAPI_TEST_NULL ? "NULL" : NULL;
	if (t->kind == KAPI_TEST_CMP && !t->val.is_unsigned &&
	    t->val.num == -1 &&
	    (t->op == CXBinaryOperator_EQ || t->op == CXBinaryOperator_NE))
		return "(void *) -1";
	return NULL;
}

static void kapi_sentinel_check(struct kapi_tu *tu,
				const struct kapi_call *call)
{
	const struct kapi_value *f = &call->spec->ret.failure;
	const char *wrong, *right;
	bool all_ones;
	char *what;

	if (call->conv != KAPI_CONV_LIBC || !kapi_value_known(f) ||
	    call->test.kind == KAPI_TEST_NONE ||
	    !kapi_pointer(clang_getCursorType(call->cursor)) ||
	    !kapi_pointer(call->test.held))
		return;
	if (f->num == -1 && !f->is_unsigned)
		all_ones = true;
	else if (f->num == 0)
		all_ones = false;
	else
		return;
	wrong = kapi_wrong_test(call, all_ones);
	if (!wrong)
		return;
	right = all_ones ? "(void *) -1" : "NULL";
	what = call->test.var
		       ? kapi_xasprintf("'%s' holds the result of %s, which",
					call->test.var, kapi_rule_callee(call))
		       : kapi_xstrdup(kapi_rule_callee(call));
	kapi_report(
		tu, &kapi_rule_failure_sentinel, call->test.at, call->spec,
		f->loc,
		kapi_xasprintf("%s returns %s on failure, never %s; "
			       "compare with %s%s",
			       what, right, wrong, right,
			       all_ones && (!strcmp(call->callee, "mmap") ||
					    !strcmp(call->callee, "mmap64") ||
					    !strcmp(call->callee, "mremap"))
				       ? " (MAP_FAILED)"
				       : ""),
		kapi_xasprintf("%s documents the failure result as %s",
			       call->spec->name, f->text));
	free(what);
}

const struct kapi_rule kapi_rule_failure_sentinel = {
	.name = "kapi-failure-sentinel",
	.summary = "A pointer result is tested against the wrong failure "
		   "value (NULL for a call that fails with (void *) -1, or "
		   "the reverse).",
	.check = kapi_sentinel_check,
};
