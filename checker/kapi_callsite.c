// SPDX-License-Identifier: MIT
/*
 * From a CallExpr to a struct kapi_call: the spec it reaches, the argument
 * that supplies each spec parameter, which of them are constants, and how
 * the result is used.
 *
 * A call binds only when the callee is the real entry point: its first
 * declaration (and its definition, if the TU has one) sits in a system
 * header, or in the header its binding names.  A user's own function that
 * happens to be called `open` never binds.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

static char *kapi_cursor_name(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = kapi_xstrdup(clang_getCString(s));

	clang_disposeString(s);
	return r;
}

/* `header` is a file name ("libaio.h") or a path suffix ("sys/mman.h"). */
static bool kapi_path_is(const char *path, const char *header)
{
	size_t pl = strlen(path), hl = strlen(header);

	if (pl < hl || strcmp(path + pl - hl, header))
		return false;
	return pl == hl || path[pl - hl - 1] == '/';
}

static bool kapi_decl_from(CXCursor decl, const char *header)
{
	CXSourceLocation loc = clang_getCursorLocation(decl);
	CXFile file;
	CXString name;
	bool ok;

	if (!header)
		return clang_Location_isInSystemHeader(loc);
	clang_getSpellingLocation(loc, &file, NULL, NULL, NULL);
	if (!file)
		return false;
	name = clang_getFileName(file);
	ok = clang_getCString(name) &&
	     kapi_path_is(clang_getCString(name), header);
	clang_disposeString(name);
	return ok;
}

static bool kapi_decl_is_real(CXCursor callee, const char *header)
{
	CXCursor def = clang_getCursorDefinition(callee);

	if (!kapi_decl_from(clang_getCanonicalCursor(callee), header))
		return false;
	return clang_Cursor_isNull(def) || kapi_decl_from(def, header);
}

/* ---- syscall(SYS_x, ...) ----------------------------------------------- */

/*
 * The first argument's spelling when it is a single identifier:
 * `syscall ( SYS_open , ...`.  The call's own tokens are used because an
 * argument that comes from a macro has its extent inside the header.
 */
static char *kapi_first_arg_identifier(CXTranslationUnit tu, CXCursor call)
{
	CXToken *toks = NULL;
	unsigned n = 0;
	char *r = NULL;

	clang_tokenize(tu, clang_getCursorExtent(call), &toks, &n);
	if (n >= 4 && clang_getTokenKind(toks[2]) == CXToken_Identifier) {
		CXString open = clang_getTokenSpelling(tu, toks[1]),
			 comma = clang_getTokenSpelling(tu, toks[3]);
		const char *c = clang_getCString(comma);

		if (!strcmp(clang_getCString(open), "(") &&
		    (!strcmp(c, ",") || !strcmp(c, ")"))) {
			CXString s = clang_getTokenSpelling(tu, toks[2]);

			r = kapi_xstrdup(clang_getCString(s));
			clang_disposeString(s);
		}
		clang_disposeString(open);
		clang_disposeString(comma);
	}
	clang_disposeTokens(tu, toks, n);
	return r;
}

/*
 * The syscall a number argument names: by the macro's spelling (SYS_open,
 * __NR_open), else by its value matched against the TU's __NR_* macros.
 * Returns the bare name ("open") and how it was written, or NULL.
 */
static char *kapi_syscall_name(struct kapi_tu *tu, CXCursor call,
			       char **written)
{
	CXCursor arg = clang_Cursor_getArgument(call, 0);
	char *id = kapi_first_arg_identifier(tu->tu, call);
	struct kapi_cval v;
	size_t i;

	*written = NULL;
	if (id && (!strncmp(id, "SYS_", 4) || !strncmp(id, "__NR_", 5))) {
		char *name = kapi_xstrdup(id + (id[0] == 'S' ? 4 : 5));

		*written = id;
		return name;
	}
	free(id);
	kapi_const_eval(tu, arg, (CXType){.kind = CXType_Invalid}, &v);
	if (v.kind != KAPI_CVAL_INT)
		return NULL;
	for (i = 0; i < tu->nr_count; i++) {
		if (tu->nrs[i].num == v.num) {
			char buf[24];

			*written = kapi_xstrdup(
				kapi_int_str(buf, v.num, v.is_unsigned));
			return kapi_xstrdup(tu->nrs[i].name);
		}
	}
	return NULL;
}

/* ---- arguments --------------------------------------------------------- */

void kapi_call_bind_arg(struct kapi_tu *tu, CXCursor call, CXType fntype,
			int idx, struct kapi_arg *a)
{
	int nargs = clang_Cursor_getNumArguments(call);

	memset(a, 0, sizeof(*a));
	a->param_type.kind = CXType_Invalid;
	if (idx == KAPI_BIND_NONE || idx >= nargs)
		return;
	a->present = true;
	a->expr = clang_Cursor_getArgument(call, (unsigned)idx);
	if (idx < clang_getNumArgTypes(fntype))
		a->param_type = clang_getArgType(fntype, (unsigned)idx);
	kapi_const_eval(tu, a->expr, a->param_type, &a->val);
}

