// SPDX-License-Identifier: MIT
/*
 * Verification rules (see kapi_verify.h).  Each rule looks at one part of
 * the spec, reports on the spec line it comes from, and adds a note at the
 * code so the reader sees both sides of the drift.
 */
#include "kapi_verify.h"

#include <string.h>

#include "kapi_util.h"

struct vctx {
	const struct kapi_spec *spec;
	const struct kapi_fn_facts *fn;
	struct kapi_diag_list *diags;
	unsigned findings;
};

/* A spec line's location, or the comment start when the line is unknown. */
static struct kapi_loc spec_loc(const struct vctx *c, struct kapi_loc loc)
{
	if (loc.line)
		return loc;
	return (struct kapi_loc){c->spec->prov.line, 1};
}

#define FINDING(c, loc, rule, ...)                                             \
	do {                                                                   \
		kapi_diag_add((c)->diags, KAPI_SEV_WARNING,                    \
			      (c)->spec->prov.file, spec_loc((c), (loc)),      \
			      (rule), __VA_ARGS__);                            \
		(c)->findings++;                                               \
	} while (0)

#define NOTE(c, file, loc, ...)                                                \
	kapi_diag_add((c)->diags, KAPI_SEV_NOTE, (file), (loc), NULL,          \
		      __VA_ARGS__)

static void note_param(struct vctx *c, const struct kapi_param_facts *p)
{
	NOTE(c, c->fn->file, p->loc, "parameter '%s' declared here as '%s'",
	     p->name, p->type.spelling ? p->type.spelling : "?");
}

static void note_fn(struct vctx *c)
{
	NOTE(c, c->fn->file, c->fn->loc, "%s defined here", c->fn->name);
}

static const struct kapi_param_facts *real_param(const struct vctx *c,
						 const char *name, size_t *idx)
{
	for (size_t i = 0; i < c->fn->param_count; i++) {
		if (name && c->fn->params[i].name &&
		    strcmp(c->fn->params[i].name, name) == 0) {
			if (idx)
				*idx = i;
			return &c->fn->params[i];
		}
	}
	return NULL;
}

/* ---- value arithmetic ----------------------------------------------- */

/* Compare two resolved values as C's mathematical integers. */
static int value_cmp(const struct kapi_value *a, const struct kapi_value *b)
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

bool kapi_value_fits(const struct kapi_value *v,
		     const struct kapi_type_facts *t)
{
	unsigned bits = t->bits ? t->bits : 64;
	bool neg = !v->is_unsigned && v->num < 0;
	uint64_t u = (uint64_t)v->num;

	if (v->state != KAPI_VALUE_RESOLVED || !t->is_integer)
		return true;
	if (bits >= 64)
		return t->is_signed ? !(v->is_unsigned && v->num < 0) : !neg;
	if (t->is_signed) {
		int64_t lo = -((int64_t)1 << (bits - 1));
		int64_t hi = ((int64_t)1 << (bits - 1)) - 1;

		if (neg)
			return v->num >= lo;
		return u <= (uint64_t)hi;
	}
	return !neg && u <= (((uint64_t)1 << bits) - 1);
}

/* Does the bit pattern of a mask fit in the type's width? */
static bool mask_fits(const struct kapi_value *v,
		      const struct kapi_type_facts *t)
{
	unsigned bits = t->bits ? t->bits : 64;

	if (v->state != KAPI_VALUE_RESOLVED || !t->is_integer || bits >= 64)
		return true;
	if (!v->is_unsigned && v->num < 0) /* ~0 style: sign bits only */
		return v->num >= -((int64_t)1 << (bits - 1));
	return ((uint64_t)v->num >> bits) == 0;
}

static const char *vtext(const struct kapi_value *v)
{
	return v->text ? v->text : "?";
}

/* ---- kapi-param-mismatch ------------------------------------------- */

