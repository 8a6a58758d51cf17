// SPDX-License-Identifier: MIT
/*
 * The little flow reasoning kapi-check does.  libclang has no CFG
 * (TOOLCHAIN-NOTES.md), so everything here works on one compound
 * statement at a time and gives up at the first thing it cannot follow:
 * a label (control may arrive from elsewhere), another call (it may set
 * errno), a second use of a variable, an address taken.  A missed finding
 * is cheaper than a false one.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

/* ---- small cursor helpers ---------------------------------------------- */

struct kapi_child_pick {
	unsigned want, seen;
	CXCursor found;
};

static enum CXChildVisitResult kapi_child_at_visit(CXCursor c, CXCursor parent,
						   CXClientData data)
{
	struct kapi_child_pick *a = data;

	(void)parent;
	if (a->seen++ == a->want) {
		a->found = c;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

CXCursor kapi_child_at(CXCursor c, unsigned i)
{
	struct kapi_child_pick a = {i, 0, clang_getNullCursor()};

	clang_visitChildren(c, kapi_child_at_visit, &a);
	return a.found;
}

static bool kapi_is_label(enum CXCursorKind k)
{
	return k == CXCursor_LabelStmt || k == CXCursor_CaseStmt ||
	       k == CXCursor_DefaultStmt;
}

bool kapi_names_var(CXCursor expr, CXCursor var)
{
	expr = kapi_strip_implicit(expr);
	return clang_getCursorKind(expr) == CXCursor_DeclRefExpr &&
	       clang_equalCursors(clang_getCursorReferenced(expr), var);
}

bool kapi_op_is_comparison(enum CXBinaryOperatorKind op)
{
	return op >= CXBinaryOperator_LT && op <= CXBinaryOperator_NE &&
	       op != CXBinaryOperator_Cmp;
}

enum CXBinaryOperatorKind kapi_op_mirror(enum CXBinaryOperatorKind op)
{
	switch (op) {
	case CXBinaryOperator_LT:
		return CXBinaryOperator_GT;
	case CXBinaryOperator_GT:
		return CXBinaryOperator_LT;
	case CXBinaryOperator_LE:
		return CXBinaryOperator_GE;
	case CXBinaryOperator_GE:
		return CXBinaryOperator_LE;
	default:
		return op;
	}
}

/* ---- errno -------------------------------------------------------------- */

/* The functions C libraries hide errno behind (glibc and musl, the BSDs
 * and macOS, Solaris, newlib/bionic). */
static bool kapi_is_errno_function(const char *name)
{
	static const char *const names[] = {"__errno_location", "__error",
					    "___errno", "__errno", "_errno"};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(*names); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

bool kapi_is_errno_expr(CXCursor c)
{
	CXCursor ref, inner;
	CXString s;
	bool hit;

	switch (clang_getCursorKind(c)) {
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(c) !=
		    CXUnaryOperator_Deref)
			return false;
		inner = kapi_strip_implicit(kapi_only_child(c));
		if (clang_getCursorKind(inner) != CXCursor_CallExpr)
			return false;
		ref = clang_getCursorReferenced(inner);
		if (clang_getCursorKind(ref) != CXCursor_FunctionDecl ||
		    clang_Cursor_getNumArguments(inner) != 0)
			return false;
		break;
	case CXCursor_DeclRefExpr:
		ref = clang_getCursorReferenced(c);
		if (clang_getCursorKind(ref) != CXCursor_VarDecl ||
		    clang_Cursor_hasVarDeclGlobalStorage(ref) != 1)
			return false;
		s = clang_getCursorSpelling(ref);
		hit = !strcmp(clang_getCString(s), "errno");
		clang_disposeString(s);
		return hit;
	default:
		return false;
	}
	s = clang_getCursorSpelling(ref);
	hit = kapi_is_errno_function(clang_getCString(s));
	clang_disposeString(s);
	return hit;
}

/*
 * The walk keeps its own parent stack so that a read can be told from a
 * write (`errno = -r;` after a neg-errno call is the right idiom) and so
 * that the rule sees what the read is compared with.
 */
struct kapi_errno_walk {
	struct kapi_tu *tu;
	const struct kapi_call *call;
	kapi_errno_fn fn;
	void *data;
	bool seen;    /* the call has been evaluated */
	bool blocked; /* something after it may have changed errno */
	struct kapi_parent *stack;
	size_t depth, cap;
};

static void kapi_errno_walk(struct kapi_errno_walk *w, CXCursor c);

struct kapi_errno_level {
	struct kapi_errno_walk *w;
	unsigned index;
};

static enum CXChildVisitResult kapi_errno_visit(CXCursor c, CXCursor parent,
						CXClientData data)
{
	struct kapi_errno_level *lvl = data;

	(void)parent;
	if (lvl->w->blocked)
		return CXChildVisit_Break;
	lvl->w->stack[lvl->w->depth - 1].child_index = lvl->index++;
	kapi_errno_walk(lvl->w, c);
	return CXChildVisit_Continue;
}

/* Writes, increments and `&errno` are not reads; anything else is. */
static bool kapi_errno_is_write(CXCursor user, unsigned index)
{
	switch (clang_getCursorKind(user)) {
	case CXCursor_BinaryOperator:
		return index == 0 && clang_getCursorBinaryOperatorKind(user) ==
					     CXBinaryOperator_Assign;
	case CXCursor_CompoundAssignOperator:
		return index == 0;
	case CXCursor_UnaryOperator:
		switch (clang_getCursorUnaryOperatorKind(user)) {
		case CXUnaryOperator_PostInc:
		case CXUnaryOperator_PostDec:
		case CXUnaryOperator_PreInc:
		case CXUnaryOperator_PreDec:
		case CXUnaryOperator_AddrOf:
			return true;
		default:
			return false;
		}
	default:
		return false;
	}
}

static void kapi_errno_found(struct kapi_errno_walk *w, CXCursor c)
{
	size_t i = w->depth;
	CXCursor user;
	unsigned index;

	while (i > 0) {
		enum CXCursorKind k =
			clang_getCursorKind(w->stack[i - 1].cursor);

		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
			break;
		i--;
	}
	if (!i)
		return;
	user = w->stack[i - 1].cursor;
	index = w->stack[i - 1].child_index;
	if (!kapi_errno_is_write(user, index))
		w->fn(w->tu, w->call, c, user, index, w->data);
}

static void kapi_errno_walk(struct kapi_errno_walk *w, CXCursor c)
{
	struct kapi_errno_level lvl = {w, 0};
	enum CXCursorKind k = clang_getCursorKind(c);
	struct kapi_parent *top;

	if (clang_equalCursors(c, w->call->cursor)) {
		/* Its arguments ran before it: nothing inside counts. */
		w->seen = true;
		return;
	}
	if (w->seen && kapi_is_label(k)) {
		w->blocked = true; /* reachable from elsewhere */
		return;
	}
	if (kapi_is_errno_expr(c)) {
		if (w->seen)
			kapi_errno_found(w, c);
		return;
	}
	top = KAPI_APPEND(w->stack, w->depth, w->cap);
	top->cursor = c;
	clang_visitChildren(c, kapi_errno_visit, &lvl);
	w->depth--;
	/* A call that completes after ours (`close(fd)` in between, or
	 * `printf("%d", io_setup(...))` around it) may set errno itself. */
	if (w->seen && k == CXCursor_CallExpr)
		w->blocked = true;
}

void kapi_errno_reads_after(struct kapi_tu *tu, const struct kapi_call *call,
			    kapi_errno_fn fn, void *data)
{
	struct kapi_errno_walk w = {tu,	   call, fn, data, false,
				    false, NULL, 0,  0};

	if (clang_Cursor_isNull(call->stmt))
		return;
	kapi_errno_walk(&w, call->stmt);
	if (w.seen && !w.blocked && !clang_Cursor_isNull(call->next_stmt))
		kapi_errno_walk(&w, call->next_stmt);
	free(w.stack);
}

/* ---- a local that holds the result -------------------------------------- */

struct kapi_var_scan {
	CXCursor var;
	bool hit;
};

static enum CXChildVisitResult kapi_mentions_visit(CXCursor c, CXCursor parent,
						   CXClientData data)
{
	struct kapi_var_scan *s = data;

	(void)parent;
	if (kapi_names_var(c, s->var) ||
	    (kapi_is_label(clang_getCursorKind(c)))) {
		s->hit = true;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

/* Does `stmt` name the variable, or hold a label control could enter by? */
static bool kapi_stmt_touches(CXCursor stmt, CXCursor var)
{
	struct kapi_var_scan s = {var, false};

	if (kapi_names_var(stmt, var) ||
	    kapi_is_label(clang_getCursorKind(stmt)))
		return true;
	clang_visitChildren(stmt, kapi_mentions_visit, &s);
	return s.hit;
}

/* `&var` or `var` inside asm anywhere in the function: it may change
 * behind our back. */
static enum CXChildVisitResult kapi_escape_visit(CXCursor c, CXCursor parent,
						 CXClientData data)
{
	struct kapi_var_scan *s = data;
	enum CXCursorKind k = clang_getCursorKind(c);

	(void)parent;
	if ((k == CXCursor_UnaryOperator &&
	     clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf &&
	     kapi_names_var(kapi_only_child(c), s->var)) ||
	    (k == CXCursor_AsmStmt && kapi_stmt_touches(c, s->var))) {
		s->hit = true;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

bool kapi_local_private(struct kapi_tu *tu, CXCursor var)
{
	CXCursor fn = clang_getCursorSemanticParent(var);
	struct kapi_var_scan s = {var, false};

	if (clang_getCursorKind(var) != CXCursor_VarDecl ||
	    clang_getCursorKind(fn) != CXCursor_FunctionDecl ||
	    clang_Cursor_hasVarDeclGlobalStorage(var) == 1 ||
	    clang_isVolatileQualifiedType(clang_getCursorType(var)))
		return false;
	/* The result tests and the path values of one call ask about the
	 * same local in turn; each answer is a walk of the whole function. */
	if (tu->private_known && clang_equalCursors(tu->private_var, var))
		return tu->private_ok;
	clang_visitChildren(fn, kapi_escape_visit, &s);
	tu->private_var = var;
	tu->private_ok = !s.hit;
	tu->private_known = true;
	return tu->private_ok;
}

/* A plain signed local of at least int width: the comparisons the rules
 * judge mean what they say only then. */
static bool kapi_trackable_var(struct kapi_tu *tu, CXCursor var)
{
	switch (clang_getCanonicalType(clang_getCursorType(var)).kind) {
	case CXType_Int:
	case CXType_Long:
	case CXType_LongLong:
		return kapi_local_private(tu, var);
	default:
		return false;
	}
}

/*
 * `var OP constant` or `constant OP var` as the condition, or as the
 * leftmost operand of `&&`/`||` (evaluated first, so nothing ran before
 * it).
 */
static bool kapi_var_test(struct kapi_tu *tu, CXCursor cond, CXCursor var,
			  struct kapi_call *out)
{
	enum CXBinaryOperatorKind op;
	CXCursor lhs, rhs, other;
	struct kapi_cval v;
	bool var_left;

	cond = kapi_strip_implicit(cond);
	if (clang_getCursorKind(cond) != CXCursor_BinaryOperator)
		return false;
	op = clang_getCursorBinaryOperatorKind(cond);
	lhs = kapi_child_at(cond, 0);
	rhs = kapi_child_at(cond, 1);
	if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr)
		return kapi_var_test(tu, lhs, var, out);
	if (!kapi_op_is_comparison(op))
		return false;
	var_left = kapi_names_var(lhs, var);
	if (!var_left && !kapi_names_var(rhs, var))
		return false;
	other = var_left ? rhs : lhs;
	kapi_const_eval(tu, other, (CXType){.kind = CXType_Invalid}, &v);
	if (v.kind != KAPI_CVAL_INT)
		return false;
	out->use = KAPI_USE_COMPARED;
	out->cmp_op = var_left ? op : kapi_op_mirror(op);
	out->cmp_val = v;
	out->cmp_cursor = cond;
	return true;
}

struct kapi_after {
	unsigned from, index;
	CXCursor var;
	CXCursor found;
};

static enum CXChildVisitResult kapi_after_visit(CXCursor c, CXCursor parent,
						CXClientData data)
{
	struct kapi_after *a = data;

	(void)parent;
	if (a->index++ <= a->from)
		return CXChildVisit_Continue;
	if (!kapi_stmt_touches(c, a->var))
		return CXChildVisit_Continue; /* cannot change the local */
	a->found = c;
	return CXChildVisit_Break;
}

CXCursor kapi_next_use(CXCursor compound, unsigned stmt_index, CXCursor var)
{
	struct kapi_after a = {stmt_index, 0, var, clang_getNullCursor()};

	clang_visitChildren(compound, kapi_after_visit, &a);
	return a.found;
}

bool kapi_track_result_var(struct kapi_tu *tu, CXCursor compound,
			   unsigned stmt_index, CXCursor var,
			   struct kapi_call *out)
{
	CXCursor next;

	if (!kapi_trackable_var(tu, var))
		return false;
	/* The first statement that mentions it decides, either way. */
	next = kapi_next_use(compound, stmt_index, var);
	if (clang_getCursorKind(next) == CXCursor_IfStmt &&
	    kapi_var_test(tu, kapi_child_at(next, 0), var, out)) {
		CXString s = clang_getCursorSpelling(var);

		out->cmp_var = kapi_xstrdup(clang_getCString(s));
		clang_disposeString(s);
	}
	return out->cmp_var != NULL;
}

/* ---- a call repeated while errno is EINTR -------------------------------- */

#define KAPI_LINUX_EINTR 4 /* the same on every Linux architecture */

/* `errno == EINTR` (either order), alone or as a conjunct of `&&`. */
static bool kapi_cond_tests_eintr(struct kapi_tu *tu, CXCursor cond)
{
	enum CXBinaryOperatorKind op;
	CXCursor lhs, rhs, other;
	struct kapi_cval v;

	cond = kapi_strip_implicit(cond);
	if (clang_getCursorKind(cond) != CXCursor_BinaryOperator)
		return false;
	op = clang_getCursorBinaryOperatorKind(cond);
	lhs = kapi_child_at(cond, 0);
	rhs = kapi_child_at(cond, 1);
	if (op == CXBinaryOperator_LAnd)
		return kapi_cond_tests_eintr(tu, lhs) ||
		       kapi_cond_tests_eintr(tu, rhs);
	if (op != CXBinaryOperator_EQ)
		return false;
	if (kapi_is_errno_expr(kapi_strip_implicit(lhs)))
		other = rhs;
	else if (kapi_is_errno_expr(kapi_strip_implicit(rhs)))
		other = lhs;
	else
		return false;
	kapi_const_eval(tu, other, (CXType){.kind = CXType_Invalid}, &v);
	return v.kind == KAPI_CVAL_INT && v.num == KAPI_LINUX_EINTR;
}

struct kapi_find_cursor {
	CXCursor want;
	bool hit;
};

static enum CXChildVisitResult kapi_find_visit(CXCursor c, CXCursor parent,
					       CXClientData data)
{
	struct kapi_find_cursor *f = data;

	(void)parent;
	if (clang_equalCursors(c, f->want)) {
		f->hit = true;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

static bool kapi_contains(CXCursor tree, CXCursor want)
{
	struct kapi_find_cursor f = {want, false};

	clang_visitChildren(tree, kapi_find_visit, &f);
	return f.hit;
}

/* The variable the call's result is stored in (`r = call(...)`, `long r =
 * call(...)`, through casts), or the null cursor. */
static CXCursor kapi_result_holder(const struct kapi_parent *parents,
				   size_t depth)
{
	size_t i = depth;
	CXCursor p, lhs;

	while (i > 0) {
		enum CXCursorKind k =
			clang_getCursorKind(parents[i - 1].cursor);

		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr &&
		    k != CXCursor_CStyleCastExpr)
			break;
		i--;
	}
	if (!i)
		return clang_getNullCursor();
	p = parents[i - 1].cursor;
	if (clang_getCursorKind(p) == CXCursor_VarDecl)
		return p;
	if (clang_getCursorKind(p) == CXCursor_BinaryOperator &&
	    clang_getCursorBinaryOperatorKind(p) == CXBinaryOperator_Assign &&
	    parents[i - 1].child_index == 1) {
		lhs = kapi_strip_implicit(kapi_child_at(p, 0));
		if (clang_getCursorKind(lhs) == CXCursor_DeclRefExpr)
			return clang_getCursorReferenced(lhs);
	}
	return clang_getNullCursor();
}

/*
 * Only the innermost loop counts, and only when its condition looks at
 * this call's result (the call itself, or the variable it was stored in)
 * as well as at errno: a loop that retries some other call on EINTR says
 * nothing about this one.
 */
CXCursor kapi_eintr_loop(struct kapi_tu *tu, CXCursor call,
			 const struct kapi_parent *parents, size_t depth)
{
	CXCursor holder = kapi_result_holder(parents, depth), cond;
	size_t j;

	for (j = depth; j > 0; j--) {
		CXCursor c = parents[j - 1].cursor;

		switch (clang_getCursorKind(c)) {
		case CXCursor_WhileStmt:
			cond = kapi_child_at(c, 0);
			break;
		case CXCursor_DoStmt:
			cond = kapi_child_at(c, 1);
			break;
		case CXCursor_ForStmt:
		case CXCursor_FunctionDecl:
			return clang_getNullCursor();
		default:
			continue;
		}
		if (!clang_Cursor_isNull(cond) &&
		    kapi_cond_tests_eintr(tu, cond) &&
		    (kapi_contains(cond, call) ||
		     (!clang_Cursor_isNull(holder) &&
		      kapi_stmt_touches(cond, holder))))
			return c;
		return clang_getNullCursor();
	}
	return clang_getNullCursor();
}
