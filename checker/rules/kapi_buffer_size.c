// SPDX-License-Identifier: MIT
/*
 * kapi-buffer-size: buffer(N) says parameter N counts the bytes (times
 * size-multiplier, when given) the kernel reads or writes through the
 * buffer.  A constant count larger than the array or object passed as the
 * buffer is an overflow:  char b[64]; read(fd, b, 128);
 *
 * Only objects whose size is certain count: a named array or struct member
 * array (not of size 0 or 1, the old flexible-array idiom), or &object.
 * Pointers, VLAs and array parameters (really pointers) are left alone.
 */
#include <stdlib.h>

#include "kapi_rules.h"
#include "kapi_util.h"

static char *kapi_spelling(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	char *r = kapi_xstrdup(clang_getCString(s));

	clang_disposeString(s);
	return r;
}

/* A named array or object; never a parameter (an array parameter is a
 * pointer, although libclang reports the type as written). */
static bool kapi_is_object_ref(CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);

	if (k == CXCursor_MemberRefExpr)
		return true;
	return k == CXCursor_DeclRefExpr &&
	       clang_getCursorKind(clang_getCursorReferenced(c)) ==
		       CXCursor_VarDecl;
}

/* The object an argument points to the start of, and its size in bytes. */
static bool kapi_object_size(CXCursor arg, long long *size, char **name)
{
	CXCursor c = kapi_strip_implicit(arg);
	CXType t;

	if (clang_getCursorKind(c) == CXCursor_UnaryOperator &&
	    clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_AddrOf) {
		c = kapi_strip_implicit(kapi_only_child(c));
		if (!kapi_is_object_ref(c))
			return false;
		t = clang_getCanonicalType(clang_getCursorType(c));
		if (t.kind == CXType_ConstantArray &&
		    clang_getArraySize(t) <= 1)
			return false;
	} else {
		if (!kapi_is_object_ref(c))
			return false;
		t = clang_getCanonicalType(clang_getCursorType(c));
		if (t.kind != CXType_ConstantArray ||
		    clang_getArraySize(t) <= 1)
			return false;
	}
	*size = clang_Type_getSizeOf(t);
	if (*size <= 0)
		return false;
	*name = kapi_spelling(c);
	return true;
}

/* Bytes the count stands for; false when the multiplier is unknown. */
static bool kapi_count_bytes(const struct kapi_param *p,
			     const struct kapi_cval *n, uint64_t *bytes)
{
	uint64_t mult = 1;

	if (n->kind != KAPI_CVAL_INT || (!n->is_unsigned && n->num < 0))
		return false;
	if (p->size_multiplier.state != KAPI_VALUE_ABSENT) {
		if (!kapi_value_known(&p->size_multiplier) ||
		    p->size_multiplier.num <= 0)
			return false;
		mult = (uint64_t)p->size_multiplier.num;
	}
	if (mult > 1 && (uint64_t)n->num > UINT64_MAX / mult)
		*bytes = UINT64_MAX;
	else
		*bytes = (uint64_t)n->num * mult;
	return true;
}

static void kapi_buffer_check_one(struct kapi_tu *tu,
				  const struct kapi_call *call, size_t i)
{
	const struct kapi_param *p = &call->spec->params[i];
	const struct kapi_arg *buf = &call->args[i], *cnt;
	long long size;
	uint64_t bytes;
	char *name, *val;

	if (p->size_param_idx < 0 ||
	    (size_t)p->size_param_idx >= call->arg_count)
		return;
	cnt = &call->args[p->size_param_idx];
	if (!buf->present || !cnt->present ||
	    !kapi_count_bytes(p, &cnt->val, &bytes) ||
	    !kapi_object_size(buf->expr, &size, &name))
		return;
	if (bytes <= (uint64_t)size) {
		free(name);
		return;
	}
	val = kapi_rule_value_str(cnt);
	kapi_report(tu, &kapi_rule_buffer_size, cnt->expr, call->spec,
		    kapi_rule_param_loc(call, i),
		    kapi_xasprintf("argument '%s' of %s is %s, larger than the "
				   "%lld-byte object '%s' passed as '%s'",
				   kapi_call_param_name(
					   call, (size_t)p->size_param_idx),
				   kapi_rule_callee(call), val, size, name,
				   kapi_call_param_name(call, i)),
		    kapi_rule_param_note(call, i));
	free(val);
	free(name);
}

static void kapi_buffer_check(struct kapi_tu *tu, const struct kapi_call *call)
{
	size_t i;

	for (i = 0; i < call->arg_count; i++)
		if (call->spec->params[i].constraint == KAPI_CONSTRAINT_BUFFER)
			kapi_buffer_check_one(tu, call, i);
}

const struct kapi_rule kapi_rule_buffer_size = {
	.name = "kapi-buffer-size",
	.summary = "A constant count is larger than the object passed as the "
		   "buffer it describes.",
	.check = kapi_buffer_check,
};
