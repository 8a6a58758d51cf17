// SPDX-License-Identifier: MIT
/*
 * The kernel's JSON shape for specs, out and in (KAPI-DSL.md §8).
 *
 * Every object carries the kernel tool's field names first, in the kernel's
 * order, then an optional "kapi_clang" object with what the kernel shape
 * cannot hold.  The rules the reader relies on:
 *
 *  - A value with a kernel slot (min_value, valid_mask, error_code, ...) has
 *    its number in that slot and, under kapi_clang, a "meta" object with the
 *    same key: {"text", "state", "unsigned", "loc"}.  Values without a
 *    kernel slot (size_multiplier, arch masks) put the number in the meta
 *    object's "value".
 *  - Numbers are JSON integers.  Masks and flag words are hex strings of
 *    the 64-bit two's-complement bits.  An unsigned value above INT64_MAX in
 *    a number slot (min_value, success_value, ...) cannot be a jansson
 *    integer, so it is written as a hex string there too; the reader
 *    accepts integers, hex strings and decimal strings in every number slot.
 *  - Unresolved or invalid values are null in the kernel slot; absent values
 *    are null there and have no meta.  Unknown (-1) booleans are null in
 *    kernel fields and omitted under kapi_clang.
 *  - Without kapi_clang (the kernel's own files) numbers import as resolved,
 *    with the text as the kernel wrote it, and provenance says "json".
 *    Masks, size and alignment read as unsigned, other numbers as signed
 *    unless a hex string is above INT64_MAX.  A JSON integer beyond the
 *    int64 range makes the whole text invalid (jansson refuses it).
 *
 * kapi_clang keys (each omitted when absent):
 *   spec:        kind, api_type, param_count, param_count_loc, contexts_loc,
 *                doc_params [{name, description, loc}], provenance {file,
 *                line, source, target, compiler, kernel_version, verified},
 *                mined [{kind, param, value, values[], file, loc}]: the facts
 *                the plugin read off the code, each value a meta object
 *                with its number in "value" (values only for enum facts)
 *   parameter:   loc, type_loc, constraint_loc, constraint_text, meta of
 *                min_value max_value valid_mask enum_values[] size alignment,
 *                size_multiplier (meta + value), struct_type,
 *                arch_masks [{text, state, unsigned, value, loc, arch}]
 *   return_spec: loc, meta of success_value success_min success_max
 *                error_values[], failure (meta + value: the C library's
 *                failure result, no kernel slot)
 *   errors:      loc, meta of error_code, summary, retry (true/false,
 *                omitted when unknown)
 *   locks:       loc, acquired, released, held_on_entry, held_on_exit
 *   signals:     loc, meta of signal_num sa_flags_required
 *                sa_flags_forbidden error_on_signal, transform_to
 *   capabilities: loc, meta of capability, description
 *   signal_masks: loc, meta of signals[]
 *   struct_specs: loc, meta of size alignment; each of its fields: loc,
 *                meta of offset size min_value max_value valid_mask
 *   constraints: loc, expr_resolved (the expression with the target's
 *                macros as numbers, kapi_cexpr.h)
 *   others:      loc
 * Signal masks carry their signals as numbers ("signals": [2, 15]); struct
 * fields are written like parameters: "type" is the C type text,
 * "type_class" the type token, flags and valid_mask hex strings, and
 * enum_values one string (the kernel keeps a comma-separated list).
 * Not modelled, so written empty and ignored on input: capabilities'
 * alternatives.
 */
#include "kapi_json.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "kapi_progress.h"
#include "kapi_util.h"

#define KJ_RULE "kapi-json"

/* How a value is written in its kernel slot. */
enum kj_fmt {
	KJ_SIGNED,   /* number; kernel-only input reads as signed */
	KJ_UNSIGNED, /* number; kernel-only input reads as unsigned (size_t) */
	KJ_MASK,     /* hex string of the bits */
};

static const char *const kj_state_names[] = {
	[KAPI_VALUE_ABSENT] = "absent",
	[KAPI_VALUE_UNRESOLVED] = "unresolved",
	[KAPI_VALUE_RESOLVED] = "resolved",
	[KAPI_VALUE_INVALID] = "invalid",
};

/* ====================================================================== */
/* Output                                                                 */
/* ====================================================================== */

/* Length of the valid UTF-8 sequence at s, or 0 when it is not valid. */
static size_t kj_utf8_seq(const unsigned char *s)
{
	unsigned c = s[0], n, cp, min;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2, cp = c & 0x1f, min = 0x80;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3, cp = c & 0x0f, min = 0x800;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4, cp = c & 0x07, min = 0x10000;
	else
		return 0;
	for (unsigned i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

/*
 * A JSON string.  jansson refuses invalid UTF-8; text from a latin-1 source
 * file must still export, so bad bytes become U+FFFD.
 */
static json_t *kj_str(const char *s)
{
	struct kapi_strbuf sb = {0};
	json_t *j;

	if (!s)
		return json_null();
	j = json_string(s);
	if (j)
		return j;
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		size_t n = kj_utf8_seq(p);

		if (n) {
			kapi_sb_putn(&sb, (const char *)p, n);
			p += n;
		} else {
			kapi_sb_puts(&sb, "\xef\xbf\xbd");
			p++;
		}
	}
	j = json_string(sb.buf ? sb.buf : "");
	kapi_sb_free(&sb);
	return j ? j : json_string("");
}

static void kj_set(json_t *obj, const char *key, json_t *val)
{
	json_object_set_new(obj, key, val ? val : json_null());
}

static void kj_set_str_opt(json_t *obj, const char *key, const char *s)
{
	if (s)
		kj_set(obj, key, kj_str(s));
}

static json_t *kj_hex(uint64_t bits)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "0x%" PRIx64, bits);
	return json_string(buf);
}

static void kj_set_loc(json_t *obj, const char *key, struct kapi_loc loc)
{
	if (!loc.line)
		return;
	kj_set(obj, key,
	       json_pack("[II]", (json_int_t)loc.line, (json_int_t)loc.col));
}

/* The number of a resolved value for its slot; null otherwise. */
static json_t *kj_num(const struct kapi_value *v, enum kj_fmt fmt)
{
	if (v->state != KAPI_VALUE_RESOLVED)
		return json_null();
	if (fmt == KJ_MASK || (v->is_unsigned && v->num < 0))
		return kj_hex((uint64_t)v->num);
	return json_integer(v->num);
}

/* kapi_clang's view of a value: NULL when the value is absent. */
static json_t *kj_meta(const struct kapi_value *v, bool with_value,
		       enum kj_fmt fmt)
{
	json_t *m;

	if (v->state == KAPI_VALUE_ABSENT || v->state > KAPI_VALUE_INVALID)
		return NULL;
	m = json_object();
	kj_set_str_opt(m, "text", v->text);
	kj_set(m, "state", json_string(kj_state_names[v->state]));
	kj_set(m, "unsigned", json_boolean(v->is_unsigned));
	if (with_value && v->state == KAPI_VALUE_RESOLVED)
		kj_set(m, "value", kj_num(v, fmt));
	kj_set_loc(m, "loc", v->loc);
	return m;
}

static void kj_set_meta(json_t *kc, const char *key, const struct kapi_value *v,
			enum kj_fmt fmt)
{
	json_t *m = kj_meta(v, false, fmt);

	if (m)
		kj_set(kc, key, m);
}

/*
 * Kernel slot array of a list of values; *metas gets kapi_clang's parallel
 * array, or NULL when every value is absent.
 */
static json_t *kj_values(const struct kapi_value *vals, size_t n,
			 json_t **metas)
{
	json_t *nums = json_array();
	bool any = false;

	*metas = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *m = kj_meta(&vals[i], false, KJ_SIGNED);

		json_array_append_new(nums, kj_num(&vals[i], KJ_SIGNED));
		json_array_append_new(*metas, m ? m : json_null());
		any |= m != NULL;
	}
	if (!any) {
		json_decref(*metas);
		*metas = NULL;
	}
	return nums;
}

static json_t *kj_bool3(int b)
{
	return b < 0 ? json_null() : json_boolean(b);
}

static void kj_set_bool3_opt(json_t *kc, const char *key, int b)
{
	if (b >= 0)
		kj_set(kc, key, json_boolean(b));
}

static json_t *kj_tok(const char *name)
{
	return name ? json_string(name) : json_null();
}

/* Tokens of a bit set joined by '|'; null when no bit is set. */
static json_t *kj_bit_tokens(unsigned bits, unsigned count,
			     const char *(*name)(unsigned))
{
	struct kapi_strbuf sb = {0};
	json_t *j;

	for (unsigned i = 0; i < count; i++) {
		if (!(bits & (1u << i)))
			continue;
		if (sb.len)
			kapi_sb_putc(&sb, '|');
		kapi_sb_puts(&sb, name(i));
	}
	j = sb.len ? json_string(sb.buf) : json_null();
	kapi_sb_free(&sb);
	return j;
}

/* Attach kc as "kapi_clang" unless it is empty. */
static void kj_attach(json_t *obj, json_t *kc)
{
	if (json_object_size(kc))
		kj_set(obj, "kapi_clang", kc);
	else
		json_decref(kc);
}

