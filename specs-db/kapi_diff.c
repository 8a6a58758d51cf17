// SPDX-License-Identifier: MIT
/*
 * Spec diff: the changes between two versions of the same kernel APIs, each
 * judged by what it does to existing userspace callers (kapi_diff.h).
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_diff.h"
#include "kapi_util.h"

static const char *const kapi_change_names[] = {
	[KAPI_CHANGE_API_REMOVED] = "api-removed",
	[KAPI_CHANGE_API_ADDED] = "api-added",
	[KAPI_CHANGE_PARAM_ADDED] = "param-added",
	[KAPI_CHANGE_PARAM_REMOVED] = "param-removed",
	[KAPI_CHANGE_PARAM_RETYPED] = "param-retyped",
	[KAPI_CHANGE_PARAM_RENAMED] = "param-renamed",
	[KAPI_CHANGE_PARAM_REQUIRED] = "param-required",
	[KAPI_CHANGE_PARAM_OPTIONAL] = "param-optional",
	[KAPI_CHANGE_CONSTRAINT_CHANGED] = "constraint-changed",
	[KAPI_CHANGE_MASK_BITS_REMOVED] = "mask-bits-removed",
	[KAPI_CHANGE_MASK_BITS_ADDED] = "mask-bits-added",
	[KAPI_CHANGE_RANGE_NARROWED] = "range-narrowed",
	[KAPI_CHANGE_RANGE_WIDENED] = "range-widened",
	[KAPI_CHANGE_ENUM_REMOVED] = "enum-removed",
	[KAPI_CHANGE_ENUM_ADDED] = "enum-added",
	[KAPI_CHANGE_ALIGNMENT_CHANGED] = "alignment-changed",
	[KAPI_CHANGE_ERROR_ADDED] = "error-added",
	[KAPI_CHANGE_ERROR_REMOVED] = "error-removed",
	[KAPI_CHANGE_RETURN_CHANGED] = "return-changed",
	[KAPI_CHANGE_FACT_ADDED] = "fact-added",
	[KAPI_CHANGE_FACT_REMOVED] = "fact-removed",
	[KAPI_CHANGE_FACT_CHANGED] = "fact-changed",
};

const char *kapi_change_kind_name(enum kapi_change_kind k)
{
	return (unsigned)k < KAPI_CHANGE__COUNT ? kapi_change_names[k] : "?";
}

const char *kapi_impact_name(enum kapi_impact i)
{
	switch (i) {
	case KAPI_IMPACT_COMPATIBLE:
		return "compatible";
	case KAPI_IMPACT_RISKY:
		return "risky";
	case KAPI_IMPACT_BREAKING:
		return "breaking";
	}
	return "?";
}

static void kapi_change_add(struct kapi_changes *out, enum kapi_change_kind k,
			    enum kapi_impact impact, const char *api, int param,
			    const char *param_name, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

static void kapi_change_add(struct kapi_changes *out, enum kapi_change_kind k,
			    enum kapi_impact impact, const char *api, int param,
			    const char *param_name, const char *fmt, ...)
{
	struct kapi_change *c = KAPI_APPEND(out->items, out->count, out->cap);
	struct kapi_strbuf sb = {0};
	va_list ap;

	va_start(ap, fmt);
	kapi_sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	c->kind = k;
	c->impact = impact;
	c->api = kapi_xstrdup(api ? api : "?");
	c->param = param;
	c->param_name =
		param >= 0 ? kapi_xstrdup(param_name ? param_name : "?") : NULL;
	c->message = kapi_sb_take(&sb);
}

size_t kapi_changes_count(const struct kapi_changes *c, enum kapi_impact i)
{
	size_t n = 0;

	for (size_t j = 0; j < c->count; j++)
		n += c->items[j].impact == i;
	return n;
}

void kapi_changes_free(struct kapi_changes *c)
{
	for (size_t i = 0; i < c->count; i++) {
		free(c->items[i].api);
		free(c->items[i].param_name);
		free(c->items[i].message);
	}
	free(c->items);
	memset(c, 0, sizeof(*c));
}

/* ---- values ----------------------------------------------------------------
 */

static bool kapi_known(const struct kapi_value *v)
{
	return v->state == KAPI_VALUE_RESOLVED;
}

static bool kapi_present(const struct kapi_value *v)
{
	return v->state != KAPI_VALUE_ABSENT;
}

