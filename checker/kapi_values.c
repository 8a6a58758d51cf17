// SPDX-License-Identifier: MIT
/*
 * Values that travel to an argument by more than one road:
 *
 * - the arms of a conditional, `open(p, rw ? O_RDWR : 0x80000000)`: each
 *   arm is a value the call sees whenever that arm is taken;
 * - a local assigned constants on the paths that reach the call:
 *
 *       int flags;
 *       if (rw) flags = O_RDWR; else flags = 0x80000000;
 *       open(p, flags);
 *
 * The second needs the paths, and libclang has no CFG: the walk follows
 * the structured statements between the local's declaration and the call
 * (blocks and if/else), and gives up on anything else that touches the
 * local — a loop that assigns it, a switch, a label, an assignment of a
 * non-constant.  An arm that ends in return, goto, break or continue does
 * not reach the call.  Every value found is certainly seen by the call on
 * some path through structured code, so a rule may report any one that
 * breaks the spec; when in doubt the set is empty and the rules are
 * silent.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

#define KAPI_ALT_MAX 8 /* more than this and the set is not worth it */

/* A set of values under construction; `gave_up` poisons it for good. */
struct kapi_vset {
	int64_t num[KAPI_ALT_MAX];
	bool is_unsigned[KAPI_ALT_MAX];
	size_t n;
	bool gave_up;
};

static void kapi_vset_add(struct kapi_vset *s, int64_t num, bool u)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->num[i] == num && s->is_unsigned[i] == u)
			return;
	if (s->n == KAPI_ALT_MAX) {
		s->gave_up = true;
		return;
	}
	s->num[s->n] = num;
	s->is_unsigned[s->n++] = u;
}

static void kapi_vset_union(struct kapi_vset *s, const struct kapi_vset *o)
{
	if (o->gave_up)
		s->gave_up = true;
	for (size_t i = 0; i < o->n && !s->gave_up; i++)
		kapi_vset_add(s, o->num[i], o->is_unsigned[i]);
}

struct kapi_vwalk {
	struct kapi_tu *tu;
	CXCursor var;
	CXType type;  /* the local's */
	CXCursor arg; /* the argument that names it */
};

static struct kapi_vset kapi_vstmt(struct kapi_vwalk *w, CXCursor stmt,
				   struct kapi_vset in);

struct kapi_kids {
	CXCursor c[64];
	unsigned n;
	bool overflow;
};

static enum CXChildVisitResult kapi_kids_visit(CXCursor c, CXCursor parent,
					       CXClientData data)
{
	struct kapi_kids *k = data;

	(void)parent;
	if (k->n == sizeof(k->c) / sizeof(k->c[0])) {
		k->overflow = true;
		return CXChildVisit_Break;
	}
	k->c[k->n++] = c;
	return CXChildVisit_Continue;
}

/* The children of a block; a long block is given up on as a whole. */
static bool kapi_kids_of(CXCursor c, struct kapi_kids *k)
{
	k->n = 0;
	k->overflow = false;
	clang_visitChildren(c, kapi_kids_visit, k);
	return !k->overflow;
}

static bool kapi_is_jump(CXCursor c)
{
	switch (clang_getCursorKind(c)) {
	case CXCursor_ReturnStmt:
	case CXCursor_GotoStmt:
	case CXCursor_BreakStmt:
	case CXCursor_ContinueStmt:
		return true;
	default:
		return false;
	}
}

/* Does control leave at the end of `c` (a jump, or a block ending in
 * one)? */
static bool kapi_ends_in_jump(CXCursor c)
{
	struct kapi_kids k;

	if (kapi_is_jump(c))
		return true;
	if (clang_getCursorKind(c) != CXCursor_CompoundStmt ||
	    !kapi_kids_of(c, &k) || !k.n)
		return false;
	return kapi_ends_in_jump(k.c[k.n - 1]);
}

struct kapi_label_scan {
	bool hit;
};

