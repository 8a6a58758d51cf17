// SPDX-License-Identifier: MIT
/* The constraint-expression language: parsing, errors with their offsets,
 * binding, the resolved form and three-valued evaluation. */
#include <stdint.h>
#include <stdlib.h>

#include "kapi_cexpr.h"
#include "kapi_spec.h"
#include "kapi_test.h"
#include "kapi_util.h"

/* sys_test(flags, buf, count) */
static struct kapi_spec *test_spec(void)
{
	static const char *const names[] = {"flags", "buf", "count"};
	struct kapi_spec *s = kapi_spec_new();

	s->name = kapi_xstrdup("sys_test");
	for (size_t i = 0; i < 3; i++) {
		struct kapi_param *p =
			KAPI_APPEND(s->params, s->param_count, s->param_cap);

		kapi_param_init(p);
		p->name = kapi_xstrdup(names[i]);
	}
	return s;
}

/* The target's constants. */
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

static struct kapi_spec *spec;

/* Parsed and bound with the resolver, or NULL (a failed check). */
static struct kapi_cexpr *bound(const char *text)
{
	char *err = NULL;
	size_t pos = 0;
	struct kapi_cexpr *e = kapi_cexpr_parse(text, &err, &pos);

	if (!KT_CHECK(e != NULL)) {
		fprintf(stderr, "  '%s': %s at %zu\n", text, err, pos);
		free(err);
		return NULL;
	}
	if (!KT_CHECK(!kapi_cexpr_bind(e, spec, resolve, NULL, &err, &pos))) {
		fprintf(stderr, "  '%s': %s at %zu\n", text, err, pos);
		free(err);
		kapi_cexpr_free(e);
		return NULL;
	}
	return e;
}

/* The printed form of text, parsed and not bound; malloc'd. */
static char *printed(const char *text)
{
	char *err = NULL, *s;
	size_t pos = 0;
	struct kapi_cexpr *e = kapi_cexpr_parse(text, &err, &pos);

	if (!e) {
		free(err);
		return kapi_xstrdup("(parse error)");
	}
	s = kapi_cexpr_print(e);
	kapi_cexpr_free(e);
	return s;
}

#define KT_PRINTS(text, want)                                                  \
	do {                                                                   \
		char *s_ = printed(text);                                      \
		KT_EQ_STR(s_, want);                                           \
		free(s_);                                                      \
	} while (0)

/* The resolved form of text (bound with the resolver); malloc'd. */
static char *resolved(const char *text)
{
	struct kapi_cexpr *e = bound(text);
	char *s;

	if (!e)
		return kapi_xstrdup("(error)");
	s = kapi_cexpr_print(e);
	kapi_cexpr_free(e);
	return s;
}

#define KT_RESOLVES(text, want)                                                \
	do {                                                                   \
		char *s_ = resolved(text);                                     \
		KT_EQ_STR(s_, want);                                           \
		free(s_);                                                      \
	} while (0)

/* The parse of text fails at pos with a message holding what. */
static void parse_fails(const char *text, size_t want_pos, const char *what,
			int line)
{
	char *err = NULL;
	size_t pos = 9999;
	struct kapi_cexpr *e = kapi_cexpr_parse(text, &err, &pos);

	if (!kapi_test_report(e == NULL, __FILE__, line, "parse fails")) {
		kapi_cexpr_free(e);
		return;
	}
	if (!kapi_test_report(err && pos == want_pos && strstr(err, what),
			      __FILE__, line, "error and offset"))
		fprintf(stderr,
			"  '%.40s': \"%s\" at %zu; want \"%s\" at %zu\n", text,
			err ? err : "(null)", pos, what, want_pos);
	free(err);
}

#define KT_PARSE_FAILS(text, pos, what) parse_fails(text, pos, what, __LINE__)

static struct kapi_cexpr_arg ival(int64_t n)
{
	struct kapi_cexpr_arg a = {KAPI_CEXPR_INT, n, false};

	return a;
}

static struct kapi_cexpr_arg uval(uint64_t n)
{
	struct kapi_cexpr_arg a = {KAPI_CEXPR_INT, (int64_t)n, true};

	return a;
}

static const struct kapi_cexpr_arg unk = {KAPI_CEXPR_UNKNOWN, 0, false};
static const struct kapi_cexpr_arg null_ptr = {KAPI_CEXPR_NULL, 0, false};
static const struct kapi_cexpr_arg nonnull = {KAPI_CEXPR_NONNULL, 0, false};