/* Compare the mathematical values of two resolved values. */
static int kapi_num_cmp(const struct kapi_value *a, const struct kapi_value *b)
{
	bool an = !a->is_unsigned && a->num < 0;
	bool bn = !b->is_unsigned && b->num < 0;

	if (an != bn)
		return an ? -1 : 1;
	if (an)
		return a->num < b->num ? -1 : a->num > b->num;
	return (uint64_t)
		a->num<(uint64_t)b->num ? -1 : (uint64_t)a->num>(uint64_t)
			b->num;
}

static bool kapi_str_eq(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Both sides the same value, as far as one can tell. */
static bool kapi_value_eq(const struct kapi_value *a,
			  const struct kapi_value *b)
{
	if (kapi_known(a) && kapi_known(b))
		return !kapi_num_cmp(a, b);
	if (kapi_present(a) != kapi_present(b))
		return false;
	return kapi_str_eq(a->text, b->text);
}

/* A value as text: the number when resolved, else as written. */
static const char *kapi_vstr(char *buf, size_t n, const struct kapi_value *v,
			     const char *absent)
{
	if (kapi_known(v)) {
		if (!v->is_unsigned && v->num < 0)
			snprintf(buf, n, "%" PRId64, v->num);
		else
			snprintf(buf, n, "%" PRIu64, (uint64_t)v->num);
		return buf;
	}
	if (!kapi_present(v))
		return absent;
	return v->text ? v->text : "?";
}

/* ---- parameters ------------------------------------------------------------
 */

struct kapi_pctx {
	struct kapi_changes *out;
	const char *api;
	int idx;
	const char *name;
};

#define KAPI_PCHANGE(ctx, kind, impact, ...)                                   \
	kapi_change_add((ctx)->out, kind, impact, (ctx)->api, (ctx)->idx,      \
			(ctx)->name, __VA_ARGS__)

static void kapi_diff_range(struct kapi_pctx *ctx, const struct kapi_param *o,
			    const struct kapi_param *n)
{
	char a[32], b[32], c[32], d[32];
	bool narrowed = false, widened = false;

	if (kapi_value_eq(&o->min, &n->min) && kapi_value_eq(&o->max, &n->max))
		return;
	/* absent = unbounded; unresolved values cannot be ordered */
	if ((kapi_present(&o->min) && !kapi_known(&o->min)) ||
	    (kapi_present(&n->min) && !kapi_known(&n->min)) ||
	    (kapi_present(&o->max) && !kapi_known(&o->max)) ||
	    (kapi_present(&n->max) && !kapi_known(&n->max))) {
		KAPI_PCHANGE(ctx, KAPI_CHANGE_CONSTRAINT_CHANGED,
			     KAPI_IMPACT_RISKY,
			     "range [%s, %s] -> [%s, %s] (unresolved values "
			     "cannot be compared)",
			     kapi_vstr(a, sizeof(a), &o->min, "-inf"),
			     kapi_vstr(b, sizeof(b), &o->max, "+inf"),
			     kapi_vstr(c, sizeof(c), &n->min, "-inf"),
			     kapi_vstr(d, sizeof(d), &n->max, "+inf"));
		return;
	}
	if (kapi_known(&n->min) &&
	    (!kapi_known(&o->min) || kapi_num_cmp(&n->min, &o->min) > 0))
		narrowed = true;
	if (kapi_known(&n->max) &&
	    (!kapi_known(&o->max) || kapi_num_cmp(&n->max, &o->max) < 0))
		narrowed = true;
	if (kapi_known(&o->min) &&
	    (!kapi_known(&n->min) || kapi_num_cmp(&n->min, &o->min) < 0))
		widened = true;
	if (kapi_known(&o->max) &&
	    (!kapi_known(&n->max) || kapi_num_cmp(&n->max, &o->max) > 0))
		widened = true;
	KAPI_PCHANGE(ctx,
		     narrowed ? KAPI_CHANGE_RANGE_NARROWED
			      : KAPI_CHANGE_RANGE_WIDENED,
		     narrowed ? KAPI_IMPACT_BREAKING : KAPI_IMPACT_COMPATIBLE,
		     "range [%s, %s] -> [%s, %s]%s",
		     kapi_vstr(a, sizeof(a), &o->min, "-inf"),
		     kapi_vstr(b, sizeof(b), &o->max, "+inf"),
		     kapi_vstr(c, sizeof(c), &n->min, "-inf"),
		     kapi_vstr(d, sizeof(d), &n->max, "+inf"),
		     narrowed && widened ? " (shifted)" : "");
}

static const struct kapi_arch_mask *kapi_arch_find(const struct kapi_param *p,
						   const char *arch)
{
	for (size_t i = 0; i < p->arch_mask_count; i++)
		if (p->arch_masks[i].arch &&
		    !strcmp(p->arch_masks[i].arch, arch))
			return &p->arch_masks[i];
	return NULL;
}

/* Valid bits on one arch: the base mask plus that arch's bits. */
static bool kapi_arch_bits(const struct kapi_param *p, const char *arch,
			   uint64_t *bits)
{
	const struct kapi_arch_mask *am = kapi_arch_find(p, arch);

	*bits = (uint64_t)p->mask.num;
	if (!am)
		return true;
	if (!kapi_known(&am->mask))
		return false;
	*bits |= (uint64_t)am->mask.num;
	return true;
}

/* Bits an arch gains or loses beyond the base mask's own change. */
static void kapi_diff_arch_mask(struct kapi_pctx *ctx,
				const struct kapi_param *o,
				const struct kapi_param *n, const char *arch,
				uint64_t base_gone, uint64_t base_new)
{
	uint64_t ob, nb, gone, added;

	if (!kapi_arch_bits(o, arch, &ob) || !kapi_arch_bits(n, arch, &nb))
		return;
	gone = ob & ~nb & ~base_gone;
	added = nb & ~ob & ~base_new;
	if (gone)
		KAPI_PCHANGE(ctx, KAPI_CHANGE_MASK_BITS_REMOVED,
			     KAPI_IMPACT_BREAKING,
			     "mask bits 0x%" PRIx64 " removed on %s (0x%" PRIx64
			     " -> 0x%" PRIx64 " with the %s bits)",
			     gone, arch, ob, nb, arch);
	if (added)
		KAPI_PCHANGE(ctx, KAPI_CHANGE_MASK_BITS_ADDED,
			     KAPI_IMPACT_COMPATIBLE,
			     "mask bits 0x%" PRIx64 " added on %s (0x%" PRIx64
			     " -> 0x%" PRIx64 " with the %s bits)",
			     added, arch, ob, nb, arch);
}

static void kapi_diff_mask(struct kapi_pctx *ctx, const struct kapi_param *o,
			   const struct kapi_param *n)
{
	uint64_t om, nm, gone = 0, added = 0;

	if (!kapi_known(&o->mask) || !kapi_known(&n->mask)) {
		if (!kapi_value_eq(&o->mask, &n->mask))
			KAPI_PCHANGE(ctx, KAPI_CHANGE_CONSTRAINT_CHANGED,
				     KAPI_IMPACT_RISKY,
				     "mask '%s' -> '%s' (unresolved values "
				     "cannot be compared)",
				     o->mask.text ? o->mask.text : "?",
				     n->mask.text ? n->mask.text : "?");
		return;
	}
	om = (uint64_t)o->mask.num;
	nm = (uint64_t)n->mask.num;
	gone = om & ~nm;
	added = nm & ~om;
	if (gone)
		KAPI_PCHANGE(ctx, KAPI_CHANGE_MASK_BITS_REMOVED,
			     KAPI_IMPACT_BREAKING,
			     "mask bits 0x%" PRIx64 " removed (0x%" PRIx64
			     " -> 0x%" PRIx64 ")",
			     gone, om, nm);
	if (added)
		KAPI_PCHANGE(ctx, KAPI_CHANGE_MASK_BITS_ADDED,
			     KAPI_IMPACT_COMPATIBLE,
			     "mask bits 0x%" PRIx64 " added (0x%" PRIx64
			     " -> 0x%" PRIx64 ")",
			     added, om, nm);
	/* arch-mask: bits, every arch named on either side */
	for (size_t i = 0; i < o->arch_mask_count; i++)
		if (o->arch_masks[i].arch)
			kapi_diff_arch_mask(ctx, o, n, o->arch_masks[i].arch,
					    gone, added);
	for (size_t i = 0; i < n->arch_mask_count; i++)
		if (n->arch_masks[i].arch &&
		    !kapi_arch_find(o, n->arch_masks[i].arch))
			kapi_diff_arch_mask(ctx, o, n, n->arch_masks[i].arch,
					    gone, added);
}

static bool kapi_values_have(const struct kapi_value *vals, size_t n,
			     const struct kapi_value *v)
{
	for (size_t i = 0; i < n; i++)
		if (kapi_value_eq(&vals[i], v))
			return true;
	return false;
}

/* The values of a missing from b, as "1, 7 (MADV_X)", or NULL: enum sets
 * of parameters and mined enum facts alike. */
static char *kapi_values_missing(const struct kapi_value *a, size_t na,
				 const struct kapi_value *b, size_t nb)
{
	struct kapi_strbuf sb = {0};
	char buf[32];

	for (size_t i = 0; i < na; i++) {
		const struct kapi_value *v = &a[i];

		if (kapi_values_have(b, nb, v))
			continue;
		kapi_sb_printf(&sb, "%s%s", sb.len ? ", " : "",
			       kapi_vstr(buf, sizeof(buf), v, "?"));
		if (v->text && kapi_known(v) && strcmp(v->text, buf))
			kapi_sb_printf(&sb, " (%s)", v->text);
	}
	if (!sb.len) {
		kapi_sb_free(&sb);
		return NULL;
	}
	return kapi_sb_take(&sb);
}

/* The values of `a` missing from `b`, as "1, 7", or NULL. */
static char *kapi_enum_missing(const struct kapi_param *a,
			       const struct kapi_param *b)
{
	return kapi_values_missing(a->enum_values, a->enum_count,
				   b->enum_values, b->enum_count);
}

static void kapi_diff_enum(struct kapi_pctx *ctx, const struct kapi_param *o,
			   const struct kapi_param *n)
{
	char *gone = kapi_enum_missing(o, n), *added = kapi_enum_missing(n, o);

	if (gone)
		KAPI_PCHANGE(ctx, KAPI_CHANGE_ENUM_REMOVED,
			     KAPI_IMPACT_BREAKING, "enum values removed: %s",
			     gone);
	if (added)
		KAPI_PCHANGE(ctx, KAPI_CHANGE_ENUM_ADDED,
			     KAPI_IMPACT_COMPATIBLE, "enum values added: %s",
			     added);
	free(gone);
	free(added);
}

static void kapi_diff_alignment(struct kapi_pctx *ctx,
				const struct kapi_param *o,
				const struct kapi_param *n)
{
	char a[32], b[32];
	enum kapi_impact impact = KAPI_IMPACT_RISKY;

	if (kapi_value_eq(&o->alignment, &n->alignment))
		return;
	if (kapi_known(&o->alignment) && kapi_known(&n->alignment) &&
	    o->alignment.num > 0 && n->alignment.num > 0)
		/* a divisor of the old alignment accepts every old value */
		impact = o->alignment.num % n->alignment.num
				 ? KAPI_IMPACT_BREAKING
				 : KAPI_IMPACT_COMPATIBLE;
	KAPI_PCHANGE(ctx, KAPI_CHANGE_ALIGNMENT_CHANGED, impact,
		     "alignment %s -> %s",
		     kapi_vstr(a, sizeof(a), &o->alignment, "none"),
		     kapi_vstr(b, sizeof(b), &n->alignment, "none"));
}

static void kapi_diff_param(struct kapi_changes *out, const char *api, int idx,
			    const struct kapi_param *o,
			    const struct kapi_param *n)
{
	struct kapi_pctx ctx = {out, api, idx, n->name};

	if (!kapi_str_eq(o->name, n->name))
		KAPI_PCHANGE(&ctx, KAPI_CHANGE_PARAM_RENAMED,
			     KAPI_IMPACT_COMPATIBLE, "renamed from '%s'",
			     o->name ? o->name : "?");
	if (o->type != n->type)
		KAPI_PCHANGE(&ctx, KAPI_CHANGE_PARAM_RETYPED,
			     KAPI_IMPACT_BREAKING, "type %s -> %s",
			     kapi_type_name(o->type), kapi_type_name(n->type));
	else if (o->type_name && n->type_name &&
		 strcmp(o->type_name, n->type_name))
		KAPI_PCHANGE(&ctx, KAPI_CHANGE_PARAM_RETYPED, KAPI_IMPACT_RISKY,
			     "C type '%s' -> '%s'", o->type_name, n->type_name);
	if ((o->flags & KAPI_PARAM_OPTIONAL) &&
	    !(n->flags & KAPI_PARAM_OPTIONAL))
		KAPI_PCHANGE(&ctx, KAPI_CHANGE_PARAM_REQUIRED,
			     KAPI_IMPACT_BREAKING,
			     "no longer optional (NULL/absent is rejected)");
	else if (!(o->flags & KAPI_PARAM_OPTIONAL) &&
		 (n->flags & KAPI_PARAM_OPTIONAL))
		KAPI_PCHANGE(&ctx, KAPI_CHANGE_PARAM_OPTIONAL,
			     KAPI_IMPACT_COMPATIBLE, "now optional");

	if (o->constraint != n->constraint) {
		/* A constraint dropped accepts everything it accepted; one
		 * added where there was none may reject old callers. */
		KAPI_PCHANGE(&ctx, KAPI_CHANGE_CONSTRAINT_CHANGED,
			     n->constraint == KAPI_CONSTRAINT_NONE
				     ? KAPI_IMPACT_COMPATIBLE
			     : o->constraint == KAPI_CONSTRAINT_NONE
				     ? KAPI_IMPACT_BREAKING
				     : KAPI_IMPACT_RISKY,
			     "constraint %s -> %s",
			     kapi_constraint_name(o->constraint),
			     kapi_constraint_name(n->constraint));
		return;
	}
	switch (n->constraint) {
	case KAPI_CONSTRAINT_RANGE:
		kapi_diff_range(&ctx, o, n);
		break;
	case KAPI_CONSTRAINT_MASK:
		kapi_diff_mask(&ctx, o, n);
		break;
	case KAPI_CONSTRAINT_ENUM:
		kapi_diff_enum(&ctx, o, n);
		break;
	case KAPI_CONSTRAINT_ALIGNMENT:
		kapi_diff_alignment(&ctx, o, n);
		break;
	default:
		break;
	}
}

/* ---- errors and return ------------------------------------------------------
 */

static bool kapi_has_error(const struct kapi_spec *s, const char *name)
{
	for (size_t i = 0; i < s->error_count; i++)
		if (kapi_str_eq(s->errors[i].name, name))
			return true;
	return false;
}

static void kapi_diff_errors(struct kapi_changes *out,
			     const struct kapi_spec *o,
			     const struct kapi_spec *n)
{
	for (size_t i = 0; i < n->error_count; i++)
		if (!kapi_has_error(o, n->errors[i].name))
			kapi_change_add(out, KAPI_CHANGE_ERROR_ADDED,
					KAPI_IMPACT_RISKY, n->name, -1, NULL,
					"error %s added (callers that handle "
					"every documented error may not "
					"handle it)",
					n->errors[i].name ? n->errors[i].name
							  : "?");
	for (size_t i = 0; i < o->error_count; i++)
		if (!kapi_has_error(n, o->errors[i].name))
			kapi_change_add(out, KAPI_CHANGE_ERROR_REMOVED,
					KAPI_IMPACT_COMPATIBLE, n->name, -1,
					NULL, "error %s removed",
					o->errors[i].name ? o->errors[i].name
							  : "?");
}

static void kapi_return_str(struct kapi_strbuf *sb, const struct kapi_return *r)
{
	char a[32], b[32];

	kapi_sb_puts(sb, r->present ? kapi_return_check_name(r->check)
				    : "unstated");
	if (r->check == KAPI_RETURN_EXACT)
		kapi_sb_printf(sb, " %s",
			       kapi_vstr(a, sizeof(a), &r->success, "?"));
	else if (r->check == KAPI_RETURN_RANGE)
		kapi_sb_printf(
			sb, " [%s, %s]",
			kapi_vstr(a, sizeof(a), &r->success_min, "-inf"),
			kapi_vstr(b, sizeof(b), &r->success_max, "+inf"));
}

static void kapi_diff_return(struct kapi_changes *out,
			     const struct kapi_spec *o,
			     const struct kapi_spec *n)
{
	const struct kapi_return *a = &o->ret, *b = &n->ret;
	struct kapi_strbuf x = {0}, y = {0};

	if (!a->present || !b->present)
		return; /* nothing stated on one side: nothing to compare */
	/* The C library's failure result: callers test for it. */
	if (a->failure.state == KAPI_VALUE_RESOLVED &&
	    b->failure.state == KAPI_VALUE_RESOLVED &&
	    !kapi_value_eq(&a->failure, &b->failure)) {
		char fa[32], fb[32];

		kapi_change_add(
			out, KAPI_CHANGE_RETURN_CHANGED, KAPI_IMPACT_BREAKING,
			n->name, -1, NULL, "failure result %s -> %s",
			a->failure.text
				? a->failure.text
				: kapi_vstr(fa, sizeof(fa), &a->failure, "?"),
			b->failure.text
				? b->failure.text
				: kapi_vstr(fb, sizeof(fb), &b->failure, "?"));
	}
	if (a->check == b->check &&
	    (a->check != KAPI_RETURN_EXACT ||
	     kapi_value_eq(&a->success, &b->success)) &&
	    (a->check != KAPI_RETURN_RANGE ||
	     (kapi_value_eq(&a->success_min, &b->success_min) &&
	      kapi_value_eq(&a->success_max, &b->success_max))))
		return;
	kapi_return_str(&x, a);
	kapi_return_str(&y, b);
	kapi_change_add(out, KAPI_CHANGE_RETURN_CHANGED, KAPI_IMPACT_BREAKING,
			n->name, -1, NULL, "return rule %s -> %s", x.buf,
			y.buf);
	kapi_sb_free(&x);
	kapi_sb_free(&y);
}

/* ---- mined facts ----------------------------------------------------------
 */

/* Same fact in both kernels: errors by code, the rest by kind and param. */
static bool kapi_fact_same_key(const struct kapi_fact *a,
			       const struct kapi_fact *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == KAPI_FACT_ERROR)
		return kapi_value_eq(&a->value, &b->value);
	return kapi_str_eq(a->param, b->param);
}