static void check_param_list(struct vctx *c)
{
	const struct kapi_spec *s = c->spec;
	const struct kapi_fn_facts *fn = c->fn;

	if (s->param_count && s->param_count != fn->param_count) {
		FINDING(c, s->params[0].loc, KAPI_RULE_PARAM,
			"spec describes %zu parameter%s but %s takes %zu",
			s->param_count, s->param_count == 1 ? "" : "s",
			fn->name, fn->param_count);
		note_fn(c);
	}
	if (s->param_count_declared >= 0 &&
	    (size_t)s->param_count_declared != fn->param_count) {
		FINDING(c, s->param_count_loc, KAPI_RULE_PARAM,
			"param-count: %d, but %s takes %zu",
			s->param_count_declared, fn->name, fn->param_count);
		note_fn(c);
	}
	for (size_t i = 0; i < s->param_count; i++) {
		const struct kapi_param *p = &s->params[i];
		size_t ri;

		if (!real_param(c, p->name, &ri)) {
			FINDING(c, p->loc, KAPI_RULE_PARAM,
				"%s has no parameter named '%s'", fn->name,
				p->name ? p->name : "");
			note_fn(c);
		} else if (ri != i && s->param_count == fn->param_count) {
			FINDING(c, p->loc, KAPI_RULE_PARAM,
				"parameter '%s' is #%zu in the spec but #%zu "
				"in %s",
				p->name, i + 1, ri + 1, fn->name);
			note_param(c, &fn->params[ri]);
		}
	}
	for (size_t i = 0; i < s->doc_param_count; i++) {
		const struct kapi_doc_param *d = &s->doc_params[i];
		size_t ri;

		if (!real_param(c, d->name, &ri)) {
			FINDING(c, d->loc, KAPI_RULE_PARAM,
				"@%s names no parameter of %s",
				d->name ? d->name : "", fn->name);
			note_fn(c);
		} else if (ri != i && s->doc_param_count == fn->param_count) {
			FINDING(c, d->loc, KAPI_RULE_PARAM,
				"@%s is #%zu in the comment but #%zu in %s",
				d->name, i + 1, ri + 1, fn->name);
			note_param(c, &fn->params[ri]);
		}
	}
}

/* ---- kapi-param-type ------------------------------------------------ */

/* Why the real type does not suit the spec's type class, or NULL. */
static const char *type_class_problem(const struct kapi_param *p,
				      const struct kapi_type_facts *t)
{
	switch (p->type) {
	case KAPI_TYPE_FD:
		/*
		 * Descriptors are ints, but many syscalls (close, dup3, read)
		 * take `unsigned int fd` and let the fd table reject large
		 * values; any integer type is therefore accepted.
		 */
		return t->is_integer ? NULL
				     : "a descriptor needs an integer type";
	case KAPI_TYPE_INT:
		if (!t->is_integer)
			return "'int' needs an integer type";
		return t->is_signed ? NULL
				    : "'int' needs a signed type; use 'uint'";
	case KAPI_TYPE_UINT:
		if (!t->is_integer)
			return "'uint' needs an integer type";
		return !t->is_signed
			       ? NULL
			       : "'uint' needs an unsigned type; use 'int'";
	case KAPI_TYPE_USER_PTR:
	case KAPI_TYPE_PATH:
		if (!t->is_pointer)
			return "a user pointer needs a pointer type";
		return t->is_user
			       ? NULL
			       : "a user pointer must be declared with __user";
	case KAPI_TYPE_PTR:
		if (!t->is_pointer)
			return "'ptr' needs a pointer type";
		if (t->is_user && !(p->flags & KAPI_PARAM_USER))
			return "the pointer is __user; use 'user_ptr' or the "
			       "'user' flag";
		return NULL;
	case KAPI_TYPE_STRUCT:
		return t->is_struct || t->points_to_struct
			       ? NULL
			       : "'struct' needs a struct or a pointer to one";
	case KAPI_TYPE_UNION:
		return t->is_union || t->points_to_union
			       ? NULL
			       : "'union' needs a union or a pointer to one";
	case KAPI_TYPE_ENUM:
		/* syscalls pass enumerations as plain integers */
		return t->is_integer ? NULL
				     : "'enum' needs an enum or integer type";
	case KAPI_TYPE_FUNC_PTR:
		return t->is_func_ptr
			       ? NULL
			       : "'func_ptr' needs a pointer to a function";
	case KAPI_TYPE_ARRAY:
		return t->is_array || t->is_pointer
			       ? NULL
			       : "'array' needs an array or pointer parameter";
	default:
		return NULL;
	}
}

