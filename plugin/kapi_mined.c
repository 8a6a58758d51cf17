/* SPDX-License-Identifier: MIT */
/*
 * A spec from a signature alone.  See kapi_mined.h.
 */
#include "kapi_mined.h"

#include <string.h>

#include "kapi_util.h"

static bool ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);

	return n >= t && !strcmp(s + n - t, tail);
}

/* Parameter names the kernel gives paths. */
static bool path_name(const char *n)
{
	return !strcmp(n, "filename") || !strcmp(n, "pathname") ||
	       !strcmp(n, "path") || !strcmp(n, "name") ||
	       ends_with(n, "_name") || ends_with(n, "path") ||
	       !strcmp(n, "oldname") || !strcmp(n, "newname");
}

static bool fd_name(const char *n)
{
	return !strcmp(n, "fd") || ends_with(n, "fd") || !strcmp(n, "dfd");
}

static void classify(struct kapi_param *p, const struct kapi_param_facts *f)
{
	const struct kapi_type_facts *t = &f->type;
	const char *spell = t->spelling ? t->spelling : "";

	if (t->is_pointer && t->is_user) {
		bool is_const = !strncmp(spell, "const ", 6);

		p->type =
			is_const && strstr(spell, "char") && path_name(p->name)
				? KAPI_TYPE_PATH
				: KAPI_TYPE_USER_PTR;
		p->flags = KAPI_PARAM_USER | (is_const ? KAPI_PARAM_IN : 0);
	} else if (t->is_pointer) {
		p->type = t->is_func_ptr ? KAPI_TYPE_FUNC_PTR : KAPI_TYPE_PTR;
		p->flags = KAPI_PARAM_IN;
	} else if (t->is_integer) {
		p->type = fd_name(p->name) ? KAPI_TYPE_FD
			  : t->is_signed   ? KAPI_TYPE_INT
					   : KAPI_TYPE_UINT;
		p->flags = KAPI_PARAM_IN;
	} else {
		p->type = KAPI_TYPE_CUSTOM;
		p->flags = KAPI_PARAM_IN;
	}
}

struct kapi_spec *kapi_mined_spec(const struct kapi_fn_facts *fn)
{
	struct kapi_spec *s = kapi_spec_new();

	s->name = kapi_xstrdup(fn->name);
	s->kind = KAPI_KIND_SYSCALL;
	s->prov.source = KAPI_SOURCE_MINED;
	s->prov.file = kapi_xstrdup(fn->file);
	s->prov.line = fn->loc.line;
	s->param_count_declared = -1;
	s->params = kapi_xcalloc(fn->param_count ? fn->param_count : 1,
				 sizeof(*s->params));
	s->param_count = s->param_cap = fn->param_count;
	for (size_t i = 0; i < fn->param_count; i++) {
		struct kapi_param *p = &s->params[i];
		const struct kapi_param_facts *f = &fn->params[i];

		kapi_param_init(p);
		p->name = kapi_xstrdup(f->name ? f->name : "");
		if (f->type.spelling)
			p->type_name = kapi_xstrdup(f->type.spelling);
		p->loc = f->loc;
		classify(p, f);
	}
	return s;
}