/* The enum values of a missing from b, as "3, 7 (MADV_X)", or NULL. */
static char *kapi_fact_values_missing(const struct kapi_fact *a,
				      const struct kapi_fact *b)
{
	return kapi_values_missing(a->values, a->value_count, b->values,
				   b->value_count);
}

static bool kapi_fact_eq(const struct kapi_fact *a, const struct kapi_fact *b)
{
	char *gone, *added;
	bool eq;

	if (!kapi_fact_same_key(a, b) || !kapi_value_eq(&a->value, &b->value))
		return false;
	gone = kapi_fact_values_missing(a, b);
	added = kapi_fact_values_missing(b, a);
	eq = !gone && !added;
	free(gone);
	free(added);
	return eq;
}

/* A fact's value: the number (hex for a mask), then the code's text. */
static void kapi_fact_value_str(struct kapi_strbuf *sb,
				const struct kapi_fact *f)
{
	const struct kapi_value *v = &f->value;
	char buf[32];

	if (f->kind == KAPI_FACT_ENUM) {
		kapi_sb_puts(sb, "{");
		for (size_t i = 0; i < f->value_count; i++)
			kapi_sb_printf(sb, "%s%s", i ? ", " : "",
				       kapi_vstr(buf, sizeof(buf),
						 &f->values[i], "?"));
		kapi_sb_puts(sb, "}");
		return;
	}
	if (!kapi_present(v))
		return;
	if (kapi_known(v) && f->kind == KAPI_FACT_MASK)
		snprintf(buf, sizeof(buf), "0x%" PRIx64, (uint64_t)v->num);
	else
		kapi_vstr(buf, sizeof(buf), v, "?");
	if (!v->text || !strcmp(v->text, buf))
		kapi_sb_puts(sb, buf);
	else if (f->kind == KAPI_FACT_ERROR) /* as show: -EINVAL (-22) */
		kapi_sb_printf(sb, "%s (%s)", v->text, buf);
	else
		kapi_sb_printf(sb, "%s (%s)", buf, v->text);
}