static json_t *kj_param(const struct kapi_param *p, size_t index)
{
	json_t *o = json_object(), *kc = json_object(), *enum_meta;

	kj_set(o, "index", json_integer((json_int_t)index));
	kj_set(o, "name", kj_str(p->name));
	kj_set(o, "type_name", kj_str(p->type_name));
	kj_set(o, "description", kj_str(p->desc));
	kj_set(o, "flags", kj_hex(p->flags));
	kj_set(o, "param_type", kj_tok(kapi_type_name(p->type)));
	kj_set(o, "constraint_type",
	       kj_tok(kapi_constraint_name(p->constraint)));
	kj_set(o, "constraint", kj_str(p->cdesc));
	kj_set(o, "min_value", kj_num(&p->min, KJ_SIGNED));
	kj_set(o, "max_value", kj_num(&p->max, KJ_SIGNED));
	kj_set(o, "valid_mask", kj_num(&p->mask, KJ_MASK));
	kj_set(o, "enum_values",
	       kj_values(p->enum_values, p->enum_count, &enum_meta));
	kj_set(o, "size", kj_num(&p->size, KJ_UNSIGNED));
	kj_set(o, "alignment", kj_num(&p->alignment, KJ_UNSIGNED));
	kj_set(o, "size_param_idx",
	       p->size_param_idx < 0 ? json_null()
				     : json_integer(p->size_param_idx));

	kj_set_loc(kc, "loc", p->loc);
	kj_set_loc(kc, "type_loc", p->type_loc);
	kj_set_loc(kc, "constraint_loc", p->constraint_loc);
	kj_set_str_opt(kc, "constraint_text", p->constraint_text);
	kj_set_meta(kc, "min_value", &p->min, KJ_SIGNED);
	kj_set_meta(kc, "max_value", &p->max, KJ_SIGNED);
	kj_set_meta(kc, "valid_mask", &p->mask, KJ_MASK);
	if (enum_meta)
		kj_set(kc, "enum_values", enum_meta);
	kj_set_meta(kc, "size", &p->size, KJ_UNSIGNED);
	kj_set_meta(kc, "alignment", &p->alignment, KJ_UNSIGNED);
	if (p->size_multiplier.state != KAPI_VALUE_ABSENT)
		kj_set(kc, "size_multiplier",
		       kj_meta(&p->size_multiplier, true, KJ_UNSIGNED));
	kj_set_str_opt(kc, "struct_type", p->struct_type);
	if (p->arch_mask_count) {
		json_t *arr = json_array();

		for (size_t i = 0; i < p->arch_mask_count; i++) {
			const struct kapi_arch_mask *am = &p->arch_masks[i];
			json_t *m = kj_meta(&am->mask, true, KJ_MASK);

			if (!m)
				m = json_object();
			/* arch first, for readers skimming the file */
			json_object_set_new(m, "arch", kj_str(am->arch));
			json_array_append_new(arr, m);
		}
		kj_set(kc, "arch_masks", arr);
	}
	kj_attach(o, kc);
	return o;
}

static json_t *kj_return(const struct kapi_return *r)
{
	json_t *o, *kc, *err_meta;

	if (!r->present)
		return json_null();
	o = json_object();
	kc = json_object();
	kj_set(o, "type_name", kj_str(r->type_name));
	kj_set(o, "description", kj_str(r->desc));
	kj_set(o, "return_type", kj_tok(kapi_type_name(r->type)));
	kj_set(o, "check_type", kj_tok(kapi_return_check_name(r->check)));
	kj_set(o, "success_value", kj_num(&r->success, KJ_SIGNED));
	kj_set(o, "success_min", kj_num(&r->success_min, KJ_SIGNED));
	kj_set(o, "success_max", kj_num(&r->success_max, KJ_SIGNED));
	kj_set(o, "error_values",
	       kj_values(r->error_values, r->error_value_count, &err_meta));
	kj_set_loc(kc, "loc", r->loc);
	kj_set_meta(kc, "success_value", &r->success, KJ_SIGNED);
	kj_set_meta(kc, "success_min", &r->success_min, KJ_SIGNED);
	kj_set_meta(kc, "success_max", &r->success_max, KJ_SIGNED);
	if (err_meta)
		kj_set(kc, "error_values", err_meta);
	if (r->failure.state != KAPI_VALUE_ABSENT)
		kj_set(kc, "failure", kj_meta(&r->failure, true, KJ_SIGNED));
	kj_attach(o, kc);
	return o;
}

static json_t *kj_error(const struct kapi_error *e)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "error_code", kj_num(&e->code, KJ_SIGNED));
	kj_set(o, "name", kj_str(e->name));
	kj_set(o, "condition", kj_str(e->condition));
	kj_set(o, "description", kj_str(e->desc));
	kj_set_loc(kc, "loc", e->loc);
	kj_set_meta(kc, "error_code", &e->code, KJ_SIGNED);
	kj_set_str_opt(kc, "summary", e->summary);
	if (e->retry != KAPI_RETRY_UNKNOWN)
		kj_set(kc, "retry", json_boolean(e->retry == KAPI_RETRY_YES));
	kj_attach(o, kc);
	return o;
}

static json_t *kj_lock(const struct kapi_lock *l)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "lock_name", kj_str(l->name));
	kj_set(o, "lock_type", kj_tok(kapi_lock_type_name(l->type)));
	kj_set(o, "scope", kj_tok(kapi_lock_scope_name(l->scope)));
	kj_set(o, "description", kj_str(l->desc));
	kj_set_loc(kc, "loc", l->loc);
	kj_set_bool3_opt(kc, "acquired", l->acquired);
	kj_set_bool3_opt(kc, "released", l->released);
	kj_set_bool3_opt(kc, "held_on_entry", l->held_on_entry);
	kj_set_bool3_opt(kc, "held_on_exit", l->held_on_exit);
	kj_attach(o, kc);
	return o;
}

static const char *kj_direction_name(unsigned bit)
{
	return kapi_signal_direction_name(bit);
}

static json_t *kj_signal(const struct kapi_signal *g)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "signal_num", kj_num(&g->number, KJ_SIGNED));
	kj_set(o, "signal_name", kj_str(g->name));
	kj_set(o, "direction",
	       kj_bit_tokens(g->direction, KAPI_SIGNAL_DIRECTION_COUNT,
			     kj_direction_name));
	kj_set(o, "action", kj_tok(kapi_signal_action_name(g->action)));
	kj_set(o, "target", kj_str(g->target));
	kj_set(o, "condition", kj_str(g->condition));
	kj_set(o, "description", kj_str(g->desc));
	kj_set(o, "timing", kj_tok(kapi_signal_timing_name(g->timing)));
	kj_set(o, "priority", json_integer(g->priority));
	kj_set(o, "restartable", kj_bool3(g->restartable));
	kj_set(o, "interruptible", kj_bool3(g->interruptible));
	kj_set(o, "queue", kj_bool3(g->queue));
	kj_set(o, "sa_flags_required", kj_num(&g->sa_flags_required, KJ_MASK));
	kj_set(o, "sa_flags_forbidden",
	       kj_num(&g->sa_flags_forbidden, KJ_MASK));
	kj_set(o, "state_required", kj_str(g->state_required));
	kj_set(o, "state_forbidden", kj_str(g->state_forbidden));
	kj_set(o, "error_on_signal", kj_num(&g->error, KJ_SIGNED));
	kj_set_loc(kc, "loc", g->loc);
	kj_set_meta(kc, "signal_num", &g->number, KJ_SIGNED);
	kj_set_meta(kc, "sa_flags_required", &g->sa_flags_required, KJ_MASK);
	kj_set_meta(kc, "sa_flags_forbidden", &g->sa_flags_forbidden, KJ_MASK);
	kj_set_meta(kc, "error_on_signal", &g->error, KJ_SIGNED);
	kj_set_str_opt(kc, "transform_to", g->transform_to);
	kj_attach(o, kc);
	return o;
}

static json_t *kj_capability(const struct kapi_capability *c)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "capability", kj_num(&c->number, KJ_SIGNED));
	kj_set(o, "name", kj_str(c->name));
	kj_set(o, "action", kj_tok(kapi_cap_action_name(c->action)));
	kj_set(o, "allows", kj_str(c->allows));
	kj_set(o, "without_cap", kj_str(c->without));
	kj_set(o, "check_condition", kj_str(c->condition));
	kj_set(o, "priority", json_integer(c->priority));
	kj_set(o, "alternatives", json_array());
	kj_set_loc(kc, "loc", c->loc);
	kj_set_meta(kc, "capability", &c->number, KJ_SIGNED);
	kj_set_str_opt(kc, "description", c->desc);
	kj_attach(o, kc);
	return o;
}

static json_t *kj_side_effect(const struct kapi_side_effect *e)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "effect_type", kj_hex(e->types));
	kj_set(o, "target", kj_str(e->target));
	kj_set(o, "condition", kj_str(e->condition));
	kj_set(o, "description", kj_str(e->desc));
	kj_set(o, "reversible", kj_bool3(e->reversible));
	kj_set_loc(kc, "loc", e->loc);
	kj_attach(o, kc);
	return o;
}

static json_t *kj_state_trans(const struct kapi_state_trans *t)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "object", kj_str(t->object));
	kj_set(o, "from_state", kj_str(t->from));
	kj_set(o, "to_state", kj_str(t->to));
	kj_set(o, "condition", kj_str(t->condition));
	kj_set(o, "description", kj_str(t->desc));
	kj_set_loc(kc, "loc", t->loc);
	kj_attach(o, kc);
	return o;
}

static json_t *kj_constraint(const struct kapi_constraint *c)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "name", kj_str(c->name));
	kj_set(o, "description", kj_str(c->desc));
	kj_set(o, "expression", kj_str(c->expr));
	kj_set_loc(kc, "loc", c->loc);
	kj_set_str_opt(kc, "expr_resolved", c->expr_resolved);
	kj_attach(o, kc);
	return o;
}