static void check_param_types(struct vctx *c)
{
	for (size_t i = 0; i < c->spec->param_count; i++) {
		const struct kapi_param *p = &c->spec->params[i];
		const struct kapi_param_facts *r = real_param(c, p->name, NULL);
		const char *why;

		if (!r)
			continue;
		why = type_class_problem(p, &r->type);
		if (why) {
			FINDING(c, p->type_loc.line ? p->type_loc : p->loc,
				KAPI_RULE_PARAM_TYPE,
				"parameter '%s' is '%s' in the spec but '%s' "
				"in %s: %s",
				p->name, kapi_type_name(p->type),
				r->type.spelling ? r->type.spelling : "?",
				c->fn->name, why);
			note_param(c, r);
		}
		if ((p->flags & (KAPI_PARAM_OUT | KAPI_PARAM_INOUT)) &&
		    !r->type.is_pointer) {
			FINDING(c, p->type_loc.line ? p->type_loc : p->loc,
				KAPI_RULE_PARAM_TYPE,
				"parameter '%s' is marked %s but is not a "
				"pointer",
				p->name,
				p->flags & KAPI_PARAM_OUT ? "output" : "inout");
			note_param(c, r);
		}
	}
}

/* ---- kapi-constraint ------------------------------------------------ */

static void check_fits(struct vctx *c, const struct kapi_param *p,
		       const struct kapi_param_facts *r,
		       const struct kapi_value *v, const char *what)
{
	if (kapi_value_fits(v, &r->type))
		return;
	FINDING(c, v->loc.line ? v->loc : p->constraint_loc,
		KAPI_RULE_CONSTRAINT,
		"%s '%s' of parameter '%s' cannot be held by '%s'", what,
		vtext(v), p->name, r->type.spelling ? r->type.spelling : "?");
	note_param(c, r);
}

static void check_range(struct vctx *c, const struct kapi_param *p,
			const struct kapi_param_facts *r)
{
	bool strlen_limits = p->constraint == KAPI_CONSTRAINT_USER_STRING ||
			     p->constraint == KAPI_CONSTRAINT_USER_PATH;

	if (p->min.state == KAPI_VALUE_RESOLVED &&
	    p->max.state == KAPI_VALUE_RESOLVED &&
	    value_cmp(&p->min, &p->max) > 0) {
		FINDING(c, p->min.loc.line ? p->min.loc : p->constraint_loc,
			KAPI_RULE_CONSTRAINT,
			"range of parameter '%s' is empty: %s > %s", p->name,
			vtext(&p->min), vtext(&p->max));
	}
	if (strlen_limits || !r || !r->type.is_integer)
		return;
	check_fits(c, p, r, &p->min, "lower bound");
	check_fits(c, p, r, &p->max, "upper bound");
}

static void check_mask(struct vctx *c, const struct kapi_param *p,
		       const struct kapi_param_facts *r,
		       const struct kapi_value *m, const char *what)
{
	if (!r || mask_fits(m, &r->type))
		return;
	FINDING(c, m->loc.line ? m->loc : p->constraint_loc,
		KAPI_RULE_CONSTRAINT,
		"%s '%s' of parameter '%s' has bits '%s' cannot hold", what,
		vtext(m), p->name, r->type.spelling ? r->type.spelling : "?");
	note_param(c, r);
}

