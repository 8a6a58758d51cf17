// SPDX-License-Identifier: MIT
/*
 * kapi-enum: a constant that is none of the documented values.  One
 * unresolved value and the rule stays silent: it might be the one.  The
 * message names the closest valid values below and above.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static bool kapi_enum_known(const struct kapi_param *p)
{
	size_t i;

	if (!p->enum_count)
		return false;
	for (i = 0; i < p->enum_count; i++)
		if (!kapi_value_known(&p->enum_values[i]))
			return false;
	return true;
}

/* "4", or "4 (MADV_DONTNEED)" when written symbolically. */
static void kapi_put_value(struct kapi_strbuf *sb, const struct kapi_value *v)
{
	char buf[24];

	kapi_int_str(buf, v->num, v->is_unsigned);
	kapi_sb_puts(sb, buf);
	if (v->text && strcmp(v->text, buf))
		kapi_sb_printf(sb, " (%s)", v->text);
}

static char *kapi_closest(const struct kapi_param *p, const struct kapi_cval *x)
{
	const struct kapi_value *below = NULL, *above = NULL;
	struct kapi_strbuf sb = {0};
	size_t i;

	for (i = 0; i < p->enum_count; i++) {
		const struct kapi_value *v = &p->enum_values[i];
		int c = kapi_int_cmp(v->num, v->is_unsigned, x->num,
				     x->is_unsigned);

		if (c < 0 &&
		    (!below || kapi_int_cmp(v->num, v->is_unsigned, below->num,
					    below->is_unsigned) > 0))
			below = v;
		if (c > 0 &&
		    (!above || kapi_int_cmp(v->num, v->is_unsigned, above->num,
					    above->is_unsigned) < 0))
			above = v;
	}
	if (below)
		kapi_put_value(&sb, below);
	if (below && above)
		kapi_sb_puts(&sb, " or ");
	if (above)
		kapi_put_value(&sb, above);
	return kapi_sb_take(&sb);
}

/*
 * The same bits in a parameter as wide as the wrapper's: glibc's reboot()
 * takes `int howto` and the kernel reads the register as `unsigned int
 * cmd`, so RB_HALT_SYSTEM is -839974621 to the one and 0xcdef0123 to the
 * other.  Not for a kernel type wider than the wrapper's (a long: the int
 * is sign-extended first).
 */
static bool kapi_same_bits(const struct kapi_param *p,
			   const struct kapi_value *v,
			   const struct kapi_cval *x)
{
	uint64_t m;

	if (x->width == 0 || x->width >= 64 ||
	    (p->type_name && strstr(p->type_name, "long")))
		return false;
	m = (UINT64_C(1) << x->width) - 1;
	if (v->is_unsigned
		    ? (uint64_t)v->num > m
		    : v->num < -(int64_t)(m >> 1) - 1 || v->num > (int64_t)m)
		return false;
	return ((uint64_t)v->num & m) == ((uint64_t)x->num & m);
}

static bool kapi_enum_has(const struct kapi_param *p, const struct kapi_cval *x)
{
	size_t i;

	for (i = 0; i < p->enum_count; i++)
		if (!kapi_int_cmp(p->enum_values[i].num,
				  p->enum_values[i].is_unsigned, x->num,
				  x->is_unsigned) ||
		    kapi_same_bits(p, &p->enum_values[i], x))
			return true;
	return false;
}

static void kapi_enum_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	size_t i;

	for (i = 0; i < call->arg_count; i++) {
		const struct kapi_param *p = &call->spec->params[i];
		const struct kapi_arg *a = &call->args[i];
		char *val, *near;

		if (p->constraint != KAPI_CONSTRAINT_ENUM || !a->present ||
		    a->val.kind != KAPI_CVAL_INT || !kapi_enum_known(p) ||
		    kapi_enum_has(p, &a->val))
			continue;
		val = kapi_rule_value_str(a);
		near = kapi_closest(p, &a->val);
		kapi_report(tu, &kapi_rule_enum, a->expr, call->spec,
			    kapi_rule_param_loc(call, i),
			    kapi_xasprintf("argument '%s' of %s is %s, not one "
					   "of the documented values; closest "
					   "valid: %s",
					   kapi_call_param_name(call, i),
					   kapi_rule_callee(call), val, near),
			    kapi_rule_param_note(call, i));
		free(val);
		free(near);
	}
}

const struct kapi_rule kapi_rule_enum = {
	.name = "kapi-enum",
	.summary = "A constant argument is none of the values its kernel API "
		   "spec documents.",
	.check = kapi_enum_check,
};
