// SPDX-License-Identifier: MIT
/*
 * kapi-unchecked-return: the result of a call whose spec lists errors is
 * thrown away (an expression statement).  Casting the call to void says
 * the caller means it, and silences the rule.
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

/* "EBADF, EINTR, EIO" -- at most four, then "...". */
static char *kapi_error_names(const struct kapi_spec *spec)
{
	struct kapi_strbuf sb = {0};
	size_t i;

	for (i = 0; i < spec->error_count && i < 4; i++)
		kapi_sb_printf(&sb, "%s%s", i ? ", " : "",
			       spec->errors[i].name ? spec->errors[i].name
						    : "?");
	if (spec->error_count > 4)
		kapi_sb_puts(&sb, ", ...");
	return kapi_sb_take(&sb);
}

/* Is `name` one of the comma-separated names of `list`? */
static bool kapi_listed(const char *list, const char *name)
{
	size_t n = strlen(name);

	while (list && *list) {
		const char *end = strchr(list, ',');
		size_t len = end ? (size_t)(end - list) : strlen(list);

		while (len && (*list == ' ' || *list == '\t')) {
			list++;
			len--;
		}
		while (len && (list[len - 1] == ' ' || list[len - 1] == '\t'))
			len--;
		if (len == n && !strncmp(list, name, n))
			return true;
		list = end ? end + 1 : NULL;
	}
	return false;
}

static void kapi_unchecked_check(struct kapi_tu *tu,
				 const struct kapi_call *call)
{
	const struct kapi_spec *spec = call->spec;
	char *names;

	if (call->use != KAPI_USE_DISCARDED || !spec->error_count ||
	    spec->ret.check == KAPI_RETURN_NO_RETURN)
		return;
	/* the user's list: callee as spelled (close) or spec (sys_close) */
	if (tu->uret_ignore && (kapi_listed(tu->uret_ignore, call->callee) ||
				kapi_listed(tu->uret_ignore, spec->name)))
		return;
	names = kapi_error_names(spec);
	kapi_report(tu, &kapi_rule_unchecked_return, call->cursor, spec,
		    spec->errors[0].loc,
		    kapi_xasprintf("result of %s is ignored, but it can fail "
				   "with %s; check it or cast the call to "
				   "void",
				   kapi_rule_callee(call), names),
		    kapi_xasprintf("%s documents %zu error%s", spec->name,
				   spec->error_count,
				   spec->error_count == 1 ? "" : "s"));
	free(names);
}

const struct kapi_rule kapi_rule_unchecked_return = {
	.name = "kapi-unchecked-return",
	.summary = "The result of a call that its kernel API spec says can "
		   "fail is discarded.",
	.check = kapi_unchecked_check,
};