static void check_enum(struct vctx *c, const struct kapi_param *p,
		       const struct kapi_param_facts *r)
{
	for (size_t i = 0; i < p->enum_count; i++) {
		const struct kapi_value *v = &p->enum_values[i];

		for (size_t j = 0; j < i; j++) {
			const struct kapi_value *w = &p->enum_values[j];
			bool same_text = v->text && w->text &&
					 strcmp(v->text, w->text) == 0;
			bool same_num = v->state == KAPI_VALUE_RESOLVED &&
					w->state == KAPI_VALUE_RESOLVED &&
					value_cmp(v, w) == 0;

			if (same_text || same_num) {
				FINDING(c,
					v->loc.line ? v->loc
						    : p->constraint_loc,
					KAPI_RULE_CONSTRAINT,
					"enum member '%s' of parameter '%s' "
					"repeats '%s'",
					vtext(v), p->name, vtext(w));
				break;
			}
		}
		if (r && r->type.is_integer)
			check_fits(c, p, r, v, "enum member");
	}
}

static void check_buffer(struct vctx *c, const struct kapi_param *p,
			 size_t self)
{
	const struct kapi_param_facts *sz;
	int idx = p->size_param_idx;

	if (idx < 0)
		return;
	if ((size_t)idx >= c->fn->param_count) {
		FINDING(c, p->constraint_loc, KAPI_RULE_CONSTRAINT,
			"buffer size of parameter '%s' names parameter #%d "
			"(0-based) but %s takes %zu",
			p->name, idx, c->fn->name, c->fn->param_count);
		note_fn(c);
		return;
	}
	sz = &c->fn->params[idx];
	if ((size_t)idx == self || !sz->type.is_integer) {
		FINDING(c, p->constraint_loc, KAPI_RULE_CONSTRAINT,
			"buffer size of parameter '%s' is parameter #%d '%s', "
			"which is %s",
			p->name, idx, sz->name,
			(size_t)idx == self ? "the buffer itself"
					    : "not an integer");
		note_param(c, sz);
	}
}

static bool is_power_of_two(const struct kapi_value *v)
{
	uint64_t u = (uint64_t)v->num;

	if (!v->is_unsigned && v->num <= 0)
		return false;
	return u && !(u & (u - 1));
}

static void check_constraints(struct vctx *c)
{
	for (size_t i = 0; i < c->spec->param_count; i++) {
		const struct kapi_param *p = &c->spec->params[i];
		size_t ri = 0;
		const struct kapi_param_facts *r = real_param(c, p->name, &ri);

		check_range(c, p, r);
		check_mask(c, p, r, &p->mask, "mask");
		for (size_t k = 0; k < p->arch_mask_count; k++)
			check_mask(c, p, r, &p->arch_masks[k].mask,
				   "arch-mask");
		check_enum(c, p, r);
		if (r)
			check_buffer(c, p, ri);
		if (p->alignment.state == KAPI_VALUE_RESOLVED &&
		    !is_power_of_two(&p->alignment)) {
			FINDING(c,
				p->alignment.loc.line ? p->alignment.loc
						      : p->constraint_loc,
				KAPI_RULE_CONSTRAINT,
				"alignment '%s' of parameter '%s' is not a "
				"power of two",
				vtext(&p->alignment), p->name);
		}
	}
}

/* ---- kapi-errno ----------------------------------------------------- */

static void check_errors(struct vctx *c, const struct kapi_errno_facts *ef)
{
	for (size_t i = 0; i < c->spec->error_count; i++) {
		const struct kapi_error *e = &c->spec->errors[i];
		struct kapi_loc loc = e->code.loc.line ? e->code.loc : e->loc;

		if (!e->name)
			continue;
		/* Unknown names are the parser's kapi-spec-errno already. */
		if (!ef || (!kapi_is_errno_name(e->name) && !ef[i].defined))
			continue;
		if (!ef[i].defined) {
			FINDING(c, loc, KAPI_RULE_ERRNO,
				"'%s' is not defined for this target", e->name);
			continue;
		}
		if (e->code.state == KAPI_VALUE_RESOLVED &&
		    e->code.num != -ef[i].value) {
			FINDING(c, loc, KAPI_RULE_ERRNO,
				"error code '%s' is %lld but -%s is %lld",
				vtext(&e->code), (long long)e->code.num,
				e->name, (long long)-ef[i].value);
		}
	}
}

