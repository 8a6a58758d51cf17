// SPDX-License-Identifier: MIT
/*
 * kapi-eintr-retry: a call repeated while errno is EINTR when its spec
 * says the effect already happened (`retry: no` on the EINTR error).
 * close() is the classic: Linux frees the descriptor before it reports
 * EINTR, so the second close() may hit a descriptor another thread has
 * just been given.
 */
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static const struct kapi_error *kapi_eintr_no_retry(const struct kapi_spec *s)
{
	for (size_t i = 0; i < s->error_count; i++)
		if (s->errors[i].name && !strcmp(s->errors[i].name, "EINTR") &&
		    s->errors[i].retry == KAPI_RETRY_NO)
			return &s->errors[i];
	return NULL;
}

static void kapi_eintr_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	const struct kapi_error *e;

	if (clang_Cursor_isNull(call->eintr_loop) ||
	    !(e = kapi_eintr_no_retry(call->spec)))
		return;
	kapi_report(tu, &kapi_rule_eintr_retry, call->cursor, call->spec,
		    e->loc,
		    kapi_xasprintf("%s is repeated after EINTR, but the call "
				   "must not be retried: %s",
				   kapi_rule_callee(call),
				   e->summary ? e->summary
					      : "its effect has "
						"already happened"),
		    kapi_xasprintf("%s documents EINTR with retry: no",
				   call->spec->name));
}

const struct kapi_rule kapi_rule_eintr_retry = {
	.name = "kapi-eintr-retry",
	.summary = "A call is repeated after EINTR although its spec says the "
		   "effect has already happened.",
	.check = kapi_eintr_check,
};