static json_t *kj_signal_mask(const struct kapi_signal_mask *m)
{
	json_t *o = json_object(), *kc = json_object(), *sig_meta;

	kj_set(o, "name", kj_str(m->name));
	kj_set(o, "description", kj_str(m->desc));
	kj_set(o, "signals", kj_values(m->signals, m->signal_count, &sig_meta));
	kj_set_loc(kc, "loc", m->loc);
	if (sig_meta)
		kj_set(kc, "signals", sig_meta);
	kj_attach(o, kc);
	return o;
}

/* A struct field, written like a parameter (kj_param) where they agree. */
static json_t *kj_struct_field(const struct kapi_struct_field *f)
{
	json_t *o = json_object(), *kc = json_object();

	kj_set(o, "name", kj_str(f->name));
	kj_set(o, "type", kj_str(f->type_name));
	kj_set(o, "type_class", kj_tok(kapi_type_name(f->type)));
	kj_set(o, "offset", kj_num(&f->offset, KJ_UNSIGNED));
	kj_set(o, "size", kj_num(&f->size, KJ_UNSIGNED));
	kj_set(o, "flags", kj_hex(f->flags));
	kj_set(o, "constraint_type",
	       kj_tok(kapi_constraint_name(f->constraint)));
	kj_set(o, "min_value", kj_num(&f->min, KJ_SIGNED));
	kj_set(o, "max_value", kj_num(&f->max, KJ_SIGNED));
	kj_set(o, "valid_mask", kj_num(&f->mask, KJ_MASK));
	kj_set(o, "enum_values", kj_str(f->enum_values));
	kj_set(o, "description", kj_str(f->desc));
	kj_set_loc(kc, "loc", f->loc);
	kj_set_meta(kc, "offset", &f->offset, KJ_UNSIGNED);
	kj_set_meta(kc, "size", &f->size, KJ_UNSIGNED);
	kj_set_meta(kc, "min_value", &f->min, KJ_SIGNED);
	kj_set_meta(kc, "max_value", &f->max, KJ_SIGNED);
	kj_set_meta(kc, "valid_mask", &f->mask, KJ_MASK);
	kj_attach(o, kc);
	return o;
}

static json_t *kj_struct_spec(const struct kapi_struct_spec *st)
{
	json_t *o = json_object(), *kc = json_object(), *fields = json_array();

	kj_set(o, "name", kj_str(st->name));
	kj_set(o, "size", kj_num(&st->size, KJ_UNSIGNED));
	kj_set(o, "alignment", kj_num(&st->alignment, KJ_UNSIGNED));
	kj_set(o, "description", kj_str(st->desc));
	for (size_t i = 0; i < st->field_count; i++)
		json_array_append_new(fields, kj_struct_field(&st->fields[i]));
	kj_set(o, "fields", fields);
	kj_set_loc(kc, "loc", st->loc);
	kj_set_meta(kc, "size", &st->size, KJ_UNSIGNED);
	kj_set_meta(kc, "alignment", &st->alignment, KJ_UNSIGNED);
	kj_attach(o, kc);
	return o;
}

static json_t *kj_provenance(const struct kapi_provenance *p)
{
	json_t *o = json_object();

	kj_set_str_opt(o, "file", p->file);
	if (p->line)
		kj_set(o, "line", json_integer(p->line));
	kj_set(o, "source", kj_tok(kapi_source_kind_name(p->source)));
	kj_set_str_opt(o, "target", p->target);
	kj_set_str_opt(o, "compiler", p->compiler);
	kj_set_str_opt(o, "kernel_version", p->kernel_version);
	kj_set(o, "verified", kj_tok(kapi_verify_state_name(p->verified)));
	return o;
}

/* How a fact's value is written: masks as hex, like valid_mask. */
static enum kj_fmt kj_fact_fmt(enum kapi_fact_kind k)
{
	if (k == KAPI_FACT_MASK)
		return KJ_MASK;
	return k == KAPI_FACT_ALIGNMENT ? KJ_UNSIGNED : KJ_SIGNED;
}

static json_t *kj_fact(const struct kapi_fact *f)
{
	json_t *o = json_object(), *m;

	kj_set(o, "kind", kj_tok(kapi_fact_kind_name(f->kind)));
	kj_set_str_opt(o, "param", f->param);
	m = kj_meta(&f->value, true, kj_fact_fmt(f->kind));
	if (m)
		kj_set(o, "value", m);
	if (f->kind == KAPI_FACT_ENUM || f->value_count) {
		json_t *arr = json_array();

		for (size_t i = 0; i < f->value_count; i++) {
			m = kj_meta(&f->values[i], true, KJ_SIGNED);
			json_array_append_new(arr, m ? m : json_null());
		}
		kj_set(o, "values", arr);
	}
	kj_set_str_opt(o, "file", f->file);
	kj_set_loc(o, "loc", f->loc);
	return o;
}

static json_t *kj_spec_kapi_clang(const struct kapi_spec *s)
{
	json_t *kc = json_object();

	kj_set(kc, "kind",
	       json_string(s->kind == KAPI_KIND_SYSCALL ? "syscall"
							: "function"));
	kj_set_str_opt(kc, "api_type", s->api_type);
	if (s->param_count_declared >= 0)
		kj_set(kc, "param_count",
		       json_integer(s->param_count_declared));
	kj_set_loc(kc, "param_count_loc", s->param_count_loc);
	kj_set_loc(kc, "contexts_loc", s->contexts_loc);
	if (s->doc_param_count) {
		json_t *arr = json_array();

		for (size_t i = 0; i < s->doc_param_count; i++) {
			const struct kapi_doc_param *d = &s->doc_params[i];
			json_t *o = json_object();

			kj_set(o, "name", kj_str(d->name));
			kj_set(o, "description", kj_str(d->desc));
			kj_set_loc(o, "loc", d->loc);
			json_array_append_new(arr, o);
		}
		kj_set(kc, "doc_params", arr);
	}
	kj_set(kc, "provenance", kj_provenance(&s->prov));
	if (s->fact_count) {
		json_t *arr = json_array();

		for (size_t i = 0; i < s->fact_count; i++)
			json_array_append_new(arr, kj_fact(&s->facts[i]));
		kj_set(kc, "mined", arr);
	}
	return kc;
}

#define KJ_LIST(obj, key, arr, n, fn)                                          \
	do {                                                                   \
		json_t *a_ = json_array();                                     \
		for (size_t i_ = 0; i_ < (n); i_++)                            \
			json_array_append_new(a_, fn(&(arr)[i_]));             \
		kj_set((obj), (key), a_);                                      \
	} while (0)

static json_t *kj_spec(const struct kapi_spec *s)
{
	json_t *o = json_object(), *ctx = json_array(), *params = json_array();

	kj_set(o, "name", kj_str(s->name));
	kj_set(o, "description", kj_str(s->description));
	kj_set(o, "long_description", kj_str(s->long_description));
	for (unsigned i = 0; i < KAPI_CTX_COUNT; i++)
		if (s->contexts & (1u << i))
			json_array_append_new(
				ctx, json_string(kapi_context_name(i)));
	kj_set(o, "context_flags", ctx);
	kj_set(o, "examples", kj_str(s->examples));
	kj_set(o, "notes", kj_str(s->notes));
	kj_set(o, "since_version", kj_str(s->since_version));
	for (size_t i = 0; i < s->param_count; i++)
		json_array_append_new(params, kj_param(&s->params[i], i));
	kj_set(o, "parameters", params);
	kj_set(o, "return_spec", kj_return(&s->ret));
	KJ_LIST(o, "errors", s->errors, s->error_count, kj_error);
	KJ_LIST(o, "locks", s->locks, s->lock_count, kj_lock);
	KJ_LIST(o, "signals", s->signals, s->signal_count, kj_signal);
	KJ_LIST(o, "signal_masks", s->signal_masks, s->signal_mask_count,
		kj_signal_mask);
	KJ_LIST(o, "side_effects", s->side_effects, s->side_effect_count,
		kj_side_effect);
	KJ_LIST(o, "state_transitions", s->state_transitions,
		s->state_trans_count, kj_state_trans);
	KJ_LIST(o, "capabilities", s->capabilities, s->capability_count,
		kj_capability);
	KJ_LIST(o, "constraints", s->constraints, s->constraint_count,
		kj_constraint);
	KJ_LIST(o, "struct_specs", s->struct_specs, s->struct_spec_count,
		kj_struct_spec);
	kj_set(o, "kapi_clang", kj_spec_kapi_clang(s));
	return o;
}

/* Serialise and take ownership of root; the result is malloc'd. */
static char *kj_dump(json_t *root, size_t flags, bool newline)
{
	char *text = json_dumps(root, flags | JSON_PRESERVE_ORDER);
	char *out;

	json_decref(root);
	if (!text)
		abort(); /* only on allocation failure, like kapi_xmalloc */
	if (!newline)
		return text; /* jansson allocates with malloc by default */
	out = kapi_xasprintf("%s\n", text);
	free(text);
	return out;
}

char *kapi_json_spec_to_string(const struct kapi_spec *spec)
{
	return kj_dump(kj_spec(spec), JSON_INDENT(2), false);
}

char *kapi_json_spec_to_compact_string(const struct kapi_spec *spec)
{
	return kj_dump(kj_spec(spec), JSON_COMPACT, false);
}

char *kapi_json_list_to_string(const struct kapi_spec *const *specs,
			       size_t count)
{
	json_t *root = json_object(), *apis = json_array();

	for (size_t i = 0; i < count; i++)
		json_array_append_new(apis, kj_spec(specs[i]));
	kj_set(root, "apis", apis);
	return kj_dump(root, JSON_INDENT(2), true);
}

