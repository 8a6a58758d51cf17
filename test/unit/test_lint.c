// SPDX-License-Identifier: MIT
/* Spec lint: the model-level rules with an evaluator that knows macros
 * (as the plugin's will), and the helpers the parser uses. */
#include <stdlib.h>
#include <string.h>

#include "kapi_lint.h"
#include "kapi_parse.h"
#include "kapi_test.h"

/* A stand-in for the plugin's evaluator: a few macros of a target. */
static bool eval_macros(void *ctx, const char *term, int64_t *value)
{
	static const struct {
		const char *name;
		int64_t value;
	} macros[] = {
		{"SEEK_SET", 0},   {"SEEK_CUR", 1},	    {"SEEK_END", 2},
		{"O_RDONLY", 0},   {"O_WRONLY", 1},	    {"O_RDWR", 2},
		{"O_CREAT", 0100}, {"O_CLOEXEC", 02000000},
	};

	(*(int *)ctx)++;
	for (size_t i = 0; i < sizeof(macros) / sizeof(macros[0]); i++) {
		if (!strcmp(term, macros[i].name)) {
			*value = macros[i].value;
			return true;
		}
	}
	return kapi_lint_eval_literal(NULL, term, value);
}

static struct kapi_spec *parse(const char *text, struct kapi_diag_list *d)
{
	return kapi_parse_comment(text, strlen(text), "t.c",
				  (struct kapi_loc){1, 1}, d);
}

static size_t count_rule(const struct kapi_diag_list *d, const char *rule)
{
	size_t n = 0;

	for (size_t i = 0; i < d->count; i++)
		if (d->items[i].rule && !strcmp(d->items[i].rule, rule))
			n++;
	return n;
}

static void test_mask_with_macros(void)
{
	struct kapi_diag_list d = {0};
	int calls = 0;
	struct kapi_spec *s = parse("/**\n"
				    " * sys_m - masks\n"
				    " * contexts: process\n"
				    " * param: whence\n"
				    " *   constraint-type: mask(SEEK_SET | "
				    "SEEK_CUR | SEEK_END)\n"
				    " * param: flags\n"
				    " *   constraint-type: mask(O_RDONLY | "
				    "O_WRONLY | O_RDWR | O_CREAT | O_CLOEXEC)\n"
				    " * param: other\n"
				    " *   constraint-type: mask(SEEK_SET | "
				    "SEEK_CUR | UNKNOWN_MACRO)\n"
				    " */",
				    &d);

	KT_CHECK(s != NULL);
	KT_EQ_INT(d.count, 0);
	kapi_lint_spec(s, NULL, eval_macros, &calls, &d);
	/* Only whence: flags has distinct bits beside the access mode, and
	 * other has a term nobody knows. */
	KT_EQ_INT(count_rule(&d, KAPI_LINT_RULE_MASK_ENUM), 1);
	KT_EQ_INT(d.count, 1);
	KT_CHECK(calls >= 3);
	if (d.count) {
		KT_EQ_INT(d.items[0].severity, KAPI_SEV_WARNING);
		KT_EQ_INT(d.items[0].loc.line, 5);
		KT_EQ_STR(d.items[0].file, "t.c");
		KT_CHECK(strstr(d.items[0].message,
				"enum(SEEK_SET, SEEK_CUR, SEEK_END)") != NULL);
	}
	kapi_diag_list_free(&d);

	/* Literals only (kapi-db): the macros are unknown, so silence. */
	kapi_lint_spec(s, "other.c", NULL, NULL, &d);
	KT_EQ_INT(d.count, 0);
	kapi_diag_list_free(&d);
	kapi_spec_free(s);
}

static void test_enum_values(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse("/**\n"
				    " * sys_e - enums\n"
				    " * contexts: process\n"
				    " * param: a\n"
				    " *   constraint-type: enum\n"
				    " *   valid-mask: 3\n"
				    " * param: b\n"
				    " *   constraint-type: enum(A | B)\n"
				    " * param: c\n"
				    " *   constraint-type: enum(A, B | C)\n"
				    " * param: d\n"
				    " *   valid-values: 1, 2\n"
				    " */",
				    &d);

	KT_EQ_INT(d.count, 0);
	kapi_lint_spec(s, NULL, NULL, NULL, &d);
	KT_EQ_INT(count_rule(&d, KAPI_LINT_RULE_ENUM_VALUES), 2);
	KT_EQ_INT(d.count, 2);
	kapi_diag_list_free(&d);
	kapi_spec_free(s);
	/* Nothing to lint, nowhere to put it: no crash. */
	kapi_lint_spec(NULL, NULL, NULL, NULL, &d);
	KT_EQ_INT(d.count, 0);
}

static void test_helpers(void)
{
	int num = 0;

	KT_CHECK(kapi_lint_is_prose("does not return", 15));
	KT_CHECK(kapi_lint_is_prose("Invalid flags", 13));
	KT_CHECK(!kapi_lint_is_prose("0", 1));
	KT_CHECK(!kapi_lint_is_prose("INT_MAX - 1", 11));
	KT_CHECK(!kapi_lint_is_prose("sizeof x", 8));
	KT_CHECK(!kapi_lint_is_prose("(unsigned long)-1", 17));
	KT_CHECK(!kapi_lint_is_prose(NULL, 0));

	KT_CHECK(kapi_lint_internal_errno("ERESTARTSYS", &num) != NULL);
	KT_EQ_INT(num, 512);
	KT_CHECK(kapi_lint_internal_errno("ENOTSUPP", &num) != NULL);
	KT_EQ_INT(num, 524);
	KT_CHECK(strstr(kapi_lint_internal_errno("ENOIOCTLCMD", NULL),
			"ENOTTY") != NULL);
	KT_CHECK(kapi_lint_internal_errno("EINTR", NULL) == NULL);
	KT_CHECK(kapi_lint_internal_errno("EOPNOTSUPP", NULL) == NULL);
	KT_CHECK(kapi_lint_internal_errno(NULL, NULL) == NULL);
}

void kapi_test_group_lint(void)
{
	test_mask_with_macros();
	test_enum_values();
	test_helpers();
}