/* The change's parameter: by name in the new spec, else in the old. */
static void kapi_fact_ctx(struct kapi_pctx *ctx, const struct kapi_spec *o,
			  const struct kapi_spec *n, const struct kapi_fact *f)
{
	ctx->idx = -1;
	ctx->name = f->param;
	if (!f->param)
		return;
	ctx->idx = kapi_spec_param_index(n, f->param);
	if (ctx->idx < 0)
		ctx->idx = kapi_spec_param_index(o, f->param);
}

/* "mined mask", with the parameter's name when it has no index. */
static void kapi_fact_head(struct kapi_strbuf *sb, const struct kapi_pctx *ctx,
			   const struct kapi_fact *f)
{
	kapi_sb_printf(sb, "mined %s", kapi_fact_kind_name(f->kind));
	if (f->param && ctx->idx < 0)
		kapi_sb_printf(sb, " '%s'", f->param);
}

/*
 * "mined mask 0x80800 (O_CLOEXEC) added at fs/open.c:1204"; a fact added
 * rejects something or returns a new error, so it is risky.
 */
static void kapi_diff_fact_one(struct kapi_pctx *ctx, const struct kapi_fact *f,
			       bool added)
{
	struct kapi_strbuf sb = {0};

	kapi_fact_head(&sb, ctx, f);
	if (f->kind == KAPI_FACT_ENUM || kapi_present(&f->value))
		kapi_sb_puts(&sb, " ");
	kapi_fact_value_str(&sb, f);
	kapi_sb_puts(&sb, added ? " added" : " removed");
	if (f->file)
		kapi_sb_printf(&sb, " at %s:%u", f->file, f->loc.line);
	KAPI_PCHANGE(ctx,
		     added ? KAPI_CHANGE_FACT_ADDED : KAPI_CHANGE_FACT_REMOVED,
		     added ? KAPI_IMPACT_RISKY : KAPI_IMPACT_COMPATIBLE, "%s",
		     sb.buf);
	kapi_sb_free(&sb);
}

