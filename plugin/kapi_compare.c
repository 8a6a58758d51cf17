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
	struct kapi_loc nl =
		note.line ? note : (struct kapi_loc){c->a->prov.line, 1};

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
		used += (size_t)snprintf(buf + used,
					 used < len ? len - used : 0, "%s%s",
					 used ? "|" : "", e ? e : "?");
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
		  const struct kapi_compiled_param_locs *pl,
		  struct kapi_loc spec)
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
	if (kapi_param_flags_canonical(a->flags) !=
	    kapi_param_flags_canonical(b->flags)) {
		snprintf(what, sizeof(what), "the flags of '%s'", pn);
		flags_text(sa, sizeof(sa), kapi_param_flags_canonical(a->flags),
			   false);
		flags_text(sb, sizeof(sb), kapi_param_flags_canonical(b->flags),
			   false);
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
		{&a->size, &b->size, "size", false},
	};
	for (size_t k = 0; k < sizeof(vals) / sizeof(vals[0]); k++) {
		snprintf(what, sizeof(what), "the %s of '%s'", vals[k].field,
			 pn);
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
			snprintf(what, sizeof(what), "enum value %zu of '%s'",
				 k, pn);
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

static void return_error_values(struct cmp *c, const struct kapi_return *a,
				const struct kapi_return *b, struct kapi_loc at)
{
	char what[96], sa[32], sb[32];

	if (a->error_value_count != b->error_value_count) {
		snprintf(sa, sizeof(sa), "%zu", a->error_value_count);
		snprintf(sb, sizeof(sb), "%zu", b->error_value_count);
		report(c, at, a->loc, "the number of return error_values", sb,
		       sa);
		return;
	}
	for (size_t k = 0; k < a->error_value_count; k++) {
		snprintf(what, sizeof(what), "return error value %zu", k);
		value(c, &a->error_values[k], &b->error_values[k],
		      pick(b->error_values[k].loc, at), a->loc, what);
	}
}

static const struct kapi_error *find_error(const struct kapi_spec *s,
					   const char *name)
{
	for (size_t i = 0; i < s->error_count; i++)
		if (s->errors[i].name && name &&
		    !strcmp(s->errors[i].name, name))
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

/* ---- the arrays beyond parameters and errors ----------------------------- */

/* The next word of s (a run without white space); *len its length. */
static const char *next_word(const char *s, size_t *len)
{
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	*len = strcspn(s, " \t\n");
	return s;
}

/* Equal word for word: the comment wraps lines where the generated
 * initializer has one string. */
static bool same_text(const char *a, const char *b)
{
	size_t la, lb;

	for (;;) {
		a = next_word(a, &la);
		b = next_word(b, &lb);
		if (la != lb || memcmp(a, b, la))
			return false;
		if (!la)
			return true;
		a += la;
		b += lb;
	}
}

/* A string both sides state that differs (absent on either side: silent). */
static void text_field(struct cmp *c, const char *a, const char *b,
		       struct kapi_loc at, struct kapi_loc note,
		       const char *what)
{
	char sa[256], sb[256];

	if (!a || !b || same_text(a, b))
		return;
	snprintf(sa, sizeof(sa), "'%s'", a);
	snprintf(sb, sizeof(sb), "'%s'", b);
	report(c, at, note, what, sb, sa);
}

/* An enumeration both sides state (0 = not stated) that differs. */
static void enum_field(struct cmp *c, int a, int b, const char *(*en)(int),
		       struct kapi_loc at, struct kapi_loc note,
		       const char *what)
{
	if (!a || !b || a == b)
		return;
	report(c, at, note, what, str_or(en(b), "?"), str_or(en(a), "?"));
}

/* A yes/no both sides state (-1 = unknown) that differs. */
static void bool_field(struct cmp *c, int a, int b, struct kapi_loc at,
		       struct kapi_loc note, const char *what)
{
	if (a < 0 || b < 0 || !a == !b)
		return;
	report(c, at, note, what, b ? "true" : "false", a ? "true" : "false");
}

static void bits_field(struct cmp *c, unsigned a, unsigned b, unsigned n,
		       const char *(*en)(unsigned), struct kapi_loc at,
		       struct kapi_loc note, const char *what)
{
	char sa[256], sb[256];
	size_t ua = 0, ub = 0;

	if (!a || a == b)
		return;
	sa[0] = sb[0] = '\0';
	for (unsigned bit = 0; bit < n; bit++) {
		const char *e = str_or(en(bit), "?");

		if ((a & (1u << bit)) && ua < sizeof(sa))
			ua += (size_t)snprintf(sa + ua, sizeof(sa) - ua, "%s%s",
					       ua ? "|" : "", e);
		if ((b & (1u << bit)) && ub < sizeof(sb))
			ub += (size_t)snprintf(sb + ub, sizeof(sb) - ub, "%s%s",
					       ub ? "|" : "", e);
	}
	report(c, at, note, what, sb[0] ? sb : "0", sa);
}

static const char *lock_type_en(int k)
{
	return kapi_lock_type_enumerator((enum kapi_lock_type)k);
}
static const char *lock_scope_en(int k)
{
	return kapi_lock_scope_enumerator((enum kapi_lock_scope)k);
}
static const char *signal_action_en(int k)
{
	return kapi_signal_action_enumerator((enum kapi_signal_action)k);
}
static const char *signal_timing_en(int k)
{
	return kapi_signal_timing_enumerator((enum kapi_signal_timing)k);
}
static const char *cap_action_en(int k)
{
	return kapi_cap_action_enumerator((enum kapi_cap_action)k);
}

/*
 * Arrays whose elements carry a name are matched by it: an element on one
 * side only is one warning, a matched pair is compared field by field.
 * `name_at(spec, i)` gives element i's name and location.
 */
typedef const char *(*name_at_fn)(const struct kapi_spec *s, size_t i,
				  struct kapi_loc *loc);
typedef void (*pair_fn)(struct cmp *c, size_t ia, size_t ib);

static long find_named(const struct kapi_spec *s, size_t n, name_at_fn at,
		       const char *name)
{
	struct kapi_loc l;

	for (size_t i = 0; name && i < n; i++) {
		const char *o = at(s, i, &l);

		if (o && !strcmp(o, name))
			return (long)i;
	}
	return -1;
}

static void named(struct cmp *c, const char *kind, size_t na, size_t nb,
		  name_at_fn at, pair_fn pair, struct kapi_loc spec)
{
	char what[160];
	struct kapi_loc la, lb;

	for (size_t ib = 0; ib < nb; ib++) {
		const char *name = at(c->b, ib, &lb);
		long ia = find_named(c->a, na, at, name);

		if (!name)
			continue;
		if (ia >= 0) {
			pair(c, (size_t)ia, ib);
			continue;
		}
		snprintf(what, sizeof(what), "%s '%s'", kind, name);
		report(c, pick(lb, spec), (struct kapi_loc){0, 0}, what,
		       "listed", "missing");
	}
	for (size_t ia = 0; ia < na; ia++) {
		const char *name = at(c->a, ia, &la);

		if (!name || find_named(c->b, nb, at, name) >= 0)
			continue;
		snprintf(what, sizeof(what), "%s '%s'", kind, name);
		report(c, spec, la, what, "missing", "listed");
	}
}

static const char *lock_at(const struct kapi_spec *s, size_t i,
			   struct kapi_loc *l)
{
	*l = s->locks[i].loc;
	return s->locks[i].name;
}

static void lock_pair(struct cmp *c, size_t ia, size_t ib)
{
	const struct kapi_lock *a = &c->a->locks[ia], *b = &c->b->locks[ib];
	char what[160];

	snprintf(what, sizeof(what), "the type of lock '%s'", a->name);
	enum_field(c, a->type, b->type, lock_type_en, b->loc, a->loc, what);
	snprintf(what, sizeof(what), "the scope of lock '%s'", a->name);
	enum_field(c, a->scope, b->scope, lock_scope_en, b->loc, a->loc, what);
	struct {
		int a, b;
		const char *field;
	} bools[] = {
		{a->acquired, b->acquired, "acquired"},
		{a->released, b->released, "released"},
		{a->held_on_entry, b->held_on_entry, "held_on_entry"},
		{a->held_on_exit, b->held_on_exit, "held_on_exit"},
	};
	for (size_t k = 0; k < sizeof(bools) / sizeof(bools[0]); k++) {
		snprintf(what, sizeof(what), "%s of lock '%s'", bools[k].field,
			 a->name);
		bool_field(c, bools[k].a, bools[k].b, b->loc, a->loc, what);
	}
}

static const char *signal_at(const struct kapi_spec *s, size_t i,
			     struct kapi_loc *l)
{
	*l = s->signals[i].loc;
	return s->signals[i].name;
}

/* A comment names the errno (EINTR) where the kernel stores -EINTR: the
 * two agree when the magnitudes do. */
static void errno_field(struct cmp *c, const struct kapi_value *a,
			const struct kapi_value *b, struct kapi_loc at,
			struct kapi_loc note, const char *what)
{
	int64_t an, bn;
	bool au, bu;
	char sa[32], sb[32];

	if (a->state != KAPI_VALUE_RESOLVED || !num_of(b, &bn, &bu))
		return;
	an = a->num;
	au = a->is_unsigned;
	if (au || bu || (an == bn || an == -bn))
		return;
	fmt_num(sa, sizeof(sa), an, false, false);
	fmt_num(sb, sizeof(sb), bn, false, false);
	report(c, at, note, what, sb, sa);
}

static const char *signal_direction_en(unsigned bit)
{
	return kapi_signal_direction_enumerator(bit);
}

static void signal_pair(struct cmp *c, size_t ia, size_t ib)
{
	const struct kapi_signal *a = &c->a->signals[ia],
				 *b = &c->b->signals[ib];
	char what[160];

	snprintf(what, sizeof(what), "the direction of signal '%s'", a->name);
	bits_field(c, a->direction, b->direction, KAPI_SIGNAL_DIRECTION_COUNT,
		   signal_direction_en, b->loc, a->loc, what);
	snprintf(what, sizeof(what), "the action of signal '%s'", a->name);
	enum_field(c, a->action, b->action, signal_action_en, b->loc, a->loc,
		   what);
	snprintf(what, sizeof(what), "the timing of signal '%s'", a->name);
	enum_field(c, a->timing, b->timing, signal_timing_en, b->loc, a->loc,
		   what);
	snprintf(what, sizeof(what), "restartable of signal '%s'", a->name);
	bool_field(c, a->restartable, b->restartable, b->loc, a->loc, what);
	snprintf(what, sizeof(what), "interruptible of signal '%s'", a->name);
	bool_field(c, a->interruptible, b->interruptible, b->loc, a->loc, what);
	snprintf(what, sizeof(what), "the error_on_signal of signal '%s'",
		 a->name);
	errno_field(c, &a->error, &b->error, b->loc, a->loc, what);
	snprintf(what, sizeof(what), "the signal_num of signal '%s'", a->name);
	if (a->number.state != KAPI_VALUE_ABSENT)
		value(c, &a->number, &b->number, b->loc, a->loc, what);
	snprintf(what, sizeof(what), "sa_flags_required of signal '%s'",
		 a->name);
	value_as(c, &a->sa_flags_required, &b->sa_flags_required, b->loc,
		 a->loc, what, true);
	snprintf(what, sizeof(what), "sa_flags_forbidden of signal '%s'",
		 a->name);
	value_as(c, &a->sa_flags_forbidden, &b->sa_flags_forbidden, b->loc,
		 a->loc, what, true);
}

static const char *cap_at(const struct kapi_spec *s, size_t i,
			  struct kapi_loc *l)
{
	*l = s->capabilities[i].loc;
	return s->capabilities[i].name;
}

static void cap_pair(struct cmp *c, size_t ia, size_t ib)
{
	const struct kapi_capability *a = &c->a->capabilities[ia],
				     *b = &c->b->capabilities[ib];
	char what[160], sa[32], sb[32];

	snprintf(what, sizeof(what), "the action of capability '%s'", a->name);
	enum_field(c, a->action, b->action, cap_action_en, b->loc, a->loc,
		   what);
	if (a->priority != b->priority) {
		snprintf(what, sizeof(what), "the priority of capability '%s'",
			 a->name);
		snprintf(sa, sizeof(sa), "%d", a->priority);
		snprintf(sb, sizeof(sb), "%d", b->priority);
		report(c, b->loc, a->loc, what, sb, sa);
	}
	snprintf(what, sizeof(what), "the number of capability '%s'", a->name);
	if (a->number.state != KAPI_VALUE_ABSENT)
		value(c, &a->number, &b->number, b->loc, a->loc, what);
}

static const char *constraint_at(const struct kapi_spec *s, size_t i,
				 struct kapi_loc *l)
{
	*l = s->constraints[i].loc;
	return s->constraints[i].name;
}

static void constraint_pair(struct cmp *c, size_t ia, size_t ib)
{
	const struct kapi_constraint *a = &c->a->constraints[ia],
				     *b = &c->b->constraints[ib];
	char what[160];

	snprintf(what, sizeof(what), "the expression of constraint '%s'",
		 a->name);
	text_field(c, a->expr, b->expr, b->loc, a->loc, what);
}

/* Side effects and state transitions have no name: matched by position. */
static bool same_count(struct cmp *c, const char *what, size_t na, size_t nb,
		       struct kapi_loc at, struct kapi_loc note)
{
	char sa[32], sb[32];

	if (na == nb)
		return true;
	snprintf(sa, sizeof(sa), "%zu", na);
	snprintf(sb, sizeof(sb), "%zu", nb);
	report(c, at, note, what, sb, sa);
	return false;
}

static void side_effects(struct cmp *c, struct kapi_loc spec)
{
	const struct kapi_spec *a = c->a, *b = c->b;
	char what[160];

	if (!same_count(c, "the number of side effects", a->side_effect_count,
			b->side_effect_count, spec,
			a->side_effect_count ? a->side_effects[0].loc
					     : (struct kapi_loc){0, 0}))
		return;
	for (size_t i = 0; i < a->side_effect_count; i++) {
		const struct kapi_side_effect *ea = &a->side_effects[i],
					      *eb = &b->side_effects[i];

		snprintf(what, sizeof(what), "the type of side effect %zu", i);
		bits_field(c, ea->types, eb->types, KAPI_EFFECT_COUNT,
			   kapi_effect_enumerator, eb->loc, ea->loc, what);
		snprintf(what, sizeof(what), "the target of side effect %zu",
			 i);
		text_field(c, ea->target, eb->target, eb->loc, ea->loc, what);
		snprintf(what, sizeof(what), "reversible of side effect %zu",
			 i);
		bool_field(c, ea->reversible, eb->reversible, eb->loc, ea->loc,
			   what);
	}
}

static void state_transitions(struct cmp *c, struct kapi_loc spec)
{
	const struct kapi_spec *a = c->a, *b = c->b;
	char what[160];

	if (!same_count(c, "the number of state transitions",
			a->state_trans_count, b->state_trans_count, spec,
			a->state_trans_count ? a->state_transitions[0].loc
					     : (struct kapi_loc){0, 0}))
		return;
	for (size_t i = 0; i < a->state_trans_count; i++) {
		const struct kapi_state_trans *ta = &a->state_transitions[i],
					      *tb = &b->state_transitions[i];
		struct {
			const char *a, *b, *field;
		} texts[] = {
			{ta->object, tb->object, "object"},
			{ta->from, tb->from, "from_state"},
			{ta->to, tb->to, "to_state"},
		};
		for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
			snprintf(what, sizeof(what),
				 "the %s of state transition %zu",
				 texts[k].field, i);
			text_field(c, texts[k].a, texts[k].b, tb->loc, ta->loc,
				   what);
		}
	}
}

static void sections(struct cmp *c, struct kapi_loc spec)
{
	named(c, "lock", c->a->lock_count, c->b->lock_count, lock_at, lock_pair,
	      spec);
	named(c, "signal", c->a->signal_count, c->b->signal_count, signal_at,
	      signal_pair, spec);
	named(c, "capability", c->a->capability_count, c->b->capability_count,
	      cap_at, cap_pair, spec);
	named(c, "constraint", c->a->constraint_count, c->b->constraint_count,
	      constraint_at, constraint_pair, spec);
	side_effects(c, spec);
	state_transitions(c, spec);
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
		       comment->param_count_loc, "the parameter count", sb, sa);
	}
	n = comment->param_count < compiled->param_count
		    ? comment->param_count
		    : compiled->param_count;
	for (size_t i = 0; i < n; i++)
		param(&c, i, locs->params ? &locs->params[i] : NULL,
		      locs->spec);
	if (comment->ret.present && compiled->ret.present) {
		const struct kapi_return *a = &comment->ret,
					 *b = &compiled->ret;
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
		return_error_values(&c, a, b, base);
	}
	errors(&c, locs);
	sections(&c, locs->spec);
	return c.n;
}
