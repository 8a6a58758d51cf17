// SPDX-License-Identifier: MIT
/*
 * Which arguments are constants.  Two sources, both conservative:
 *
 * - integer constant expressions, folded by clang (clang_Cursor_Evaluate);
 * - a local variable whose value is the same on every path to the call:
 *   automatic storage, not volatile, initialised with a constant, and in
 *   the whole function never assigned, incremented, decremented, named in
 *   an asm statement, nor has its address taken.  libclang has no CFG, so
 *   "never, anywhere in the function" stands in for "not on any path";
 * - a `const` object of static storage with a constant initializer.
 *
 * Values that differ by path (arms of `?:`, a local assigned in both arms
 * of an `if`) are kapi_values.c's: a set of alternatives, not one value.
 *
 * Anything else is KAPI_CVAL_NONE and the rules stay silent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_parse.h"
#include "kapi_util.h"

/* How deep `int b = a;` chains of locals are followed. */
#define KAPI_CONST_MAX_DEPTH 4

bool kapi_value_known(const struct kapi_value *v)
{
	return v->state == KAPI_VALUE_RESOLVED;
}

int kapi_int_cmp(int64_t a, bool au, int64_t b, bool bu)
{
	bool aneg = !au && a < 0, bneg = !bu && b < 0;

	if (aneg != bneg)
		return aneg ? -1 : 1;
	if (aneg)
		return a < b ? -1 : a > b;
	return (uint64_t)a<(uint64_t)b ? -1 : (uint64_t)a>(uint64_t) b;
}

const char *kapi_int_str(char *buf, int64_t num, bool is_unsigned)
{
	if (is_unsigned)
		snprintf(buf, 24, "%llu", (unsigned long long)(uint64_t)num);
	else
		snprintf(buf, 24, "%lld", (long long)num);
	return buf;
}

/* ---- children ---------------------------------------------------------- */

struct kapi_child_acc {
	CXCursor first;
	unsigned count;
};

static enum CXChildVisitResult kapi_count_visit(CXCursor c, CXCursor parent,
						CXClientData data)
{
	struct kapi_child_acc *acc = data;

	(void)parent;
	if (!acc->count++)
		acc->first = c;
	return CXChildVisit_Continue;
}

/* The first child and the number of children. */
static unsigned kapi_first_child(CXCursor c, CXCursor *first)
{
	struct kapi_child_acc acc = {clang_getNullCursor(), 0};

	clang_visitChildren(c, kapi_count_visit, &acc);
	*first = acc.first;
	return acc.count;
}

CXCursor kapi_only_child(CXCursor c)
{
	CXCursor child;

	return kapi_first_child(c, &child) == 1 ? child : clang_getNullCursor();
}

CXCursor kapi_strip_implicit(CXCursor c)
{
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(c);
		CXCursor child;

		if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr)
			return c;
		if (kapi_first_child(c, &child) != 1)
			return c;
		c = child;
	}
}

/* ---- integer types ----------------------------------------------------- */

/* Width and signedness of an integer-like type (pointers count as
 * unsigned words: they are what a syscall receives). */
static bool kapi_int_type(CXType t, unsigned *width, bool *is_unsigned)
{
	long long size;

	t = clang_getCanonicalType(t);
	switch (t.kind) {
	case CXType_Bool:
	case CXType_Char_U:
	case CXType_UChar:
	case CXType_UShort:
	case CXType_UInt:
	case CXType_ULong:
	case CXType_ULongLong:
	case CXType_UInt128:
	case CXType_Char16:
	case CXType_Char32:
	case CXType_Pointer:
		*is_unsigned = true;
		break;
	case CXType_Char_S:
	case CXType_SChar:
	case CXType_WChar:
	case CXType_Short:
	case CXType_Int:
	case CXType_Long:
	case CXType_LongLong:
	case CXType_Int128:
		*is_unsigned = false;
		break;
	case CXType_Enum:
		return kapi_int_type(clang_getEnumDeclIntegerType(
					     clang_getTypeDeclaration(t)),
				     width, is_unsigned);
	default:
		return false;
	}
	size = clang_Type_getSizeOf(t);
	if (size <= 0)
		return false;
	/* 128-bit values are not representable here: keep the low word. */
	*width = size >= 8 ? 64 : (unsigned)size * 8;
	return true;
}