/* Does the new value reject something the old one accepted? */
static bool kapi_fact_narrowed(const struct kapi_fact *o,
			       const struct kapi_fact *n)
{
	char *gone;
	bool narrowed;

	if (o->kind == KAPI_FACT_ENUM) {
		gone = kapi_fact_values_missing(o, n);
		narrowed = gone != NULL;
		free(gone);
		return narrowed;
	}
	if (!kapi_known(&o->value) || !kapi_known(&n->value))
		return true; /* cannot tell */
	switch (o->kind) {
	case KAPI_FACT_MASK:
		return ((uint64_t)o->value.num & ~(uint64_t)n->value.num) != 0;
	case KAPI_FACT_MIN:
		return kapi_num_cmp(&n->value, &o->value) > 0;
	case KAPI_FACT_MAX:
		return kapi_num_cmp(&n->value, &o->value) < 0;
	case KAPI_FACT_ALIGNMENT:
		return n->value.num <= 0 || o->value.num % n->value.num;
	default:
		return true;
	}
}

/* "mined mask 0x7fffc3 -> 0x17fff83 (bits 0x40 removed, 0x1000000 added)" */
static void kapi_diff_fact_changed(struct kapi_pctx *ctx,
				   const struct kapi_fact *o,
				   const struct kapi_fact *n)
{
	struct kapi_strbuf head = {0}, a = {0}, b = {0}, why = {0};
	char *gone = NULL, *added = NULL;

	kapi_fact_value_str(&a, o);
	kapi_fact_value_str(&b, n);
	if (o->kind == KAPI_FACT_MASK && kapi_known(&o->value) &&
	    kapi_known(&n->value)) {
		uint64_t om = (uint64_t)o->value.num,
			 nm = (uint64_t)n->value.num;

		if (om & ~nm)
			kapi_sb_printf(&why, "bits 0x%" PRIx64 " removed",
				       om & ~nm);
		if (nm & ~om)
			kapi_sb_printf(&why, "%sbits 0x%" PRIx64 " added",
				       why.len ? ", " : "", nm & ~om);
	} else if (o->kind == KAPI_FACT_ENUM) {
		gone = kapi_fact_values_missing(o, n);
		added = kapi_fact_values_missing(n, o);
		if (gone)
			kapi_sb_printf(&why, "values %s removed", gone);
		if (added)
			kapi_sb_printf(&why, "%svalues %s added",
				       why.len ? ", " : "", added);
	}
	kapi_fact_head(&head, ctx, n);
	KAPI_PCHANGE(ctx, KAPI_CHANGE_FACT_CHANGED,
		     kapi_fact_narrowed(o, n) ? KAPI_IMPACT_RISKY
					      : KAPI_IMPACT_COMPATIBLE,
		     "%s %s -> %s%s%s%s", head.buf, a.len ? a.buf : "none",
		     b.len ? b.buf : "none", why.len ? " (" : "",
		     why.len ? why.buf : "", why.len ? ")" : "");
	free(gone);
	free(added);
	kapi_sb_free(&head);
	kapi_sb_free(&a);
	kapi_sb_free(&b);
	kapi_sb_free(&why);
}