/* ====================================================================== */
/* Input                                                                  */
/* ====================================================================== */

/* Reading state for one spec: the first wrong field fails the spec. */
struct kr {
	const char *origin;
	struct kapi_diag_list *diags;
	const char *spec; /* name for messages, "#N" before it is known */
	bool failed;
};

static const struct kapi_loc kr_noloc;

static const char *kr_type_name(const json_t *j)
{
	switch (json_typeof(j)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
		return "an integer";
	case JSON_REAL:
		return "a real number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	default:
		return "null";
	}
}

/* `where` is the containing object ("parameters[1]"), may be "". */
static void kr_fail(struct kr *r, const char *where, const char *key,
		    const char *msg)
{
	if (r->failed)
		return;
	r->failed = true;
	kapi_diag_add(r->diags, KAPI_SEV_ERROR, r->origin, kr_noloc, KJ_RULE,
		      "spec '%s': field '%s%s%s': %s; spec skipped", r->spec,
		      where, *where ? "." : "", key, msg);
}

static void kr_want(struct kr *r, const char *where, const char *key,
		    const char *want, const json_t *got)
{
	char msg[96];

	snprintf(msg, sizeof(msg), "expected %s, got %s", want,
		 kr_type_name(got));
	kr_fail(r, where, key, msg);
}

static void kr_warn(struct kr *r, const char *where, const char *key,
		    const char *what, const char *tok)
{
	kapi_diag_add(r->diags, KAPI_SEV_WARNING, r->origin, kr_noloc, KJ_RULE,
		      "spec '%s': field '%s%s%s': unknown %s '%s', ignored",
		      r->spec, where, *where ? "." : "", key, what, tok);
}

/* A member that is present and not null, or NULL. */
static json_t *kr_get(const json_t *obj, const char *key)
{
	json_t *j = obj ? json_object_get(obj, key) : NULL;

	return j && !json_is_null(j) ? j : NULL;
}

static void kr_str(struct kr *r, const json_t *obj, const char *where,
		   const char *key, char **out)
{
	json_t *j = kr_get(obj, key);

	if (!j)
		return;
	if (!json_is_string(j)) {
		kr_want(r, where, key, "a string", j);
		return;
	}
	free(*out);
	*out = kapi_xstrdup(json_string_value(j));
}

static bool kr_int_range(struct kr *r, const json_t *obj, const char *where,
			 const char *key, long long min, long long max,
			 long long *out)
{
	json_t *j = kr_get(obj, key);

	if (!j)
		return false;
	if (!json_is_integer(j)) {
		kr_want(r, where, key, "an integer", j);
		return false;
	}
	if (json_integer_value(j) < min || json_integer_value(j) > max) {
		kr_fail(r, where, key, "integer out of range");
		return false;
	}
	*out = json_integer_value(j);
	return true;
}

static void kr_int(struct kr *r, const json_t *obj, const char *where,
		   const char *key, int *out)
{
	long long v;

	if (kr_int_range(r, obj, where, key, INT_MIN, INT_MAX, &v))
		*out = (int)v;
}

/* true/false, or -1 for null/absent. */
static void kr_bool3(struct kr *r, const json_t *obj, const char *where,
		     const char *key, int *out)
{
	json_t *j = kr_get(obj, key);

	*out = -1;
	if (!j)
		return;
	if (!json_is_boolean(j)) {
		kr_want(r, where, key, "a boolean", j);
		return;
	}
	*out = json_is_true(j);
}

static void kr_loc(struct kr *r, const json_t *obj, const char *where,
		   const char *key, struct kapi_loc *out)
{
	json_t *j = kr_get(obj, key), *l, *c;

	if (!j)
		return;
	l = json_array_get(j, 0);
	c = json_array_get(j, 1);
	if (!json_is_array(j) || json_array_size(j) != 2 ||
	    !json_is_integer(l) || !json_is_integer(c) ||
	    json_integer_value(l) < 0 || json_integer_value(l) > UINT_MAX ||
	    json_integer_value(c) < 0 || json_integer_value(c) > UINT_MAX) {
		kr_fail(r, where, key,
			"expected [line, column] of two unsigned integers");
		return;
	}
	out->line = (unsigned)json_integer_value(l);
	out->col = (unsigned)json_integer_value(c);
}

/* An optional object member; NULL when absent or null. */
static json_t *kr_obj(struct kr *r, const json_t *obj, const char *where,
		      const char *key)
{
	json_t *j = kr_get(obj, key);

	if (j && !json_is_object(j)) {
		kr_want(r, where, key, "an object", j);
		return NULL;
	}
	return j;
}

static json_t *kr_arr(struct kr *r, const json_t *obj, const char *where,
		      const char *key)
{
	json_t *j = kr_get(obj, key);

	if (j && !json_is_array(j)) {
		kr_want(r, where, key, "an array", j);
		return NULL;
	}
	return j;
}

/*
 * Spellings older kernels print for a few tokens, besides the ones
 * *_from_token() knows.
 */
struct kr_alias {
	const char *tok;
	int val;
};

static const struct kr_alias kr_type_aliases[] = {
	{"file_descriptor", KAPI_TYPE_FD},
	{"function_pointer", KAPI_TYPE_FUNC_PTR},
	{"user_pointer", KAPI_TYPE_USER_PTR},
	{"pathname", KAPI_TYPE_PATH},
	{NULL, 0},
};

static const struct kr_alias kr_return_aliases[] = {
	{"file_descriptor", KAPI_RETURN_FD},
	{NULL, 0},
};

/* An enumeration token; unknown tokens warn and leave *out alone. */
static void kr_tok(struct kr *r, const json_t *obj, const char *where,
		   const char *key, int (*from)(const char *),
		   const struct kr_alias *aliases, const char *what, int *out)
{
	json_t *j = kr_get(obj, key);
	const char *s;
	int v;

	if (!j)
		return;
	if (!json_is_string(j)) {
		kr_want(r, where, key, "a token string", j);
		return;
	}
	s = json_string_value(j);
	v = from(s);
	for (const struct kr_alias *a = aliases; v < 0 && a && a->tok; a++)
		if (kapi_streq_nocase(s, a->tok))
			v = a->val;
	if (v < 0)
		kr_warn(r, where, key, what, s);
	else
		*out = v;
}

#define KR_TOK(r, obj, where, key, fn, aliases, what, field)                   \
	do {                                                                   \
		int v_ = (int)(field);                                         \
		kr_tok((r), (obj), (where), (key), kapi_##fn##_from_token,     \
		       (aliases), (what), &v_);                                \
		(field) = v_;                                                  \
	} while (0)

/*
 * An integer written as a JSON integer or as a string: "0x80000", "-22",
 * "4096".  Returns false when the string is not a number.
 */
static bool kr_parse_int(const char *s, int64_t *num, bool *above_int64)
{
	bool neg = *s == '-';
	const char *p = s + neg;
	unsigned long long u;
	char *end;

	if (*p < '0' || *p > '9')
		return false;
	errno = 0;
	u = strtoull(p, &end, 0);
	if (errno || *end || end == p)
		return false;
	*above_int64 = !neg && u > INT64_MAX;
	if (neg) {
		if (u > (unsigned long long)INT64_MAX + 1)
			return false;
		*num = u ? (int64_t)(0 - u) : 0; /* wraps to the exact value */
		return true;
	}
	*num = (int64_t)u;
	return true;
}

/* Number from a slot; the text is the number as written. */
static bool kr_number(struct kr *r, const char *where, const char *key,
		      const json_t *j, int64_t *num, bool *above, char **text)
{
	*above = false;
	if (json_is_integer(j)) {
		*num = json_integer_value(j);
		if (text)
			*text = kapi_xasprintf("%" PRId64, *num);
		return true;
	}
	if (json_is_string(j) &&
	    kr_parse_int(json_string_value(j), num, above)) {
		if (text)
			*text = kapi_xstrdup(json_string_value(j));
		return true;
	}
	kr_want(r, where, key, "an integer or a numeric string", j);
	return false;
}

static int kr_state_from_token(const char *s)
{
	for (size_t i = 0; i < sizeof(kj_state_names) / sizeof(*kj_state_names);
	     i++)
		if (!strcmp(s, kj_state_names[i]))
			return (int)i;
	return -1;
}

/* Read kapi_clang's meta object m into v (text, state, unsigned, loc). */
static void kr_meta(struct kr *r, const json_t *m, const char *where,
		    const char *key, const json_t *k, enum kj_fmt fmt,
		    struct kapi_value *v)
{
	char w[160];
	json_t *st = kr_get(m, "state"), *uns = kr_get(m, "unsigned");
	int state = -1;
	bool above = false;

	snprintf(w, sizeof(w), "%s%skapi_clang.%s", where, *where ? "." : "",
		 key);
	kr_str(r, m, w, "text", &v->text);
	kr_loc(r, m, w, "loc", &v->loc);
	if (st && (!json_is_string(st) ||
		   (state = kr_state_from_token(json_string_value(st))) < 0)) {
		kr_fail(r, w, "state",
			"expected absent, unresolved, resolved or invalid");
		return;
	}
	if (uns && !json_is_boolean(uns)) {
		kr_want(r, w, "unsigned", "a boolean", uns);
		return;
	}
	if (state < 0)
		state = k	  ? KAPI_VALUE_RESOLVED
			: v->text ? KAPI_VALUE_UNRESOLVED
				  : KAPI_VALUE_ABSENT;
	v->state = (enum kapi_value_state)state;
	if (state == KAPI_VALUE_RESOLVED) {
		if (!k) {
			kr_fail(r, where, key,
				"resolved value without a number");
			return;
		}
		kr_number(r, where, key, k, &v->num, &above, NULL);
	}
	v->is_unsigned = uns ? json_is_true(uns) : fmt != KJ_SIGNED || above;
	if (state == KAPI_VALUE_ABSENT)
		kapi_value_clear(v);
}

