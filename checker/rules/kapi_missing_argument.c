// SPDX-License-Identifier: MIT
/*
 * kapi-missing-argument: a C library wrapper that reads a variadic
 * argument only under a condition is called without it while the
 * condition certainly holds.  open() reads its mode when flags has O_CREAT
 * or O_TMPFILE; `open(path, O_CREAT | O_WRONLY)` hands the kernel
 * whatever the register holds, and the file gets random permissions.  The
 * condition comes from a `needs` line of the bindings (numbers only, over
 * the spec's parameter names), evaluated as kapi-arg-constraint does.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_cexpr.h"
#include "kapi_rules.h"
#include "kapi_util.h"

static const char *kapi_base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* The spec parameter the wrapper's argument `idx` supplies, or NULL. */
static const char *kapi_needed_name(const struct kapi_call *call, int idx)
{
	const struct kapi_binding *b = call->binding;

	for (size_t i = 0; i < b->arg_count && i < call->arg_count; i++)
		if (b->args[i] == idx)
			return kapi_call_param_name(call, i);
	return NULL;
}

static void kapi_missing_argument_check(struct kapi_tu *tu,
					const struct kapi_call *call)
{
	const struct kapi_binding *b = call->binding;
	struct kapi_cexpr_arg *args;
	struct kapi_cexpr *e;
	const char *name;

	if (!b || !b->needs_expr ||
	    clang_Cursor_getNumArguments(call->cursor) > b->needs_arg)
		return;
	e = kapi_cexpr_load(b->needs_expr, call->spec);
	if (!e)
		return; /* names no parameter of this spec: not ours to say */
	args = kapi_xcalloc(call->arg_count ? call->arg_count : 1,
			    sizeof(*args));
	kapi_rule_arg_knowledge(call, args);
	name = kapi_needed_name(call, b->needs_arg);
	if (kapi_cexpr_eval(e, args, call->arg_count) == KAPI_TV_TRUE)
		kapi_report(tu, &kapi_rule_missing_argument, call->cursor,
			    call->spec, (struct kapi_loc){0},
			    kapi_xasprintf("%s reads its argument %d%s%s%s "
					   "with these arguments, but the call "
					   "passes none; the kernel gets "
					   "whatever the register holds",
					   kapi_rule_callee(call),
					   b->needs_arg + 1, name ? " ('" : "",
					   name ? name : "", name ? "')" : ""),
			    kapi_xasprintf("%s reads it when %s (%s:%u)",
					   b->function, b->needs_expr,
					   kapi_base_name(b->file), b->line));
	free(args);
	kapi_cexpr_free(e);
}

const struct kapi_rule kapi_rule_missing_argument = {
	.name = "kapi-missing-argument",
	.summary = "A wrapper that reads a variadic argument under a "
		   "condition is called without it while the condition "
		   "holds (open with O_CREAT and no mode).",
	.check = kapi_missing_argument_check,
};
