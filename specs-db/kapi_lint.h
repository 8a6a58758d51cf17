/* SPDX-License-Identifier: MIT */
/*
 * Spec lint: mistakes that parse but do not say what the author meant
 * (README "Spec lint").  Each rule is a warning; syntax errors stay with
 * the parser.  The rules that need the text of one spec line (an error:
 * entry written as prose, a kernel-internal errno) are reported by the
 * parser itself through the helpers here; the rules that look at the
 * parsed model (constraints) run in kapi_lint_spec().
 *
 * The rule names live here and nowhere else.
 */
#ifndef KAPI_LINT_H
#define KAPI_LINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kapi_diag.h"
#include "kapi_spec.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An enum constraint given a mask, '|'-joined values, or no values. */
#define KAPI_LINT_RULE_ENUM_VALUES "kapi-spec-enum-values"
/* A mask whose terms are consecutive numbers: an enumeration. */
#define KAPI_LINT_RULE_MASK_ENUM "kapi-spec-mask-enum"
/* ERESTARTSYS & co. listed as errors userspace sees. */
#define KAPI_LINT_RULE_INTERNAL_ERRNO "kapi-spec-internal-errno"
/* An error: entry that starts with prose instead of an errno name. */
#define KAPI_LINT_RULE_ERROR_PROSE "kapi-spec-error-prose"

/*
 * Evaluate one term of an expression (`SEEK_CUR`, `0x10`) to a number.
 * Returns false when the value is unknown; the rule that asked stays
 * silent then.  `term` is NUL-terminated and trimmed.
 */
typedef bool (*kapi_lint_eval_fn)(void *ctx, const char *term, int64_t *value);

/* The evaluator for C literals only (kapi_eval_int_expr()); ctx unused. */
bool kapi_lint_eval_literal(void *ctx, const char *term, int64_t *value);

/*
 * Run the model-level rules on one spec and append warnings to diags,
 * with positions in `file` (NULL: the spec's own prov.file).  eval NULL
 * means kapi_lint_eval_literal.
 */
void kapi_lint_spec(const struct kapi_spec *s, const char *file,
		    kapi_lint_eval_fn eval, void *ctx,
		    struct kapi_diag_list *diags);

/*
 * For a kernel-internal errno name (include/linux/errno.h: ERESTARTSYS,
 * ENOIOCTLCMD, ENOTSUPP, ...): its number, and what userspace sees
 * instead, as a phrase.  NULL for every other name.
 */
const char *kapi_lint_internal_errno(const char *name, int *num);

/* Text of n bytes that reads as prose: two words side by side with only
 * blanks between them, which no C expression has. */
bool kapi_lint_is_prose(const char *text, size_t n);

#ifdef __cplusplus
}
#endif

#endif
