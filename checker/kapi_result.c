// SPDX-License-Identifier: MIT
/*
 * How a program tests a call's result for failure, and in what type it
 * holds the result while it does.  The rules that judge the sentinel
 * (kapi-failure-sentinel) and the type (kapi-result-type) read the
 * answer from call->test.  Like kapi_flow.c this looks at one statement
 * and the next one only, and gives up on anything it cannot follow.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

static bool kapi_is_wrapper(enum CXCursorKind k)
{
	return k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr;
}

static bool kapi_is_pointer(CXType t)
{
	return clang_getCanonicalType(t).kind == CXType_Pointer;
}

/* A truth test of the held value: `!v`, or `v` as a whole condition. */
static void kapi_truth(struct kapi_result_test *t, CXCursor at, bool negated)
{
	t->at = at;
	if (kapi_is_pointer(t->held)) {
		t->kind = KAPI_TEST_NULL;
		t->op = negated ? CXBinaryOperator_EQ : CXBinaryOperator_NE;
	} else {
		t->kind = KAPI_TEST_CMP;
		t->op = negated ? CXBinaryOperator_EQ : CXBinaryOperator_NE;
		t->val = (struct kapi_cval){.kind = KAPI_CVAL_INT};
	}
}

/* `held OP constant` with the held value as child `side` of `op`. */
static bool kapi_compare(struct kapi_tu *tu, CXCursor op, unsigned side,
			 struct kapi_result_test *t)
{
	enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(op);
	struct kapi_cval v;

	if (!kapi_op_is_comparison(k))
		return false;
	/* The constant as written: `n < 0` converts the 0 to size_t. */
	kapi_const_eval(tu,
			kapi_strip_implicit(kapi_child_at(op, side ? 0 : 1)),
			(CXType){.kind = CXType_Invalid}, &v);
	if (v.kind == KAPI_CVAL_NULL && kapi_is_pointer(t->held) &&
	    (k == CXBinaryOperator_EQ || k == CXBinaryOperator_NE)) {
		t->kind = KAPI_TEST_NULL;
	} else if (v.kind == KAPI_CVAL_INT) {
		t->kind = KAPI_TEST_CMP;
		t->val = v;
	} else {
		return false;
	}
	t->at = op;
	t->op = side ? kapi_op_mirror(k) : k;
	return true;
}

/*
 * The held value is child `idx` of `p`: is `p` a test of it?  Used both
 * for the call (or the assignment around it) and for a local in the next
 * statement's condition.
 */
static bool kapi_test_at(struct kapi_tu *tu, CXCursor p, unsigned idx,
			 struct kapi_result_test *t)
{
	switch (clang_getCursorKind(p)) {
	case CXCursor_BinaryOperator:
		return kapi_compare(tu, p, idx, t);
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(p) != CXUnaryOperator_LNot)
			return false;
		kapi_truth(t, p, true);
		return true;
	default:
		return false;
	}
}

/* `var`, `!var`, `var OP constant` as a condition, or the leftmost
 * operand of `&&` / `||` (nothing ran before it). */
static bool kapi_cond_tests_var(struct kapi_tu *tu, CXCursor cond, CXCursor var,
				struct kapi_result_test *t)
{
	CXCursor c = kapi_strip_implicit(cond), lhs, rhs;
	enum CXBinaryOperatorKind op;

	if (kapi_names_var(c, var)) {
		kapi_truth(t, c, false);
		return true;
	}
	if (clang_getCursorKind(c) == CXCursor_UnaryOperator)
		return kapi_names_var(kapi_only_child(c), var) &&
		       kapi_test_at(tu, c, 0, t);
	if (clang_getCursorKind(c) != CXCursor_BinaryOperator)
		return false;
	op = clang_getCursorBinaryOperatorKind(c);
	lhs = kapi_child_at(c, 0);
	rhs = kapi_child_at(c, 1);
	if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)
		return kapi_cond_tests_var(tu, lhs, var, t);
	if (kapi_names_var(lhs, var))
		return kapi_test_at(tu, c, 0, t);
	if (kapi_names_var(rhs, var))
		return kapi_test_at(tu, c, 1, t);
	return false;
}

static char *kapi_name_of(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *out = kapi_xstrdup(clang_getCString(s));

	clang_disposeString(s);
	return out;
}

