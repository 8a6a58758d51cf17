// SPDX-License-Identifier: MIT
/*
 * Fuzz the constraint-expression language (kapi_cexpr.h): spec comments
 * written by anyone reach it.  Parse, bind against sys_fuzz(flags, buf,
 * count) and a few constants, print the resolved form, which must parse
 * and bind again with no resolver and evaluate the same on a few argument
 * vectors.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_cexpr.h"
#include "kapi_spec.h"
#include "kapi_util.h"

static bool resolve(void *ctx, const char *ident, int64_t *num,
		    bool *is_unsigned)
{
	static const struct {
		const char *name;
		int64_t num;
		bool u;
	} consts[] = {
		{"O_TMPFILE", 0x410000, false},
		{"O_DIRECTORY", 0x10000, false},
		{"NEGC", -5, false},
		{"MINC", INT64_MIN, false},
		{"BIG", -1, true},
		{"SMALLU", 3, true},
	};

	(void)ctx;
	for (size_t i = 0; i < sizeof(consts) / sizeof(*consts); i++)
		if (!strcmp(ident, consts[i].name)) {
			*num = consts[i].num;
			*is_unsigned = consts[i].u;
			return true;
		}
	return false;
}

static struct kapi_spec *fuzz_spec(void)
{
	static struct kapi_spec *s;
	static const char *const names[] = {"flags", "buf", "count"};

	if (s)
		return s;
	s = kapi_spec_new();
	s->name = kapi_xstrdup("sys_fuzz");
	for (size_t i = 0; i < 3; i++) {
		struct kapi_param *p =
			KAPI_APPEND(s->params, s->param_count, s->param_cap);

		kapi_param_init(p);
		p->name = kapi_xstrdup(names[i]);
	}
	return s;
}

#define A_INT(n) {KAPI_CEXPR_INT, (n), false}
#define A_UNS(n) {KAPI_CEXPR_INT, (int64_t)(n), true}
#define A_NULL	 {KAPI_CEXPR_NULL, 0, false}
#define A_PTR	 {KAPI_CEXPR_NONNULL, 0, false}
#define A_UNK	 {KAPI_CEXPR_UNKNOWN, 0, false}

static const struct kapi_cexpr_arg vectors[][3] = {
	{A_INT(0), A_NULL, A_INT(0)},
	{A_INT(0x410000), A_PTR, A_INT(1)},
	{A_INT(-1), A_UNK, A_INT(INT64_MAX)},
	{A_UNS(UINT64_MAX), A_INT(0), A_UNS(3)},
	{A_INT(INT64_MIN), A_PTR, A_UNK},
	{A_UNK, A_UNK, A_UNK},
	{A_INT(64), A_NULL, A_INT(-7)},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kapi_spec *spec = fuzz_spec();
	struct kapi_cexpr *e, *r;
	char *text, *printed, *err = NULL;
	size_t pos;

	/* Spec text is a C string: a NUL ends it. */
	text = kapi_xstrndup((const char *)data, size);
	e = kapi_cexpr_parse(text, &err, &pos);
	if (!e) {
		if (!err || pos > strlen(text))
			abort();
		goto out;
	}
	if (kapi_cexpr_bind(e, spec, resolve, NULL, &err, &pos)) {
		if (!err || pos > strlen(text))
			abort();
		goto out;
	}
	printed = kapi_cexpr_print(e);
	r = kapi_cexpr_parse(printed, &err, &pos);
	if (!r || kapi_cexpr_bind(r, spec, NULL, NULL, &err, &pos)) {
		fprintf(stderr,
			"resolved form '%s' of '%s' does not read back: "
			"%s at %zu\n",
			printed, text, err ? err : "?", pos);
		abort();
	}
	for (size_t i = 0; i < sizeof(vectors) / sizeof(*vectors); i++) {
		enum kapi_tv t1 = kapi_cexpr_eval(e, vectors[i], 3);
		enum kapi_tv t2 = kapi_cexpr_eval(r, vectors[i], 3);

		if (t1 != t2) {
			fprintf(stderr,
				"'%s' is %d, its resolved form '%s' %d "
				"on vector %zu\n",
				text, t1, printed, t2, i);
			abort();
		}
		(void)kapi_cexpr_uses_param(e, i % 3);
	}
	free(printed);
	kapi_cexpr_free(r);
out:
	free(err);
	kapi_cexpr_free(e);
	free(text);
	return 0;
}
