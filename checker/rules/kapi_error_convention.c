// SPDX-License-Identifier: MIT
/*
 * kapi-error-convention: an error test that cannot work under the
 * wrapper's convention (KAPI-DSL.md §9):
 *   neg-errno (libaio io_setup):     `== -1` / `!= -1`  (failures are -EXXX)
 *   errno-value (posix_fadvise):     `< 0`, `== -1`...  (failures are > 0)
 * The test may be of the call itself or of a local that holds its result
 * (`int r = io_setup(...); if (r == -1)`, see kapi_flow.c).  Reading errno
 * right after a neg-errno call is the same mistake in another form: the
 * wrapper leaves errno alone, so it still holds some older failure.
 * Under the libc convention the result is -1 on failure, never an errno
 * number: `connect(...) == EINPROGRESS` compares the wrong thing.
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static bool kapi_cmp_is(const struct kapi_call *call,
			enum CXBinaryOperatorKind op, int64_t v)
{
	return call->cmp_op == op && !call->cmp_val.is_unsigned &&
	       call->cmp_val.num == v;
}

static const char *kapi_convention_problem(const struct kapi_call *call)
{
	switch (call->conv) {
	case KAPI_CONV_NEG_ERRNO:
		if (kapi_cmp_is(call, CXBinaryOperator_EQ, -1) ||
		    kapi_cmp_is(call, CXBinaryOperator_NE, -1))
			return "returns a negative errno on failure, not -1; "
			       "test '< 0'";
		return NULL;
	case KAPI_CONV_ERRNO_VALUE:
		if (kapi_cmp_is(call, CXBinaryOperator_LT, 0) ||
		    kapi_cmp_is(call, CXBinaryOperator_GE, 0) ||
		    kapi_cmp_is(call, CXBinaryOperator_EQ, -1) ||
		    kapi_cmp_is(call, CXBinaryOperator_NE, -1))
			return "returns the (positive) errno number on "
			       "failure and never sets errno; test '!= 0'";
		return NULL;
	default:
		return NULL;
	}
}

/* The errno name a token spells (EINPROGRESS), or NULL. */
static char *kapi_errno_token(CXTranslationUnit tu, CXToken t)
{
	CXString sp;
	const char *name;
	char *out = NULL;

	if (clang_getTokenKind(t) != CXToken_Identifier)
		return NULL;
	sp = clang_getTokenSpelling(tu, t);
	name = clang_getCString(sp);
	if (name && name[0] == 'E' && kapi_is_errno_name(name))
		out = kapi_xstrdup(name);
	clang_disposeString(sp);
	return out;
}

/*
 * `result == EFOO` on a libc wrapper: the errno name, or NULL.  A macro's
 * literal has no tokens of its own under libclang, so the comparison's
 * first or last token is read: the constant side's name.
 */
static char *kapi_libc_errno_compare(const struct kapi_call *call)
{
	CXTranslationUnit tu =
		clang_Cursor_getTranslationUnit(call->cmp_cursor);
	CXToken *toks = NULL;
	unsigned n = 0;
	char *name = NULL;

	if (call->conv != KAPI_CONV_LIBC ||
	    (call->cmp_op != CXBinaryOperator_EQ &&
	     call->cmp_op != CXBinaryOperator_NE) ||
	    call->cmp_val.num <= 0)
		return NULL;
	clang_tokenize(tu, clang_getCursorExtent(call->cmp_cursor), &toks, &n);
	if (n >= 3) {
		name = kapi_errno_token(tu, toks[n - 1]);
		if (!name)
			name = kapi_errno_token(tu, toks[0]);
	}
	clang_disposeTokens(tu, toks, n);
	return name;
}

static char *kapi_convention_note(const struct kapi_call *call)
{
	return kapi_xasprintf("%s is bound with the %s convention",
			      kapi_rule_callee(call),
			      kapi_convention_name(call->conv));
}

/* One finding per call is enough: the first stale read. */
static void kapi_errno_read(struct kapi_tu *tu, const struct kapi_call *call,
			    CXCursor read, CXCursor user, unsigned index,
			    void *data)
{
	bool *reported = data;

	(void)user;
	(void)index;
	if (*reported)
		return;
	*reported = true;
	kapi_report(tu, &kapi_rule_error_convention, read, call->spec,
		    (struct kapi_loc){0},
		    kapi_xasprintf("errno is read after %s, which returns a "
				   "negative errno and leaves errno alone; "
				   "use the result",
				   kapi_rule_callee(call)),
		    kapi_convention_note(call));
}

static void kapi_convention_check(struct kapi_tu *tu,
				  const struct kapi_call *call)
{
	const char *why = NULL;
	bool reported = false;

	if (call->use == KAPI_USE_COMPARED)
		why = kapi_convention_problem(call);
	if (!why && call->use == KAPI_USE_COMPARED) {
		char *e = kapi_libc_errno_compare(call);

		if (e && call->cmp_var)
			kapi_report(
				tu, &kapi_rule_error_convention,
				call->cmp_cursor, call->spec,
				(struct kapi_loc){0},
				kapi_xasprintf("'%s' holds the result of %s, "
					       "which is -1 on failure with "
					       "the reason in errno; compare "
					       "errno with %s",
					       call->cmp_var,
					       kapi_rule_callee(call), e),
				kapi_convention_note(call));
		else if (e)
			kapi_report(
				tu, &kapi_rule_error_convention,
				call->cmp_cursor, call->spec,
				(struct kapi_loc){0},
				kapi_xasprintf("%s returns -1 on failure with "
					       "the reason in errno; compare "
					       "errno with %s, not the result",
					       kapi_rule_callee(call), e),
				kapi_convention_note(call));
		free(e);
	}
	if (why && call->cmp_var)
		kapi_report(tu, &kapi_rule_error_convention, call->cmp_cursor,
			    call->spec, (struct kapi_loc){0},
			    kapi_xasprintf("'%s' holds the result of %s, which "
					   "%s",
					   call->cmp_var,
					   kapi_rule_callee(call), why),
			    kapi_convention_note(call));
	else if (why)
		kapi_report(
			tu, &kapi_rule_error_convention, call->cmp_cursor,
			call->spec, (struct kapi_loc){0},
			kapi_xasprintf("%s %s", kapi_rule_callee(call), why),
			kapi_convention_note(call));
	if (call->conv == KAPI_CONV_NEG_ERRNO)
		kapi_errno_reads_after(tu, call, kapi_errno_read, &reported);
}

const struct kapi_rule kapi_rule_error_convention = {
	.name = "kapi-error-convention",
	.summary = "An error test does not match how the wrapper reports "
		   "failure (-1 and errno, -errno, or an errno value).",
	.check = kapi_convention_check,
};