/* text evaluated for (flags, buf, count); -1 when it does not bind. */
static int eval3(const char *text, struct kapi_cexpr_arg flags,
		 struct kapi_cexpr_arg buf, struct kapi_cexpr_arg count)
{
	struct kapi_cexpr_arg args[3] = {flags, buf, count};
	struct kapi_cexpr *e = bound(text);
	int t;

	if (!e)
		return -1;
	t = (int)kapi_cexpr_eval(e, args, 3);
	kapi_cexpr_free(e);
	return t;
}

/* A closed expression: no arguments. */
#define KT_EVAL(text, want) KT_EQ_INT(eval3(text, unk, unk, unk), want)
#define T		    KAPI_TV_TRUE
#define F		    KAPI_TV_FALSE
#define U		    KAPI_TV_UNKNOWN

static void test_precedence(void)
{
	/* Each level against the next, both ways round where it matters. */
	KT_PRINTS("a ? b : c ? d : e", "a ? b : (c ? d : e)");
	KT_PRINTS("a ? b ? c : d : e", "a ? (b ? c : d) : e");
	KT_PRINTS("a || b ? c : d", "(a || b) ? c : d");
	KT_PRINTS("a || b && c", "a || (b && c)");
	KT_PRINTS("a && b || c", "(a && b) || c");
	KT_PRINTS("a && b | c", "a && (b | c)");
	KT_PRINTS("a | b ^ c", "a | (b ^ c)");
	KT_PRINTS("a ^ b | c", "(a ^ b) | c");
	KT_PRINTS("a ^ b & c", "a ^ (b & c)");
	KT_PRINTS("a & b == c", "a & (b == c)");
	KT_PRINTS("a == b != c", "(a == b) != c");
	KT_PRINTS("a != b < c", "a != (b < c)");
	KT_PRINTS("a < b <= c > d >= e", "(((a < b) <= c) > d) >= e");
	KT_PRINTS("a <= b << c", "a <= (b << c)");
	KT_PRINTS("a << b >> c", "(a << b) >> c");
	KT_PRINTS("a >> b + c", "a >> (b + c)");
	KT_PRINTS("a + b * c", "a + (b * c)");
	KT_PRINTS("a * b + c", "(a * b) + c");
	KT_PRINTS("a - b - c", "(a - b) - c");
	KT_PRINTS("a * b / c % d", "((a * b) / c) % d");
	KT_PRINTS("-a * b", "-a * b");
	KT_PRINTS("!a == ~b", "!a == ~b");
	KT_PRINTS("+a - -b", "+a - -b");
	KT_PRINTS("!(a && b)", "!(a && b)");
	KT_PRINTS("(a + b) * c", "(a + b) * c");
	KT_PRINTS("((((a))))", "a");
	KT_PRINTS(" \t\na\r\n", "a");
	KT_PRINTS("a+b", "a + b");
	KT_PRINTS("x_1 & _y", "x_1 & _y");
	KT_PRINTS("sizeofx", "sizeofx");
	/* - -x, not the decrement --x */
	KT_PRINTS("- -a", "- -a");
	KT_PRINTS("+ +a", "+ +a");
	KT_PRINTS("-+-a", "-+-a");
	KT_PRINTS("- - -(a)", "- - -a");
	KT_PRINTS("!!a", "!!a");

	/* The same by value. */
	KT_EVAL("1 + 2 * 3 == 7", T);
	KT_EVAL("10 - 4 - 3 == 3", T);
	KT_EVAL("2 * 3 % 4 == 2", T);
	KT_EVAL("100 / 10 / 5 == 2", T);
	KT_EVAL("1 << 2 + 1 == 8", T);
	KT_EVAL("(1 | 2 ^ 3 & 1) == 3", T);
	KT_EVAL("0 || 1 && 0", F);
	KT_EVAL("(0 || 1) && 1", T);
	KT_EVAL("1 ? 0 : 1 ? 1 : 1", F);
	KT_EVAL("0 ? 1 : 0 ? 1 : 7", T);
	KT_EVAL("3 > 2 > 1", F);
	KT_EVAL("1 < 2 == 1", T);
	KT_EVAL("-3 / 2 == -1 && -3 % 2 == -1", T);
	KT_EVAL("~0 == -1 && !5 == 0 && +4 == 4", T);
	KT_EVAL("(6 & 3) == 2 && (6 | 3) == 7 && (6 ^ 3) == 5", T);
	KT_EVAL("2 <= 2 && 2 >= 2 && !(2 < 2) && !(2 > 2) && 2 != 3", T);
	KT_EVAL("256 >> 4 == 16", T);
}