/*
 * One value: k is the kernel slot (NULL when absent or null), m our meta
 * (NULL when absent).  Without meta a number is resolved and its text is
 * the number as written.
 */
static void kr_value_at(struct kr *r, const char *where, const char *key,
			const json_t *k, const json_t *m, enum kj_fmt fmt,
			struct kapi_value *v)
{
	bool above;

	memset(v, 0, sizeof(*v));
	if (k && json_is_null(k))
		k = NULL;
	if (m && json_is_null(m))
		m = NULL;
	if (m && !json_is_object(m)) {
		char w[160];

		snprintf(w, sizeof(w), "%s%skapi_clang", where,
			 *where ? "." : "");
		kr_want(r, w, key, "an object", m);
		return;
	}
	if (m) {
		kr_meta(r, m, where, key, k, fmt, v);
		return;
	}
	if (!k)
		return;
	if (kr_number(r, where, key, k, &v->num, &above, &v->text)) {
		v->state = KAPI_VALUE_RESOLVED;
		v->is_unsigned = fmt != KJ_SIGNED || above;
	}
}

/* A value with a kernel slot obj[key] and meta kc[key]. */
static void kr_value(struct kr *r, const json_t *obj, const json_t *kc,
		     const char *where, const char *key, enum kj_fmt fmt,
		     struct kapi_value *v)
{
	kr_value_at(r, where, key, kr_get(obj, key),
		    kc ? json_object_get(kc, key) : NULL, fmt, v);
}

/* A value that lives only in kapi_clang: the number is meta's "value". */
static void kr_value_own(struct kr *r, const json_t *kc, const char *where,
			 const char *key, enum kj_fmt fmt, struct kapi_value *v)
{
	json_t *m = kc ? kr_get(kc, key) : NULL;

	memset(v, 0, sizeof(*v));
	if (!m)
		return;
	if (!json_is_object(m)) {
		kr_want(r, where, key, "an object", m);
		return;
	}
	kr_meta(r, m, where, key, kr_get(m, "value"), fmt, v);
}

/* A list of values: kernel array obj[key], meta array kc[key]. */
static void kr_values(struct kr *r, const json_t *obj, const json_t *kc,
		      const char *where, const char *key,
		      struct kapi_value **out, size_t *count)
{
	json_t *k = kr_arr(r, obj, where, key);
	json_t *m = kc ? kr_arr(r, kc, where, key) : NULL;
	size_t n = k ? json_array_size(k) : 0;

	if (r->failed)
		return;
	if (m && json_array_size(m) != n) {
		kr_fail(r, where, key,
			"kapi_clang list and value list differ in length");
		return;
	}
	if (!n)
		return;
	*out = kapi_xcalloc(n, sizeof(**out));
	*count = n;
	for (size_t i = 0; i < n && !r->failed; i++) {
		char ik[64];

		snprintf(ik, sizeof(ik), "%s[%zu]", key, i);
		kr_value_at(r, where, ik, json_array_get(k, i),
			    m ? json_array_get(m, i) : NULL, KJ_SIGNED,
			    &(*out)[i]);
	}
}

/* Set bits from one token or number; false when unknown. */
static bool kr_bit_token(const char *tok, size_t len, int (*from)(const char *),
			 unsigned *bits)
{
	char buf[64];
	int64_t num;
	bool above;
	int b;

	if (!len || len >= sizeof(buf))
		return len == 0;
	memcpy(buf, tok, len);
	buf[len] = '\0';
	if (kr_parse_int(buf, &num, &above)) {
		*bits |= (unsigned)num;
		return num >= 0 && num <= UINT_MAX;
	}
	b = from(buf);
	if (b < 0 || b >= 32)
		return false;
	*bits |= 1u << b;
	return true;
}

/*
 * A bit set: a hex or decimal string or integer ("0x41"), tokens joined by
 * '|', ',' or spaces ("receive|send"), or an array of tokens (context_flags).
 */
static void kr_bits(struct kr *r, const json_t *obj, const char *where,
		    const char *key, int (*from)(const char *), unsigned *out)
{
	json_t *j = kr_get(obj, key), *e;
	unsigned bits = 0;
	size_t i;

	if (!j)
		return;
	if (json_is_integer(j)) {
		if (json_integer_value(j) < 0 ||
		    json_integer_value(j) > UINT_MAX) {
			kr_fail(r, where, key, "bit set out of range");
			return;
		}
		*out = (unsigned)json_integer_value(j);
		return;
	}
	if (json_is_string(j)) {
		const char *s = json_string_value(j);

		while (*s) {
			size_t n = strcspn(s, "|, \t");

			if (!kr_bit_token(s, n, from, &bits))
				kr_warn(r, where, key, "token", s);
			s += n;
			s += strspn(s, "|, \t");
		}
		*out = bits;
		return;
	}
	if (!json_is_array(j)) {
		kr_want(r, where, key, "a hex string or a list of tokens", j);
		return;
	}
	json_array_foreach(j, i, e)
	{
		if (!json_is_string(e)) {
			kr_want(r, where, key, "a list of token strings", e);
			return;
		}
		if (!kr_bit_token(json_string_value(e),
				  strlen(json_string_value(e)), from, &bits))
			kr_warn(r, where, key, "token", json_string_value(e));
	}
	*out = bits;
}

/* The kapi_clang object of an item, or NULL. */
static json_t *kr_kc(struct kr *r, const json_t *obj, const char *where)
{
	return kr_obj(r, obj, where, "kapi_clang");
}

static void kr_arch_masks(struct kr *r, const json_t *kc, const char *where,
			  struct kapi_param *p)
{
	json_t *arr = kr_arr(r, kc, where, "arch_masks"), *e;
	size_t i, cap = 0;

	if (!arr)
		return;
	json_array_foreach(arr, i, e)
	{
		char w[160];
		struct kapi_arch_mask *am;

		snprintf(w, sizeof(w), "%s.arch_masks[%zu]", where, i);
		if (!json_is_object(e)) {
			kr_want(r, where, "arch_masks", "a list of objects", e);
			return;
		}
		am = KAPI_APPEND(p->arch_masks, p->arch_mask_count, cap);
		kr_str(r, e, w, "arch", &am->arch);
		/* the element is itself the meta object of the mask */
		kr_meta(r, e, w, "mask", kr_get(e, "value"), KJ_MASK,
			&am->mask);
		if (r->failed)
			return;
	}
}

static void kr_param(struct kr *r, const json_t *o, const char *w,
		     struct kapi_param *p)
{
	json_t *kc = kr_kc(r, o, w);
	char kw[160];
	long long idx;

	snprintf(kw, sizeof(kw), "%s.kapi_clang", w);
	kr_str(r, o, w, "name", &p->name);
	kr_str(r, o, w, "type_name", &p->type_name);
	kr_str(r, o, w, "description", &p->desc);
	kr_bits(r, o, w, "flags", kapi_param_flag_from_token, &p->flags);
	KR_TOK(r, o, w, "param_type", type, kr_type_aliases, "type", p->type);
	KR_TOK(r, o, w, "constraint_type", constraint, NULL, "constraint",
	       p->constraint);
	kr_str(r, o, w, "constraint", &p->cdesc);
	kr_value(r, o, kc, w, "min_value", KJ_SIGNED, &p->min);
	kr_value(r, o, kc, w, "max_value", KJ_SIGNED, &p->max);
	kr_value(r, o, kc, w, "valid_mask", KJ_MASK, &p->mask);
	kr_values(r, o, kc, w, "enum_values", &p->enum_values, &p->enum_count);
	kr_value(r, o, kc, w, "size", KJ_UNSIGNED, &p->size);
	kr_value(r, o, kc, w, "alignment", KJ_UNSIGNED, &p->alignment);
	/* the kernel's -1 means none, like null */
	if (kr_int_range(r, o, w, "size_param_idx", -1, INT_MAX, &idx))
		p->size_param_idx = (int)idx;
	if (!kc || r->failed)
		return;
	kr_loc(r, kc, kw, "loc", &p->loc);
	kr_loc(r, kc, kw, "type_loc", &p->type_loc);
	kr_loc(r, kc, kw, "constraint_loc", &p->constraint_loc);
	kr_str(r, kc, kw, "constraint_text", &p->constraint_text);
	kr_value_own(r, kc, kw, "size_multiplier", KJ_UNSIGNED,
		     &p->size_multiplier);
	kr_str(r, kc, kw, "struct_type", &p->struct_type);
	kr_arch_masks(r, kc, kw, p);
}

static void kr_return(struct kr *r, const json_t *o, struct kapi_return *ret)
{
	const char *w = "return_spec";
	json_t *kc = kr_kc(r, o, w);

	ret->present = true;
	kr_str(r, o, w, "type_name", &ret->type_name);
	kr_str(r, o, w, "description", &ret->desc);
	KR_TOK(r, o, w, "return_type", type, kr_type_aliases, "type",
	       ret->type);
	KR_TOK(r, o, w, "check_type", return_check, kr_return_aliases,
	       "check type", ret->check);
	kr_value(r, o, kc, w, "success_value", KJ_SIGNED, &ret->success);
	kr_value(r, o, kc, w, "success_min", KJ_SIGNED, &ret->success_min);
	kr_value(r, o, kc, w, "success_max", KJ_SIGNED, &ret->success_max);
	kr_values(r, o, kc, w, "error_values", &ret->error_values,
		  &ret->error_value_count);
	kr_value_own(r, kc, w, "failure", KJ_SIGNED, &ret->failure);
	if (kc)
		kr_loc(r, kc, "return_spec.kapi_clang", "loc", &ret->loc);
}

