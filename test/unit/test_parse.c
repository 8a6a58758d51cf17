// SPDX-License-Identifier: MIT
/* The KAPI DSL parser and the C literal evaluator. */
#include <stdlib.h>
#include <string.h>

#include "kapi_parse.h"
#include "kapi_test.h"
#include "kapi_util.h"

/* ---- helpers ----------------------------------------------------------- */

/* KT_EQ_INT that also says whether it held, to guard dependent checks. */
#define KT_EQ_INT_OK(a, b)                                                     \
	kt_eq_int_ok((long long)(a), (long long)(b), __FILE__, __LINE__,       \
		     #a " == " #b)

static bool kt_eq_int_ok(long long a, long long b, const char *file, int line,
			 const char *what)
{
	bool ok = kapi_test_report(a == b, file, line, what);

	if (!ok)
		fprintf(stderr, "  got %lld, want %lld\n", a, b);
	return ok;
}

static bool eval(const char *text, int64_t *num, bool *is_unsigned)
{
	*num = 12345;
	*is_unsigned = true;
	return kapi_eval_int_expr(text, num, is_unsigned);
}

#define KT_EVAL(text, want, want_unsigned)                                     \
	do {                                                                   \
		int64_t n_;                                                    \
		bool u_;                                                       \
		if (KT_CHECK(eval(text, &n_, &u_))) {                          \
			KT_EQ_INT(n_, want);                                   \
			KT_EQ_INT(u_, want_unsigned);                          \
		}                                                              \
	} while (0)

#define KT_NO_EVAL(text)                                                       \
	do {                                                                   \
		int64_t n_;                                                    \
		bool u_;                                                       \
		KT_CHECK(!eval(text, &n_, &u_));                               \
		KT_EQ_INT(n_, 12345); /* outputs untouched */                  \
	} while (0)

static struct kapi_spec *parse(const char *text, struct kapi_diag_list *d)
{
	return kapi_parse_comment(text, strlen(text), "t.c",
				  (struct kapi_loc){1, 1}, d);
}

/* The message of the first diagnostic of `sev` whose rule is `rule`. */
static const struct kapi_diag *find_diag(const struct kapi_diag_list *d,
					 enum kapi_severity sev,
					 const char *rule)
{
	for (size_t i = 0; i < d->count; i++)
		if (d->items[i].severity == sev && d->items[i].rule &&
		    !strcmp(d->items[i].rule, rule))
			return &d->items[i];
	return NULL;
}

static bool has_text(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle);
}

/* ---- the evaluator ----------------------------------------------------- */

static void test_eval_literals(void)
{
	KT_EVAL("0", 0, false);
	KT_EVAL("42", 42, false);
	KT_EVAL("  7  ", 7, false);
	KT_EVAL("0x10", 16, false);
	KT_EVAL("0X1f", 31, false);
	KT_EVAL("010", 8, false);
	KT_EVAL("0b101", 5, false);
	KT_EVAL("2147483647", 2147483647, false);
	/* Decimal too big for int becomes long (signed). */
	KT_EVAL("2147483648", 2147483648LL, false);
	/* Hex too big for int becomes unsigned int. */
	KT_EVAL("0xffffffff", 4294967295LL, true);
	KT_EVAL("0x80000000", 2147483648LL, true);
	KT_EVAL("0x100000000", 4294967296LL, false);
	KT_EVAL("0xffffffffffffffff", -1, true);
	KT_EVAL("9223372036854775807", INT64_MAX, false);
	KT_EVAL("8388608", 8388608, false);
	/* Suffixes, any order and case. */
	KT_EVAL("1u", 1, true);
	KT_EVAL("1U", 1, true);
	KT_EVAL("1l", 1, false);
	KT_EVAL("1UL", 1, true);
	KT_EVAL("1lu", 1, true);
	KT_EVAL("1LLU", 1, true);
	KT_EVAL("1uLL", 1, true);
	KT_EVAL("1ll", 1, false);
	KT_EVAL("02000000", 0x80000, false);
	/* Malformed literals. */
	KT_NO_EVAL("");
	KT_NO_EVAL("08");
	KT_NO_EVAL("0b2");
	KT_NO_EVAL("0x");
	KT_NO_EVAL("1lL");
	KT_NO_EVAL("1uu");
	KT_NO_EVAL("1.5");
	KT_NO_EVAL("12abc");
	KT_NO_EVAL("18446744073709551616");
	/* A decimal above LLONG_MAX has no signed type. */
	KT_NO_EVAL("9223372036854775808");
	KT_EVAL("9223372036854775808u", INT64_MIN, true);
}

