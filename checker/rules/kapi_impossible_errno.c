// SPDX-License-Identifier: MIT
/*
 * kapi-impossible-errno: a failure test against an error code the spec
 * says this call never produces -- dead error handling, and usually a sign
 * that the code meant another call or another code:
 *
 *   libc:        close(fd); if (errno == EXDEV)      errno right after it
 *   neg-errno:   if (io_setup(n, &c) == -EPERM)      or a local holding it
 *   errno-value: if (posix_fadvise(...) == EPERM)
 *
 * The code is whatever the TU's EFOO evaluates to (clang_Cursor_Evaluate
 * through kapi_const_eval), compared with the spec's codes as the database
 * resolved them (negative errno numbers).  The spec's documented success
 * values count as "returned" too: io_cancel reports a successful cancel as
 * EINPROGRESS.  Any unresolved code or success value makes the set unknown
 * and the rule silent; so does a spec that lists no errors at all, and so
 * do ENOSYS and the kernel-internal codes (see kapi_impossible()).
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

/* Is -code (a negative errno) something the call can hand back?  Returns
 * -1 when the spec does not let us know. */
static int kapi_spec_returns(const struct kapi_spec *spec, int64_t neg)
{
	const struct kapi_return *r = &spec->ret;
	bool hit = false;
	size_t i;

	if (!spec->error_count)
		return -1;
	for (i = 0; i < spec->error_count; i++) {
		if (!kapi_value_known(&spec->errors[i].code))
			return -1;
		hit |= spec->errors[i].code.num == neg;
	}
	for (i = 0; i < r->error_value_count; i++) {
		if (!kapi_value_known(&r->error_values[i]))
			return -1;
		hit |= r->error_values[i].num == neg;
	}
	if (r->success.state == KAPI_VALUE_UNRESOLVED ||
	    r->success.state == KAPI_VALUE_INVALID ||
	    r->success_min.state == KAPI_VALUE_UNRESOLVED ||
	    r->success_min.state == KAPI_VALUE_INVALID ||
	    r->success_max.state == KAPI_VALUE_UNRESOLVED ||
	    r->success_max.state == KAPI_VALUE_INVALID)
		return -1;
	if (kapi_value_known(&r->success) && r->success.num == neg)
		hit = true;
	/* A success range that reaches into the negatives (rare, but a
	 * spec may say so) covers the codes inside it. */
	if (kapi_value_known(&r->success_min) &&
	    kapi_int_cmp(neg, false, r->success_min.num,
			 r->success_min.is_unsigned) >= 0 &&
	    (!kapi_value_known(&r->success_max) ||
	     kapi_int_cmp(neg, false, r->success_max.num,
			  r->success_max.is_unsigned) <= 0))
		hit = true;
	return hit;
}

/* "EBADF, EINTR, EIO"; with `minus` "-EBADF, ..."; a code that is also
 * the documented success value is marked so. */
static char *kapi_codes_str(const struct kapi_spec *spec, bool minus)
{
	struct kapi_strbuf sb = {0};
	size_t i;

	for (i = 0; i < spec->error_count; i++) {
		const struct kapi_error *e = &spec->errors[i];
		bool ok = kapi_value_known(&spec->ret.success) &&
			  spec->ret.success.num == e->code.num;

		kapi_sb_printf(&sb, "%s%s%s%s", i ? ", " : "", minus ? "-" : "",
			       e->name ? e->name : "?",
			       ok ? " (its success value)" : "");
	}
	return kapi_sb_take(&sb);
}

/*
 * The comparison as written in the file: `errno == EXDEV` has both ends in
 * macro expansions, whose extent lies in <errno.h>.  The expansion points
 * are in the main file; one column more takes in the last macro's name.
 */
static CXSourceRange kapi_written_range(struct kapi_tu *tu, CXCursor c)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f1, f2;
	unsigned l1, c1, l2, c2;

	clang_getExpansionLocation(clang_getRangeStart(r), &f1, &l1, &c1, NULL);
	clang_getExpansionLocation(clang_getRangeEnd(r), &f2, &l2, &c2, NULL);
	if (!f1 || !clang_File_isEqual(f1, f2))
		return r;
	return clang_getRange(clang_getLocation(tu->tu, f1, l1, c1),
			      clang_getLocation(tu->tu, f2, l2, c2 + 1));
}

/*
 * The code's name as the user wrote it: the one E[A-Z0-9]+ identifier
 * among the comparison's tokens (other than errno).  NULL when there is
 * none or more than one, and the message shows the number alone.
 */
static char *kapi_code_name(struct kapi_tu *tu, CXCursor cmp)
{
	CXToken *toks = NULL;
	unsigned n = 0, i;
	char *name = NULL;
	int found = 0;

	clang_tokenize(tu->tu, kapi_written_range(tu, cmp), &toks, &n);
	for (i = 0; i < n; i++) {
		CXString s;
		const char *t, *p;

		if (clang_getTokenKind(toks[i]) != CXToken_Identifier)
			continue;
		s = clang_getTokenSpelling(tu->tu, toks[i]);
		t = clang_getCString(s);
		for (p = t + 1; *p && ((*p >= 'A' && *p <= 'Z') ||
				       (*p >= '0' && *p <= '9'));
		     p++)
			;
		if (t[0] == 'E' && t[1] && !*p) {
			found++;
			free(name);
			name = kapi_xstrdup(t);
		}
		clang_disposeString(s);
	}
	clang_disposeTokens(tu->tu, toks, n);
	if (found != 1) {
		free(name);
		return NULL;
	}
	return name;
}