static void kr_error(struct kr *r, const json_t *o, const char *w,
		     const json_t *kc, const char *kw, struct kapi_error *e)
{
	kr_value(r, o, kc, w, "error_code", KJ_SIGNED, &e->code);
	kr_str(r, o, w, "name", &e->name);
	kr_str(r, o, w, "condition", &e->condition);
	kr_str(r, o, w, "description", &e->desc);
	kr_loc(r, kc, kw, "loc", &e->loc);
	kr_str(r, kc, kw, "summary", &e->summary);
	if (kc) {
		int retry;

		kr_bool3(r, kc, kw, "retry", &retry);
		e->retry = retry < 0 ? KAPI_RETRY_UNKNOWN
			   : retry   ? KAPI_RETRY_YES
				     : KAPI_RETRY_NO;
	}
}

static void kr_lock(struct kr *r, const json_t *o, const char *w,
		    const json_t *kc, const char *kw, struct kapi_lock *l)
{
	kr_str(r, o, w, "lock_name", &l->name);
	KR_TOK(r, o, w, "lock_type", lock_type, NULL, "lock type", l->type);
	KR_TOK(r, o, w, "scope", lock_scope, NULL, "lock scope", l->scope);
	kr_str(r, o, w, "description", &l->desc);
	kr_loc(r, kc, kw, "loc", &l->loc);
	kr_bool3(r, kc, kw, "acquired", &l->acquired);
	kr_bool3(r, kc, kw, "released", &l->released);
	kr_bool3(r, kc, kw, "held_on_entry", &l->held_on_entry);
	kr_bool3(r, kc, kw, "held_on_exit", &l->held_on_exit);
}

static void kr_signal(struct kr *r, const json_t *o, const char *w,
		      const json_t *kc, const char *kw, struct kapi_signal *g)
{
	kr_value(r, o, kc, w, "signal_num", KJ_SIGNED, &g->number);
	kr_str(r, o, w, "signal_name", &g->name);
	kr_bits(r, o, w, "direction", kapi_signal_direction_from_token,
		&g->direction);
	KR_TOK(r, o, w, "action", signal_action, NULL, "signal action",
	       g->action);
	kr_str(r, o, w, "target", &g->target);
	kr_str(r, o, w, "condition", &g->condition);
	kr_str(r, o, w, "description", &g->desc);
	KR_TOK(r, o, w, "timing", signal_timing, NULL, "signal timing",
	       g->timing);
	kr_int(r, o, w, "priority", &g->priority);
	kr_bool3(r, o, w, "restartable", &g->restartable);
	kr_bool3(r, o, w, "interruptible", &g->interruptible);
	kr_bool3(r, o, w, "queue", &g->queue);
	kr_value(r, o, kc, w, "sa_flags_required", KJ_MASK,
		 &g->sa_flags_required);
	kr_value(r, o, kc, w, "sa_flags_forbidden", KJ_MASK,
		 &g->sa_flags_forbidden);
	kr_str(r, o, w, "state_required", &g->state_required);
	kr_str(r, o, w, "state_forbidden", &g->state_forbidden);
	kr_value(r, o, kc, w, "error_on_signal", KJ_SIGNED, &g->error);
	kr_loc(r, kc, kw, "loc", &g->loc);
	kr_str(r, kc, kw, "transform_to", &g->transform_to);
}

static void kr_capability(struct kr *r, const json_t *o, const char *w,
			  const json_t *kc, const char *kw,
			  struct kapi_capability *c)
{
	kr_value(r, o, kc, w, "capability", KJ_SIGNED, &c->number);
	kr_str(r, o, w, "name", &c->name);
	KR_TOK(r, o, w, "action", cap_action, NULL, "capability action",
	       c->action);
	kr_str(r, o, w, "allows", &c->allows);
	kr_str(r, o, w, "without_cap", &c->without);
	kr_str(r, o, w, "check_condition", &c->condition);
	kr_int(r, o, w, "priority", &c->priority);
	kr_loc(r, kc, kw, "loc", &c->loc);
	kr_str(r, kc, kw, "description", &c->desc);
}

static void kr_side_effect(struct kr *r, const json_t *o, const char *w,
			   const json_t *kc, const char *kw,
			   struct kapi_side_effect *e)
{
	kr_bits(r, o, w, "effect_type", kapi_effect_from_token, &e->types);
	kr_str(r, o, w, "target", &e->target);
	kr_str(r, o, w, "condition", &e->condition);
	kr_str(r, o, w, "description", &e->desc);
	kr_bool3(r, o, w, "reversible", &e->reversible);
	kr_loc(r, kc, kw, "loc", &e->loc);
}

static void kr_state_trans(struct kr *r, const json_t *o, const char *w,
			   const json_t *kc, const char *kw,
			   struct kapi_state_trans *t)
{
	kr_str(r, o, w, "object", &t->object);
	kr_str(r, o, w, "from_state", &t->from);
	kr_str(r, o, w, "to_state", &t->to);
	kr_str(r, o, w, "condition", &t->condition);
	kr_str(r, o, w, "description", &t->desc);
	kr_loc(r, kc, kw, "loc", &t->loc);
}

static void kr_constraint(struct kr *r, const json_t *o, const char *w,
			  const json_t *kc, const char *kw,
			  struct kapi_constraint *c)
{
	kr_str(r, o, w, "name", &c->name);
	kr_str(r, o, w, "description", &c->desc);
	kr_str(r, o, w, "expression", &c->expr);
	kr_loc(r, kc, kw, "loc", &c->loc);
	kr_str(r, kc, kw, "expr_resolved", &c->expr_resolved);
}

static void kr_signal_mask(struct kr *r, const json_t *o, const char *w,
			   const json_t *kc, const char *kw,
			   struct kapi_signal_mask *m)
{
	kr_str(r, o, w, "name", &m->name);
	kr_str(r, o, w, "description", &m->desc);
	kr_values(r, o, kc, w, "signals", &m->signals, &m->signal_count);
	kr_loc(r, kc, kw, "loc", &m->loc);
}

/* A struct field, read like a parameter (kr_param) where they agree. */
static void kr_struct_field(struct kr *r, const json_t *o, const char *w,
			    const json_t *kc, const char *kw,
			    struct kapi_struct_field *f)
{
	kr_str(r, o, w, "name", &f->name);
	kr_str(r, o, w, "type", &f->type_name);
	KR_TOK(r, o, w, "type_class", type, kr_type_aliases, "type", f->type);
	kr_value(r, o, kc, w, "offset", KJ_UNSIGNED, &f->offset);
	kr_value(r, o, kc, w, "size", KJ_UNSIGNED, &f->size);
	kr_bits(r, o, w, "flags", kapi_param_flag_from_token, &f->flags);
	KR_TOK(r, o, w, "constraint_type", constraint, NULL, "constraint",
	       f->constraint);
	kr_value(r, o, kc, w, "min_value", KJ_SIGNED, &f->min);
	kr_value(r, o, kc, w, "max_value", KJ_SIGNED, &f->max);
	kr_value(r, o, kc, w, "valid_mask", KJ_MASK, &f->mask);
	kr_str(r, o, w, "enum_values", &f->enum_values);
	kr_str(r, o, w, "description", &f->desc);
	kr_loc(r, kc, kw, "loc", &f->loc);
}

static void kr_struct_fields(struct kr *r, const json_t *o, const char *w,
			     struct kapi_struct_spec *st)
{
	json_t *arr = kr_arr(r, o, w, "fields"), *e;
	size_t i, cap = 0;

	json_array_foreach(arr, i, e)
	{
		char fw[160], fkw[176];
		json_t *fkc;

		if (r->failed)
			return;
		snprintf(fw, sizeof(fw), "%s.fields[%zu]", w, i);
		if (!json_is_object(e)) {
			kr_want(r, "", fw, "an object", e);
			return;
		}
		snprintf(fkw, sizeof(fkw), "%s.kapi_clang", fw);
		fkc = kr_kc(r, e, fw);
		kr_struct_field(r, e, fw, fkc, fkw,
				KAPI_APPEND(st->fields, st->field_count, cap));
	}
}

static void kr_struct_spec(struct kr *r, const json_t *o, const char *w,
			   const json_t *kc, const char *kw,
			   struct kapi_struct_spec *st)
{
	kr_str(r, o, w, "name", &st->name);
	kr_value(r, o, kc, w, "size", KJ_UNSIGNED, &st->size);
	kr_value(r, o, kc, w, "alignment", KJ_UNSIGNED, &st->alignment);
	kr_str(r, o, w, "description", &st->desc);
	kr_struct_fields(r, o, w, st);
	kr_loc(r, kc, kw, "loc", &st->loc);
}

/*
 * Read the array spec-json key `key` into (arr, count, cap) with one reader
 * per element; kc is the element's kapi_clang object (may be NULL).
 */