static void test_literals(void)
{
	KT_EVAL("0x10 == 16 && 0X1f == 31 && 010 == 8 && 0 == 0", T);
	KT_EVAL("10u == 10 && 10U == 10 && 10l == 10 && 10UL == 10 && "
		"10ll == 10 && 10ull == 10 && 0x10LU == 16",
		T);
	/* unsigned: -1 against it is unknown, signed it would be false */
	KT_EVAL("1u > 0", T);
	KT_EVAL("1u > -1", U);
	KT_EVAL("1 > -1", T);
	KT_EVAL("9223372036854775807 > 0", T);
	/* above INT64_MAX: unsigned */
	KT_EVAL("9223372036854775808 > 0", T);
	KT_EVAL("0xffffffffffffffff > 0", T);
	KT_EVAL("18446744073709551615 == 0xffffffffffffffff", T);
	KT_EVAL("0xffffffffffffffff + 1 == 0", T);
	KT_PRINTS("9223372036854775808", "0x8000000000000000u");
	KT_PRINTS("9223372036854775807", "0x7fffffffffffffff");
	KT_PRINTS("18446744073709551615", "0xffffffffffffffffu");
	KT_PRINTS("10u", "10u");
	KT_PRINTS("16u", "0x10u");
	KT_PRINTS("15", "15");
	KT_PRINTS("16", "0x10");
	KT_PRINTS("0755", "0x1ed");
	KT_PRINTS("0", "0");

	KT_PARSE_FAILS("18446744073709551616", 0, "out of range");
	KT_PARSE_FAILS("a + 99999999999999999999999", 4, "out of range");
	KT_PARSE_FAILS("08", 1, "malformed number");
	KT_PARSE_FAILS("1x", 1, "malformed number");
	KT_PARSE_FAILS("0x", 1, "malformed number");
	KT_PARSE_FAILS("12abc", 2, "malformed number");
	KT_PARSE_FAILS("1ux", 2, "malformed number");
}

static void test_parse_errors(void)
{
	KT_PARSE_FAILS("flags = 1", 6, "'=' is an assignment");
	KT_PARSE_FAILS("flags == 1 = 2", 11, "'=' is an assignment");
	KT_PARSE_FAILS("(flags = 1) || 1", 7, "'=' is an assignment");
	KT_PARSE_FAILS("a ? b = 1 : 0", 6, "expected ':'");
	KT_PARSE_FAILS("a b", 2, "unexpected text");
	KT_PARSE_FAILS("a $ b", 2, "unexpected text");
	KT_PARSE_FAILS("f(x)", 1, "unexpected text");
	KT_PARSE_FAILS("a.b", 1, "unexpected text");
	KT_PARSE_FAILS("a)", 1, "unexpected text");
	KT_PARSE_FAILS("(a + b) )", 8, "unexpected text");
	KT_PARSE_FAILS("(a", 2, "expected ')'");
	KT_PARSE_FAILS("((a)", 4, "expected ')'");
	KT_PARSE_FAILS("(a b)", 3, "expected ')'");
	KT_PARSE_FAILS("sizeof(a)", 0, "sizeof");
	KT_PARSE_FAILS("a + sizeof b", 4, "sizeof");
	KT_PARSE_FAILS("", 0, "ends early");
	KT_PARSE_FAILS("   ", 3, "ends early");
	KT_PARSE_FAILS("a +", 3, "ends early");
	KT_PARSE_FAILS("()", 1, "expected a number");
	KT_PARSE_FAILS("a + * b", 4, "expected a number");
	KT_PARSE_FAILS("a ? b", 5, "expected ':'");
	KT_PARSE_FAILS("a ? b :", 7, "ends early");
	KT_PARSE_FAILS("-", 1, "ends early");
}