bool kapi_const_convert(struct kapi_cval *v, CXType to)
{
	unsigned w;
	bool u;
	uint64_t bits = (uint64_t)v->num;

	if (!kapi_int_type(to, &w, &u))
		return false;
	if (clang_getCanonicalType(to).kind == CXType_Bool) {
		bits = v->num != 0;
	} else if (w < 64) {
		uint64_t m = (UINT64_C(1) << w) - 1;

		bits &= m;
		if (!u && (bits >> (w - 1)) & 1)
			bits |= ~m;
	}
	v->num = (int64_t)bits;
	v->is_unsigned = u;
	v->width = w;
	return true;
}

/* ---- clang folding ----------------------------------------------------- */

static bool kapi_eval_clang(CXCursor c, int64_t *num, bool *is_unsigned)
{
	CXEvalResult r = clang_Cursor_Evaluate(c);
	bool ok;

	if (!r)
		return false;
	ok = clang_EvalResult_getKind(r) == CXEval_Int;
	if (ok) {
		*is_unsigned = clang_EvalResult_isUnsignedInt(r);
		*num = *is_unsigned ? (int64_t)clang_EvalResult_getAsUnsigned(r)
				    : clang_EvalResult_getAsLongLong(r);
	}
	clang_EvalResult_dispose(r);
	return ok;
}

/* ---- never-modified locals --------------------------------------------- */

struct kapi_mod_scan {
	CXCursor var;
	bool modified;
};

static bool kapi_refers_to(CXCursor expr, CXCursor var)
{
	expr = kapi_strip_implicit(expr);
	return clang_getCursorKind(expr) == CXCursor_DeclRefExpr &&
	       clang_equalCursors(clang_getCursorReferenced(expr), var);
}

