/* SPDX-License-Identifier: MIT */
/*
 * A spec against the facts mined from its code.  See kapi_drift.h.
 */
#include "kapi_drift.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

struct drift {
	const struct kapi_spec *spec;
	const struct kapi_drift_options *opts;
	struct kapi_diag_list *diags;
	size_t n;
};

/* Warning at the spec, note at the code's test. */
static void report(struct drift *d, const struct kapi_param *p,
		   const struct kapi_fact *f, const char *rule, const char *msg)
{
	const struct kapi_spec *s = d->spec;
	struct kapi_loc at = {s->prov.line, 1};

	if (p && p->constraint_loc.line)
		at = p->constraint_loc;
	else if (p && p->loc.line)
		at = p->loc;
	kapi_diag_add(d->diags, KAPI_SEV_WARNING, s->prov.file, at, rule,
		      "%s: %s", s->name ? s->name : "?", msg);
	kapi_diag_add(d->diags, KAPI_SEV_NOTE, f->file, f->loc, NULL,
		      f->kind == KAPI_FACT_ERROR ? "returned here"
						 : "the code tests it here");
	d->n++;
}

static bool resolved(const struct kapi_value *v)
{
	return v->state == KAPI_VALUE_RESOLVED;
}

/* "0x4000 (O_DIRECT)", naming every bit the target names. */
static void bits_text(struct drift *d, const char *param, uint64_t bits,
		      char *buf, size_t len)
{
	size_t used = (size_t)snprintf(buf, len, "0x%" PRIx64, bits);
	const char *sep = " (";
	bool any = false;

	for (unsigned b = 0; b < 64 && used < len; b++) {
		uint64_t bit = 1ull << b;
		const char *name;

		if (!(bits & bit))
			continue;
		name = d->opts->bit_name
			       ? d->opts->bit_name(d->opts->ctx, param, bit)
			       : NULL;
		if (name)
			used += (size_t)snprintf(buf + used, len - used, "%s%s",
						 sep, name);
		else
			used += (size_t)snprintf(buf + used, len - used,
						 "%s0x%" PRIx64, sep, bit);
		sep = " | ";
		any = any || name;
	}
	if (!any)
		buf[strcspn(buf, " ")] =
			'\0'; /* no names: the number says it */
	else if (used < len)
		snprintf(buf + used, len - used, ")");
}

static void mask(struct drift *d, const struct kapi_param *p,
		 const struct kapi_fact *f)
{
	uint64_t spec, code = (uint64_t)f->value.num, extra, missing;
	char bits[512], msg[768];

	if (p->constraint != KAPI_CONSTRAINT_MASK || !resolved(&p->mask))
		return;
	spec = (uint64_t)p->mask.num;
	/* Bits only this target has are part of the spec here. */
	for (size_t i = 0; i < p->arch_mask_count; i++)
		if (resolved(&p->arch_masks[i].mask))
			spec |= (uint64_t)p->arch_masks[i].mask.num;
	missing = code & ~spec;
	extra = spec & ~code;
	if (missing) {
		bits_text(d, p->name, missing, bits, sizeof(bits));
		snprintf(msg, sizeof(msg),
			 "the mask of '%s' lacks %s, which the code accepts",
			 p->name, bits);
		report(d, p, f, KAPI_RULE_MASK_DRIFT, msg);
	}
	if (extra) {
		bits_text(d, p->name, extra, bits, sizeof(bits));
		snprintf(msg, sizeof(msg),
			 "the mask of '%s' has %s, which the code rejects",
			 p->name, bits);
		report(d, p, f, KAPI_RULE_MASK_DRIFT, msg);
	}
}

static bool has_value(const struct kapi_value *vals, size_t n, int64_t v)
{
	for (size_t i = 0; i < n; i++)
		if (resolved(&vals[i]) && vals[i].num == v)
			return true;
	return false;
}

/* The values of a that b lacks, as "3 (MADV_WILLNEED), 9". */
static size_t set_minus(const struct kapi_value *a, size_t na,
			const struct kapi_value *b, size_t nb, char *buf,
			size_t len)
{
	size_t used = 0, count = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < na && used < len; i++) {
		const struct kapi_value *v = &a[i];
		bool named;

		if (!resolved(v) || has_value(b, nb, v->num))
			continue;
		named = v->text && strcmp(v->text, "") &&
			(v->text[0] < '0' || v->text[0] > '9') &&
			v->text[0] != '-';
		used += (size_t)snprintf(buf + used, len - used,
					 named ? "%s%" PRId64 " (%s)"
					       : "%s%" PRId64,
					 count ? ", " : "", v->num, v->text);
		count++;
	}
	return count;
}

static void enum_set(struct drift *d, const struct kapi_param *p,
		     const struct kapi_fact *f)
{
	char vals[512], msg[768];

	if (p->constraint != KAPI_CONSTRAINT_ENUM || !p->enum_count)
		return;
	for (size_t i = 0; i < p->enum_count; i++)
		if (!resolved(&p->enum_values[i]))
			return;
	if (set_minus(f->values, f->value_count, p->enum_values, p->enum_count,
		      vals, sizeof(vals))) {
		snprintf(msg, sizeof(msg),
			 "the enum set of '%s' lacks %s, which the code "
			 "accepts",
			 p->name, vals);
		report(d, p, f, KAPI_RULE_ENUM_DRIFT, msg);
	}
	if (set_minus(p->enum_values, p->enum_count, f->values, f->value_count,
		      vals, sizeof(vals))) {
		snprintf(msg, sizeof(msg),
			 "the enum set of '%s' has %s, which the code rejects",
			 p->name, vals);
		report(d, p, f, KAPI_RULE_ENUM_DRIFT, msg);
	}
}