static void test_eval_operators(void)
{
	KT_EVAL("-1", -1, false);
	KT_EVAL("-1U", 4294967295LL, true);
	KT_EVAL("-1UL", -1, true);
	KT_EVAL("~0", -1, false);
	KT_EVAL("~0U", 4294967295LL, true);
	KT_EVAL("!0", 1, false);
	KT_EVAL("!5", 0, false);
	KT_EVAL("+3", 3, false);
	KT_EVAL("1 << 4", 16, false);
	KT_EVAL("1UL << 63", INT64_MIN, true);
	KT_EVAL("1 << 31", INT32_MIN, false); /* what compilers fold */
	KT_EVAL("(1 << 20) - 1", 1048575, false);
	KT_EVAL("0x1 | 0x2 | 0x80", 0x83, false);
	KT_EVAL("0xff & ~0x0f", 0xf0, false);
	KT_EVAL("6 ^ 3", 5, false);
	KT_EVAL("2 + 3 * 4", 14, false);
	KT_EVAL("(2 + 3) * 4", 20, false);
	KT_EVAL("7 / 2", 3, false);
	KT_EVAL("-7 / 2", -3, false);
	KT_EVAL("-7 % 3", -1, false);
	KT_EVAL("-8 >> 1", -4, false);
	KT_EVAL("0x80000000 >> 31", 1, true);
	/* Usual arithmetic conversions: int with unsigned int is unsigned. */
	KT_EVAL("-1 + 0U", 4294967295LL, true);
	KT_EVAL("-1 < 0U", 0, false);
	KT_EVAL("-1 < 0", 1, false);
	/* ...but long holds every unsigned int, so the result is long. */
	KT_EVAL("-1L + 1U", 0, false);
	KT_EVAL("1 == 1 && 2 > 1", 1, false);
	KT_EVAL("0 || 0", 0, false);
	KT_EVAL("4294967295U + 1", 0, true); /* unsigned wraps */
	/* Overflow and undefined behaviour are rejected. */
	KT_NO_EVAL("2147483647 + 1");
	KT_NO_EVAL("-2147483647 - 2");
	KT_NO_EVAL("9223372036854775807 + 1");
	KT_NO_EVAL("1 / 0");
	KT_NO_EVAL("1 % 0");
	KT_NO_EVAL("1 << 32");
	KT_NO_EVAL("1UL << 64");
	KT_NO_EVAL("1 << -1");
	KT_NO_EVAL("2 << 31");
	KT_NO_EVAL("-1 << 1");
	KT_NO_EVAL("-(-2147483647 - 1)");
	KT_NO_EVAL("(-2147483647 - 1) / -1");
	/* Symbols are the compiler's business. */
	KT_NO_EVAL("INT_MAX");
	KT_NO_EVAL("PAGE_SIZE - 1");
	KT_NO_EVAL("sizeof(long)");
	KT_NO_EVAL("(unsigned long)1");
	KT_NO_EVAL("'a'");
	/* Syntax. */
	KT_NO_EVAL("(1");
	KT_NO_EVAL("1)");
	KT_NO_EVAL("1 +");
	KT_NO_EVAL("1 2");
	KT_NO_EVAL("((((((((((((((((((((((((((((((((((((((((((((((((((((((("
		   "((((((((((((((((((((((((((((((((((((((((((((((((((((((("
		   "((((((((((((((((((((((((((((((((((((((((((((((((((((((("
		   "((((((((((((((((((((((((((((((((((((((((((((((((((((((("
		   "1");
}

static void test_value_parse(void)
{
	struct kapi_value v = {0};
	struct kapi_loc at = {4, 9};

	kapi_value_parse(&v, "  0x10  ", at);
	KT_EQ_INT(v.state, KAPI_VALUE_RESOLVED);
	KT_EQ_STR(v.text, "0x10");
	KT_EQ_INT(v.num, 16);
	KT_EQ_INT(v.loc.line, 4);
	KT_EQ_INT(v.loc.col, 9);
	kapi_value_parse(&v, "INT_MAX", at);
	KT_EQ_INT(v.state, KAPI_VALUE_UNRESOLVED);
	KT_EQ_STR(v.text, "INT_MAX");
	kapi_value_parse(&v, "-1U", at);
	KT_EQ_INT(v.state, KAPI_VALUE_RESOLVED);
	KT_CHECK(v.is_unsigned);
	KT_EQ_INT(v.num, 4294967295LL);
	kapi_value_parse(&v, "   ", at);
	KT_EQ_INT(v.state, KAPI_VALUE_ABSENT);
	KT_CHECK(v.text == NULL);
	kapi_value_clear(&v);
}

/* ---- §6: the current draft --------------------------------------------- */

static const char dup3_spec[] =
	"/**\n"
	" * sys_dup3 - Duplicate a file descriptor onto a chosen number\n"
	" * @oldfd: descriptor to duplicate\n"
	" * @newfd: number the duplicate must get\n"
	" * @flags: O_CLOEXEC or 0\n"
	" *\n"
	" * long-desc: Makes newfd refer to the same open file description "
	"as\n"
	" *   oldfd, closing newfd first if it was open.\n"
	" *\n"
	" * contexts: process, sleepable\n"
	" *\n"
	" * param: oldfd\n"
	" *   type: fd, input\n"
	" *   constraint-type: range(0, INT_MAX)\n"
	" *\n"
	" * param: newfd\n"
	" *   type: fd, input\n"
	" *   constraint-type: range(0, INT_MAX)\n"
	" *\n"
	" * param: flags\n"
	" *   type: int, input\n"
	" *   constraint-type: mask(O_CLOEXEC)\n"
	" *\n"
	" * return:\n"
	" *   type: fd\n"
	" *   check-type: fd\n"
	" *   desc: newfd on success.\n"
	" *\n"
	" * error: EBADF, oldfd is not open or newfd is out of range\n"
	" * error: EINVAL, flags has a bit other than O_CLOEXEC, or oldfd "
	"equals newfd\n"
	" * error: EBUSY, race with open() or dup() on newfd\n"
	" * error: EINTR, interrupted by a signal\n"
	" * error: EMFILE, newfd is above RLIMIT_NOFILE\n"
	" */";

static void test_dup3_params(const struct kapi_spec *s)
{
	const struct kapi_param *p;

	if (!KT_EQ_INT_OK(s->param_count, 3))
		return;
	p = &s->params[0];
	KT_EQ_STR(p->name, "oldfd");
	KT_EQ_INT(p->type, KAPI_TYPE_FD);
	KT_EQ_INT(p->flags, KAPI_PARAM_IN);
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_RANGE);
	KT_EQ_STR(p->constraint_text, "range(0, INT_MAX)");
	KT_EQ_INT(p->min.state, KAPI_VALUE_RESOLVED);
	KT_EQ_INT(p->min.num, 0);
	KT_EQ_STR(p->min.text, "0");
	KT_EQ_INT(p->max.state, KAPI_VALUE_UNRESOLVED);
	KT_EQ_STR(p->max.text, "INT_MAX");
	KT_EQ_INT(p->size_param_idx, -1);
	/* Positions: the header key, the type: key, the values. */
	KT_EQ_INT(p->loc.line, 12);
	KT_EQ_INT(p->loc.col, 4);
	KT_EQ_INT(p->type_loc.line, 13);
	KT_EQ_INT(p->type_loc.col, 6);
	KT_EQ_INT(p->constraint_loc.line, 14);
	KT_EQ_INT(p->constraint_loc.col, 6);
	KT_EQ_INT(p->min.loc.line, 14);
	KT_EQ_INT(p->min.loc.col, 29);
	KT_EQ_INT(p->max.loc.col, 32);

	KT_EQ_STR(s->params[1].name, "newfd");
	KT_EQ_INT(s->params[1].loc.line, 16);

	p = &s->params[2];
	KT_EQ_STR(p->name, "flags");
	KT_EQ_INT(p->type, KAPI_TYPE_INT);
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_MASK);
	KT_EQ_INT(p->mask.state, KAPI_VALUE_UNRESOLVED);
	KT_EQ_STR(p->mask.text, "O_CLOEXEC");
	KT_EQ_INT(p->mask.loc.line, 22);
	KT_EQ_INT(p->mask.loc.col, 28);
}

