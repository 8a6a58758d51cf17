/* SPDX-License-Identifier: MIT */
/*
 * Comparing a spec read from a kerneldoc comment with the compiled
 * `struct kernel_api_spec` for the same API (KAPI-DSL.md §7).  Each field
 * that disagrees becomes one warning located at the compiled initializer's
 * field, followed by a note at the comment's line.
 */
#ifndef KAPI_COMPARE_H
#define KAPI_COMPARE_H

#include "kapi_diag.h"
#include "kapi_spec.h"

#ifdef __cplusplus
extern "C" {
#endif

#define KAPI_RULE_COMPILED_MISMATCH "kapi-spec-compiled-mismatch"
#define KAPI_RULE_COMPILED	    "kapi-spec-compiled"
/* A .kapi_specs object that cannot be read as a spec at all. */
#define KAPI_RULE_COMPILED_UNREADABLE "kapi-spec-compiled-unreadable"

/*
 * Where the fields of one compiled params[i] initializer are written
 * (line 0 when the field was not written).  The model keeps locations only
 * for some fields; the reader fills these for the rest.
 */
struct kapi_compiled_param_locs {
	struct kapi_loc name, type, flags, constraint, size_param_idx;
};

struct kapi_compiled_locs {
	struct kapi_loc spec;	     /* the variable */
	struct kapi_loc param_count; /* .param_count, else the variable */
	struct kapi_loc error_count;
	struct kapi_loc ret_type, ret_check;
	const struct kapi_compiled_param_locs *params; /* parallel to params */
};

/*
 * Report every field where `compiled` (read from the initializer in
 * compiled->prov.file) disagrees with `comment`.  Values are compared by
 * their resolved numbers, a value not written counting as 0 (what the
 * compiled struct holds); values that did not resolve are not compared.
 * Returns the number of warnings added.
 */
size_t kapi_compare_specs(const struct kapi_spec *comment,
			  const struct kapi_spec *compiled,
			  const struct kapi_compiled_locs *locs,
			  struct kapi_diag_list *diags);

#ifdef __cplusplus
}
#endif

#endif
