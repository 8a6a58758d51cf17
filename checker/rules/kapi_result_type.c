// SPDX-License-Identifier: MIT
/*
 * kapi-result-type: the result is kept in a type that cannot hold the
 * failure value, then tested for it.  `size_t n = read(...); if (n < 0)`
 * never sees -1; neither does `unsigned char c = ...; if (c == -1)` (c is
 * promoted to int first).  For unsigned int and wider, `== -1` still
 * works (the -1 is converted too), so that stays silent.
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static bool kapi_unsigned_int_type(CXType t)
{
	switch (clang_getCanonicalType(t).kind) {
	case CXType_Bool:
	case CXType_Char_U:
	case CXType_UChar:
	case CXType_UShort:
	case CXType_UInt:
	case CXType_ULong:
	case CXType_ULongLong:
		return true;
	default:
		return false;
	}
}

static bool kapi_signed_int_type(CXType t)
{
	switch (clang_getCanonicalType(t).kind) {
	case CXType_Int:
	case CXType_Long:
	case CXType_LongLong:
		return true;
	default:
		return false;
	}
}

/* Why the test cannot see a negative failure, or NULL when it can. */
static const char *kapi_blind_test(const struct kapi_result_test *t)
{
	const struct kapi_cval *v = &t->val;
	long long bits = clang_Type_getSizeOf(t->held) * 8;

	if (v->is_unsigned)
		return NULL;
	if ((t->op == CXBinaryOperator_LT && v->num == 0) ||
	    (t->op == CXBinaryOperator_LE && v->num == -1))
		return "is never true";
	if ((t->op == CXBinaryOperator_GE && v->num == 0) ||
	    (t->op == CXBinaryOperator_GT && v->num == -1))
		return "is always true";
	if (bits > 0 && bits < 32 && v->num == -1 &&
	    (t->op == CXBinaryOperator_EQ || t->op == CXBinaryOperator_NE))
		return t->op == CXBinaryOperator_EQ
			       ? "is never true (the value is promoted to int "
				 "first)"
			       : "is always true (the value is promoted to int "
				 "first)";
	return NULL;
}

static void kapi_result_type_check(struct kapi_tu *tu,
				   const struct kapi_call *call)
{
	const struct kapi_result_test *t = &call->test;
	const char *why;
	CXString held, own;
	char *test;

	if ((call->conv != KAPI_CONV_LIBC &&
	     call->conv != KAPI_CONV_NEG_ERRNO) ||
	    t->kind != KAPI_TEST_CMP || !t->var ||
	    !kapi_signed_int_type(clang_getCursorType(call->cursor)) ||
	    !kapi_unsigned_int_type(t->held))
		return;
	why = kapi_blind_test(t);
	if (!why)
		return;
	held = clang_getTypeSpelling(t->held);
	own = clang_getTypeSpelling(clang_getCursorType(call->cursor));
	test = call->conv == KAPI_CONV_LIBC ? kapi_xstrdup("-1")
					    : kapi_xstrdup("a negative errno");
	kapi_report(tu, &kapi_rule_result_type, t->at, call->spec,
		    (struct kapi_loc){0},
		    kapi_xasprintf("'%s' is %s, which cannot hold the failure "
				   "result of %s (%s): this test %s; keep the "
				   "result in a %s",
				   t->var, clang_getCString(held),
				   kapi_rule_callee(call), test, why,
				   clang_getCString(own)),
		    kapi_xasprintf("%s is bound with the %s convention",
				   kapi_rule_callee(call),
				   kapi_convention_name(call->conv)));
	free(test);
	clang_disposeString(held);
	clang_disposeString(own);
}

const struct kapi_rule kapi_rule_result_type = {
	.name = "kapi-result-type",
	.summary = "The result is stored in a type that cannot hold its "
		   "failure value and then tested for it.",
	.check = kapi_result_type_check,
};