/* text repeated n times around middle; malloc'd */
static char *nest(const char *open, size_t n, const char *middle,
		  const char *close)
{
	size_t lo = strlen(open), lm = strlen(middle), lc = strlen(close);
	char *s = malloc(n * (lo + lc) + lm + 1), *p = s;

	for (size_t i = 0; i < n; i++, p += lo)
		memcpy(p, open, lo);
	memcpy(p, middle, lm);
	p += lm;
	for (size_t i = 0; i < n; i++, p += lc)
		memcpy(p, close, lc);
	*p = '\0';
	return s;
}

/* Parses (or not) without running out of stack. */
static void nesting(const char *open, size_t n, const char *middle,
		    const char *close, bool ok, int line)
{
	char *text = nest(open, n, middle, close), *err = NULL;
	size_t pos;
	struct kapi_cexpr *e = kapi_cexpr_parse(text, &err, &pos);

	if (!kapi_test_report(ok ? e != NULL : e == NULL, __FILE__, line,
			      ok ? "nesting accepted" : "nesting rejected"))
		fprintf(stderr, "  %zu x '%s': %s\n", n, open,
			err ? err : "accepted");
	if (!ok)
		kapi_test_report(err && strstr(err, "nested too deeply"),
				 __FILE__, line, "too deeply");
	if (e) {
		struct kapi_cexpr_arg a = ival(1);
		char *s = kapi_cexpr_print(e);
		struct kapi_cexpr *r = kapi_cexpr_parse(s, &err, &pos);

		/* the printed form parses again */
		if (!kapi_test_report(r != NULL, __FILE__, line, "reparsed"))
			fprintf(stderr, "  %s at %zu\n", err, pos);
		kapi_cexpr_eval(e, &a, 1);
		kapi_cexpr_free(r);
		free(s);
	}
	kapi_cexpr_free(e);
	free(err);
	free(text);
}

#define KT_NESTS(o, n, m, c, ok) nesting(o, n, m, c, ok, __LINE__)

static void test_nesting(void)
{
	char *err = NULL, *text = nest("(", 201, "1", ")");
	size_t pos = 0;

	KT_NESTS("(", 200, "1", ")", true);
	KT_CHECK(!kapi_cexpr_parse(text, &err, &pos));
	KT_EQ_INT(pos, 200); /* the 201st '(' */
	free(err);
	free(text);
	KT_NESTS("(", 100000, "1", ")", false);
	KT_NESTS("(", 100000, "", "", false);
	KT_NESTS("!", 200, "1", "", true);
	KT_NESTS("!", 201, "1", "", false);
	/* an identifier may print as -5: one level more */
	KT_NESTS("!", 199, "x", "", true);
	KT_NESTS("!", 200, "x", "", false);
	KT_NESTS("-", 100000, "x", "", false);
	KT_NESTS("!(", 100, "x", ")", true);
	KT_NESTS("!(", 101, "x", ")", false);
	/* ?: prints as (c ? a : b): two levels each */
	KT_NESTS("x ? 1 : ", 100, "0", "", true);
	KT_NESTS("x ? 1 : ", 101, "0", "", false);
	KT_NESTS("x ? 1 : ", 100000, "0", "", false);
	KT_NESTS("x ? ", 100, "1", " : 0", true);
	KT_NESTS("x ? ", 101, "1", " : 0", false);
	KT_NESTS("x ? ", 100000, "1", " : 0", false);
	/* a long chain is a tree as high as it is long and prints with a
	 * pair of parentheses per operator */
	KT_NESTS("x + ", 199, "1", "", true);
	KT_NESTS("x + ", 200, "1", "", false);
	KT_NESTS("x || ", 100000, "1", "", false);
	KT_NESTS("1 + (", 100, "1", ")", true);
	KT_NESTS("1 + (", 5000, "1", ")", false);
}