static enum CXChildVisitResult kapi_any_ref_visit(CXCursor c, CXCursor parent,
						  CXClientData data)
{
	struct kapi_mod_scan *s = data;

	(void)parent;
	if (kapi_refers_to(c, s->var)) {
		s->modified = true;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

static bool kapi_is_modifying_unary(CXCursor c)
{
	switch (clang_getCursorUnaryOperatorKind(c)) {
	case CXUnaryOperator_PostInc:
	case CXUnaryOperator_PostDec:
	case CXUnaryOperator_PreInc:
	case CXUnaryOperator_PreDec:
	case CXUnaryOperator_AddrOf: /* may be written through */
		return true;
	default:
		return false;
	}
}

static enum CXChildVisitResult kapi_mod_visit(CXCursor c, CXCursor parent,
					      CXClientData data)
{
	struct kapi_mod_scan *s = data;
	CXCursor lhs;
	bool hit = false;

	(void)parent;
	switch (clang_getCursorKind(c)) {
	case CXCursor_BinaryOperator:
		hit = clang_getCursorBinaryOperatorKind(c) ==
			      CXBinaryOperator_Assign &&
		      kapi_first_child(c, &lhs) && kapi_refers_to(lhs, s->var);
		break;
	case CXCursor_CompoundAssignOperator:
		hit = kapi_first_child(c, &lhs) && kapi_refers_to(lhs, s->var);
		break;
	case CXCursor_UnaryOperator:
		hit = kapi_is_modifying_unary(c) && kapi_first_child(c, &lhs) &&
		      kapi_refers_to(lhs, s->var);
		break;
	case CXCursor_AsmStmt:
		clang_visitChildren(c, kapi_any_ref_visit, s);
		hit = s->modified;
		break;
	default:
		break;
	}
	if (hit) {
		s->modified = true;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Recurse;
}

static bool kapi_eval_int(CXCursor c, int depth, int64_t *num,
			  bool *is_unsigned, bool *via_var);

struct kapi_ref_count {
	CXCursor var;
	unsigned n;
};

static enum CXChildVisitResult kapi_refs_visit(CXCursor c, CXCursor parent,
					       CXClientData data)
{
	struct kapi_ref_count *r = data;

	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
	    clang_equalCursors(clang_getCursorReferenced(c), r->var))
		r->n++;
	return CXChildVisit_Recurse;
}

unsigned kapi_count_refs(CXCursor tree, CXCursor var)
{
	struct kapi_ref_count r = {var, 0};

	if (clang_Cursor_isNull(tree))
		return 0;
	kapi_refs_visit(tree, clang_getNullCursor(), &r);
	clang_visitChildren(tree, kapi_refs_visit, &r);
	return r.n;
}

bool kapi_modifies(CXCursor tree, CXCursor var)
{
	struct kapi_mod_scan s = {var, false};

	if (clang_getCursorKind(tree) == CXCursor_BinaryOperator ||
	    clang_getCursorKind(tree) == CXCursor_CompoundAssignOperator ||
	    clang_getCursorKind(tree) == CXCursor_UnaryOperator ||
	    clang_getCursorKind(tree) == CXCursor_AsmStmt)
		kapi_mod_visit(tree, clang_getNullCursor(), &s);
	if (!s.modified)
		clang_visitChildren(tree, kapi_mod_visit, &s);
	return s.modified;
}

/* A local the function can never change after its initialisation. */
static bool kapi_local_unmodified(CXCursor var)
{
	CXCursor fn = clang_getCursorSemanticParent(var);
	struct kapi_mod_scan s = {var, false};

	if (clang_getCursorKind(fn) != CXCursor_FunctionDecl)
		return false;
	if (clang_Cursor_hasVarDeclGlobalStorage(var) == 1)
		return false;
	if (clang_isVolatileQualifiedType(clang_getCursorType(var)))
		return false;
	clang_visitChildren(fn, kapi_mod_visit, &s);
	return !s.modified;
}

static bool kapi_local_int(CXCursor var, int depth, int64_t *num,
			   bool *is_unsigned)
{
	CXCursor init = clang_Cursor_getVarDeclInitializer(var);
	struct kapi_cval v = {0};
	bool via;

	if (depth >= KAPI_CONST_MAX_DEPTH || clang_Cursor_isNull(init))
		return false;
	if (!kapi_eval_int(init, depth + 1, &v.num, &v.is_unsigned, &via))
		return false;
	/* The value the variable holds is its initialiser converted. */
	if (!kapi_const_convert(&v, clang_getCursorType(var)))
		return false;
	if (!kapi_local_unmodified(var))
		return false;
	*num = v.num;
	*is_unsigned = v.is_unsigned;
	return true;
}

/*
 * A file-scope or static object declared `const` (not volatile) with a
 * constant initializer in this unit: C gives it no way to change, though
 * it is no integer constant expression (clang will not fold it).
 */
static bool kapi_static_const_int(CXCursor var, int depth, int64_t *num,
				  bool *is_unsigned)
{
	CXType t = clang_getCursorType(var);
	CXCursor init = clang_Cursor_getVarDeclInitializer(var);
	struct kapi_cval v = {0};
	bool via;

	if (depth >= KAPI_CONST_MAX_DEPTH || clang_Cursor_isNull(init) ||
	    clang_Cursor_hasVarDeclGlobalStorage(var) != 1 ||
	    !clang_isConstQualifiedType(t) || clang_isVolatileQualifiedType(t))
		return false;
	if (!kapi_eval_int(init, depth + 1, &v.num, &v.is_unsigned, &via) ||
	    !kapi_const_convert(&v, t))
		return false;
	*num = v.num;
	*is_unsigned = v.is_unsigned;
	return true;
}

static CXCursor kapi_referenced_var(CXCursor c)
{
	CXCursor s = kapi_strip_implicit(c), var;

	if (clang_getCursorKind(s) != CXCursor_DeclRefExpr)
		return clang_getNullCursor();
	var = clang_getCursorReferenced(s);
	if (clang_getCursorKind(var) != CXCursor_VarDecl)
		return clang_getNullCursor();
	return var;
}

static bool kapi_eval_int(CXCursor c, int depth, int64_t *num,
			  bool *is_unsigned, bool *via_var)
{
	CXCursor var;
	unsigned w;
	bool u;

	if (!kapi_int_type(clang_getCursorType(c), &w, &u) ||
	    clang_getCanonicalType(clang_getCursorType(c)).kind ==
		    CXType_Pointer)
		return false;
	if (kapi_eval_clang(c, num, is_unsigned))
		return true;
	var = kapi_referenced_var(c);
	if (clang_Cursor_isNull(var))
		return false;
	if (kapi_static_const_int(var, depth, num, is_unsigned) ||
	    kapi_local_int(var, depth, num, is_unsigned)) {
		*via_var = true;
		return true;
	}
	return false;
}

/*
 * The address a pointer expression holds when it is a constant: an
 * integer constant cast to a pointer (0 for a null pointer constant), or a
 * local pointer initialised with one and never modified.
 */
static enum CXChildVisitResult kapi_last_visit(CXCursor c, CXCursor parent,
					       CXClientData data)
{
	(void)parent;
	*(CXCursor *)data = c;
	return CXChildVisit_Continue;
}

CXCursor kapi_last_child(CXCursor c)
{
	CXCursor last = clang_getNullCursor();

	clang_visitChildren(c, kapi_last_visit, &last);
	return last;
}

/* The operand of a cast: its last child (a cast to `struct s *` also has
 * the TypeRef of s as a child). */
static CXCursor kapi_cast_operand(CXCursor c)
{
	CXCursor last = kapi_last_child(c);

	return clang_isExpression(clang_getCursorKind(last))
		       ? last
		       : clang_getNullCursor();
}

static bool kapi_ptr_value(CXCursor c, int depth, int64_t *num)
{
	CXCursor child, var;
	bool u, via;

	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(c);
		enum CXTypeKind t =
			clang_getCanonicalType(clang_getCursorType(c)).kind;

		if (k == CXCursor_GNUNullExpr) {
			*num = 0;
			return true;
		}
		if (t != CXType_Pointer)
			break;
		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr &&
		    k != CXCursor_CStyleCastExpr)
			break;
		if (k == CXCursor_CStyleCastExpr)
			child = kapi_cast_operand(c);
		else if (kapi_first_child(c, &child) != 1)
			return false;
		if (clang_Cursor_isNull(child))
			return false;
		c = child;
	}
	if (clang_getCanonicalType(clang_getCursorType(c)).kind !=
	    CXType_Pointer)
		return kapi_eval_int(c, depth, num, &u, &via);
	var = kapi_referenced_var(c);
	if (clang_Cursor_isNull(var) || depth >= KAPI_CONST_MAX_DEPTH)
		return false;
	child = clang_Cursor_getVarDeclInitializer(var);
	return !clang_Cursor_isNull(child) &&
	       kapi_ptr_value(child, depth + 1, num) &&
	       kapi_local_unmodified(var);
}