/* `code` is the positive errno number the test looks for. */
static void kapi_impossible(struct kapi_tu *tu, const struct kapi_call *call,
			    CXCursor at, int64_t code)
{
	const struct kapi_spec *spec = call->spec;
	bool minus = call->conv == KAPI_CONV_NEG_ERRNO;
	char *name, *codes, *what;

	/* 512..529 are the kernel's internal codes (ERESTARTSYS ..
	 * ENOTSUPP): a spec never lists them, yet some leak out of older
	 * kernels (SO_ZEROCOPY's ENOTSUPP before 4.17), and code that tests
	 * for one is being careful, not dead. */
	if (code <= 0 || code > 4095 || (code >= 512 && code <= 529) ||
	    kapi_spec_returns(spec, -code) != 0)
		return;
	name = kapi_code_name(tu, at);
	/* ENOSYS is what any call returns on a kernel built without it (or
	 * a seccomp filter): testing for it is a feature probe, never dead
	 * code.  38 is its number everywhere but mips, alpha, sparc and
	 * parisc, where the name is all we go by. */
	if (name ? !strcmp(name, "ENOSYS") : code == 38) {
		free(name);
		return;
	}
	what = name ? kapi_xasprintf("%s%s (%s%lld)", minus ? "-" : "", name,
				     minus ? "-" : "", (long long)code)
		    : kapi_xasprintf("%s%lld", minus ? "-" : "",
				     (long long)code);
	codes = kapi_codes_str(spec, minus);
	kapi_report(tu, &kapi_rule_impossible_errno, at, spec,
		    spec->errors[0].loc,
		    kapi_xasprintf("%s is compared with %s, which %s never "
				   "%s according to its spec; it fails with "
				   "%s",
				   call->conv == KAPI_CONV_LIBC ? "errno"
				   : call->cmp_var		? call->cmp_var
								: "the result",
				   what, kapi_rule_callee(call),
				   call->conv == KAPI_CONV_LIBC ? "sets"
								: "returns",
				   codes),
		    kapi_xasprintf("%s documents %zu error%s", spec->name,
				   spec->error_count,
				   spec->error_count == 1 ? "" : "s"));
	free(codes);
	free(what);
	free(name);
}

struct kapi_cases {
	struct kapi_tu *tu;
	const struct kapi_call *call;
};

/* The `case` labels of one switch (not of a switch nested in it). */
static enum CXChildVisitResult kapi_case_visit(CXCursor c, CXCursor parent,
					       CXClientData data)
{
	struct kapi_cases *cs = data;
	struct kapi_cval v;
	CXCursor value;

	(void)parent;
	switch (clang_getCursorKind(c)) {
	case CXCursor_SwitchStmt:
		return CXChildVisit_Continue;
	case CXCursor_CaseStmt:
		value = kapi_child_at(c, 0);
		kapi_const_eval(cs->tu, value, (CXType){.kind = CXType_Invalid},
				&v);
		if (v.kind == KAPI_CVAL_INT && !v.is_unsigned)
			kapi_impossible(cs->tu, cs->call, value, v.num);
		return CXChildVisit_Recurse;
	default:
		return CXChildVisit_Recurse;
	}
}

/* `errno == EFOO` / `EFOO != errno` / `switch (errno) { case EFOO: }`
 * after a libc-convention call. */
static void kapi_errno_compared(struct kapi_tu *tu,
				const struct kapi_call *call, CXCursor read,
				CXCursor user, unsigned index, void *data)
{
	enum CXBinaryOperatorKind op;
	struct kapi_cval v;

	(void)read;
	(void)data;
	if (clang_getCursorKind(user) == CXCursor_SwitchStmt && index == 0) {
		struct kapi_cases cs = {tu, call};

		clang_visitChildren(kapi_child_at(user, 1), kapi_case_visit,
				    &cs);
		return;
	}
	if (clang_getCursorKind(user) != CXCursor_BinaryOperator || index > 1)
		return;
	op = clang_getCursorBinaryOperatorKind(user);
	if (op != CXBinaryOperator_EQ && op != CXBinaryOperator_NE)
		return;
	kapi_const_eval(tu, kapi_child_at(user, 1 - index),
			(CXType){.kind = CXType_Invalid}, &v);
	if (v.kind != KAPI_CVAL_INT || v.is_unsigned)
		return;
	kapi_impossible(tu, call, user, v.num);
}

static void kapi_impossible_check(struct kapi_tu *tu,
				  const struct kapi_call *call)
{
	const struct kapi_cval *v = &call->cmp_val;

	switch (call->conv) {
	case KAPI_CONV_LIBC:
		kapi_errno_reads_after(tu, call, kapi_errno_compared, NULL);
		return;
	case KAPI_CONV_NEG_ERRNO:
		/* -1 is left to kapi-error-convention: it is the libc habit,
		 * not a claim about EPERM. */
		if (call->use != KAPI_USE_COMPARED || v->is_unsigned ||
		    (call->cmp_op != CXBinaryOperator_EQ &&
		     call->cmp_op != CXBinaryOperator_NE) ||
		    v->num >= -1)
			return;
		kapi_impossible(tu, call, call->cmp_cursor, -v->num);
		return;
	case KAPI_CONV_ERRNO_VALUE:
		if (call->use != KAPI_USE_COMPARED || v->is_unsigned ||
		    (call->cmp_op != CXBinaryOperator_EQ &&
		     call->cmp_op != CXBinaryOperator_NE) ||
		    v->num <= 0)
			return;
		kapi_impossible(tu, call, call->cmp_cursor, v->num);
		return;
	}
}

const struct kapi_rule kapi_rule_impossible_errno = {
	.name = "kapi-impossible-errno",
	.summary = "A failure test looks for an error code the call's kernel "
		   "API spec says it never returns.",
	.check = kapi_impossible_check,
};