/* a < b as C compares the two (unsigned only when both are). */
static bool less(int64_t a, bool au, int64_t b, bool bu)
{
	if (au && bu)
		return (uint64_t)a < (uint64_t)b;
	if (au && a < 0)
		return false; /* a is huge */
	if (bu && b < 0)
		return true;
	return a < b;
}

/* "PAGE_SIZE (4096)", or "1" when the code wrote the number itself. */
static void code_value(const struct kapi_fact *f, char *buf, size_t len)
{
	char num[32];

	snprintf(num, sizeof(num),
		 f->value.is_unsigned ? "%" PRIu64 : "%" PRId64, f->value.num);
	if (f->value.text && f->value.text[0] && strcmp(f->value.text, num))
		snprintf(buf, len, "%s (%s)", f->value.text, num);
	else
		snprintf(buf, len, "%s", num);
}

static void bound(struct drift *d, const struct kapi_param *p,
		  const struct kapi_fact *f)
{
	bool is_min = f->kind == KAPI_FACT_MIN;
	const struct kapi_value *s = is_min ? &p->min : &p->max;
	char msg[512], code[256];

	if (p->constraint != KAPI_CONSTRAINT_RANGE || !resolved(s))
		return;
	if (!less(s->num, s->is_unsigned, f->value.num, f->value.is_unsigned) &&
	    !less(f->value.num, f->value.is_unsigned, s->num, s->is_unsigned))
		return;
	code_value(f, code, sizeof(code));
	snprintf(msg, sizeof(msg),
		 s->is_unsigned ? "the %s of '%s' is %" PRIu64
				  ", but the code's is %s"
				: "the %s of '%s' is %" PRId64
				  ", but the code's is %s",
		 is_min ? "minimum" : "maximum", p->name, s->num, code);
	report(d, p, f, KAPI_RULE_RANGE_DRIFT, msg);
}

static void nonzero(struct drift *d, const struct kapi_param *p,
		    const struct kapi_fact *f)
{
	char msg[256];

	if (p->constraint != KAPI_CONSTRAINT_RANGE || !resolved(&p->min) ||
	    !resolved(&p->max))
		return;
	/* Does [min, max] hold 0? */
	if (less(0, false, p->min.num, p->min.is_unsigned) ||
	    less(p->max.num, p->max.is_unsigned, 0, false))
		return;
	snprintf(msg, sizeof(msg),
		 "the range of '%s' allows 0, which the code rejects", p->name);
	report(d, p, f, KAPI_RULE_RANGE_DRIFT, msg);
}

static void alignment(struct drift *d, const struct kapi_param *p,
		      const struct kapi_fact *f)
{
	char msg[256];

	if ((p->constraint != KAPI_CONSTRAINT_ALIGNMENT &&
	     p->constraint != KAPI_CONSTRAINT_PAGE_ALIGNED) ||
	    !resolved(&p->alignment) || p->alignment.num == f->value.num)
		return;
	snprintf(msg, sizeof(msg),
		 "the alignment of '%s' is %" PRId64
		 ", but the code requires %" PRId64,
		 p->name, p->alignment.num, f->value.num);
	report(d, p, f, KAPI_RULE_ALIGNMENT_DRIFT, msg);
}

static void error(struct drift *d, const struct kapi_fact *f)
{
	const struct kapi_spec *s = d->spec;
	const char *name = f->value.text;
	char msg[256];

	if (!d->opts->errors_unlisted)
		return;
	if (name && name[0] == '-')
		name++;
	for (size_t i = 0; i < s->error_count; i++) {
		const struct kapi_error *e = &s->errors[i];

		if ((resolved(&e->code) && e->code.num == f->value.num) ||
		    (e->name && name && !strcmp(e->name, name)))
			return;
	}
	snprintf(msg, sizeof(msg),
		 "the code returns %s (%" PRId64
		 "), which the spec does not list",
		 f->value.text && f->value.text[0] ? f->value.text : "an error",
		 f->value.num);
	report(d, NULL, f, KAPI_RULE_ERROR_UNLISTED, msg);
}

size_t kapi_drift_check(const struct kapi_spec *spec,
			const struct kapi_drift_options *opts,
			struct kapi_diag_list *diags)
{
	struct drift d = {spec, opts, diags, 0};

	for (size_t i = 0; i < spec->fact_count; i++) {
		const struct kapi_fact *f = &spec->facts[i];
		const struct kapi_param *p =
			f->param ? kapi_spec_find_param(spec, f->param) : NULL;

		if (f->kind == KAPI_FACT_ERROR) {
			error(&d, f);
			continue;
		}
		if (!p || !p->name ||
		    (f->kind != KAPI_FACT_ENUM && !resolved(&f->value)))
			continue;
		switch (f->kind) {
		case KAPI_FACT_MASK:
			mask(&d, p, f);
			break;
		case KAPI_FACT_ENUM:
			enum_set(&d, p, f);
			break;
		case KAPI_FACT_MIN:
		case KAPI_FACT_MAX:
			bound(&d, p, f);
			break;
		case KAPI_FACT_NONZERO:
			nonzero(&d, p, f);
			break;
		case KAPI_FACT_ALIGNMENT:
			alignment(&d, p, f);
			break;
		default:
			break;
		}
	}
	return d.n;
}
