/* SPDX-License-Identifier: MIT */
/*
 * A comment spec against the compiled spec of the same API.  See
 * kapi_compare.h.
 */
#include "kapi_compare.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

struct cmp {
	const struct kapi_spec *a; /* comment */
	const struct kapi_spec *b; /* compiled */
	struct kapi_diag_list *diags;
	size_t n;
};

static struct kapi_loc pick(struct kapi_loc l, struct kapi_loc fallback)
{
	return l.line ? l : fallback;
}

/* One disagreement: warning at the compiled field, note at the comment. */
static void report(struct cmp *c, struct kapi_loc at, struct kapi_loc note,
		   const char *what, const char *compiled, const char *comment)
{
	struct kapi_loc nl = note.line ? note
				       : (struct kapi_loc){c->a->prov.line, 1};

	kapi_diag_add(c->diags, KAPI_SEV_WARNING, c->b->prov.file, at,
		      KAPI_RULE_COMPILED_MISMATCH,
		      "compiled spec for '%s' disagrees with its comment: %s "
		      "is %s here but %s in the comment",
		      c->b->name ? c->b->name : "?", what, compiled, comment);
	kapi_diag_add(c->diags, KAPI_SEV_NOTE, c->a->prov.file, nl, NULL,
		      "the comment's spec is here");
	c->n++;
}

/* The number a value stands for; false when it cannot be compared. */
static bool num_of(const struct kapi_value *v, int64_t *n, bool *u)
{
	if (v->state == KAPI_VALUE_ABSENT) {
		*n = 0;
		*u = false;
		return true;
	}
	if (v->state != KAPI_VALUE_RESOLVED)
		return false;
	*n = v->num;
	*u = v->is_unsigned;
	return true;
}

/* Masks read best in hex, as C writes them. */
static void fmt_num(char *buf, size_t len, int64_t n, bool u, bool hex)
{
	if (hex)
		snprintf(buf, len, "0x%" PRIx64, (uint64_t)n);
	else if (u)
		snprintf(buf, len, "%" PRIu64, (uint64_t)n);
	else
		snprintf(buf, len, "%" PRId64, n);
}

/* Equal as C's mathematical integers (same rule as the verifier). */
static bool same_num(int64_t a, bool au, int64_t b, bool bu)
{
	bool an = !au && a < 0, bn = !bu && b < 0;

	if (an != bn)
		return false;
	return a == b;
}

static void value_as(struct cmp *c, const struct kapi_value *a,
		     const struct kapi_value *b, struct kapi_loc at,
		     struct kapi_loc note, const char *what, bool hex)
{
	int64_t an, bn;
	bool au, bu;
	char sa[32], sb[32];

	if (!num_of(a, &an, &au) || !num_of(b, &bn, &bu) ||
	    same_num(an, au, bn, bu))
		return;
	fmt_num(sa, sizeof(sa), an, au, hex);
	fmt_num(sb, sizeof(sb), bn, bu, hex);
	report(c, pick(b->loc, at), pick(a->loc, note), what, sb, sa);
}

static void value(struct cmp *c, const struct kapi_value *a,
		  const struct kapi_value *b, struct kapi_loc at,
		  struct kapi_loc note, const char *what)
{
	value_as(c, a, b, at, note, what, false);
}

static void flags_text(char *buf, size_t len, unsigned flags, bool ctx)
{
	size_t used = 0;
	unsigned n = ctx ? KAPI_CTX_COUNT : KAPI_PARAM_FLAG_COUNT;

	buf[0] = '\0';
	for (unsigned bit = 0; bit < n; bit++) {
		const char *e;

		if (!(flags & (1u << bit)))
			continue;
		e = ctx ? kapi_context_enumerator(bit)
			: kapi_param_flag_enumerator(bit);
		used += (size_t)snprintf(buf + used, used < len ? len - used : 0,
					 "%s%s", used ? "|" : "", e ? e : "?");
		if (used >= len)
			break;
	}
	if (!buf[0])
		snprintf(buf, len, "0");
}