/*
 * Pair the facts of both sides: equal ones first (no change), then the
 * rest by kind and parameter (changed); what is left was added or removed.
 */
static void kapi_diff_facts(struct kapi_changes *out, const struct kapi_spec *o,
			    const struct kapi_spec *n)
{
	bool *o_done = kapi_xcalloc(o->fact_count + 1, sizeof(*o_done));
	bool *n_done = kapi_xcalloc(n->fact_count + 1, sizeof(*n_done));
	struct kapi_pctx ctx = {out, n->name, -1, NULL};

	for (size_t i = 0; i < o->fact_count; i++)
		for (size_t j = 0; j < n->fact_count && !o_done[i]; j++)
			if (!n_done[j] &&
			    kapi_fact_eq(&o->facts[i], &n->facts[j]))
				o_done[i] = n_done[j] = true;
	for (size_t i = 0; i < o->fact_count; i++)
		for (size_t j = 0; j < n->fact_count && !o_done[i]; j++) {
			if (n_done[j] ||
			    !kapi_fact_same_key(&o->facts[i], &n->facts[j]))
				continue;
			o_done[i] = n_done[j] = true;
			kapi_fact_ctx(&ctx, o, n, &n->facts[j]);
			kapi_diff_fact_changed(&ctx, &o->facts[i],
					       &n->facts[j]);
		}
	for (size_t i = 0; i < o->fact_count; i++)
		if (!o_done[i]) {
			kapi_fact_ctx(&ctx, o, n, &o->facts[i]);
			kapi_diff_fact_one(&ctx, &o->facts[i], false);
		}
	for (size_t j = 0; j < n->fact_count; j++)
		if (!n_done[j]) {
			kapi_fact_ctx(&ctx, o, n, &n->facts[j]);
			kapi_diff_fact_one(&ctx, &n->facts[j], true);
		}
	free(o_done);
	free(n_done);
}