#define KR_LIST(r, obj, key, arr, count, cap, fn)                              \
	do {                                                                   \
		json_t *a_ = kr_arr((r), (obj), "", (key)), *e_;               \
		size_t i_;                                                     \
		json_array_foreach(a_, i_, e_)                                 \
		{                                                              \
			char w_[96], kw_[112];                                 \
			json_t *kc_;                                           \
			if ((r)->failed)                                       \
				break;                                         \
			snprintf(w_, sizeof(w_), "%s[%zu]", (key), i_);        \
			if (!json_is_object(e_)) {                             \
				kr_want((r), "", w_, "an object", e_);         \
				break;                                         \
			}                                                      \
			snprintf(kw_, sizeof(kw_), "%s.kapi_clang", w_);       \
			kc_ = kr_kc((r), e_, w_);                              \
			fn((r), e_, w_, kc_, kw_,                              \
			   KAPI_APPEND((arr), (count), (cap)));                \
		}                                                              \
	} while (0)

static void kr_params(struct kr *r, const json_t *o, struct kapi_spec *s)
{
	json_t *arr = kr_arr(r, o, "", "parameters"), *e;
	size_t i;

	json_array_foreach(arr, i, e)
	{
		char w[64];
		struct kapi_param *p;

		if (r->failed)
			return;
		snprintf(w, sizeof(w), "parameters[%zu]", i);
		if (!json_is_object(e)) {
			kr_want(r, "", w, "an object", e);
			return;
		}
		p = KAPI_APPEND(s->params, s->param_count, s->param_cap);
		kapi_param_init(p);
		kr_param(r, e, w, p);
	}
}

static void kr_provenance(struct kr *r, const json_t *pv,
			  struct kapi_provenance *p)
{
	const char *w = "kapi_clang.provenance";
	long long line;
	int v;

	kr_str(r, pv, w, "file", &p->file);
	if (kr_int_range(r, pv, w, "line", 0, UINT_MAX, &line))
		p->line = (unsigned)line;
	v = p->source;
	kr_tok(r, pv, w, "source", kapi_source_kind_from_token, NULL, "source",
	       &v);
	p->source = (enum kapi_source_kind)v;
	kr_str(r, pv, w, "target", &p->target);
	kr_str(r, pv, w, "compiler", &p->compiler);
	kr_str(r, pv, w, "kernel_version", &p->kernel_version);
	v = p->verified;
	kr_tok(r, pv, w, "verified", kapi_verify_state_from_token, NULL,
	       "verify state", &v);
	p->verified = (enum kapi_verify_state)v;
}

static int kr_kind_from_token(const char *s)
{
	if (!strcmp(s, "syscall"))
		return KAPI_KIND_SYSCALL;
	if (!strcmp(s, "function"))
		return KAPI_KIND_FUNCTION;
	return -1;
}

/* An enum fact's values: each a meta object with "value", or null. */
static void kr_fact_values(struct kr *r, const json_t *o, const char *w,
			   struct kapi_fact *f)
{
	json_t *arr = kr_arr(r, o, w, "values"), *e;
	size_t i, n = arr ? json_array_size(arr) : 0;

	if (!n || r->failed)
		return;
	f->values = kapi_xcalloc(n, sizeof(*f->values));
	f->value_count = n;
	json_array_foreach(arr, i, e)
	{
		char ik[32];

		if (json_is_null(e))
			continue;
		snprintf(ik, sizeof(ik), "values[%zu]", i);
		if (!json_is_object(e)) {
			kr_want(r, w, ik, "an object", e);
			return;
		}
		kr_meta(r, e, w, ik, kr_get(e, "value"), KJ_SIGNED,
			&f->values[i]);
		if (r->failed)
			return;
	}
}

/*
 * One mined fact into *f; false when it is to be dropped (a kind this
 * version does not know, warned about: a newer plugin may mine more).
 */
static bool kr_fact(struct kr *r, const json_t *o, const char *w,
		    struct kapi_fact *f)
{
	int kind = KAPI_FACT_NONE;

	if (!kr_get(o, "kind")) {
		kr_fail(r, w, "kind", "a mined fact needs a kind");
		return false;
	}
	kr_tok(r, o, w, "kind", kapi_fact_kind_from_token, NULL, "fact kind",
	       &kind);
	if (r->failed || kind == KAPI_FACT_NONE)
		return false;
	f->kind = (enum kapi_fact_kind)kind;
	kr_str(r, o, w, "param", &f->param);
	kr_value_own(r, o, w, "value", kj_fact_fmt(f->kind), &f->value);
	kr_fact_values(r, o, w, f);
	kr_str(r, o, w, "file", &f->file);
	kr_loc(r, o, w, "loc", &f->loc);
	return !r->failed;
}

static void kr_facts(struct kr *r, const json_t *kc, struct kapi_spec *s)
{
	json_t *arr = kr_arr(r, kc, "kapi_clang", "mined"), *e;
	size_t i;

	json_array_foreach(arr, i, e)
	{
		struct kapi_fact f = {0};
		char w[64];

		snprintf(w, sizeof(w), "kapi_clang.mined[%zu]", i);
		if (!json_is_object(e)) {
			kr_want(r, "", w, "an object", e);
			return;
		}
		if (kr_fact(r, e, w, &f))
			*KAPI_APPEND(s->facts, s->fact_count, s->fact_cap) = f;
		else
			kapi_fact_release(&f);
		if (r->failed)
			return;
	}
}

static void kr_spec_kapi_clang(struct kr *r, const json_t *kc,
			       struct kapi_spec *s)
{
	const char *w = "kapi_clang";
	json_t *dp = kr_arr(r, kc, w, "doc_params"), *pv, *e;
	size_t i;
	int v = s->kind;

	kr_tok(r, kc, w, "kind", kr_kind_from_token, NULL, "kind", &v);
	s->kind = (enum kapi_api_kind)v;
	kr_str(r, kc, w, "api_type", &s->api_type);
	kr_int(r, kc, w, "param_count", &s->param_count_declared);
	kr_loc(r, kc, w, "param_count_loc", &s->param_count_loc);
	kr_loc(r, kc, w, "contexts_loc", &s->contexts_loc);
	json_array_foreach(dp, i, e)
	{
		struct kapi_doc_param *d;
		char dw[64];

		snprintf(dw, sizeof(dw), "kapi_clang.doc_params[%zu]", i);
		if (!json_is_object(e)) {
			kr_want(r, "", dw, "an object", e);
			return;
		}
		d = KAPI_APPEND(s->doc_params, s->doc_param_count,
				s->doc_param_cap);
		kr_str(r, e, dw, "name", &d->name);
		kr_str(r, e, dw, "description", &d->desc);
		kr_loc(r, e, dw, "loc", &d->loc);
	}
	pv = kr_obj(r, kc, w, "provenance");
	if (pv)
		kr_provenance(r, pv, &s->prov);
	kr_facts(r, kc, s);
}

static struct kapi_spec *kr_spec(struct kr *r, const json_t *o)
{
	struct kapi_spec *s = kapi_spec_new();
	json_t *kc, *ret;

	kr_str(r, o, "", "name", &s->name);
	if (r->failed || !s->name) {
		kr_fail(r, "", "name", "a spec needs a name");
		kapi_spec_free(s);
		return NULL;
	}
	r->spec = s->name;
	/* Defaults for the kernel's own files; kapi_clang overrides them. */
	s->kind = strncmp(s->name, "sys_", 4) ? KAPI_KIND_FUNCTION
					      : KAPI_KIND_SYSCALL;
	s->prov.source = KAPI_SOURCE_JSON;
	kr_str(r, o, "", "description", &s->description);
	kr_str(r, o, "", "long_description", &s->long_description);
	kr_bits(r, o, "", "context_flags", kapi_context_from_token,
		&s->contexts);
	kr_str(r, o, "", "examples", &s->examples);
	kr_str(r, o, "", "notes", &s->notes);
	kr_str(r, o, "", "since_version", &s->since_version);
	kr_params(r, o, s);
	ret = kr_obj(r, o, "", "return_spec");
	if (ret)
		kr_return(r, ret, &s->ret);
	KR_LIST(r, o, "errors", s->errors, s->error_count, s->error_cap,
		kr_error);
	KR_LIST(r, o, "locks", s->locks, s->lock_count, s->lock_cap, kr_lock);
	KR_LIST(r, o, "signals", s->signals, s->signal_count, s->signal_cap,
		kr_signal);
	KR_LIST(r, o, "signal_masks", s->signal_masks, s->signal_mask_count,
		s->signal_mask_cap, kr_signal_mask);
	KR_LIST(r, o, "side_effects", s->side_effects, s->side_effect_count,
		s->side_effect_cap, kr_side_effect);
	KR_LIST(r, o, "state_transitions", s->state_transitions,
		s->state_trans_count, s->state_trans_cap, kr_state_trans);
	KR_LIST(r, o, "capabilities", s->capabilities, s->capability_count,
		s->capability_cap, kr_capability);
	KR_LIST(r, o, "constraints", s->constraints, s->constraint_count,
		s->constraint_cap, kr_constraint);
	KR_LIST(r, o, "struct_specs", s->struct_specs, s->struct_spec_count,
		s->struct_spec_cap, kr_struct_spec);
	kc = kr_kc(r, o, "");
	if (kc && !r->failed)
		kr_spec_kapi_clang(r, kc, s);
	if (r->failed) {
		kapi_spec_free(s);
		return NULL;
	}
	if (!kc || !kr_get(kc, "provenance"))
		s->prov.file = kapi_xstrdup(r->origin);
	return s;
}

/* Keys only a full spec has; the kernel tool's list form has none. */
static bool kr_has_details(const json_t *o)
{
	static const char *const keys[] = {
		"parameters",	    "return_spec",  "errors",
		"context_flags",    "locks",	    "signals",
		"signal_masks",	    "side_effects", "state_transitions",
		"capabilities",	    "constraints",  "struct_specs",
		"long_description", "kapi_clang",
	};

	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++)
		if (json_object_get(o, keys[i]))
			return true;
	return false;
}