static void test_dup3_errors(const struct kapi_spec *s)
{
	static const char *const names[] = {"EBADF", "EINVAL", "EBUSY", "EINTR",
					    "EMFILE"};

	if (!KT_EQ_INT_OK(s->error_count, 5))
		return;
	for (size_t i = 0; i < 5; i++) {
		char code[16];

		snprintf(code, sizeof(code), "-%s", names[i]);
		KT_EQ_STR(s->errors[i].name, names[i]);
		KT_EQ_STR(s->errors[i].code.text, code);
		KT_EQ_INT(s->errors[i].code.state, KAPI_VALUE_UNRESOLVED);
		KT_EQ_INT(s->errors[i].loc.line, 29 + i);
		KT_EQ_INT(s->errors[i].loc.col, 4);
	}
	KT_EQ_STR(s->errors[0].summary,
		  "oldfd is not open or newfd is out of range");
	/* Only the first comma separates name and summary. */
	KT_EQ_STR(s->errors[1].summary,
		  "flags has a bit other than O_CLOEXEC, or oldfd equals "
		  "newfd");
	KT_EQ_INT(s->errors[0].code.loc.col, 11);
}

static void test_dup3(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse(dup3_spec, &d);

	KT_EQ_INT(d.count, 0);
	if (!KT_CHECK(s != NULL))
		return;
	KT_EQ_STR(s->name, "sys_dup3");
	KT_EQ_INT(s->kind, KAPI_KIND_SYSCALL);
	KT_EQ_STR(s->description,
		  "Duplicate a file descriptor onto a chosen number");
	KT_EQ_STR(s->long_description,
		  "Makes newfd refer to the same open file description as "
		  "oldfd, closing newfd first if it was open.");
	KT_EQ_INT(s->contexts, KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE);
	KT_EQ_INT(s->contexts_loc.line, 10);
	KT_EQ_INT(s->contexts_loc.col, 4);
	KT_EQ_INT(s->prov.source, KAPI_SOURCE_COMMENT_SHORT);
	KT_EQ_STR(s->prov.file, "t.c");
	KT_EQ_INT(s->prov.line, 1);
	KT_EQ_INT(s->param_count_declared, -1);
	if (KT_EQ_INT_OK(s->doc_param_count, 3)) {
		KT_EQ_STR(s->doc_params[0].name, "oldfd");
		KT_EQ_STR(s->doc_params[0].desc, "descriptor to duplicate");
		KT_EQ_STR(s->doc_params[2].name, "flags");
		KT_EQ_INT(s->doc_params[2].loc.line, 5);
		KT_EQ_INT(s->doc_params[2].loc.col, 4);
	}
	test_dup3_params(s);
	KT_CHECK(s->ret.present);
	KT_EQ_INT(s->ret.type, KAPI_TYPE_FD);
	KT_EQ_INT(s->ret.check, KAPI_RETURN_FD);
	KT_EQ_STR(s->ret.desc, "newfd on success.");
	KT_EQ_INT(s->ret.loc.line, 24);
	test_dup3_errors(s);
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

/* Positions follow the comment's own start (here line 40, column 5). */
static void test_positions_offset(void)
{
	static const char text[] = "/** sys_x - X\n * contexts: process\n"
				   " * param: a\n"
				   " *   constraint-type: range(1, 2)\n */";
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = kapi_parse_comment(text, sizeof(text) - 1, "f.c",
						 (struct kapi_loc){40, 5}, &d);

	if (!KT_CHECK(s != NULL))
		return;
	KT_EQ_STR(s->name, "sys_x");
	KT_EQ_INT(s->prov.line, 40);
	KT_EQ_INT(s->contexts_loc.line, 41);
	KT_EQ_INT(s->contexts_loc.col, 4);
	if (KT_EQ_INT_OK(s->param_count, 1)) {
		KT_EQ_INT(s->params[0].loc.line, 42);
		KT_EQ_INT(s->params[0].max.loc.line, 43);
		KT_EQ_INT(s->params[0].max.loc.col, 32);
		KT_EQ_INT(s->params[0].max.num, 2);
	}
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

/* ---- §5: the flat draft ------------------------------------------------ */

static const char flat_spec[] =
	"/**\n"
	" * sys_mlock - Lock memory\n"
	" * @start: first address\n"
	" * @len: length\n"
	" *\n"
	" * context-flags: KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE\n"
	" * param-type: len, KAPI_TYPE_UINT\n"
	" * param-flags: len, KAPI_PARAM_IN\n"
	" * param-constraint-type: len, KAPI_CONSTRAINT_RANGE\n"
	" * param-range: len, 0, LONG_MAX\n"
	" * error-code: -EINVAL, EINVAL, Bad length, The length overflowed.\n"
	" * lock: mmap_lock, KAPI_LOCK_RWLOCK\n"
	" * lock-acquired: true\n"
	" * side-effect: KAPI_EFFECT_MODIFY_STATE, mm->locked_vm, Raises the "
	"counter, reversible=yes\n"
	" * capability: CAP_IPC_LOCK, KAPI_CAP_BYPASS_CHECK, CAP_IPC_LOCK "
	"capability\n"
	" * capability-allows: Lock without limit\n"
	" * constraint: Limit, The soft limit applies.\n"
	" * constraint-expr: Limit, locked + len <= RLIMIT_MEMLOCK\n"
	" */";

static void test_flat(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse(flat_spec, &d);
	const struct kapi_param *p;

	KT_EQ_INT(d.count, 0);
	if (!KT_CHECK(s != NULL))
		return;
	KT_EQ_INT(s->prov.source, KAPI_SOURCE_COMMENT_FLAT);
	KT_EQ_INT(s->contexts, KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE);
	if (KT_EQ_INT_OK(s->param_count, 1)) {
		p = &s->params[0];
		KT_EQ_STR(p->name, "len");
		KT_EQ_INT(p->type, KAPI_TYPE_UINT);
		KT_EQ_INT(p->flags, KAPI_PARAM_IN);
		KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_RANGE);
		KT_EQ_INT(p->min.state, KAPI_VALUE_RESOLVED);
		KT_EQ_INT(p->min.num, 0);
		KT_EQ_STR(p->max.text, "LONG_MAX");
		KT_EQ_INT(p->max.state, KAPI_VALUE_UNRESOLVED);
		KT_EQ_INT(p->max.loc.line, 10);
		KT_EQ_INT(p->max.loc.col, 25);
		KT_EQ_INT(p->loc.line, 7);
	}
	if (KT_EQ_INT_OK(s->error_count, 1)) {
		KT_EQ_STR(s->errors[0].name, "EINVAL");
		KT_EQ_STR(s->errors[0].code.text, "-EINVAL");
		KT_EQ_STR(s->errors[0].summary, "Bad length");
		KT_EQ_STR(s->errors[0].desc, "The length overflowed.");
	}
	if (KT_EQ_INT_OK(s->lock_count, 1)) {
		KT_EQ_STR(s->locks[0].name, "mmap_lock");
		KT_EQ_INT(s->locks[0].type, KAPI_LOCK_RWLOCK);
		KT_EQ_INT(s->locks[0].acquired, 1);
		KT_EQ_INT(s->locks[0].released, -1);
	}
	if (KT_EQ_INT_OK(s->side_effect_count, 1)) {
		KT_EQ_INT(s->side_effects[0].types, KAPI_EFFECT_MODIFY_STATE);
		KT_EQ_STR(s->side_effects[0].target, "mm->locked_vm");
		KT_EQ_STR(s->side_effects[0].desc, "Raises the counter");
		KT_EQ_INT(s->side_effects[0].reversible, 1);
	}
	if (KT_EQ_INT_OK(s->capability_count, 1)) {
		KT_EQ_STR(s->capabilities[0].name, "CAP_IPC_LOCK");
		KT_EQ_INT(s->capabilities[0].action, KAPI_CAP_BYPASS_CHECK);
		KT_EQ_STR(s->capabilities[0].desc, "CAP_IPC_LOCK capability");
		KT_EQ_STR(s->capabilities[0].allows, "Lock without limit");
	}
	if (KT_EQ_INT_OK(s->constraint_count, 1)) {
		KT_EQ_STR(s->constraints[0].name, "Limit");
		KT_EQ_STR(s->constraints[0].desc, "The soft limit applies.");
		KT_EQ_STR(s->constraints[0].expr,
			  "locked + len <= RLIMIT_MEMLOCK");
	}
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

/* ---- the enumerator draft ---------------------------------------------- */

static const char enum_spec[] =
	"/**\n"
	" * sys_io_setup - Create an asynchronous I/O context\n"
	" * @nr_events: number of events the context must hold\n"
	" * @ctxp: where the context id is written\n"
	" *\n"
	" * context-flags: KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE\n"
	" * param-count: 2\n"
	" *\n"
	" * param: nr_events\n"
	" *   type: KAPI_TYPE_UINT\n"
	" *   flags: KAPI_PARAM_IN\n"
	" *   constraint-type: KAPI_CONSTRAINT_RANGE\n"
	" *   range: 1, 8388608\n"
	" *   desc: Capacity of the ring\n"
	" *\n"
	" * param: ctxp\n"
	" *   type: KAPI_TYPE_USER_PTR\n"
	" *   flags: KAPI_PARAM_OUT | KAPI_PARAM_USER\n"
	" *   valid-mask: 0x3 | 0x10\n"
	" *   size: sizeof(aio_context_t)\n"
	" *   valid-values: 0, 1, FOO\n"
	" *\n"
	" * return:\n"
	" *   type: KAPI_TYPE_INT\n"
	" *   check-type: KAPI_RETURN_ERROR_CHECK\n"
	" *   success: >= 0\n"
	" *   error-values: -EINVAL, -EAGAIN\n"
	" *\n"
	" * error: EAGAIN, nr_events exceeds the limit\n"
	" *   desc: The per-user limit aio-max-nr would be exceeded.\n"
	" * lock: ioctx_lock\n"
	" *   type: KAPI_LOCK_SPINLOCK\n"
	" *   acquired: yes\n"
	" *   released: 1\n"
	" * signal: SIGKILL\n"
	" *   direction: KAPI_SIGNAL_RECEIVE\n"
	" *   action: KAPI_SIGNAL_ACTION_RETURN\n"
	" *   error: -EINTR\n"
	" *   timing: KAPI_SIGNAL_TIME_DURING\n"
	" *   restartable: no\n"
	" * state-trans: ioctx table\n"
	" *   from: empty\n"
	" *   to: has one more context\n"
	" */";

static void test_enum_draft(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse(enum_spec, &d);
	const struct kapi_param *p;

	KT_EQ_INT(d.count, 0);
	if (!KT_CHECK(s != NULL))
		return;
	KT_EQ_INT(s->prov.source, KAPI_SOURCE_COMMENT_ENUM);
	KT_EQ_INT(s->contexts, KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE);
	KT_EQ_INT(s->param_count_declared, 2);
	KT_EQ_INT(s->param_count_loc.line, 7);
	if (!KT_EQ_INT_OK(s->param_count, 2))
		goto out;
	p = &s->params[0];
	KT_EQ_INT(p->type, KAPI_TYPE_UINT);
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_RANGE);
	KT_EQ_INT(p->min.state, KAPI_VALUE_RESOLVED);
	KT_EQ_INT(p->min.num, 1);
	KT_EQ_INT(p->max.state, KAPI_VALUE_RESOLVED);
	KT_EQ_INT(p->max.num, 8388608);
	KT_EQ_STR(p->desc, "Capacity of the ring");
	p = &s->params[1];
	KT_EQ_INT(p->type, KAPI_TYPE_USER_PTR);
	KT_EQ_INT(p->flags, KAPI_PARAM_OUT | KAPI_PARAM_USER);
	KT_EQ_INT(p->mask.state, KAPI_VALUE_RESOLVED);
	KT_EQ_INT(p->mask.num, 0x13);
	KT_EQ_INT(p->size.state, KAPI_VALUE_UNRESOLVED);
	KT_EQ_STR(p->size.text, "sizeof(aio_context_t)");
	if (KT_EQ_INT_OK(p->enum_count, 3)) {
		KT_EQ_INT(p->enum_values[1].num, 1);
		KT_EQ_INT(p->enum_values[2].state, KAPI_VALUE_UNRESOLVED);
	}
	KT_EQ_INT(s->ret.type, KAPI_TYPE_INT);
	KT_EQ_INT(s->ret.check, KAPI_RETURN_ERROR_CHECK);
	KT_EQ_INT(s->ret.success_min.num, 0);
	KT_EQ_INT(s->ret.success_max.state, KAPI_VALUE_ABSENT);
	KT_EQ_INT(s->ret.error_value_count, 2);
	if (KT_EQ_INT_OK(s->error_count, 1))
		KT_EQ_STR(s->errors[0].desc,
			  "The per-user limit aio-max-nr would be exceeded.");
	if (KT_EQ_INT_OK(s->lock_count, 1)) {
		KT_EQ_INT(s->locks[0].type, KAPI_LOCK_SPINLOCK);
		KT_EQ_INT(s->locks[0].acquired, 1);
		KT_EQ_INT(s->locks[0].released, 1);
	}
	if (KT_EQ_INT_OK(s->signal_count, 1)) {
		KT_EQ_STR(s->signals[0].name, "SIGKILL");
		KT_EQ_INT(s->signals[0].direction, KAPI_SIGNAL_RECEIVE);
		KT_EQ_INT(s->signals[0].action, KAPI_SIGNAL_ACTION_RETURN);
		KT_EQ_STR(s->signals[0].error.text, "-EINTR");
		KT_EQ_INT(s->signals[0].timing, KAPI_SIGNAL_TIME_DURING);
		KT_EQ_INT(s->signals[0].restartable, 0);
		KT_EQ_INT(s->signals[0].interruptible, -1);
	}
	if (KT_EQ_INT_OK(s->state_trans_count, 1)) {
		KT_EQ_STR(s->state_transitions[0].object, "ioctx table");
		KT_EQ_STR(s->state_transitions[0].to, "has one more context");
	}
out:
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

/* ---- constraint forms -------------------------------------------------- */

static const char forms_spec[] =
	"/**\n"
	" * do_forms - every constraint-type form\n"
	" * contexts: process\n"
	" * param: a\n"
	" *   constraint-type: range(0, (1 << 20))\n"
	" * param: b\n"
	" *   constraint-type: mask(sizeof(long) - 1)\n"
	" * param: c\n"
	" *   constraint-type: enum(MADV_NORMAL, MADV_RANDOM, 4)\n"
	" * param: d\n"
	" *   type: user_ptr, input\n"
	" *   constraint-type: buffer(2)\n"
	" * param: e\n"
	" *   type: uint\n"
	" *   constraint-type: alignment(8)\n"
	" * param: f\n"
	" *   type: path\n"
	" *   constraint-type: user_string(PATH_MAX)\n"
	" * param: g\n"
	" *   constraint-type: user_string(1, 255)\n"
	" * param: h\n"
	" *   constraint-type: power_of_two\n"
	" *   arch-mask: x86 = MAP_32BIT\n"
	" *   arch-mask: arm64 = 0x10\n"
	" * param: i\n"
	" *   constraint-type: buffer(len)\n"
	" *   size-param: 3\n"
	" * param: len\n"
	" *   struct-type: struct iocb\n"
	" *   cdesc: must fit\n"
	" */";

static void test_forms(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse(forms_spec, &d);
	const struct kapi_param *p;

	KT_EQ_INT(d.count, 0);
	if (!KT_CHECK(s != NULL) || !KT_EQ_INT_OK(s->param_count, 10))
		goto out;
	KT_EQ_INT(s->kind, KAPI_KIND_FUNCTION);
	p = &s->params[0];
	KT_EQ_INT(p->max.num, 1 << 20);
	KT_EQ_STR(p->max.text, "(1 << 20)");
	p = &s->params[1];
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_MASK);
	KT_EQ_STR(p->mask.text, "sizeof(long) - 1");
	KT_EQ_INT(p->mask.state, KAPI_VALUE_UNRESOLVED);
	p = &s->params[2];
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_ENUM);
	if (KT_EQ_INT_OK(p->enum_count, 3)) {
		KT_EQ_STR(p->enum_values[0].text, "MADV_NORMAL");
		KT_EQ_STR(p->enum_values[1].text, "MADV_RANDOM");
		KT_EQ_INT(p->enum_values[2].num, 4);
		KT_EQ_INT(p->enum_values[1].loc.col, 41);
	}
	p = &s->params[3];
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_BUFFER);
	KT_EQ_INT(p->size_param_idx, 2);
	KT_EQ_INT(p->flags, KAPI_PARAM_IN | KAPI_PARAM_USER);
	p = &s->params[4];
	KT_EQ_INT(p->alignment.num, 8);
	p = &s->params[5];
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_USER_STRING);
	KT_EQ_INT(p->min.state, KAPI_VALUE_ABSENT);
	KT_EQ_STR(p->max.text, "PATH_MAX");
	KT_EQ_INT(p->flags, KAPI_PARAM_USER); /* path implies user */
	p = &s->params[6];
	KT_EQ_INT(p->min.num, 1);
	KT_EQ_INT(p->max.num, 255);
	p = &s->params[7];
	KT_EQ_INT(p->constraint, KAPI_CONSTRAINT_POWER_OF_TWO);
	if (KT_EQ_INT_OK(p->arch_mask_count, 2)) {
		KT_EQ_STR(p->arch_masks[0].arch, "x86");
		KT_EQ_STR(p->arch_masks[0].mask.text, "MAP_32BIT");
		KT_EQ_INT(p->arch_masks[1].mask.num, 16);
	}
	/* A later size-param: overrides; a name resolves to an index. */
	KT_EQ_INT(s->params[8].size_param_idx, 3);
	KT_EQ_STR(s->params[9].struct_type, "struct iocb");
	KT_EQ_STR(s->params[9].cdesc, "must fit");