static void test_bind(void)
{
	char *err = NULL;
	size_t pos = 0;
	struct kapi_cexpr *e;

	e = bound("flags == 0 || count");
	if (e) {
		KT_CHECK(kapi_cexpr_uses_param(e, 0));
		KT_CHECK(!kapi_cexpr_uses_param(e, 1));
		KT_CHECK(kapi_cexpr_uses_param(e, 2));
		KT_CHECK(!kapi_cexpr_uses_param(e, 3));
		kapi_cexpr_free(e);
	}
	KT_RESOLVES("buf != NULL", "buf != NULL");
	KT_RESOLVES("(flags & O_TMPFILE) != O_TMPFILE || (flags & O_DIRECTORY)",
		    "((flags & 0x410000) != 0x410000) || (flags & 0x10000)");
	KT_RESOLVES("flags & NEGC", "flags & -5");
	KT_RESOLVES("-NEGC", "- -5");
	KT_RESOLVES("!NEGC", "!-5");
	KT_RESOLVES("-MINC", "-~0x7fffffffffffffff");
	KT_RESOLVES("MINC", "~0x7fffffffffffffff");
	KT_RESOLVES("flags < BIG", "flags < 0xffffffffffffffffu");
	KT_RESOLVES("SMALLU", "3u");

	/* An identifier that is none: named, with its offset. */
	e = kapi_cexpr_parse("flags & O_BOGUS", &err, &pos);
	KT_CHECK(e != NULL);
	KT_EQ_INT(kapi_cexpr_bind(e, spec, resolve, NULL, &err, &pos), -1);
	KT_CHECK(err && strstr(err, "'O_BOGUS'") && strstr(err, "sys_test"));
	KT_EQ_INT(pos, 8);
	free(err);
	err = NULL;
	/* The first one in the text. */
	kapi_cexpr_free(e);
	e = kapi_cexpr_parse("(x1 + 1) * (y2 ? 1 : z3)", &err, &pos);
	KT_EQ_INT(kapi_cexpr_bind(e, spec, resolve, NULL, &err, &pos), -1);
	KT_CHECK(err && strstr(err, "'x1'"));
	KT_EQ_INT(pos, 1);
	free(err);
	err = NULL;
	kapi_cexpr_free(e);
	/* No resolver: parameters and NULL only. */
	e = kapi_cexpr_parse("buf == NULL || flags & O_TMPFILE", &err, &pos);
	KT_EQ_INT(kapi_cexpr_bind(e, spec, NULL, NULL, &err, &pos), -1);
	KT_CHECK(err && strstr(err, "'O_TMPFILE'"));
	KT_EQ_INT(pos, 23);
	free(err);
	err = NULL;
	kapi_cexpr_free(e);
	/* No spec: numbers and NULL only. */
	e = kapi_cexpr_parse("NULL == 0 && 1 + 2", &err, &pos);
	KT_EQ_INT(kapi_cexpr_bind(e, NULL, NULL, NULL, &err, &pos), 0);
	KT_EQ_INT(kapi_cexpr_eval(e, NULL, 0), T);
	kapi_cexpr_free(e);
	e = kapi_cexpr_parse("1 + flags", &err, &pos);
	KT_EQ_INT(kapi_cexpr_bind(e, NULL, NULL, NULL, &err, &pos), -1);
	KT_CHECK(err && strstr(err, "'flags'"));
	KT_EQ_INT(pos, 4);
	free(err);
	kapi_cexpr_free(e);
}

