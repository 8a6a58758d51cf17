/* SPDX-License-Identifier: MIT */
/*
 * A spec against what its syscall's code does: the facts the plugin mined
 * (spec->facts, see kapi_spec.h) that disagree with the spec's constraints
 * become warnings at the spec's line with a note at the code's test.
 * Conservative: a fact without a matching constraint kind in the spec says
 * nothing (the spec may not describe that parameter that way), and only
 * resolved values are compared.
 */
#ifndef KAPI_DRIFT_H
#define KAPI_DRIFT_H

#include <stdbool.h>
#include <stdint.h>

#include "kapi_diag.h"
#include "kapi_spec.h"

#ifdef __cplusplus
extern "C" {
#endif

#define KAPI_RULE_MASK_DRIFT	  "kapi-spec-mask-drift"
#define KAPI_RULE_ENUM_DRIFT	  "kapi-spec-enum-drift"
#define KAPI_RULE_RANGE_DRIFT	  "kapi-spec-range-drift"
#define KAPI_RULE_ALIGNMENT_DRIFT "kapi-spec-alignment-drift"
#define KAPI_RULE_ERROR_UNLISTED  "kapi-spec-error-unlisted"

/*
 * Names for single bits of a mask, for the messages ("O_DIRECT"); returns
 * NULL when the target defines no name for the bit.  ctx is the caller's.
 */
typedef const char *(*kapi_bit_name_fn)(void *ctx, const char *param,
					uint64_t bit);

struct kapi_drift_options {
	bool errors_unlisted; /* report codes the spec does not list */
	kapi_bit_name_fn bit_name;
	void *ctx;
};

/* Report the disagreements of spec->facts with spec; returns how many. */
size_t kapi_drift_check(const struct kapi_spec *spec,
			const struct kapi_drift_options *opts,
			struct kapi_diag_list *diags);

#ifdef __cplusplus
}
#endif

#endif
