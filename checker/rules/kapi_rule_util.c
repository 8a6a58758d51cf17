// SPDX-License-Identifier: MIT
/* Message pieces every rule uses, so that all findings read alike. */
#include <stdlib.h>
#include <string.h>

#include "kapi_rules.h"
#include "kapi_util.h"

const char *kapi_rule_callee(const struct kapi_call *call)
{
	return call->via ? call->via : call->callee;
}

char *kapi_rule_value_str(const struct kapi_arg *a)
{
	char now[24], was[24];
	CXString t;
	char *r;

	kapi_int_str(now, a->val.num, a->val.is_unsigned);
	kapi_int_str(was, a->val.written, a->val.written_unsigned);
	if (!strcmp(now, was) || a->param_type.kind == CXType_Invalid)
		return kapi_xstrdup(was);
	/* The conversion changed it: show both, as the kernel sees it. */
	t = clang_getTypeSpelling(a->param_type);
	r = kapi_xasprintf("%s (%s as %s)", was, now, clang_getCString(t));
	clang_disposeString(t);
	return r;
}

char *kapi_rule_param_note(const struct kapi_call *call, size_t i)
{
	const struct kapi_param *p = &call->spec->params[i];

	if (p->constraint_text)
		return kapi_xasprintf(
			"%s documents '%s' as %s", call->spec->name,
			kapi_call_param_name(call, i), p->constraint_text);
	return kapi_xasprintf("%s documents '%s' here", call->spec->name,
			      kapi_call_param_name(call, i));
}

struct kapi_loc kapi_rule_param_loc(const struct kapi_call *call, size_t i)
{
	const struct kapi_param *p = &call->spec->params[i];

	if (p->constraint_loc.line)
		return p->constraint_loc;
	return p->loc;
}