void kapi_const_eval(struct kapi_tu *tu, CXCursor expr, CXType to,
		     struct kapi_cval *out)
{
	CXType from = clang_getCursorType(expr);
	bool via = false;

	(void)tu;
	memset(out, 0, sizeof(*out));
	if (to.kind == CXType_Invalid)
		to = from;
	if (clang_getCanonicalType(to).kind == CXType_Pointer ||
	    clang_getCanonicalType(from).kind == CXType_Pointer) {
		if (!kapi_ptr_value(expr, 0, &out->num))
			return;
		out->kind = out->num ? KAPI_CVAL_INT : KAPI_CVAL_NULL;
		out->is_unsigned = true;
		out->written = out->num;
		out->written_unsigned = true;
		kapi_const_convert(out, from);
		return;
	}
	/* The value as written, before the implicit conversion to the
	 * parameter type; that conversion is redone below, explicitly. */
	if (!kapi_eval_int(kapi_strip_implicit(expr), 0, &out->num,
			   &out->is_unsigned, &via) &&
	    !kapi_eval_int(expr, 0, &out->num, &out->is_unsigned, &via))
		return;
	out->kind = KAPI_CVAL_INT;
	out->written = out->num;
	out->written_unsigned = out->is_unsigned;
	out->via_variable = via;
	if (!kapi_const_convert(out, to))
		out->width = 0;
}

/* ---- macro bodies ------------------------------------------------------ */

bool kapi_eval_tokens(CXTranslationUnit tu, CXSourceRange range, bool skip1,
		      int64_t *num, bool *is_unsigned)
{
	CXToken *toks = NULL;
	unsigned n = 0, i;
	struct kapi_strbuf sb = {0};
	char *text;
	bool ok;

	clang_tokenize(tu, range, &toks, &n);
	for (i = skip1 ? 1 : 0; i < n; i++) {
		CXString s = clang_getTokenSpelling(tu, toks[i]);

		kapi_sb_puts(&sb, clang_getCString(s));
		kapi_sb_putc(&sb, ' ');
		clang_disposeString(s);
	}
	clang_disposeTokens(tu, toks, n);
	text = kapi_sb_take(&sb);
	ok = *text && kapi_eval_int_expr(text, num, is_unsigned);
	free(text);
	return ok;
}
