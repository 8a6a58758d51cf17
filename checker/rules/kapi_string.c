// SPDX-License-Identifier: MIT
/*
 * kapi-string: a string literal the kernel will refuse for its length.
 *
 *   user_string(MIN, MAX)  the length (bytes before the NUL) must lie in
 *                          [MIN, MAX]; either bound may be absent
 *   user_path              the path with its NUL must fit in PATH_MAX:
 *                          getname() fails with ENAMETOOLONG otherwise.
 *                          PATH_MAX is the TU's own when it defines one
 *                          that evaluates, else Linux's 4096.  A user_path
 *                          with explicit bounds is held to those too.
 *
 * Only a literal written at the call (macros included) is measured: what a
 * pointer points to is not ours to know.  The length is up to the first
 * NUL, the way the kernel reads it.  Wide literals are left alone.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

#define KAPI_LINUX_PATH_MAX 4096

/* clang_Cursor_Evaluate answers CXEval_StrLiteral for the implicit cast
 * around a literal, not for the StringLiteral cursor itself: try each
 * level from the argument down. */
static int64_t kapi_eval_strlen(CXCursor c)
{
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(c);
		CXEvalResult ev = clang_Cursor_Evaluate(c);
		int64_t len = -1;

		if (ev) {
			if (clang_EvalResult_getKind(ev) == CXEval_StrLiteral &&
			    clang_EvalResult_getAsStr(ev))
				len = (int64_t)strlen(
					clang_EvalResult_getAsStr(ev));
			clang_EvalResult_dispose(ev);
		}
		if (len >= 0 ||
		    (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr))
			return len;
		c = kapi_only_child(c);
		if (clang_Cursor_isNull(c))
			return -1;
	}
}

/* The literal's length in bytes up to its first NUL, or -1 when the
 * argument is not a narrow string literal. */
static int64_t kapi_literal_len(CXCursor expr)
{
	CXCursor lit = kapi_strip_implicit(expr);
	CXType elem;

	if (clang_getCursorKind(lit) != CXCursor_StringLiteral)
		return -1;
	elem = clang_getCanonicalType(
		clang_getArrayElementType(clang_getCursorType(lit)));
	if (elem.kind != CXType_Char_S && elem.kind != CXType_Char_U &&
	    elem.kind != CXType_SChar && elem.kind != CXType_UChar)
		return -1;
	return kapi_eval_strlen(expr);
}

static void kapi_string_report(struct kapi_tu *tu, const struct kapi_call *call,
			       size_t i, char *message)
{
	kapi_report(tu, &kapi_rule_string, call->args[i].expr, call->spec,
		    kapi_rule_param_loc(call, i), message,
		    kapi_rule_param_note(call, i));
}

static void kapi_string_param(struct kapi_tu *tu, const struct kapi_call *call,
			      size_t i)
{
	const struct kapi_param *p = &call->spec->params[i];
	const char *name = kapi_call_param_name(call, i);
	int64_t len = kapi_literal_len(call->args[i].expr);

	if (len < 0)
		return;
	if (kapi_value_known(&p->max) &&
	    kapi_int_cmp(len, false, p->max.num, p->max.is_unsigned) > 0) {
		kapi_string_report(
			tu, call, i,
			kapi_xasprintf("string passed as '%s' of %s is %lld "
				       "bytes long, longer than the documented "
				       "maximum %lld",
				       name, kapi_rule_callee(call),
				       (long long)len, (long long)p->max.num));
		return;
	}
	if (kapi_value_known(&p->min) &&
	    kapi_int_cmp(len, false, p->min.num, p->min.is_unsigned) < 0) {
		kapi_string_report(
			tu, call, i,
			kapi_xasprintf(
				"string passed as '%s' of %s is %lld "
				"bytes long, shorter than the documented "
				"minimum %lld",
				name, kapi_rule_callee(call), (long long)len,
				(long long)p->min.num));
		return;
	}
	if (p->constraint == KAPI_CONSTRAINT_USER_PATH &&
	    len + 1 > tu->path_max) {
		char *origin =
			tu->path_max_origin
				? kapi_xasprintf("from %s", tu->path_max_origin)
				: kapi_xstrdup("Linux's; the translation "
					       "unit defines no PATH_MAX "
					       "that evaluates");

		kapi_string_report(
			tu, call, i,
			kapi_xasprintf(
				"path passed as '%s' of %s is %lld bytes "
				"with its NUL, more than PATH_MAX %lld "
				"(%s); the call fails with "
				"ENAMETOOLONG",
				name, kapi_rule_callee(call),
				(long long)len + 1, (long long)tu->path_max,
				origin));
		free(origin);
	}
}

static void kapi_string_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	size_t i;

	for (i = 0; i < call->arg_count; i++) {
		enum kapi_constraint_kind k = call->spec->params[i].constraint;

		if (call->args[i].present &&
		    (k == KAPI_CONSTRAINT_USER_STRING ||
		     k == KAPI_CONSTRAINT_USER_PATH))
			kapi_string_param(tu, call, i);
	}
}

const struct kapi_rule kapi_rule_string = {
	.name = "kapi-string",
	.summary = "A string literal breaks a user_string length limit or does "
		   "not fit in PATH_MAX for a user_path.",
	.check = kapi_string_check,
};
