// SPDX-License-Identifier: MIT
/*
 * Derived bindings: a static function of the main file that passes one of
 * its parameters on, unchanged, to a bound call binds as well.
 *
 *     static int open_ro(const char *p, int extra)
 *     {
 *             return open(p, O_RDONLY | extra);    // not unchanged: no
 *     }
 *     static int xopen(const char *p, int flags)
 *     {
 *             return open(p, flags, 0);           // flags: yes
 *     }
 *     xopen("f", 0x40000000);  // kapi-mask here, note at the open() above
 *
 * Only one level (a helper of a helper is not followed), only parameters
 * the helper names nowhere else (it neither changes nor tests them), and only
 * the arguments: what the helper does with the result is its own business,
 * so the result rules do not look at a derived call.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

/* What one helper passes on: per inner bound call, which helper
 * parameter supplies each spec parameter. */
struct kapi_passed {
	const struct kapi_spec *spec;
	enum kapi_convention conv;
	char *callee; /* the inner call as named in messages */
	int *from;    /* per spec parameter: helper parameter or NONE */
	CXCursor inner;
};

struct kapi_helper {
	CXCursor def;
	struct kapi_passed *passed;
	size_t count, cap;
};

struct kapi_inner_scan {
	struct kapi_tu *tu;
	struct kapi_helper *h;
};

/* Which parameter of the helper `e` names, if it is one the helper never
 * changes; -1 otherwise. */
static int kapi_helper_param(CXCursor def, CXCursor body, CXCursor e)
{
	CXCursor ref;
	int n = clang_Cursor_getNumArguments(def);

	e = kapi_strip_implicit(e);
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return -1;
	ref = clang_getCursorReferenced(e);
	if (clang_getCursorKind(ref) != CXCursor_ParmDecl)
		return -1;
	/* Named once, in this argument: a helper that also tests it
	 * (`if (path) stat(path, ...)`) may never pass some values on. */
	for (int j = 0; j < n; j++)
		if (clang_equalCursors(clang_Cursor_getArgument(def, j), ref))
			return kapi_count_refs(body, ref) == 1 ? j : -1;
	return -1;
}

static void kapi_note_inner(struct kapi_inner_scan *s, CXCursor c,
			    CXCursor body)
{
	struct kapi_call ic;
	struct kapi_passed *p;
	bool any = false;

	if (!kapi_call_bind(s->tu, c, NULL, 0, &ic))
		return;
	p = KAPI_APPEND(s->h->passed, s->h->count, s->h->cap);
	memset(p, 0, sizeof(*p));
	p->from =
		kapi_xcalloc(ic.arg_count ? ic.arg_count : 1, sizeof(*p->from));
	for (size_t i = 0; i < ic.arg_count; i++) {
		p->from[i] = ic.args[i].present
				     ? kapi_helper_param(s->h->def, body,
							 ic.args[i].expr)
				     : -1;
		if (p->from[i] < 0)
			p->from[i] = KAPI_BIND_NONE;
		else
			any = true;
	}
	if (!any) {
		free(p->from);
		s->h->count--;
	} else {
		p->spec = ic.spec;
		p->conv = ic.conv;
		p->callee = kapi_xstrdup(ic.via ? ic.via : ic.callee);
		p->inner = c;
	}
	kapi_call_free(&ic);
}

struct kapi_body_walk {
	struct kapi_inner_scan *s;
	CXCursor body;
};

static enum CXChildVisitResult kapi_inner_visit(CXCursor c, CXCursor parent,
						CXClientData data)
{
	struct kapi_body_walk *w = data;

	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_CallExpr)
		kapi_note_inner(w->s, c, w->body);
	return CXChildVisit_Recurse;
}

/* The helper behind a callee, analysed once per unit; NULL when the
 * callee is no static function defined in the main file. */
static struct kapi_helper *kapi_helper_for(struct kapi_tu *tu, CXCursor callee)
{
	CXCursor def, body;
	struct kapi_inner_scan s;
	struct kapi_body_walk w;
	struct kapi_helper *h;

	/* The first declaration says `static` (a later one may leave it
	 * out); most callees (printf, strlen) stop here, before the search
	 * for a definition. */
	if (clang_Cursor_getStorageClass(clang_getCanonicalCursor(callee)) !=
	    CX_SC_Static)
		return NULL;
	def = clang_getCursorDefinition(callee);
	if (clang_Cursor_isNull(def) ||
	    clang_getCursorKind(def) != CXCursor_FunctionDecl ||
	    !clang_Location_isFromMainFile(clang_getCursorLocation(def)))
		return NULL;
	for (size_t i = 0; i < tu->helper_count; i++)
		if (clang_equalCursors(tu->helpers[i].def, def))
			return &tu->helpers[i];
	h = KAPI_APPEND(tu->helpers, tu->helper_count, tu->helper_cap);
	memset(h, 0, sizeof(*h));
	h->def = def;
	body = kapi_last_child(def); /* parameters come first */
	if (clang_getCursorKind(body) != CXCursor_CompoundStmt)
		return h;
	s.tu = tu;
	s.h = h;
	w.s = &s;
	w.body = body;
	clang_visitChildren(body, kapi_inner_visit, &w);
	return &tu->helpers[tu->helper_count - 1];
}

size_t kapi_derived_calls(struct kapi_tu *tu, CXCursor call,
			  const struct kapi_parent *parents, size_t depth,
			  struct kapi_derived_call **out)
{
	CXCursor callee = clang_getCursorReferenced(call);
	struct kapi_helper *h;
	struct kapi_derived_call *dc;
	CXType fntype;
	CXString name;

	*out = NULL;
	if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
		return 0;
	h = kapi_helper_for(tu, callee);
	if (!h || !h->count)
		return 0;
	fntype = clang_getCursorType(h->def);
	name = clang_getCursorSpelling(callee);
	dc = kapi_xcalloc(h->count, sizeof(*dc));
	for (size_t k = 0; k < h->count; k++) {
		const struct kapi_passed *p = &h->passed[k];
		struct kapi_call *c = &dc[k].call;

		c->cursor = call;
		c->callee = kapi_xstrdup(clang_getCString(name));
		c->via = kapi_xasprintf("%s (through %s)", p->callee,
					clang_getCString(name));
		c->spec = p->spec;
		c->conv = p->conv;
		c->use = KAPI_USE_OTHER;
		c->stmt = c->next_stmt = clang_getNullCursor();
		c->eintr_loop = clang_getNullCursor();
		c->test.held = clang_getCursorType(call);
		c->arg_count = p->spec->param_count;
		c->args = kapi_xcalloc(c->arg_count ? c->arg_count : 1,
				       sizeof(*c->args));
		for (size_t i = 0; i < c->arg_count; i++)
			kapi_call_bind_arg(tu, call, fntype, p->from[i],
					   &c->args[i]);
		kapi_call_find_alternatives(tu, parents, depth, c);
		dc[k].inner = p->inner;
	}
	clang_disposeString(name);
	*out = dc;
	return h->count;
}

void kapi_helpers_free(struct kapi_tu *tu)
{
	for (size_t i = 0; i < tu->helper_count; i++) {
		for (size_t k = 0; k < tu->helpers[i].count; k++) {
			free(tu->helpers[i].passed[k].from);
			free(tu->helpers[i].passed[k].callee);
		}
		free(tu->helpers[i].passed);
	}
	free(tu->helpers);
	tu->helpers = NULL;
	tu->helper_count = tu->helper_cap = 0;
}