out:
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

static void test_size_param_by_name(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse("/**\n * sys_read - r\n * @fd: f\n"
				    " * @buf: b\n * @count: c\n"
				    " * contexts: process\n"
				    " * param: buf\n"
				    " *   constraint-type: buffer(count)\n"
				    " */",
				    &d);

	KT_EQ_INT(d.count, 0);
	if (KT_CHECK(s != NULL) && KT_EQ_INT_OK(s->param_count, 1))
		KT_EQ_INT(s->params[0].size_param_idx, 2);
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

/* ---- layout: prose, examples, continuation ----------------------------- */

static const char prose_spec[] = "/**\n"
				 " * sys_p - prose\n"
				 " *\n"
				 " * contexts: process\n"
				 " * long-desc: First paragraph that is\n"
				 " *   wrapped over two lines.\n"
				 " *\n"
				 " *   Second paragraph:\n"
				 " *   - item one\n"
				 " *   - item two that\n"
				 " *     wraps\n"
				 " * notes: A note\n"
				 " * that continues at the margin.\n"
				 " * examples: fd = dup3(a, b, 0);\n"
				 " *   if (fd < 0)\n"
				 " *       perror(\"dup3\");\n"
				 " *\n"
				 " *   close(fd);\n"
				 " * since-version: 2.6.27\n"
				 " * api-type: syscall\n"
				 " * param: flags\n"
				 " *   desc: Flags; the only valid one is\n"
				 " *     O_CLOEXEC. Note: others fail.\n"
				 " *   type: int\n"
				 " * error: EINVAL, bad flags: see\n"
				 " *   the manual\n"
				 " *   condition: flags & ~O_CLOEXEC\n"
				 " *     is nonzero\n"
				 " */";

static void test_prose(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse(prose_spec, &d);

	KT_EQ_INT(d.count, 0);
	if (!KT_CHECK(s != NULL))
		goto out;
	KT_EQ_STR(s->long_description,
		  "First paragraph that is wrapped over two lines.\n\n"
		  "Second paragraph:\n- item one\n- item two that wraps");
	KT_EQ_STR(s->notes, "A note that continues at the margin.");
	KT_EQ_STR(s->examples, "fd = dup3(a, b, 0);\nif (fd < 0)\n"
			       "    perror(\"dup3\");\n\nclose(fd);");
	KT_EQ_STR(s->since_version, "2.6.27");
	KT_EQ_STR(s->api_type, "syscall");
	if (KT_EQ_INT_OK(s->param_count, 1)) {
		/* "Note:" mid-sentence, deeper indented: a continuation. */
		KT_EQ_STR(s->params[0].desc, "Flags; the only valid one is "
					     "O_CLOEXEC. Note: others fail.");
		KT_EQ_INT(s->params[0].type, KAPI_TYPE_INT);
	}
	if (KT_EQ_INT_OK(s->error_count, 1)) {
		KT_EQ_STR(s->errors[0].summary, "bad flags: see the manual");
		KT_EQ_STR(s->errors[0].condition,
			  "flags & ~O_CLOEXEC is nonzero");
	}
out:
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

/* Return forms: success values and implied checks. */
static void test_return_forms(void)
{
	static const struct {
		const char *success;
		enum kapi_return_check check;
		bool exact;
	} cases[] = {
		{"0", KAPI_RETURN_EXACT, true},
		{"= 0", KAPI_RETURN_EXACT, true},
		{"== 0", KAPI_RETURN_EXACT, true},
		{">= 0", KAPI_RETURN_RANGE, false},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct kapi_diag_list d = {0};
		char *text = kapi_xasprintf("/**\n * sys_r - r\n"
					    " * contexts: process\n"
					    " * param: a\n"
					    " * return:\n"
					    " *   type: int\n"
					    " *   success: %s\n */",
					    cases[i].success);
		struct kapi_spec *s = parse(text, &d);

		KT_EQ_INT(d.count, 0);
		if (KT_CHECK(s != NULL)) {
			const struct kapi_value *v =
				cases[i].exact ? &s->ret.success
					       : &s->ret.success_min;

			KT_EQ_INT(s->ret.check, cases[i].check);
			KT_EQ_INT(v->state, KAPI_VALUE_RESOLVED);
			KT_EQ_STR(v->text, "0");
			KT_EQ_INT(s->ret.success_max.state, KAPI_VALUE_ABSENT);
		}
		kapi_spec_free(s);
		kapi_diag_list_free(&d);
		free(text);
	}
}

/* ---- detection (§1) ---------------------------------------------------- */

static void test_detection(void)
{
	static const char *const not_specs[] = {
		/* Prose mentioning keys, no context line. */
		("/**\n * foo - does things\n * side-effect: none really\n"
		 " * error: EINVAL, when bad\n */"),
		/* A context line alone. */
		"/**\n * foo - x\n * contexts: process\n */",
		/* Keys that are indented are not at the left margin. */
		"/**\n * foo - x\n *   contexts: process\n *   param: a\n */",
		/* Kerneldoc sections are capitalised. */
		"/**\n * foo - x\n * Context: process\n * Return: 0\n */",
		"",
		"/**/",
	};
	static const char *const specs[] = {
		"/**\n * foo - x\n * contexts: process\n * param: a\n */",
		"/**\n * foo - x\n * context-flags: KAPI_CTX_NMI\n"
		" * long-desc: y\n */",
		"/**\n * context-flags: KAPI_CTX_NMI\n * param-type: a, int\n "
		"*/",
		"/**\n * contexts: nmi\n * error-code: -EINVAL, EINVAL, x\n */",
	};

	for (size_t i = 0; i < sizeof(not_specs) / sizeof(not_specs[0]); i++) {
		struct kapi_diag_list d = {0};

		KT_CHECK(!kapi_comment_is_spec(not_specs[i],
					       strlen(not_specs[i])));
		KT_CHECK(parse(not_specs[i], &d) == NULL);
		KT_EQ_INT(d.count, 0);
	}
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++)
		KT_CHECK(kapi_comment_is_spec(specs[i], strlen(specs[i])));
}

/* ---- diagnostics ------------------------------------------------------- */

struct diag_case {
	const char *body; /* lines after the name and contexts lines */
	enum kapi_severity sev;
	const char *rule;
	const char *words; /* expected in the message */
	unsigned line, col;
};

static void test_diagnostics(void)
{
	static const struct diag_case cases[] = {
		{" * param: a\n *   typo: int\n", KAPI_SEV_ERROR,
		 "kapi-spec-syntax", "unknown key 'typo' in a param:", 4, 6},
		{" * param: a\n *   type: fdx\n", KAPI_SEV_ERROR,
		 "kapi-spec-syntax", "unknown parameter type 'fdx'", 4, 12},
		{" * param: a\n *   constraint-type: range(0)\n",
		 KAPI_SEV_ERROR, "kapi-spec-syntax", "range(MIN, MAX)", 4, 29},
		{" * param: a\n *   constraint-type: range(0, 1\n",
		 KAPI_SEV_ERROR, "kapi-spec-syntax", "missing ')'", 4, 28},
		{" * param: a\n *   constraint-type: range(0, 1) x\n",
		 KAPI_SEV_ERROR, "kapi-spec-syntax", "after ')'", 4, 35},
		{" * param: a\n *   constraint-type: sorted\n", KAPI_SEV_ERROR,
		 "kapi-spec-syntax", "unknown constraint type 'sorted'", 4, 23},
		{" * param: a\n *   arch-mask: x86_64 = 1\n", KAPI_SEV_ERROR,
		 "kapi-spec-syntax", "unknown architecture 'x86_64'", 4, 17},
		{" * error: EBADFD2, nope\n", KAPI_SEV_ERROR, "kapi-spec-errno",
		 "'EBADFD2' is not an errno", 3, 11},
		{" * contexts: hardirq, sleepy\n * param: a\n", KAPI_SEV_ERROR,
		 "kapi-spec-syntax", "unknown context 'sleepy'", 3, 23},
		{" * param: a\n * param: a\n", KAPI_SEV_ERROR,
		 "kapi-spec-param", "duplicate param: block for 'a'", 4, 4},
		{" * param-count: 2\n * param: a\n", KAPI_SEV_ERROR,
		 "kapi-spec-count", "param-count: says 2", 3, 4},
		{" * reutrn: 0\n * param: a\n", KAPI_SEV_WARNING,
		 "kapi-spec-syntax", "unknown key 'reutrn:'", 3, 4},
		{" * lock: l\n *   acquired: maybe\n", KAPI_SEV_ERROR,
		 "kapi-spec-syntax", "expected true or false", 4, 16},
		{" * param: a\n *   constraint-type: power_of_two(2)\n",
		 KAPI_SEV_ERROR, "kapi-spec-syntax", "takes no arguments", 4,
		 36},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct diag_case *c = &cases[i];
		struct kapi_diag_list d = {0};
		char *text = kapi_xasprintf("/**\n * contexts: process\n%s */",
					    c->body);
		struct kapi_spec *s = parse(text, &d);
		const struct kapi_diag *g = find_diag(&d, c->sev, c->rule);

		/* The spec is still returned when it has errors. */
		KT_CHECK(s != NULL);
		if (KT_CHECK(g != NULL)) {
			if (!KT_CHECK(has_text(g->message, c->words)))
				fprintf(stderr, "  case %zu: %s\n", i,
					g->message);
			KT_EQ_INT(g->loc.line, c->line);
			KT_EQ_INT(g->loc.col, c->col);
			KT_EQ_STR(g->file, "t.c");
		} else {
			fprintf(stderr, "  case %zu: no %s diagnostic\n", i,
				c->rule);
		}
		KT_EQ_INT(d.count, 1);
		kapi_spec_free(s);
		kapi_diag_list_free(&d);
		free(text);
	}
}

static void test_param_without_doc_line(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse("/**\n * sys_f - f\n * @a: first\n"
				    " * contexts: process\n * param: a\n"
				    " * param: b\n */",
				    &d);
	const struct kapi_diag *g =
		find_diag(&d, KAPI_SEV_ERROR, "kapi-spec-param");

	KT_EQ_INT(d.count, 1);
	if (KT_CHECK(g != NULL)) {
		KT_CHECK(has_text(g->message, "'b' has no matching '@b:'"));
		KT_EQ_INT(g->loc.line, 6);
	}
	KT_CHECK(s && s->param_count == 2);
	kapi_spec_free(s);
	kapi_diag_list_free(&d);

	/* Without any @-lines there is nothing to compare against. */
	s = parse("/**\n * sys_f - f\n * contexts: process\n * param: b\n */",
		  &d);
	KT_EQ_INT(d.count, 0);
	kapi_spec_free(s);
	kapi_diag_list_free(&d);
}

/* ---- scanning a C file ------------------------------------------------- */

static void test_source(void)
{
	static const char src[] =
		"// a /** not a comment start\n"
		"static const char *s = \"/** contexts: process\";\n"
		"char c = '\\'';\n"
		"/* plain comment\n * contexts: process\n * param: a\n */\n"
		"/**\n * dup3 - d\n * contexts: process\n * param: oldfd\n */\n"
		"SYSCALL_DEFINE3(dup3, unsigned int, oldfd)\n"
		"  /** helper - h\n   * contexts: nmi\n   * param: x\n   */\n"
		"int helper(int x);\n"
		"/**\n * contexts: process\n * param: a\n */\n"
		"COMPAT_SYSCALL_DEFINE2(foo, int, a)\n";
	struct kapi_spec_list l = {0};
	struct kapi_diag_list d = {0};

	KT_EQ_INT(kapi_parse_source(src, sizeof(src) - 1, "s.c", &l, &d), 3);
	KT_EQ_INT(d.count, 0);
	if (KT_EQ_INT_OK(l.count, 3)) {
		KT_EQ_STR(l.items[0]->name, "sys_dup3");
		KT_EQ_INT(l.items[0]->kind, KAPI_KIND_SYSCALL);
		KT_EQ_INT(l.items[0]->prov.line, 8);
		KT_EQ_STR(l.items[1]->name, "helper");
		KT_EQ_INT(l.items[1]->kind, KAPI_KIND_FUNCTION);
		KT_EQ_INT(l.items[1]->prov.line, 14);
		KT_EQ_INT(l.items[1]->contexts_loc.line, 15);
		KT_EQ_INT(l.items[1]->contexts_loc.col, 6);
		KT_EQ_INT(l.items[1]->contexts, KAPI_CTX_NMI);
		KT_EQ_STR(l.items[2]->name, "compat_sys_foo");
		KT_EQ_STR(l.items[2]->prov.file, "s.c");
	}
	kapi_spec_list_free(&l);
	kapi_diag_list_free(&d);
}

static void test_source_crlf_and_junk(void)
{
	static const char crlf[] =
		"/**\r\n * sys_a - a\r\n * contexts: process\r\n"
		" * param: x\r\n *   type: fd\r\n */\r\n";
	static const char junk[] = "/**\0 contexts: \0\n * param: \xff\n */"
				   "\"unterminated\n'x /** contexts:";
	struct kapi_spec_list l = {0};
	struct kapi_diag_list d = {0};

	KT_EQ_INT(kapi_parse_source(crlf, sizeof(crlf) - 1, "c.c", &l, &d), 1);
	KT_EQ_INT(d.count, 0);
	if (KT_EQ_INT_OK(l.count, 1) &&
	    KT_EQ_INT_OK(l.items[0]->param_count, 1)) {
		KT_EQ_STR(l.items[0]->name, "sys_a");
		KT_EQ_INT(l.items[0]->params[0].type, KAPI_TYPE_FD);
	}
	kapi_spec_list_free(&l);
	/* NUL bytes and an unterminated comment at the end. */
	kapi_parse_source(junk, sizeof(junk) - 1, "j.c", &l, &d);
	KT_EQ_INT(l.count, 0);
	kapi_spec_list_free(&l);
	kapi_diag_list_free(&d);
}

/* A deterministic mini-fuzz: mutate a real spec; the sanitizers judge. */
static void test_mutations(void)
{
	size_t n = sizeof(dup3_spec) - 1;
	char *buf = kapi_xmalloc(n);
	uint32_t seed = 12345;
	size_t total = 0;

	for (int round = 0; round < 3000; round++) {
		struct kapi_spec_list l = {0};
		struct kapi_diag_list d = {0};
		size_t len = n;

		memcpy(buf, dup3_spec, n);
		for (int k = 0; k < 1 + round % 8; k++) {
			seed = seed * 1103515245u + 12345u;
			buf[(seed >> 8) % n] = (char)(seed >> 20);
		}
		seed = seed * 1103515245u + 12345u;
		if (round % 3 == 0)
			len = (seed >> 8) % n; /* truncated input */
		kapi_parse_source(buf, len, "m.c", &l, &d);
		total += l.count;
		kapi_spec_list_free(&l);
		kapi_diag_list_free(&d);
	}
	free(buf);
	KT_CHECK(total > 100); /* most mutants still parse */
}

/* What the parser now does with text that is prose where a value or a
 * name belongs, and with params that have only an @name: description. */
static void test_prose_values(void)
{
	struct kapi_diag_list d = {0};
	struct kapi_spec *s = parse("/**\n"
				    " * sys_pv - prose values\n"
				    " * @a: the a\n"
				    " * @b: the b\n"
				    " * contexts: process\n"
				    " * param: a\n"
				    " * param: b\n"
				    " *   desc: own words\n"
				    " * return:\n"
				    " *   check-type: no_return\n"
				    " *   success: never comes back\n"
				    " * error: EINVAL or EBADF, bad\n"
				    " * error: ERESTARTSYS, interrupted\n"
				    " */",
				    &d);
	const struct kapi_diag *g;

	KT_CHECK(s != NULL);
	if (!s)
		return;
	KT_EQ_STR(s->params[0].desc, "the a");
	KT_EQ_STR(s->params[1].desc, "own words");
	KT_EQ_INT(s->ret.success.state, KAPI_VALUE_ABSENT);
	KT_EQ_STR(s->ret.desc, "never comes back");
	KT_EQ_INT(s->error_count, 2);
	KT_EQ_INT(s->errors[0].code.state, KAPI_VALUE_ABSENT);
	KT_EQ_STR(s->errors[0].summary, "bad");
	KT_EQ_STR(s->errors[1].code.text, "-ERESTARTSYS");
	g = find_diag(&d, KAPI_SEV_WARNING, "kapi-spec-error-prose");
	KT_CHECK(g && g->loc.line == 12 && g->loc.col == 11);
	g = find_diag(&d, KAPI_SEV_WARNING, "kapi-spec-internal-errno");
	KT_CHECK(g && g->loc.line == 13 && has_text(g->message, "EINTR"));
	KT_EQ_INT(kapi_diag_count(&d, KAPI_SEV_ERROR), 0);
	kapi_diag_list_free(&d);
	kapi_spec_free(s);
}

void kapi_test_group_parse(void)
{
	test_eval_literals();
	test_eval_operators();
	test_value_parse();
	test_dup3();
	test_positions_offset();
	test_flat();
	test_enum_draft();
	test_forms();
	test_size_param_by_name();
	test_prose();
	test_return_forms();
	test_detection();
	test_diagnostics();
	test_param_without_doc_line();
	test_source();
	test_source_crlf_and_junk();
	test_mutations();
	test_prose_values();
}