/* ---- how the result is used -------------------------------------------- */

static void kapi_compared(struct kapi_tu *tu, CXCursor op, unsigned side,
			  struct kapi_call *out)
{
	enum CXBinaryOperatorKind k = clang_getCursorBinaryOperatorKind(op);
	CXCursor other;

	if (!kapi_op_is_comparison(k))
		return;
	other = kapi_child_at(op, side ? 0 : 1);
	kapi_const_eval(tu, other, (CXType){.kind = CXType_Invalid},
			&out->cmp_val);
	if (out->cmp_val.kind != KAPI_CVAL_INT)
		return;
	out->use = KAPI_USE_COMPARED;
	out->cmp_op = side ? kapi_op_mirror(k) : k;
	out->cmp_cursor = op;
}

/*
 * `int r = call(...);` (DeclStmt > VarDecl > call) or `fd = call(...);`
 * (an assignment statement) directly in a compound statement: the test of
 * the local that follows is the test of the call.  `i` is the number of
 * parents left after parentheses and implicit nodes.
 */
static bool kapi_result_in_var(struct kapi_tu *tu,
			       const struct kapi_parent *parents, size_t i,
			       struct kapi_call *out)
{
	CXCursor p = parents[i - 1].cursor, lhs;
	enum CXCursorKind k = clang_getCursorKind(p);

	if (k == CXCursor_VarDecl && i >= 3 &&
	    clang_getCursorKind(parents[i - 2].cursor) == CXCursor_DeclStmt &&
	    clang_getCursorKind(parents[i - 3].cursor) == CXCursor_CompoundStmt)
		return kapi_track_result_var(tu, parents[i - 3].cursor,
					     parents[i - 3].child_index, p,
					     out);
	if (k == CXCursor_BinaryOperator && i >= 2 &&
	    clang_getCursorBinaryOperatorKind(p) == CXBinaryOperator_Assign &&
	    parents[i - 1].child_index == 1 &&
	    clang_getCursorKind(parents[i - 2].cursor) ==
		    CXCursor_CompoundStmt) {
		lhs = kapi_strip_implicit(kapi_child_at(p, 0));
		if (clang_getCursorKind(lhs) != CXCursor_DeclRefExpr)
			return false;
		return kapi_track_result_var(
			tu, parents[i - 2].cursor, parents[i - 2].child_index,
			clang_getCursorReferenced(lhs), out);
	}
	return false;
}

/* The statement around the call in its innermost compound statement, and
 * the one after it. */
static void kapi_call_statement(const struct kapi_parent *parents, size_t depth,
				struct kapi_call *out)
{
	size_t j = depth;

	out->stmt = clang_getNullCursor();
	out->next_stmt = clang_getNullCursor();
	while (j > 0 && clang_getCursorKind(parents[j - 1].cursor) !=
				CXCursor_CompoundStmt)
		j--;
	if (!j)
		return;
	out->stmt = j < depth ? parents[j].cursor : out->cursor;
	out->next_stmt = kapi_child_at(parents[j - 1].cursor,
				       parents[j - 1].child_index + 1);
}

/*
 * Statement positions discard the value; a cast to void says so on
 * purpose.  Parentheses and implicit conversions are looked through.
 * Anything not recognised counts as a use: stay silent when in doubt.
 */
static void kapi_result_use(struct kapi_tu *tu,
			    const struct kapi_parent *parents, size_t depth,
			    struct kapi_call *out)
{
	size_t i = depth;
	unsigned idx;
	CXCursor p;

	out->use = KAPI_USE_OTHER;
	while (i > 0) {
		enum CXCursorKind k =
			clang_getCursorKind(parents[i - 1].cursor);

		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
			break;
		i--;
	}
	if (!i)
		return;
	p = parents[i - 1].cursor;
	idx = parents[i - 1].child_index;
	if (kapi_result_in_var(tu, parents, i, out))
		return;
	switch (clang_getCursorKind(p)) {
	case CXCursor_CompoundStmt:
	case CXCursor_LabelStmt:
	case CXCursor_DefaultStmt:
		out->use = KAPI_USE_DISCARDED;
		break;
	case CXCursor_CaseStmt:
	case CXCursor_IfStmt:
	case CXCursor_WhileStmt:
		if (idx > 0)
			out->use = KAPI_USE_DISCARDED;
		break;
	case CXCursor_DoStmt:
		if (idx == 0)
			out->use = KAPI_USE_DISCARDED;
		break;
	case CXCursor_CStyleCastExpr:
		if (clang_getCanonicalType(clang_getCursorType(p)).kind ==
		    CXType_Void)
			out->use = KAPI_USE_VOIDED;
		break;
	case CXCursor_BinaryOperator:
		if (clang_getCursorBinaryOperatorKind(p) ==
		    CXBinaryOperator_Comma)
			out->use =
				idx == 0 ? KAPI_USE_DISCARDED : KAPI_USE_OTHER;
		else
			kapi_compared(tu, p, idx, out);
		break;
	default:
		break;
	}
}