/* ---- specs
 * -------------------------------------------------------------------- */

void kapi_diff_spec(const struct kapi_spec *o, const struct kapi_spec *n,
		    struct kapi_changes *out)
{
	size_t i, common;

	if (!o && !n)
		return;
	if (!n) {
		kapi_change_add(out, KAPI_CHANGE_API_REMOVED,
				KAPI_IMPACT_BREAKING, o->name, -1, NULL,
				"API removed");
		return;
	}
	if (!o) {
		kapi_change_add(out, KAPI_CHANGE_API_ADDED,
				KAPI_IMPACT_COMPATIBLE, n->name, -1, NULL,
				"API added");
		return;
	}
	common = o->param_count < n->param_count ? o->param_count
						 : n->param_count;
	for (i = 0; i < common; i++)
		kapi_diff_param(out, n->name, (int)i, &o->params[i],
				&n->params[i]);
	for (i = common; i < n->param_count; i++)
		kapi_change_add(out, KAPI_CHANGE_PARAM_ADDED,
				KAPI_IMPACT_BREAKING, n->name, (int)i,
				n->params[i].name, "parameter added (%s)",
				kapi_type_name(n->params[i].type));
	for (i = common; i < o->param_count; i++)
		kapi_change_add(out, KAPI_CHANGE_PARAM_REMOVED,
				KAPI_IMPACT_BREAKING, n->name, (int)i,
				o->params[i].name, "parameter removed");
	kapi_diff_errors(out, o, n);
	kapi_diff_return(out, o, n);
	kapi_diff_facts(out, o, n);
}

