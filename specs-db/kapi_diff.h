/* SPDX-License-Identifier: MIT */
/*
 * What changed between two sets of specs, from the point of view of the
 * userspace that calls them: which changes break existing callers, which
 * are compatible, and which may break strict callers (a new error code a
 * caller that switches over errno does not know).
 *
 * Specs are matched by name, parameters by position.  Values compare by
 * their resolved numbers; a value unresolved on either side compares by its
 * text, and a difference is reported as "risky" (not provably breaking).
 *
 * Mined facts (what the code tests, which errors it returns) are compared
 * too, per kind and parameter (errors per code).  They describe code, not
 * a contract, so a fact change is never "breaking": one that rejects more
 * or returns a new error is "risky", the rest "compatible".
 */
#ifndef KAPI_DIFF_H
#define KAPI_DIFF_H

#include <stddef.h>

#include "kapi_spec.h"

enum kapi_change_kind {
	KAPI_CHANGE_API_REMOVED = 0,
	KAPI_CHANGE_API_ADDED,
	KAPI_CHANGE_PARAM_ADDED,
	KAPI_CHANGE_PARAM_REMOVED,
	KAPI_CHANGE_PARAM_RETYPED,
	KAPI_CHANGE_PARAM_RENAMED,
	KAPI_CHANGE_PARAM_REQUIRED, /* no longer optional */
	KAPI_CHANGE_PARAM_OPTIONAL, /* now optional */
	KAPI_CHANGE_CONSTRAINT_CHANGED,
	KAPI_CHANGE_MASK_BITS_REMOVED,
	KAPI_CHANGE_MASK_BITS_ADDED,
	KAPI_CHANGE_RANGE_NARROWED,
	KAPI_CHANGE_RANGE_WIDENED,
	KAPI_CHANGE_ENUM_REMOVED,
	KAPI_CHANGE_ENUM_ADDED,
	KAPI_CHANGE_ALIGNMENT_CHANGED,
	KAPI_CHANGE_ERROR_ADDED,
	KAPI_CHANGE_ERROR_REMOVED,
	KAPI_CHANGE_RETURN_CHANGED,
	KAPI_CHANGE_FACT_ADDED, /* a mined fact (code-level, not a contract) */
	KAPI_CHANGE_FACT_REMOVED,
	KAPI_CHANGE_FACT_CHANGED,
	KAPI_CHANGE__COUNT
};

enum kapi_impact {
	KAPI_IMPACT_COMPATIBLE = 0,
	KAPI_IMPACT_RISKY,    /* may break strict callers, or not comparable */
	KAPI_IMPACT_BREAKING, /* existing callers stop working */
};

struct kapi_change {
	enum kapi_change_kind kind;
	enum kapi_impact impact;
	char *api;	  /* spec name */
	int param;	  /* 0-based parameter index, -1 for the whole API */
	char *param_name; /* NULL when param is -1 */
	char *message;	  /* "mask bits 0x40 removed (0x7fffc3 -> 0x7fff83)" */
};

struct kapi_changes {
	struct kapi_change *items;
	size_t count, cap;
};

/* Append the changes from old to new; either may be NULL (added/removed). */
void kapi_diff_spec(const struct kapi_spec *old, const struct kapi_spec *new,
		    struct kapi_changes *out);
/* Every spec of both lists, matched by name, in name order. */
void kapi_diff_lists(const struct kapi_spec_list *old,
		     const struct kapi_spec_list *new,
		     struct kapi_changes *out);
size_t kapi_changes_count(const struct kapi_changes *c, enum kapi_impact i);
void kapi_changes_free(struct kapi_changes *c);

/* "mask-bits-removed", "breaking" */
const char *kapi_change_kind_name(enum kapi_change_kind k);
const char *kapi_impact_name(enum kapi_impact i);

#endif