static const char *str_or(const char *s, const char *dflt)
{
	return s ? s : dflt;
}

static void param(struct cmp *c, size_t i,
		  const struct kapi_compiled_param_locs *pl, struct kapi_loc spec)
{
	const struct kapi_param *a = &c->a->params[i];
	const struct kapi_param *b = &c->b->params[i];
	struct kapi_loc base = pick(b->loc, spec);
	struct kapi_loc note = pick(a->loc, (struct kapi_loc){0, 0});
	char what[96], sa[256], sb[256];
	const char *pn = a->name ? a->name : "?";

	if (strcmp(str_or(a->name, ""), str_or(b->name, "")) != 0) {
		snprintf(what, sizeof(what), "params[%zu].name", i);
		snprintf(sa, sizeof(sa), "'%s'", str_or(a->name, ""));
		snprintf(sb, sizeof(sb), "'%s'", str_or(b->name, ""));
		report(c, pick(pl ? pl->name : base, base), note, what, sb, sa);
	}
	if (a->type != b->type) {
		snprintf(what, sizeof(what), "the type of '%s'", pn);
		report(c, pick(pl ? pl->type : base, base),
		       pick(a->type_loc, note), what,
		       str_or(kapi_type_enumerator(b->type), "?"),
		       str_or(kapi_type_enumerator(a->type), "?"));
	}
	if (a->flags != b->flags) {
		snprintf(what, sizeof(what), "the flags of '%s'", pn);
		flags_text(sa, sizeof(sa), a->flags, false);
		flags_text(sb, sizeof(sb), b->flags, false);
		report(c, pick(pl ? pl->flags : base, base),
		       pick(a->type_loc, note), what, sb, sa);
	}
	if (a->constraint != b->constraint) {
		snprintf(what, sizeof(what), "the constraint kind of '%s'", pn);
		report(c, pick(pl ? pl->constraint : base, base),
		       pick(a->constraint_loc, note), what,
		       str_or(kapi_constraint_enumerator(b->constraint), "?"),
		       str_or(kapi_constraint_enumerator(a->constraint), "?"));
	}
	struct {
		const struct kapi_value *a, *b;
		const char *field;
		bool hex;
	} vals[] = {
		{&a->min, &b->min, "min_value", false},
		{&a->max, &b->max, "max_value", false},
		{&a->mask, &b->mask, "valid_mask", true},
		{&a->alignment, &b->alignment, "alignment", false},
	};
	for (size_t k = 0; k < sizeof(vals) / sizeof(vals[0]); k++) {
		snprintf(what, sizeof(what), "the %s of '%s'", vals[k].field, pn);
		value_as(c, vals[k].a, vals[k].b, base,
			 pick(a->constraint_loc, note), what, vals[k].hex);
	}
	if (a->enum_count != b->enum_count) {
		snprintf(what, sizeof(what), "the enum_count of '%s'", pn);
		snprintf(sa, sizeof(sa), "%zu", a->enum_count);
		snprintf(sb, sizeof(sb), "%zu", b->enum_count);
		report(c, base, pick(a->constraint_loc, note), what, sb, sa);
	} else {
		for (size_t k = 0; k < a->enum_count; k++) {
			snprintf(what, sizeof(what), "enum value %zu of '%s'", k,
				 pn);
			value(c, &a->enum_values[k], &b->enum_values[k], base,
			      pick(a->constraint_loc, note), what);
		}
	}
	if (a->size_param_idx != b->size_param_idx) {
		snprintf(what, sizeof(what), "the size_param_idx of '%s'", pn);
		snprintf(sa, sizeof(sa), "%d", a->size_param_idx);
		snprintf(sb, sizeof(sb), "%d", b->size_param_idx);
		report(c, pick(pl ? pl->size_param_idx : base, base),
		       pick(a->constraint_loc, note), what, sb, sa);
	}
}

