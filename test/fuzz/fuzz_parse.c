// SPDX-License-Identifier: MIT
/* Fuzz the DSL parser through its outermost entry: a whole C source, and
 * the spec lint on whatever it parsed. */
#include <stddef.h>
#include <stdint.h>

#include "kapi_lint.h"
#include "kapi_parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kapi_spec_list specs = {0};
	struct kapi_diag_list diags = {0};
	int64_t num;
	bool is_unsigned;

	kapi_parse_source((const char *)data, size, "fuzz.c", &specs, &diags);
	for (size_t i = 0; i < specs.count; i++)
		kapi_lint_spec(specs.items[i], NULL, kapi_lint_eval_literal,
			       NULL, &diags);
	kapi_spec_list_free(&specs);
	kapi_diag_list_free(&diags);

	/* The literal evaluator takes NUL-terminated text: feed it a prefix. */
	if (size < 256) {
		char buf[257];

		for (size_t i = 0; i < size; i++)
			buf[i] = data[i] ? (char)data[i] : ' ';
		buf[size] = '\0';
		kapi_eval_int_expr(buf, &num, &is_unsigned);
		kapi_lint_is_prose(buf, size);
		kapi_lint_internal_errno(buf, NULL);
	}
	return 0;
}