/* ---- binding ----------------------------------------------------------- */

/*
 * The syscall table names a few calls differently from their entry points
 * (arch/x86/entry/syscalls/syscall_64.tbl: `4 common stat sys_newstat`).
 * Specs are named after the entry point.
 */
static const char *kapi_entry_point(const char *name)
{
	static const char *const alias[][2] = {
		{"stat", "newstat"},	    {"fstat", "newfstat"},
		{"lstat", "newlstat"},	    {"uname", "newuname"},
		{"sendfile", "sendfile64"}, {"umount2", "umount"},
	};

	for (size_t i = 0; i < sizeof(alias) / sizeof(alias[0]); i++)
		if (!strcmp(name, alias[i][0]))
			return alias[i][1];
	return name;
}

static bool kapi_bind_syscall(struct kapi_tu *tu, CXCursor call,
			      struct kapi_call *out)
{
	char *written = NULL, *name, *spec_name;
	const struct kapi_spec *spec;
	size_t i;

	if (clang_Cursor_getNumArguments(call) < 1)
		return false;
	name = kapi_syscall_name(tu, call, &written);
	if (!name)
		return false;
	spec_name = kapi_xasprintf("sys_%s", kapi_entry_point(name));
	spec = kapi_tu_find_spec(tu, spec_name);
	free(spec_name);
	free(name);
	if (!spec) {
		free(written);
		return false;
	}
	out->spec = spec;
	out->conv = KAPI_CONV_LIBC;
	out->via = kapi_xasprintf("syscall(%s)", written);
	free(written);
	out->arg_count = spec->param_count;
	out->args = kapi_xcalloc(spec->param_count ? spec->param_count : 1,
				 sizeof(*out->args));
	/* Variadic: no parameter types; each argument keeps its own. */
	for (i = 0; i < spec->param_count; i++)
		kapi_call_bind_arg(tu, call, (CXType){.kind = CXType_Invalid},
				   (int)i + 1, &out->args[i]);
	return true;
}

static bool kapi_bind_wrapper(struct kapi_tu *tu, CXCursor call,
			      CXCursor callee, struct kapi_call *out)
{
	const struct kapi_binding *b =
		kapi_bindings_find(tu->bindings, out->callee);
	const struct kapi_spec *spec;
	CXType fntype = clang_getCursorType(callee);
	size_t i;

	if (!b || !(spec = kapi_tu_find_spec(tu, b->spec)))
		return false;
	if (!kapi_decl_is_real(callee, b->header))
		return false;
	out->spec = spec;
	out->binding = b;
	out->conv = b->conv;
	out->arg_count = spec->param_count;
	out->args = kapi_xcalloc(spec->param_count ? spec->param_count : 1,
				 sizeof(*out->args));
	for (i = 0; i < spec->param_count; i++)
		kapi_call_bind_arg(tu, call, fntype,
				   i < b->arg_count ? b->args[i]
						    : KAPI_BIND_NONE,
				   &out->args[i]);
	return true;
}

void kapi_call_find_alternatives(struct kapi_tu *tu,
				 const struct kapi_parent *parents,
				 size_t depth, struct kapi_call *call)
{
	for (size_t i = 0; i < call->arg_count; i++) {
		struct kapi_arg *a = &call->args[i];

		if (a->present && a->val.kind == KAPI_CVAL_NONE)
			a->alt_count = kapi_values_alternatives(
				tu, a->expr, a->param_type, parents, depth,
				&a->alts);
	}
}

bool kapi_call_bind(struct kapi_tu *tu, CXCursor call,
		    const struct kapi_parent *parents, size_t depth,
		    struct kapi_call *out)
{
	CXCursor callee = clang_getCursorReferenced(call);
	bool ok;

	memset(out, 0, sizeof(*out));
	if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
		return false;
	out->cursor = call;
	out->callee = kapi_cursor_name(callee);
	if (!strcmp(out->callee, "syscall"))
		ok = kapi_decl_is_real(callee, NULL) &&
		     kapi_bind_syscall(tu, call, out);
	else
		ok = kapi_bind_wrapper(tu, call, callee, out);
	if (!ok) {
		kapi_call_free(out);
		return false;
	}
	kapi_call_statement(parents, depth, out);
	kapi_result_use(tu, parents, depth, out);
	kapi_result_test_find(tu, parents, depth, out);
	kapi_call_find_alternatives(tu, parents, depth, out);
	out->eintr_loop = kapi_eintr_loop(tu, call, parents, depth);
	return true;
}

void kapi_call_free(struct kapi_call *call)
{
	free(call->callee);
	free(call->via);
	free(call->cmp_var);
	free(call->test.var);
	for (size_t i = 0; i < call->arg_count; i++)
		free(call->args[i].alts);
	free(call->args);
	memset(call, 0, sizeof(*call));
}

const char *kapi_call_param_name(const struct kapi_call *call, size_t i)
{
	const char *n = call->spec->params[i].name;

	return n ? n : "?";
}