/* ---- kapi-return ---------------------------------------------------- */

static void check_return(struct vctx *c)
{
	const struct kapi_return *r = &c->spec->ret;
	const struct kapi_type_facts *t = &c->fn->ret;
	struct kapi_loc loc = r->loc;

	if (!r->present)
		return;
	if (t->is_void) {
		if (r->check != KAPI_RETURN_NO_RETURN &&
		    r->check != KAPI_RETURN_NONE) {
			FINDING(c, loc, KAPI_RULE_RETURN,
				"check-type '%s' but %s returns void",
				kapi_return_check_name(r->check), c->fn->name);
			note_fn(c);
		}
		return;
	}
	if ((r->check == KAPI_RETURN_FD || r->check == KAPI_RETURN_RANGE ||
	     r->check == KAPI_RETURN_ERROR_CHECK || r->type == KAPI_TYPE_FD ||
	     r->type == KAPI_TYPE_INT || r->type == KAPI_TYPE_UINT) &&
	    !t->is_integer) {
		FINDING(c, loc, KAPI_RULE_RETURN,
			"return is described as an integer but %s returns "
			"'%s'",
			c->fn->name, t->spelling ? t->spelling : "?");
		note_fn(c);
		return;
	}
	if (r->type == KAPI_TYPE_PTR && !t->is_pointer) {
		FINDING(c, loc, KAPI_RULE_RETURN,
			"return is described as a pointer but %s returns '%s'",
			c->fn->name, t->spelling ? t->spelling : "?");
		note_fn(c);
		return;
	}
	const struct kapi_value *vals[] = {&r->success, &r->success_min,
					   &r->success_max};
	for (size_t i = 0; i < 3; i++) {
		if (!t->is_integer || kapi_value_fits(vals[i], t))
			continue;
		FINDING(c, vals[i]->loc.line ? vals[i]->loc : loc,
			KAPI_RULE_RETURN,
			"success value '%s' cannot be returned as '%s'",
			vtext(vals[i]), t->spelling ? t->spelling : "?");
		note_fn(c);
	}
	if (r->success_min.state == KAPI_VALUE_RESOLVED &&
	    r->success_max.state == KAPI_VALUE_RESOLVED &&
	    value_cmp(&r->success_min, &r->success_max) > 0) {
		FINDING(c, loc, KAPI_RULE_RETURN,
			"success range is empty: %s > %s",
			vtext(&r->success_min), vtext(&r->success_max));
	}
}

enum kapi_verify_state kapi_verify_spec(const struct kapi_spec *spec,
					const struct kapi_fn_facts *fn,
					const struct kapi_errno_facts *errnos,
					struct kapi_diag_list *diags)
{
	struct vctx c = {spec, fn, diags, 0};

	check_param_list(&c);
	check_param_types(&c);
	check_constraints(&c);
	check_errors(&c, errnos);
	check_return(&c);
	return c.findings ? KAPI_VERIFY_WARNINGS : KAPI_VERIFY_OK;
}

bool kapi_rule_listed(const char *list, const char *rule)
{
	size_t rlen = strlen(rule);
	const char *short_rule = rule;

	if (!list)
		return false;
	if (strncmp(rule, "kapi-", 5) == 0)
		short_rule = rule + 5;
	while (*list) {
		const char *end = strchr(list, ',');
		size_t n = end ? (size_t)(end - list) : strlen(list);

		if ((n == rlen && strncmp(list, rule, n) == 0) ||
		    (n == strlen(short_rule) &&
		     strncmp(list, short_rule, n) == 0))
			return true;
		if (!end)
			break;
		list = end + 1;
	}
	return false;
}
