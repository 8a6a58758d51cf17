// SPDX-License-Identifier: MIT
/*
 * kapi-mask: constant flags with bits outside the documented valid mask.
 * The arch-mask: bits of the translation unit's target arch are valid too;
 * when the target arch is unknown every arch's bits are accepted (never a
 * finding that depends on a guess).  Any unresolved mask: silent.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

/* The valid bits for this TU, or false when they are not all known. */
static bool kapi_valid_bits(const struct kapi_tu *tu,
			    const struct kapi_param *p, uint64_t *bits,
			    bool *with_arch)
{
	size_t i;

	if (!kapi_value_known(&p->mask))
		return false;
	*bits = (uint64_t)p->mask.num;
	*with_arch = false;
	for (i = 0; i < p->arch_mask_count; i++) {
		const struct kapi_arch_mask *am = &p->arch_masks[i];

		if (tu->arch && strcmp(am->arch, tu->arch))
			continue;
		if (!kapi_value_known(&am->mask))
			return false;
		*bits |= (uint64_t)am->mask.num;
		*with_arch = true;
	}
	return true;
}

static void kapi_mask_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	size_t i;

	for (i = 0; i < call->arg_count; i++) {
		const struct kapi_param *p = &call->spec->params[i];
		const struct kapi_arg *a = &call->args[i];
		uint64_t valid, value, width_mask, stray;
		bool with_arch;

		if (p->constraint != KAPI_CONSTRAINT_MASK || !a->present ||
		    a->val.kind != KAPI_CVAL_INT ||
		    !kapi_valid_bits(tu, p, &valid, &with_arch))
			continue;
		/* Bits of the value as the parameter's type holds them. */
		width_mask = a->val.width && a->val.width < 64
				     ? (UINT64_C(1) << a->val.width) - 1
				     : UINT64_MAX;
		value = (uint64_t)a->val.num & width_mask;
		stray = value & ~valid;
		if (!stray)
			continue;
		kapi_report(
			tu, &kapi_rule_mask, a->expr, call->spec,
			kapi_rule_param_loc(call, i),
			kapi_xasprintf("argument '%s' of %s has bits 0x%llx "
				       "outside the documented mask "
				       "0x%llx%s%s%s",
				       kapi_call_param_name(call, i),
				       kapi_rule_callee(call),
				       (unsigned long long)stray,
				       (unsigned long long)valid,
				       with_arch ? " (with the " : "",
				       with_arch ? tu->arch : "",
				       with_arch ? " bits)" : ""),
			kapi_rule_param_note(call, i));
	}
}

const struct kapi_rule kapi_rule_mask = {
	.name = "kapi-mask",
	.summary = "Constant flags have bits outside the valid mask their "
		   "kernel API spec documents.",
	.check = kapi_mask_check,
};