static enum CXChildVisitResult kapi_label_visit(CXCursor c, CXCursor parent,
						CXClientData data)
{
	struct kapi_label_scan *s = data;

	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_LabelStmt) {
		s->hit = true;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

/* A label inside: control may arrive from a goto we do not follow. */
static bool kapi_has_label(CXCursor c)
{
	struct kapi_label_scan s = {clang_getCursorKind(c) ==
				    CXCursor_LabelStmt};

	if (!s.hit)
		clang_visitChildren(c, kapi_label_visit, &s);
	return s.hit;
}

/* `var = constant` as a statement: the new set, or gave_up. */
static struct kapi_vset kapi_vassign(struct kapi_vwalk *w, CXCursor stmt)
{
	struct kapi_vset out = {.n = 0};
	struct kapi_cval v;
	CXCursor rhs = kapi_child_at(stmt, 1);

	kapi_const_eval(w->tu, rhs, w->type, &v);
	if (v.kind != KAPI_CVAL_INT || kapi_modifies(rhs, w->var))
		out.gave_up = true;
	else
		kapi_vset_add(&out, v.num, v.is_unsigned);
	return out;
}

static struct kapi_vset kapi_vblock(struct kapi_vwalk *w, CXCursor block,
				    unsigned upto, struct kapi_vset in)
{
	struct kapi_kids k;

	if (!kapi_kids_of(block, &k)) {
		in.gave_up = true;
		return in;
	}
	for (unsigned i = 0; i < k.n && i < upto && !in.gave_up; i++)
		in = kapi_vstmt(w, k.c[i], in);
	return in;
}

/* One arm of an if: what it hands on (nothing when it jumps away). */
static struct kapi_vset kapi_varm(struct kapi_vwalk *w, CXCursor arm,
				  struct kapi_vset in)
{
	struct kapi_vset out = kapi_vstmt(w, arm, in);

	if (!out.gave_up && kapi_ends_in_jump(arm))
		out.n = 0;
	return out;
}

static struct kapi_vset kapi_vstmt(struct kapi_vwalk *w, CXCursor stmt,
				   struct kapi_vset in)
{
	enum CXCursorKind k = clang_getCursorKind(stmt);
	struct kapi_vset a, b;
	struct kapi_kids kids;

	if (in.gave_up)
		return in;
	if (kapi_has_label(stmt)) {
		in.gave_up = true;
		return in;
	}
	if (!kapi_modifies(stmt, w->var))
		return in; /* reads it, or not at all */
	if (k == CXCursor_BinaryOperator &&
	    clang_getCursorBinaryOperatorKind(stmt) ==
		    CXBinaryOperator_Assign &&
	    kapi_names_var(kapi_child_at(stmt, 0), w->var))
		return kapi_vassign(w, stmt);
	if (k == CXCursor_CompoundStmt)
		return kapi_vblock(w, stmt, ~0u, in);
	if (k == CXCursor_IfStmt && kapi_kids_of(stmt, &kids) &&
	    (kids.n == 2 || kids.n == 3) && !kapi_modifies(kids.c[0], w->var)) {
		a = kapi_varm(w, kids.c[1], in);
		b = kids.n == 3 ? kapi_varm(w, kids.c[2], in) : in;
		kapi_vset_union(&a, &b);
		return a;
	}
	in.gave_up = true; /* a loop, a switch, `var += 1`, ... */
	return in;
}

/* The DeclStmt child of `block` that declares `var`, as a child index. */
static bool kapi_decl_index(CXCursor block, CXCursor var, unsigned *at)
{
	struct kapi_kids k;

	if (!kapi_kids_of(block, &k))
		return false;
	for (unsigned i = 0; i < k.n; i++) {
		if (clang_getCursorKind(k.c[i]) != CXCursor_DeclStmt)
			continue;
		struct kapi_kids d;

		if (!kapi_kids_of(k.c[i], &d))
			continue;
		for (unsigned j = 0; j < d.n; j++)
			if (clang_equalCursors(d.c[j], var)) {
				*at = i;
				return true;
			}
	}
	return false;
}

/* The set the declaration starts with: its constant initializer, or
 * nothing (reading it uninitialised is not a path worth reporting). */
static struct kapi_vset kapi_vdecl(struct kapi_vwalk *w)
{
	struct kapi_vset s = {.n = 0};
	CXCursor init = clang_Cursor_getVarDeclInitializer(w->var);
	struct kapi_cval v;

	if (clang_Cursor_isNull(init))
		return s;
	kapi_const_eval(w->tu, init, w->type, &v);
	if (v.kind == KAPI_CVAL_INT)
		kapi_vset_add(&s, v.num, v.is_unsigned);
	else
		s.gave_up = true;
	return s;
}

/*
 * Walk from the block that declares the local down the call's ancestors:
 * in each block the statements before the one on the way, then into that
 * one — a block, or an if arm (entering it changes nothing).  A loop on
 * the way is fine only when nothing in it assigns the local (its back
 * edge would bring later values round); the statement that holds the call
 * must not assign it either.
 */
static struct kapi_vset kapi_vpath(struct kapi_vwalk *w,
				   const struct kapi_parent *parents,
				   size_t depth)
{
	struct kapi_vset s = {.n = 0, .gave_up = true};
	unsigned own = kapi_count_refs(w->arg, w->var), at;
	CXCursor cond;
	size_t m;

	for (m = 0; m < depth; m++)
		if (clang_getCursorKind(parents[m].cursor) ==
			    CXCursor_CompoundStmt &&
		    kapi_decl_index(parents[m].cursor, w->var, &at) &&
		    at < parents[m].child_index)
			break;
	if (m == depth)
		return s;
	s = kapi_vdecl(w);
	{
		struct kapi_kids k;

		if (!kapi_kids_of(parents[m].cursor, &k)) {
			s.gave_up = true;
			return s;
		}
		for (unsigned i = at + 1;
		     i < parents[m].child_index && i < k.n && !s.gave_up; i++)
			s = kapi_vstmt(w, k.c[i], s);
	}
	for (m++; m < depth && !s.gave_up; m++) {
		CXCursor c = parents[m].cursor;

		switch (clang_getCursorKind(c)) {
		case CXCursor_CompoundStmt:
			s = kapi_vblock(w, c, parents[m].child_index, s);
			break;
		case CXCursor_IfStmt:
			cond = kapi_child_at(c, 0);
			if (parents[m].child_index == 0) {
				/* The call is in the condition. */
				if (kapi_modifies(cond, w->var) ||
				    kapi_count_refs(cond, w->var) > own)
					s.gave_up = true;
				return s;
			}
			/* An arm the local's value may choose (`if (st !=
			 * -1) socket(.., st, ..)`) sees only some values. */
			if (kapi_count_refs(cond, w->var))
				s.gave_up = true;
			break;
		case CXCursor_WhileStmt:
		case CXCursor_DoStmt:
		case CXCursor_ForStmt:
			if (kapi_modifies(c, w->var) || kapi_has_label(c) ||
			    kapi_count_refs(c, w->var) >
				    kapi_count_refs(
					    kapi_child_at(
						    c, parents[m].child_index),
					    w->var))
				s.gave_up = true;
			break;
		default:
			/* The statement that holds the call: the local named
			 * anywhere else in it (`st == -1 || socket(.., st,
			 * ..)`) may decide whether the call runs. */
			if (kapi_modifies(c, w->var) || kapi_has_label(c) ||
			    kapi_count_refs(c, w->var) > own)
				s.gave_up = true;
			return s;
		}
	}
	return s;
}

static struct kapi_alt *kapi_alt_push(struct kapi_alt **alts, size_t *n,
				      size_t *cap)
{
	return KAPI_APPEND(*alts, *n, *cap);
}

size_t kapi_values_alternatives(struct kapi_tu *tu, CXCursor expr, CXType to,
				const struct kapi_parent *parents, size_t depth,
				struct kapi_alt **out)
{
	CXCursor e = kapi_strip_implicit(expr), var;
	struct kapi_alt *alts = NULL;
	size_t n = 0, cap = 0;

	*out = NULL;
	if (clang_getCursorKind(e) == CXCursor_ConditionalOperator) {
		struct kapi_kids k;

		if (!kapi_kids_of(e, &k) || k.n != 3)
			return 0;
		for (unsigned i = 1; i < 3; i++) {
			struct kapi_cval v;

			/* A null arm is usually paired with a condition on
			 * another argument (`n ? buf : NULL`, n): pointers
			 * are left alone. */
			if (clang_getCanonicalType(clang_getCursorType(k.c[i]))
				    .kind == CXType_Pointer)
				continue;
			kapi_const_eval(tu, k.c[i], to, &v);
			if (v.kind != KAPI_CVAL_INT)
				continue; /* the other arm may still tell */
			struct kapi_alt *a = kapi_alt_push(&alts, &n, &cap);

			a->val = v;
			a->where = k.c[i];
		}
		*out = alts;
		return n;
	}
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return 0;
	var = clang_getCursorReferenced(e);
	if (clang_getCursorKind(var) != CXCursor_VarDecl ||
	    clang_getCanonicalType(clang_getCursorType(var)).kind ==
		    CXType_Pointer ||
	    !kapi_local_private(tu, var))
		return 0;
	{
		struct kapi_vwalk w = {tu, var, clang_getCursorType(var), expr};
		struct kapi_vset s = kapi_vpath(&w, parents, depth);

		if (s.gave_up)
			return 0;
		for (size_t i = 0; i < s.n; i++) {
			struct kapi_alt *a = kapi_alt_push(&alts, &n, &cap);

			memset(a, 0, sizeof(*a));
			a->val.kind = KAPI_CVAL_INT;
			a->val.num = a->val.written = s.num[i];
			a->val.is_unsigned = a->val.written_unsigned =
				s.is_unsigned[i];
			a->val.via_variable = true;
			if (!kapi_const_convert(
				    &a->val, to.kind == CXType_Invalid
						     ? clang_getCursorType(var)
						     : to))
				a->val.width = 0;
			a->where = expr;
		}
	}
	*out = alts;
	return n;
}