static void test_three_valued(void)
{
	const char *or = "count == 0 || buf != NULL";
	const char *and = "count != 0 && buf == NULL";

	/* One side decides alone, whichever side it is. */
	KT_EQ_INT(eval3(or, unk, nonnull, unk), T);
	KT_EQ_INT(eval3(or, unk, unk, ival(0)), T);
	KT_EQ_INT(eval3(or, unk, unk, ival(5)), U);
	KT_EQ_INT(eval3(or, unk, null_ptr, unk), U);
	KT_EQ_INT(eval3(or, unk, null_ptr, ival(5)), F);
	KT_EQ_INT(eval3(and, unk, unk, ival(0)), F);
	KT_EQ_INT(eval3(and, unk, nonnull, unk), F);
	KT_EQ_INT(eval3(and, unk, null_ptr, unk), U);
	KT_EQ_INT(eval3(and, unk, null_ptr, ival(1)), T);
	KT_EQ_INT(eval3("count / 0 || 1", unk, unk, ival(1)), T);
	KT_EQ_INT(eval3("1 / 0 && 0", unk, unk, unk), F);

	/* Unknown spreads through every other operator. */
	KT_EQ_INT(eval3("count + 1 > 0", unk, unk, unk), U);
	KT_EQ_INT(eval3("!count", unk, unk, unk), U);
	KT_EQ_INT(eval3("-count", unk, unk, unk), U);
	KT_EQ_INT(eval3("~count", unk, unk, unk), U);
	KT_EQ_INT(eval3("count * 0 == 0", unk, unk, unk), U);
	KT_EQ_INT(eval3("(count & 0) == 0", unk, unk, unk), U);
	KT_EQ_INT(eval3("count == count", unk, unk, unk), U);
	KT_EQ_INT(eval3("count", unk, unk, ival(3)), T);
	KT_EQ_INT(eval3("flags", ival(0), unk, unk), F);
	/* Missing arguments are unknown. */
	{
		struct kapi_cexpr *e = bound("count == 0");
		struct kapi_cexpr_arg a[1] = {{KAPI_CEXPR_INT, 0, false}};

		if (e) {
			KT_EQ_INT(kapi_cexpr_eval(e, a, 1), U);
			KT_EQ_INT(kapi_cexpr_eval(e, NULL, 0), U);
			kapi_cexpr_free(e);
		}
	}

	/* ?: with an unknown condition: known when both sides agree. */
	KT_EQ_INT(eval3("count ? 1 : 1", unk, unk, unk), T);
	KT_EQ_INT(eval3("count ? 0 : 0", unk, unk, unk), F);
	KT_EQ_INT(eval3("count ? 1 : 0", unk, unk, unk), U);
	KT_EQ_INT(eval3("(count ? 2 : 2) == 2", unk, unk, unk), T);
	KT_EQ_INT(eval3("(count ? 1 : 2) == 1", unk, unk, unk), U);
	KT_EQ_INT(eval3("count ? flags : 1", unk, unk, unk), U);
	KT_EQ_INT(eval3("count ? buf : NULL", unk, null_ptr, unk), U);
	KT_EQ_INT(eval3("count ? 1 : flags", unk, unk, ival(1)), T);
	KT_EQ_INT(eval3("count ? flags : 1", ival(0), unk, ival(1)), F);
	KT_EQ_INT(eval3("count ? 5 : flags", ival(0), unk, ival(0)), F);
	/* the branches' common type: unsigned when one is */
	KT_EVAL("(0 ? 1u : -1) > 0", U);
	KT_EVAL("(0 ? 1u : 5) > -1", U);
	KT_EVAL("(0 ? 1u : 5) > 4", T);
	KT_EVAL("(1 ? 5 : 1u) == 5", T);
	KT_EVAL("(1 ? -1 : 1) < 0", T);
	KT_EVAL("(1 ? -1 : 1 / 0) < 0", T);
}

static void test_pointers(void)
{
	KT_EQ_INT(eval3("buf == NULL", unk, null_ptr, unk), T);
	KT_EQ_INT(eval3("buf == 0", unk, null_ptr, unk), T);
	KT_EQ_INT(eval3("0 == buf", unk, null_ptr, unk), T);
	KT_EQ_INT(eval3("buf != NULL", unk, null_ptr, unk), F);
	KT_EQ_INT(eval3("buf != 0", unk, null_ptr, unk), F);
	KT_EQ_INT(eval3("!buf", unk, null_ptr, unk), T);
	KT_EQ_INT(eval3("buf", unk, null_ptr, unk), F);
	KT_EQ_INT(eval3("buf == NULL", unk, nonnull, unk), F);
	KT_EQ_INT(eval3("NULL != buf", unk, nonnull, unk), T);
	KT_EQ_INT(eval3("buf == 0", unk, nonnull, unk), F);
	KT_EQ_INT(eval3("!buf", unk, nonnull, unk), F);
	KT_EQ_INT(eval3("buf", unk, nonnull, unk), T);
	KT_EQ_INT(eval3("buf == NULL", unk, unk, unk), U);
	KT_EQ_INT(eval3("NULL == NULL", unk, unk, unk), T);
	KT_EQ_INT(eval3("!NULL", unk, unk, unk), T);
	/* two non-null pointers may or may not be the same */
	KT_EQ_INT(eval3("buf == buf", unk, nonnull, unk), U);
	KT_EQ_INT(eval3("buf != buf", unk, nonnull, unk), U);
	KT_EQ_INT(eval3("buf == buf", unk, null_ptr, unk), T);
	/* a pointer against a non-zero number, and arithmetic: unknown */
	KT_EQ_INT(eval3("buf == 1", unk, null_ptr, unk), U);
	KT_EQ_INT(eval3("buf + 1 != 0", unk, nonnull, unk), U);
	KT_EQ_INT(eval3("buf + 0 == 0", unk, null_ptr, unk), U);
	KT_EQ_INT(eval3("(buf & 1) == 0", unk, nonnull, unk), U);
	KT_EQ_INT(eval3("buf < NULL", unk, nonnull, unk), U);
	KT_EQ_INT(eval3("-buf", unk, nonnull, unk), U);
	KT_EQ_INT(eval3("~buf", unk, null_ptr, unk), U);
	KT_EQ_INT(eval3("NULL + 1", unk, unk, unk), U);
	/* && and || take a pointer's truth */
	KT_EQ_INT(eval3("buf && count", unk, null_ptr, unk), F);
	KT_EQ_INT(eval3("buf || count", unk, nonnull, unk), T);
}

