// SPDX-License-Identifier: MIT
/*
 * The rule registry.  One rule per file pair under rules/ (clang-tidy's
 * organisation); adding a rule means adding it here, to CMakeLists.txt, to
 * test/checker/ and to RULES.rst.
 */
#include "kapi_check.h"
#include "rules/kapi_rules.h"

const struct kapi_rule *const kapi_rules[] = {
	&kapi_rule_range,
	&kapi_rule_mask,
	&kapi_rule_enum,
	&kapi_rule_null,
	&kapi_rule_buffer_size,
	&kapi_rule_unchecked_return,
	&kapi_rule_alignment,
	&kapi_rule_error_convention,
	&kapi_rule_success_check,
	&kapi_rule_string,
	&kapi_rule_impossible_errno,
	&kapi_rule_arg_constraint,
	&kapi_rule_failure_sentinel,
	&kapi_rule_result_type,
	&kapi_rule_eintr_retry,
	&kapi_rule_missing_argument,
};

const size_t kapi_rule_count = sizeof(kapi_rules) / sizeof(kapi_rules[0]);
