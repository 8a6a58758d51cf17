/* SPDX-License-Identifier: MIT */
/*
 * Every rule is one `struct kapi_rule` defined in rules/kapi_<name>.c and
 * documented in checker/RULES.rst.  Shared helpers for the rules live in
 * rules/kapi_rule_util.c.
 */
#ifndef KAPI_RULES_H
#define KAPI_RULES_H

#include "kapi_check.h"

extern const struct kapi_rule kapi_rule_range;
extern const struct kapi_rule kapi_rule_mask;
extern const struct kapi_rule kapi_rule_enum;
extern const struct kapi_rule kapi_rule_null;
extern const struct kapi_rule kapi_rule_buffer_size;
extern const struct kapi_rule kapi_rule_unchecked_return;
extern const struct kapi_rule kapi_rule_alignment;
extern const struct kapi_rule kapi_rule_error_convention;
extern const struct kapi_rule kapi_rule_success_check;
extern const struct kapi_rule kapi_rule_string;
extern const struct kapi_rule kapi_rule_impossible_errno;
extern const struct kapi_rule kapi_rule_arg_constraint;
extern const struct kapi_rule kapi_rule_failure_sentinel;
extern const struct kapi_rule kapi_rule_result_type;
extern const struct kapi_rule kapi_rule_eintr_retry;
extern const struct kapi_rule kapi_rule_missing_argument;

/* "open" or "syscall(SYS_open)": how the call is named in messages. */
const char *kapi_rule_callee(const struct kapi_call *call);
/* The written form when it differs from the converted value:
 * "-1 (18446744073709551615 as size_t)"; a fresh string. */
char *kapi_rule_value_str(const struct kapi_arg *a);
/* "sys_open documents 'flags' as mask(...)"; a fresh string. */
char *kapi_rule_param_note(const struct kapi_call *call, size_t i);
/* What the call shows of each argument for a constraint expression: a
 * constant, a null pointer (0 for an integer parameter), a pointer that
 * cannot be null; out has call->arg_count entries. */
struct kapi_cexpr_arg;
void kapi_rule_arg_knowledge(const struct kapi_call *call,
			     struct kapi_cexpr_arg *out);
/* Where a parameter's constraint is written in the spec. */
struct kapi_loc kapi_rule_param_loc(const struct kapi_call *call, size_t i);

#endif