static int kapi_spec_name_cmp(const void *a, const void *b)
{
	const struct kapi_spec *x = *(const struct kapi_spec *const *)a;
	const struct kapi_spec *y = *(const struct kapi_spec *const *)b;

	return strcmp(x->name ? x->name : "", y->name ? y->name : "");
}

static struct kapi_spec **kapi_sorted(const struct kapi_spec_list *l)
{
	struct kapi_spec **v = kapi_xcalloc(l->count + 1, sizeof(*v));

	if (l->count) {
		memcpy(v, l->items, l->count * sizeof(*v));
		qsort(v, l->count, sizeof(*v), kapi_spec_name_cmp);
	}
	return v;
}

void kapi_diff_lists(const struct kapi_spec_list *old,
		     const struct kapi_spec_list *new, struct kapi_changes *out)
{
	struct kapi_spec **a = kapi_sorted(old), **b = kapi_sorted(new);
	size_t i = 0, j = 0;

	while (i < old->count || j < new->count) {
		int c = i == old->count	  ? 1
			: j == new->count ? -1
					  : kapi_spec_name_cmp(&a[i], &b[j]);

		if (c < 0)
			kapi_diff_spec(a[i++], NULL, out);
		else if (c > 0)
			kapi_diff_spec(NULL, b[j++], out);
		else
			kapi_diff_spec(a[i++], b[j++], out);
	}
	free(a);
	free(b);
}