/* One spec object; returns 1 when a spec was appended. */
static long kr_one(const char *origin, const json_t *o, size_t index,
		   bool list_entry, struct kapi_spec_list *out,
		   struct kapi_diag_list *diags)
{
	char label[32];
	struct kr r = {origin, diags, label, false};
	struct kapi_spec *s;

	snprintf(label, sizeof(label), "#%zu", index);
	if (!json_is_object(o)) {
		kapi_diag_add(diags, KAPI_SEV_ERROR, origin, kr_noloc, KJ_RULE,
			      "entry %zu: expected a spec object, got %s; "
			      "skipped",
			      index, kr_type_name(o));
		return 0;
	}
	if (list_entry && !kr_has_details(o)) {
		json_t *name = json_object_get(o, "name");

		kapi_diag_add(
			diags, KAPI_SEV_WARNING, origin, kr_noloc, KJ_RULE,
			"entry %zu ('%s') has no spec details (a list "
			"entry?); skipped",
			index,
			json_is_string(name) ? json_string_value(name) : "?");
		return 0;
	}
	s = kr_spec(&r, o);
	if (!s)
		return 0;
	kapi_spec_list_push(out, s);
	return 1;
}

static long kr_array(const char *origin, const json_t *arr,
		     struct kapi_spec_list *out, struct kapi_diag_list *diags)
{
	long n = 0;
	size_t i;
	json_t *e;

	json_array_foreach(arr, i, e) n +=
		kr_one(origin, e, i, true, out, diags);
	return n;
}

/*
 * Streaming for the list shapes ([...] and {"apis": [...]}): each element
 * is parsed and converted on its own, so a 10,000-spec import never holds
 * the whole JSON tree.  The scan only finds element boundaries; anything
 * it does not expect makes it give up, and the caller parses the text as a
 * whole instead, which also gives the precise error position.
 */
static size_t ks_ws(const char *t, size_t i, size_t len)
{
	while (i < len &&
	       (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
		i++;
	return i;
}

/* End (exclusive) of the value starting at i, or 0 when malformed. */
static size_t ks_value_end(const char *t, size_t i, size_t len)
{
	size_t depth = 0;
	bool in_str = false;

	for (; i < len; i++) {
		char c = t[i];

		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = false;
			continue;
		}
		if (c == '"') {
			in_str = true;
		} else if (c == '{' || c == '[') {
			depth++;
		} else if (c == '}' || c == ']') {
			if (!depth)
				return i; /* the enclosing array's ']' */
			if (--depth == 0)
				return i + 1;
		} else if (c == ',' && !depth) {
			return i;
		}
	}
	return 0;
}

/* Position just inside the list's '[', or 0 when the text is no list. */
static size_t ks_list_start(const char *t, size_t len, bool *wrapped)
{
	static const char key[] = "\"apis\"";
	size_t i = ks_ws(t, 0, len);

	*wrapped = false;
	if (i < len && t[i] == '[')
		return i + 1;
	if (i >= len || t[i] != '{')
		return 0;
	i = ks_ws(t, i + 1, len);
	if (len - i < sizeof(key) - 1 || memcmp(t + i, key, sizeof(key) - 1))
		return 0;
	i = ks_ws(t, i + sizeof(key) - 1, len);
	if (i >= len || t[i] != ':')
		return 0;
	i = ks_ws(t, i + 1, len);
	if (i >= len || t[i] != '[')
		return 0;
	*wrapped = true;
	return i + 1;
}

/* Returns the count read, or -1 when the caller must parse as a whole. */
static long ks_stream(const char *t, size_t len, const char *origin,
		      struct kapi_spec_list *out, struct kapi_diag_list *diags)
{
	bool wrapped;
	size_t i = ks_list_start(t, len, &wrapped), index = 0;
	long n = 0;

	if (!i)
		return -1;
	i = ks_ws(t, i, len);
	while (i < len && t[i] != ']') {
		size_t end = ks_value_end(t, i, len);
		json_t *e;

		if (!end)
			return -1;
		e = json_loadb(t + i, end - i, 0, NULL);
		if (!e)
			return -1;
		n += kr_one(origin, e, index++, true, out, diags);
		json_decref(e);
		i = ks_ws(t, end, len);
		if (i < len && t[i] == ',')
			i = ks_ws(t, i + 1, len);
		else if (i >= len || t[i] != ']')
			return -1;
	}
	if (i >= len)
		return -1;
	i = ks_ws(t, i + 1, len);
	if (wrapped) {
		if (i >= len || t[i] != '}')
			return -1;
		i = ks_ws(t, i + 1, len);
	}
	return i == len ? n : -1;
}

/* Move everything of src to the end of dst. */
static void ks_take(struct kapi_spec_list *dst, struct kapi_spec_list *src,
		    struct kapi_diag_list *ddst, struct kapi_diag_list *dsrc)
{
	for (size_t i = 0; i < src->count; i++)
		kapi_spec_list_push(dst, src->items[i]);
	src->count = 0;
	kapi_spec_list_free(src);
	for (size_t i = 0; i < dsrc->count; i++)
		*KAPI_APPEND(ddst->items, ddst->count, ddst->cap) =
			dsrc->items[i];
	free(dsrc->items);
	memset(dsrc, 0, sizeof(*dsrc));
}

long kapi_json_read(const char *text, size_t len, const char *origin,
		    struct kapi_spec_list *out, struct kapi_diag_list *diags)
{
	struct kapi_spec_list part = {0};
	struct kapi_diag_list part_diags = {0};
	json_error_t err;
	json_t *root, *j;
	long n;

	n = text ? ks_stream(text, len, origin, &part, &part_diags) : -1;
	if (n >= 0) {
		ks_take(out, &part, diags, &part_diags);
		return n;
	}
	kapi_spec_list_free(&part);
	kapi_diag_list_free(&part_diags);

	root = json_loadb(text ? text : "", text ? len : 0, 0, &err);
	if (!root) {
		struct kapi_loc loc = {
			err.line > 0 ? (unsigned)err.line : 0,
			err.column > 0 ? (unsigned)err.column : 0,
		};

		kapi_diag_add(diags, KAPI_SEV_ERROR, origin, loc, KJ_RULE,
			      "not valid JSON: %s", err.text);
		return -1;
	}
	if (json_is_array(root)) {
		n = kr_array(origin, root, out, diags);
	} else if ((j = json_object_get(root, "api_details"))) {
		n = kr_one(origin, j, 0, false, out, diags);
	} else if ((j = json_object_get(root, "apis"))) {
		if (json_is_array(j)) {
			n = kr_array(origin, j, out, diags);
		} else {
			kapi_diag_add(diags, KAPI_SEV_ERROR, origin, kr_noloc,
				      KJ_RULE, "'apis' is %s, not an array",
				      kr_type_name(j));
			n = 0;
		}
	} else {
		n = kr_one(origin, root, 0, false, out, diags);
	}
	json_decref(root);
	return n;
}

static long kr_file(const char *path, struct kapi_spec_list *out,
		    struct kapi_diag_list *diags)
{
	size_t len;
	char *buf = kapi_read_file(path, &len);
	long n;

	if (!buf) {
		kapi_diag_add(diags, KAPI_SEV_ERROR, path, kr_noloc, KJ_RULE,
			      "cannot read: %s", strerror(errno));
		return -1;
	}
	n = kapi_json_read(buf, len, path, out, diags);
	free(buf);
	return n;
}

static int kr_cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file of dir, by name; -1 if any could not be read. */
static long kr_dir(const char *dir, struct kapi_spec_list *out,
		   struct kapi_diag_list *diags, bool progress)
{
	struct kapi_progress p;
	char **names = NULL;
	size_t count = 0, cap = 0;
	long total = 0;
	bool failed = false;
	struct dirent *de;
	DIR *d = opendir(dir);

	if (!d) {
		kapi_diag_add(diags, KAPI_SEV_ERROR, dir, kr_noloc, KJ_RULE,
			      "cannot read directory: %s", strerror(errno));
		return -1;
	}
	while ((de = readdir(d))) {
		char *path = kapi_xasprintf("%s/%s", dir, de->d_name);
		struct stat st;

		if (!stat(path, &st) && S_ISREG(st.st_mode))
			*KAPI_APPEND(names, count, cap) = path;
		else
			free(path);
	}
	closedir(d);
	if (count)
		qsort(names, count, sizeof(*names), kr_cmp_names);
	kapi_progress_init(&p, count, progress);
	for (size_t i = 0; i < count; i++) {
		long n;

		kapi_progress_step(&p, names[i]);
		n = kr_file(names[i], out, diags);

		if (n < 0)
			failed = true;
		else
			total += n;
		free(names[i]);
	}
	free(names);
	return failed ? -1 : total;
}

long kapi_json_read_path(const char *path, struct kapi_spec_list *out,
			 struct kapi_diag_list *diags)
{
	return kapi_json_read_path_progress(path, out, diags, false);
}

long kapi_json_read_path_progress(const char *path, struct kapi_spec_list *out,
				  struct kapi_diag_list *diags, bool progress)
{
	struct stat st;

	if (stat(path, &st)) {
		kapi_diag_add(diags, KAPI_SEV_ERROR, path, kr_noloc, KJ_RULE,
			      "cannot read: %s", strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return kr_dir(path, out, diags, progress);
	return kr_file(path, out, diags);
}