static void test_arith(void)
{
	/* signed and unsigned with a negative operand: unknown */
	KT_EQ_INT(eval3("flags < 1u", ival(-1), unk, unk), U);
	KT_EQ_INT(eval3("flags < 1u", ival(0), unk, unk), T);
	KT_EQ_INT(eval3("flags == 0xffffffffffffffff", ival(-1), unk, unk), U);
	KT_EQ_INT(eval3("flags == 0xffffffffffffffff", uval(UINT64_MAX), unk,
			unk),
		  T);
	KT_EQ_INT(eval3("flags > 0", uval(UINT64_MAX), unk, unk), T);
	KT_EQ_INT(eval3("flags > -1", uval(1), unk, unk), U);
	KT_EQ_INT(eval3("(flags & BIG) != 0", ival(-2), unk, unk), U);
	KT_EVAL("(NEGC & SMALLU) == 3", U);
	KT_EVAL("NEGC + SMALLU", U);
	KT_EVAL("(NEGC & 3) == 3", T);
	KT_EVAL("SMALLU - 4 > 0", T); /* unsigned wraps, as in C */
	KT_EVAL("-SMALLU > 0", T);
	KT_EVAL("~SMALLU > 0", T);
	KT_EVAL("-1 < 0", T);

	/* division by zero */
	KT_EVAL("1 / 0 == 0", U);
	KT_EVAL("1 % 0 == 0", U);
	KT_EVAL("1u / 0 == 0", U);
	KT_EQ_INT(eval3("100 / count > 1", unk, unk, ival(0)), U);
	KT_EQ_INT(eval3("100 / count > 1", unk, unk, ival(7)), T);
	KT_EVAL("MINC / -1", U);
	KT_EVAL("MINC % -1", U);
	KT_EVAL("MINC / 1 < 0", T);
	KT_EVAL("7u % 4u == 3", T);

	/* shifts out of range or out of the value bits */
	KT_EVAL("1 << 64", U);
	KT_EVAL("1 << -1", U);
	KT_EVAL("1 >> 64", U);
	KT_EVAL("1 >> -1", U);
	KT_EVAL("1 << BIG", U);
	KT_EVAL("-1 << 1", U);
	KT_EVAL("-8 >> 1", U);
	KT_EVAL("1 << 63", U);
	KT_EVAL("3 << 62", U);
	KT_EVAL("1 << 62 > 0", T);
	KT_EVAL("1u << 63 > 0", T);
	KT_EVAL("3u << 63 == 1u << 63", T);
	KT_EVAL("1 << 3u == 8", T);
	KT_EVAL("0xffffffffffffffff >> 63 == 1", T);
	KT_EQ_INT(eval3("1 << count", unk, unk, ival(64)), U);
	KT_EQ_INT(eval3("(1 << count) == 1024", unk, unk, ival(10)), T);

	/* signed overflow */
	KT_EVAL("9223372036854775807 + 1", U);
	KT_EVAL("9223372036854775807 + 0 > 0", T);
	KT_EVAL("MINC - 1", U);
	KT_EVAL("-MINC", U);
	KT_EVAL("MINC < 0", T);
	KT_EVAL("4611686018427387904 * 2", U);
	KT_EVAL("4611686018427387904 * -2 < 0", T);
	KT_EQ_INT(eval3("count + 1 > count", unk, unk, ival(INT64_MAX)), U);
	KT_EQ_INT(eval3("count + 1 > count", unk, unk, ival(5)), T);
	KT_EQ_INT(eval3("count + 1 > count", unk, unk, uval(UINT64_MAX)), F);
	/* unsigned wraps */
	KT_EVAL("0xffffffffffffffff * 2 == 0xfffffffffffffffe", T);
	KT_EVAL("0u - 1 == 0xffffffffffffffff", T);
}