static const struct kapi_error *find_error(const struct kapi_spec *s,
					   const char *name)
{
	for (size_t i = 0; i < s->error_count; i++)
		if (s->errors[i].name && name && !strcmp(s->errors[i].name, name))
			return &s->errors[i];
	return NULL;
}

static void errors(struct cmp *c, const struct kapi_compiled_locs *locs)
{
	const struct kapi_spec *a = c->a, *b = c->b;
	char what[96];

	for (size_t i = 0; i < b->error_count; i++) {
		const struct kapi_error *eb = &b->errors[i];
		const struct kapi_error *ea = find_error(a, eb->name);

		if (!ea) {
			snprintf(what, sizeof(what), "error '%s'",
				 str_or(eb->name, "?"));
			report(c, pick(eb->loc, locs->spec),
			       (struct kapi_loc){0, 0}, what, "listed",
			       "missing");
			continue;
		}
		snprintf(what, sizeof(what), "the error_code of '%s'",
			 str_or(eb->name, "?"));
		value(c, &ea->code, &eb->code, pick(eb->loc, locs->spec),
		      ea->loc, what);
	}
	for (size_t i = 0; i < a->error_count; i++) {
		const struct kapi_error *ea = &a->errors[i];

		if (find_error(b, ea->name))
			continue;
		snprintf(what, sizeof(what), "error '%s'",
			 str_or(ea->name, "?"));
		report(c, pick(locs->error_count, locs->spec), ea->loc, what,
		       "missing", "listed");
	}
}

size_t kapi_compare_specs(const struct kapi_spec *comment,
			  const struct kapi_spec *compiled,
			  const struct kapi_compiled_locs *locs,
			  struct kapi_diag_list *diags)
{
	struct cmp c = {comment, compiled, diags, 0};
	char sa[256], sb[256];
	size_t n;

	if (comment->contexts && comment->contexts != compiled->contexts) {
		flags_text(sa, sizeof(sa), comment->contexts, true);
		flags_text(sb, sizeof(sb), compiled->contexts, true);
		report(&c, pick(compiled->contexts_loc, locs->spec),
		       comment->contexts_loc, "context_flags", sb, sa);
	}
	if (comment->param_count != compiled->param_count) {
		snprintf(sa, sizeof(sa), "%zu", comment->param_count);
		snprintf(sb, sizeof(sb), "%zu", compiled->param_count);
		report(&c, pick(locs->param_count, locs->spec),
		       comment->param_count_loc, "the parameter count", sb,
		       sa);
	}
	n = comment->param_count < compiled->param_count
		    ? comment->param_count
		    : compiled->param_count;
	for (size_t i = 0; i < n; i++)
		param(&c, i, locs->params ? &locs->params[i] : NULL,
		      locs->spec);
	if (comment->ret.present && compiled->ret.present) {
		const struct kapi_return *a = &comment->ret, *b = &compiled->ret;
		struct kapi_loc base = pick(b->loc, locs->spec);

		if (a->type != b->type)
			report(&c, pick(locs->ret_type, base), a->loc,
			       "the return type",
			       str_or(kapi_type_enumerator(b->type), "?"),
			       str_or(kapi_type_enumerator(a->type), "?"));
		if (a->check != KAPI_RETURN_NONE && a->check != b->check)
			report(&c, pick(locs->ret_check, base), a->loc,
			       "the return check_type",
			       str_or(kapi_return_check_enumerator(b->check),
				      "none"),
			       str_or(kapi_return_check_enumerator(a->check),
				      "none"));
		value(&c, &a->success, &b->success, base, a->loc,
		      "the return success_value");
		value(&c, &a->success_min, &b->success_min, base, a->loc,
		      "the return success_min");
		value(&c, &a->success_max, &b->success_max, base, a->loc,
		      "the return success_max");
	}
	errors(&c, locs);
	return c.n;
}