/* The result went into local `var` by the statement at `stmt_index` of
 * `compound`: the next statement that names it decides. */
static void kapi_follow_local(struct kapi_tu *tu, CXCursor compound,
			      unsigned stmt_index, CXCursor var,
			      struct kapi_result_test *t)
{
	CXCursor next;

	if (!kapi_local_private(tu, var))
		return;
	next = kapi_next_use(compound, stmt_index, var);
	if (clang_getCursorKind(next) != CXCursor_IfStmt)
		return;
	t->held = clang_getCursorType(var);
	if (kapi_cond_tests_var(tu, kapi_child_at(next, 0), var, t))
		t->var = kapi_name_of(var);
	else
		t->kind = KAPI_TEST_NONE;
}

/* Is parent `i - 1` a condition slot, the value tested for truth? */
static bool kapi_is_condition(const struct kapi_parent *pp)
{
	switch (clang_getCursorKind(pp->cursor)) {
	case CXCursor_IfStmt:
	case CXCursor_WhileStmt:
	case CXCursor_ConditionalOperator:
		return pp->child_index == 0;
	case CXCursor_DoStmt:
		return pp->child_index == 1;
	case CXCursor_BinaryOperator:
		return clang_getCursorBinaryOperatorKind(pp->cursor) ==
			       CXBinaryOperator_LAnd ||
		       clang_getCursorBinaryOperatorKind(pp->cursor) ==
			       CXBinaryOperator_LOr;
	default:
		return false;
	}
}

void kapi_result_test_find(struct kapi_tu *tu,
			   const struct kapi_parent *parents, size_t depth,
			   struct kapi_call *call)
{
	struct kapi_result_test *t = &call->test;
	size_t i = depth;
	CXCursor p, lhs;

	memset(t, 0, sizeof(*t));
	t->held = clang_getCursorType(call->cursor);
	while (i > 0 &&
	       kapi_is_wrapper(clang_getCursorKind(parents[i - 1].cursor)))
		i--;
	if (!i)
		return;
	p = parents[i - 1].cursor;
	/* `int r = call(...);` directly in a block */
	if (clang_getCursorKind(p) == CXCursor_VarDecl) {
		if (i >= 3 &&
		    clang_getCursorKind(parents[i - 2].cursor) ==
			    CXCursor_DeclStmt &&
		    clang_getCursorKind(parents[i - 3].cursor) ==
			    CXCursor_CompoundStmt)
			kapi_follow_local(tu, parents[i - 3].cursor,
					  parents[i - 3].child_index, p, t);
		return;
	}
	/* `target = call(...)`: a statement, or a value tested at once */
	if (clang_getCursorKind(p) == CXCursor_BinaryOperator &&
	    clang_getCursorBinaryOperatorKind(p) == CXBinaryOperator_Assign &&
	    parents[i - 1].child_index == 1) {
		lhs = kapi_strip_implicit(kapi_child_at(p, 0));
		t->held = clang_getCursorType(lhs);
		i--;
		while (i > 0 && kapi_is_wrapper(clang_getCursorKind(
					parents[i - 1].cursor)))
			i--;
		if (!i)
			return;
		if (clang_getCursorKind(parents[i - 1].cursor) ==
		    CXCursor_CompoundStmt) {
			if (clang_getCursorKind(lhs) == CXCursor_DeclRefExpr)
				kapi_follow_local(
					tu, parents[i - 1].cursor,
					parents[i - 1].child_index,
					clang_getCursorReferenced(lhs), t);
			return;
		}
		p = parents[i - 1].cursor;
		if (kapi_test_at(tu, p, parents[i - 1].child_index, t) ||
		    kapi_is_condition(&parents[i - 1])) {
			if (t->kind == KAPI_TEST_NONE)
				kapi_truth(t, p, false);
			t->var =
				clang_getCursorKind(lhs) == CXCursor_DeclRefExpr
					? kapi_name_of(lhs)
					: kapi_xstrdup("the target");
		}
		return;
	}
	if (kapi_test_at(tu, p, parents[i - 1].child_index, t))
		return;
	if (kapi_is_condition(&parents[i - 1]))
		kapi_truth(t, p, false);
}