/* The resolved form of each, parsed again and bound with no resolver,
 * evaluates as the original on every argument vector. */
static void test_round_trip(void)
{
	static const char *const exprs[] = {
		"(flags & O_TMPFILE) != O_TMPFILE || (flags & O_DIRECTORY)",
		"count == 0 || buf != NULL",
		"!buf && !count",
		"flags & ~(O_TMPFILE | O_DIRECTORY)",
		"flags < BIG && flags > NEGC",
		"MINC < flags",
		"flags == MINC",
		"-NEGC == 5 && - -flags == flags",
		"- - -count + +flags",
		"count ? flags : O_TMPFILE",
		"count ? flags ? 1 : 2 : buf == 0",
		"(count << 2) >> 1 == count * 2",
		"flags % 3 - count / 2 ^ 1",
		"flags >= SMALLU && count <= 0x7fffffffffffffff",
		"9223372036854775808 > flags",
		"0xffffffffffffffff - flags",
		"010 | 0x10u | 16",
		"!(flags | count) == !flags && !count",
		"(count ? NULL : buf) == NULL",
	};
	struct kapi_cexpr_arg flagsv[] = {
		ival(0),
		ival(0x410000),
		ival(0x10000),
		ival(-1),
		ival(-6),
		ival(4),
		uval(3),
		uval(UINT64_MAX),
		ival(INT64_MIN),
		ival(INT64_MAX),
		unk,
	};
	struct kapi_cexpr_arg bufv[] = {null_ptr, nonnull, unk, ival(0)};
	struct kapi_cexpr_arg countv[] = {ival(0), ival(2), ival(INT64_MAX),
					  uval(1), unk};

	for (size_t i = 0; i < sizeof(exprs) / sizeof(*exprs); i++) {
		struct kapi_cexpr *e = bound(exprs[i]), *r;
		char *s, *s2, *err = NULL;
		size_t pos;
		bool same = true;

		if (!e)
			continue;
		s = kapi_cexpr_print(e);
		r = kapi_cexpr_parse(s, &err, &pos);
		if (!KT_CHECK(r != NULL) ||
		    !KT_CHECK(!kapi_cexpr_bind(r, spec, NULL, NULL, &err,
					       &pos))) {
			fprintf(stderr, "  '%s' -> '%s': %s\n", exprs[i], s,
				err);
			free(err);
			free(s);
			kapi_cexpr_free(r);
			kapi_cexpr_free(e);
			continue;
		}
		/* printing is a fixed point once -95 became -0x5f */
		s2 = kapi_cexpr_print(r);
		{
			struct kapi_cexpr *r2 =
				kapi_cexpr_parse(s2, &err, &pos);
			char *s3 = r2 ? kapi_cexpr_print(r2) : NULL;

			KT_EQ_STR(s3, s2);
			free(s3);
			kapi_cexpr_free(r2);
		}
		for (size_t f = 0; f < sizeof(flagsv) / sizeof(*flagsv); f++)
			for (size_t b = 0; b < sizeof(bufv) / sizeof(*bufv);
			     b++)
				for (size_t c = 0;
				     c < sizeof(countv) / sizeof(*countv);
				     c++) {
					struct kapi_cexpr_arg a[3] = {
						flagsv[f], bufv[b], countv[c]};
					enum kapi_tv t1 = kapi_cexpr_eval(e, a,
									  3),
						     t2 = kapi_cexpr_eval(r, a,
									  3);

					if (t1 != t2 && same) {
						same = false;
						fprintf(stderr,
							"  '%s' -> '%s': %d "
							"vs %d at "
							"%zu/%zu/%zu\n",
							exprs[i], s, t1, t2, f,
							b, c);
					}
				}
		KT_CHECK(same);
		free(s);
		free(s2);
		kapi_cexpr_free(r);
		kapi_cexpr_free(e);
	}
}

void kapi_test_group_cexpr(void)
{
	spec = test_spec();
	test_precedence();
	test_literals();
	test_parse_errors();
	test_nesting();
	test_bind();
	test_three_valued();
	test_pointers();
	test_arith();
	test_round_trip();
	kapi_spec_free(spec);
}
