/* SPDX-License-Identifier: MIT */
/*
 * A draft spec comment from what a build learnt of a syscall.  See
 * kapi_skeleton.h.
 */
#include "kapi_skeleton.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_util.h"

struct sk_buf {
	char *text;
	size_t len, cap;
};

static void sk_add(struct sk_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void sk_add(struct sk_buf *b, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	n = (size_t)vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	kapi_grow((void **)&b->text, &b->cap, 1, b->len + n + 1);
	va_start(ap, fmt);
	vsnprintf(b->text + b->len, n + 1, fmt, ap);
	va_end(ap);
	b->len += n;
}

static const struct kapi_fact *fact(const struct kapi_spec *s,
				    enum kapi_fact_kind k, const char *param)
{
	return kapi_spec_find_fact(s, k, param);
}

/* A value as the code spelled it when that reads as an expression, else
 * its number. */
static void sk_value(struct sk_buf *b, const struct kapi_value *v, bool hex)
{
	if (v->text && v->text[0] && !strchr(v->text, '\n') &&
	    strlen(v->text) < 120 && !strchr(v->text, ','))
		sk_add(b, "%s", v->text);
	else if (hex)
		sk_add(b, "0x%" PRIx64, (uint64_t)v->num);
	else if (v->is_unsigned)
		sk_add(b, "%" PRIu64, (uint64_t)v->num);
	else
		sk_add(b, "%" PRId64, v->num);
}

static void sk_where(struct sk_buf *b, const struct kapi_fact *f)
{
	sk_add(b, "mined from %s:%u; review", f->file ? f->file : "?",
	       f->loc.line);
}

/* The constraint the facts of one parameter imply: the first of mask,
 * enum, range, alignment, non-zero that the code tests. */
static void sk_constraint(struct sk_buf *b, const struct kapi_spec *s,
			  const struct kapi_param *p)
{
	const struct kapi_fact *f, *lo, *hi;

	if ((f = fact(s, KAPI_FACT_MASK, p->name))) {
		sk_add(b, " *   constraint-type: mask(");
		sk_value(b, &f->value, true);
		sk_add(b, ")\n *   cdesc: ");
	} else if ((f = fact(s, KAPI_FACT_ENUM, p->name))) {
		sk_add(b, " *   constraint-type: enum(");
		for (size_t i = 0; i < f->value_count; i++) {
			sk_add(b, i ? ", " : "");
			sk_value(b, &f->values[i], false);
		}
		sk_add(b, ")\n *   cdesc: ");
	} else if ((lo = fact(s, KAPI_FACT_MIN, p->name)),
		   (hi = fact(s, KAPI_FACT_MAX, p->name)),
		   hi && (lo || p->type == KAPI_TYPE_UINT)) {
		sk_add(b, " *   constraint-type: range(");
		if (lo)
			sk_value(b, &lo->value, false);
		else
			sk_add(b, "0");
		sk_add(b, ", ");
		sk_value(b, &hi->value, false);
		sk_add(b, ")\n *   cdesc: ");
		f = lo ? lo : hi;
	} else if ((f = fact(s, KAPI_FACT_ALIGNMENT, p->name))) {
		sk_add(b,
		       " *   constraint-type: alignment(%" PRId64
		       ")\n *   cdesc: ",
		       f->value.num);
	} else if ((f = fact(s, KAPI_FACT_NONZERO, p->name))) {
		sk_add(b, " *   constraint-type: nonzero\n *   cdesc: ");
	} else {
		return;
	}
	sk_where(b, f);
	sk_add(b, "\n");
}

static void sk_param(struct sk_buf *b, const struct kapi_spec *s,
		     const struct kapi_param *p)
{
	const char *type = kapi_type_name(p->type);

	sk_add(b, " * param: %s\n *   type: %s", p->name,
	       type ? type : "custom");
	if (p->flags & KAPI_PARAM_IN)
		sk_add(b, ", input");
	if (p->flags & KAPI_PARAM_OUT)
		sk_add(b, ", output");
	if ((p->flags & KAPI_PARAM_USER) && p->type != KAPI_TYPE_USER_PTR &&
	    p->type != KAPI_TYPE_PATH)
		sk_add(b, ", user");
	sk_add(b, "\n");
	sk_constraint(b, s, p);
}

static void sk_errors(struct sk_buf *b, const struct kapi_spec *s)
{
	bool any = false;

	for (size_t i = 0; i < s->fact_count; i++) {
		const struct kapi_fact *f = &s->facts[i];
		const char *name = f->value.text;

		if (f->kind != KAPI_FACT_ERROR || !name || name[0] != '-' ||
		    !kapi_is_errno_name(name + 1))
			continue;
		if (!any)
			sk_add(b, " *\n");
		any = true;
		sk_add(b, " * error: %s, TODO: when (", name + 1);
		sk_where(b, f);
		sk_add(b, ")\n");
	}
}

char *kapi_skeleton(const struct kapi_spec *s)
{
	struct sk_buf b = {0};
	bool in_doubt = false;

	sk_add(&b, "/**\n * %s - TODO: what it does, in one line\n",
	       s->name ? s->name : "?");
	for (size_t i = 0; i < s->param_count; i++)
		sk_add(&b, " * @%s: TODO\n", s->params[i].name);
	sk_add(&b, " *\n * contexts: process, sleepable\n");
	for (size_t i = 0; i < s->param_count; i++) {
		const struct kapi_param *p = &s->params[i];

		sk_add(&b, " *\n");
		sk_param(&b, s, p);
		in_doubt = in_doubt || (p->type == KAPI_TYPE_USER_PTR &&
					!(p->flags & KAPI_PARAM_IN));
	}
	sk_errors(&b, s);
	sk_add(&b, " *\n * notes: Drafted by kapi-clang from the code of %s",
	       s->prov.file ? s->prov.file : "?");
	if (s->prov.line)
		sk_add(&b, ":%u", s->prov.line);
	sk_add(&b, ".  Every line\n *   that says \"mined\" restates a test "
		   "of the code: check it against the\n *   source.  Contexts "
		   "are the usual ones of a syscall.");
	if (in_doubt)
		sk_add(&b, "  A user pointer\n *   that is not const may be "
			   "output or input and output: say which.");
	sk_add(&b, "\n */\n");
	return b.text;
}
