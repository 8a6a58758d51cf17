// SPDX-License-Identifier: MIT
/*
 * Integer constant expressions written only with C literals, evaluated the
 * way a C compiler does on LP64 Linux: int is 32 bits, long and long long
 * are 64 bits.  Anything symbolic (a macro, sizeof, a cast) is left to the
 * compiler plugin, which sees the real translation unit; here it simply
 * makes the evaluation fail so the value stays UNRESOLVED.
 */
#include "kapi_parse.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_util.h"

/* Deep enough for real specs, shallow enough for any stack. */
#define KAPI_EVAL_MAX_DEPTH 200

/* A C integer value: the bits in `u`, its width and signedness. */
struct kapi_ival {
	uint64_t u;
	unsigned bits; /* 32 (int, unsigned int) or 64 (long, long long) */
	bool is_unsigned;
};

struct kapi_eval {
	const char *p;
	unsigned depth;
	bool failed;
};

static uint64_t kapi_width_mask(unsigned bits)
{
	return bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
}

/* The value as a signed 64-bit number (sign-extended from its width). */
static int64_t kapi_ival_s(struct kapi_ival v)
{
	if (v.bits == 32)
		return (int64_t)(int32_t)(uint32_t)v.u;
	return (int64_t)v.u;
}

static struct kapi_ival kapi_ival_make(uint64_t u, unsigned bits,
				       bool is_unsigned)
{
	struct kapi_ival v = {u & kapi_width_mask(bits), bits, is_unsigned};

	return v;
}

static bool kapi_fits_signed(int64_t s, unsigned bits)
{
	return bits == 64 || (s >= INT32_MIN && s <= INT32_MAX);
}

/* INT_MIN / LONG_MIN: the one value whose negation overflows. */
static bool kapi_is_signed_min(struct kapi_ival v)
{
	return !v.is_unsigned &&
	       kapi_ival_s(v) == (v.bits == 32 ? INT32_MIN : INT64_MIN);
}

static void kapi_skip_ws(struct kapi_eval *e)
{
	while (*e->p == ' ' || *e->p == '\t' || *e->p == '\n' || *e->p == '\r')
		e->p++;
}

static int kapi_digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* Read u/U and l/L/ll/LL in either order; false on anything malformed. */
static bool kapi_read_suffix(struct kapi_eval *e, bool *u, unsigned *l)
{
	*u = false;
	*l = 0;
	for (;;) {
		char c = *e->p;

		if ((c == 'u' || c == 'U') && !*u) {
			*u = true;
			e->p++;
		} else if ((c == 'l' || c == 'L') && !*l) {
			*l = 1;
			e->p++;
			if (*e->p == c) { /* lL and Ll are not suffixes */
				*l = 2;
				e->p++;
			}
		} else {
			break;
		}
	}
	/* 12abc, 1.5, 0x1p3: not an integer literal we evaluate. */
	return !(isalnum((unsigned char)*e->p) || *e->p == '_' || *e->p == '.');
}

/*
 * The literal's type per C11 6.4.4.1: the first of the candidate types that
 * can represent the value.  Decimal literals without u only try the signed
 * types; others also try the unsigned type of each rank.
 */
static bool kapi_literal_type(uint64_t val, bool decimal, bool u, unsigned l,
			      struct kapi_ival *out)
{
	if (!l && !u && val <= INT32_MAX) {
		*out = kapi_ival_make(val, 32, false);
		return true;
	}
	if (!l && (u || !decimal) && val <= UINT32_MAX) {
		*out = kapi_ival_make(val, 32, true);
		return true;
	}
	if (!u && val <= INT64_MAX) {
		*out = kapi_ival_make(val, 64, false);
		return true;
	}
	if (u || !decimal) {
		*out = kapi_ival_make(val, 64, true);
		return true;
	}
	return false; /* a decimal too large for long long */
}

static bool kapi_read_number(struct kapi_eval *e, struct kapi_ival *out)
{
	unsigned base = 10, ndigits = 0, l;
	uint64_t val = 0;
	bool u;

	if (e->p[0] == '0' && (e->p[1] == 'x' || e->p[1] == 'X')) {
		base = 16;
		e->p += 2;
	} else if (e->p[0] == '0' && (e->p[1] == 'b' || e->p[1] == 'B')) {
		base = 2;
		e->p += 2;
	} else if (e->p[0] == '0') {
		base = 8;
	}
	for (;; e->p++, ndigits++) {
		int d = kapi_digit_value(*e->p);

		if (d >= (int)base) {
			/* 08 and 0b2 are errors, not the end of a literal. */
			if (d < 10 && base < 10)
				return false;
			break;
		}
		if (val > (UINT64_MAX - (uint64_t)d) / base)
			return false; /* no C type holds it */
		val = val * base + (uint64_t)d;
	}
	if (!ndigits)
		return false;
	if (!kapi_read_suffix(e, &u, &l))
		return false;
	return kapi_literal_type(val, base == 10, u, l, out);
}

/* Integer promotions and the usual arithmetic conversions (LP64). */
static void kapi_convert(struct kapi_ival *a, struct kapi_ival *b)
{
	unsigned bits = a->bits > b->bits ? a->bits : b->bits;
	bool is_unsigned;

	if (a->bits == b->bits)
		is_unsigned = a->is_unsigned || b->is_unsigned;
	else if (a->bits > b->bits)
		is_unsigned = a->is_unsigned; /* long holds every uint */
	else
		is_unsigned = b->is_unsigned;
	/* Widening sign-extends a signed operand, zero-extends an unsigned. */
	if (a->bits < bits && !a->is_unsigned)
		a->u = (uint64_t)kapi_ival_s(*a);
	if (b->bits < bits && !b->is_unsigned)
		b->u = (uint64_t)kapi_ival_s(*b);
	*a = kapi_ival_make(a->u, bits, is_unsigned);
	*b = kapi_ival_make(b->u, bits, is_unsigned);
}

static struct kapi_ival kapi_bool_val(bool v)
{
	return kapi_ival_make(v, 32, false);
}

static struct kapi_ival kapi_fail(struct kapi_eval *e)
{
	e->failed = true;
	return kapi_bool_val(false);
}

static struct kapi_ival kapi_parse_expr(struct kapi_eval *e, int min_prec);

static struct kapi_ival kapi_parse_unary(struct kapi_eval *e)
{
	struct kapi_ival v;
	char c;

	kapi_skip_ws(e);
	c = *e->p;
	if (c == '-' || c == '+' || c == '~' || c == '!') {
		e->p++;
		if (++e->depth > KAPI_EVAL_MAX_DEPTH)
			return kapi_fail(e);
		v = kapi_parse_unary(e);
		e->depth--;
		if (e->failed)
			return v;
		if (c == '!')
			return kapi_bool_val(v.u == 0);
		if (c == '~')
			return kapi_ival_make(~v.u, v.bits, v.is_unsigned);
		if (c == '-') {
			/* -INT_MIN overflows a signed type; unsigned wraps. */
			if (kapi_is_signed_min(v))
				return kapi_fail(e);
			return kapi_ival_make(0 - v.u, v.bits, v.is_unsigned);
		}
		return v;
	}
	if (c == '(') {
		e->p++;
		if (++e->depth > KAPI_EVAL_MAX_DEPTH)
			return kapi_fail(e);
		v = kapi_parse_expr(e, 0);
		e->depth--;
		kapi_skip_ws(e);
		if (*e->p != ')')
			return kapi_fail(e);
		e->p++;
		return v;
	}
	if (c >= '0' && c <= '9') {
		if (!kapi_read_number(e, &v))
			return kapi_fail(e);
		return v;
	}
	/* An identifier, sizeof, a cast, a character literal: not ours. */
	return kapi_fail(e);
}

enum kapi_binop {
	KAPI_OP_NONE,
	KAPI_OP_LOR,
	KAPI_OP_LAND,
	KAPI_OP_OR,
	KAPI_OP_XOR,
	KAPI_OP_AND,
	KAPI_OP_EQ,
	KAPI_OP_NE,
	KAPI_OP_LT,
	KAPI_OP_GT,
	KAPI_OP_LE,
	KAPI_OP_GE,
	KAPI_OP_SHL,
	KAPI_OP_SHR,
	KAPI_OP_ADD,
	KAPI_OP_SUB,
	KAPI_OP_MUL,
	KAPI_OP_DIV,
	KAPI_OP_MOD,
};

static const struct {
	const char *spelling;
	enum kapi_binop op;
	int prec;
} kapi_binops[] = {
	/* Two-character operators first so "<<" is not read as "<". */
	{"||", KAPI_OP_LOR, 1}, {"&&", KAPI_OP_LAND, 2}, {"==", KAPI_OP_EQ, 6},
	{"!=", KAPI_OP_NE, 6},	{"<=", KAPI_OP_LE, 7},	 {">=", KAPI_OP_GE, 7},
	{"<<", KAPI_OP_SHL, 8}, {">>", KAPI_OP_SHR, 8},	 {"|", KAPI_OP_OR, 3},
	{"^", KAPI_OP_XOR, 4},	{"&", KAPI_OP_AND, 5},	 {"<", KAPI_OP_LT, 7},
	{">", KAPI_OP_GT, 7},	{"+", KAPI_OP_ADD, 9},	 {"-", KAPI_OP_SUB, 9},
	{"*", KAPI_OP_MUL, 10}, {"/", KAPI_OP_DIV, 10},	 {"%", KAPI_OP_MOD, 10},
};

static enum kapi_binop kapi_peek_binop(struct kapi_eval *e, int *prec,
				       size_t *len)
{
	kapi_skip_ws(e);
	for (size_t i = 0; i < sizeof(kapi_binops) / sizeof(kapi_binops[0]);
	     i++) {
		size_t n = strlen(kapi_binops[i].spelling);

		if (strncmp(e->p, kapi_binops[i].spelling, n))
			continue;
		*prec = kapi_binops[i].prec;
		*len = n;
		return kapi_binops[i].op;
	}
	return KAPI_OP_NONE;
}

static struct kapi_ival kapi_shift(struct kapi_eval *e, struct kapi_ival a,
				   struct kapi_ival b, bool left)
{
	int64_t count =
		b.is_unsigned ? (int64_t)(b.u > 64 ? 64 : b.u) : kapi_ival_s(b);

	/* The result has the promoted type of the left operand. */
	if (count < 0 || count >= (int64_t)a.bits)
		return kapi_fail(e);
	if (!left) {
		if (a.is_unsigned)
			return kapi_ival_make(a.u >> count, a.bits, true);
		/* Arithmetic shift, as gcc and clang define it. */
		return kapi_ival_make((uint64_t)(kapi_ival_s(a) >> count),
				      a.bits, false);
	}
	if (!a.is_unsigned) {
		/*
		 * A negative left operand, or set bits shifted past the sign
		 * bit, is undefined; shifting into the sign bit (1 << 31) is
		 * what compilers fold, so it is accepted.
		 */
		if (kapi_ival_s(a) < 0 ||
		    (count && (a.u >> (a.bits - (unsigned)count)) != 0))
			return kapi_fail(e);
	}
	return kapi_ival_make(a.u << count, a.bits, a.is_unsigned);
}

/* Signed + - * with overflow detection (overflow is undefined in C). */
static struct kapi_ival kapi_signed_arith(struct kapi_eval *e,
					  enum kapi_binop op,
					  struct kapi_ival a,
					  struct kapi_ival b)
{
	int64_t x = kapi_ival_s(a), y = kapi_ival_s(b), r;
	bool ovf;

	if (op == KAPI_OP_ADD)
		ovf = __builtin_add_overflow(x, y, &r);
	else if (op == KAPI_OP_SUB)
		ovf = __builtin_sub_overflow(x, y, &r);
	else
		ovf = __builtin_mul_overflow(x, y, &r);
	if (ovf || !kapi_fits_signed(r, a.bits))
		return kapi_fail(e);
	return kapi_ival_make((uint64_t)r, a.bits, false);
}

static struct kapi_ival kapi_divide(struct kapi_eval *e, enum kapi_binop op,
				    struct kapi_ival a, struct kapi_ival b)
{
	int64_t x, y;

	if (b.u == 0)
		return kapi_fail(e);
	if (a.is_unsigned)
		return kapi_ival_make(op == KAPI_OP_DIV ? a.u / b.u : a.u % b.u,
				      a.bits, true);
	x = kapi_ival_s(a);
	y = kapi_ival_s(b);
	/* INT_MIN / -1 overflows. */
	if (y == -1 && kapi_is_signed_min(a))
		return kapi_fail(e);
	return kapi_ival_make((uint64_t)(op == KAPI_OP_DIV ? x / y : x % y),
			      a.bits, false);
}

static bool kapi_less(struct kapi_ival a, struct kapi_ival b)
{
	return a.is_unsigned ? a.u < b.u : kapi_ival_s(a) < kapi_ival_s(b);
}

static struct kapi_ival kapi_apply(struct kapi_eval *e, enum kapi_binop op,
				   struct kapi_ival a, struct kapi_ival b)
{
	if (op == KAPI_OP_LOR)
		return kapi_bool_val(a.u || b.u);
	if (op == KAPI_OP_LAND)
		return kapi_bool_val(a.u && b.u);
	if (op == KAPI_OP_SHL || op == KAPI_OP_SHR)
		return kapi_shift(e, a, b, op == KAPI_OP_SHL);
	kapi_convert(&a, &b);
	switch (op) {
	case KAPI_OP_OR:
		return kapi_ival_make(a.u | b.u, a.bits, a.is_unsigned);
	case KAPI_OP_XOR:
		return kapi_ival_make(a.u ^ b.u, a.bits, a.is_unsigned);
	case KAPI_OP_AND:
		return kapi_ival_make(a.u & b.u, a.bits, a.is_unsigned);
	case KAPI_OP_EQ:
		return kapi_bool_val(a.u == b.u);
	case KAPI_OP_NE:
		return kapi_bool_val(a.u != b.u);
	case KAPI_OP_LT:
		return kapi_bool_val(kapi_less(a, b));
	case KAPI_OP_GT:
		return kapi_bool_val(kapi_less(b, a));
	case KAPI_OP_LE:
		return kapi_bool_val(!kapi_less(b, a));
	case KAPI_OP_GE:
		return kapi_bool_val(!kapi_less(a, b));
	case KAPI_OP_ADD:
	case KAPI_OP_SUB:
	case KAPI_OP_MUL:
		if (!a.is_unsigned)
			return kapi_signed_arith(e, op, a, b);
		if (op == KAPI_OP_ADD)
			return kapi_ival_make(a.u + b.u, a.bits, true);
		if (op == KAPI_OP_SUB)
			return kapi_ival_make(a.u - b.u, a.bits, true);
		return kapi_ival_make(a.u * b.u, a.bits, true);
	case KAPI_OP_DIV:
	case KAPI_OP_MOD:
		return kapi_divide(e, op, a, b);
	default:
		return kapi_fail(e);
	}
}

/* Precedence climbing; all binary operators are left-associative. */
static struct kapi_ival kapi_parse_expr(struct kapi_eval *e, int min_prec)
{
	struct kapi_ival lhs = kapi_parse_unary(e);

	while (!e->failed) {
		int prec;
		size_t len;
		enum kapi_binop op = kapi_peek_binop(e, &prec, &len);
		struct kapi_ival rhs;

		if (op == KAPI_OP_NONE || prec <= min_prec)
			break;
		e->p += len;
		if (++e->depth > KAPI_EVAL_MAX_DEPTH)
			return kapi_fail(e);
		rhs = kapi_parse_expr(e, prec);
		e->depth--;
		if (e->failed)
			break;
		lhs = kapi_apply(e, op, lhs, rhs);
	}
	return lhs;
}

bool kapi_eval_int_expr(const char *text, int64_t *num, bool *is_unsigned)
{
	struct kapi_eval e = {text, 0, false};
	struct kapi_ival v;

	if (!text)
		return false;
	v = kapi_parse_expr(&e, 0);
	kapi_skip_ws(&e);
	if (e.failed || *e.p)
		return false;
	/* Unsigned values are zero-extended, signed ones sign-extended. */
	*num = v.is_unsigned ? (int64_t)v.u : kapi_ival_s(v);
	*is_unsigned = v.is_unsigned;
	return true;
}

void kapi_value_parse(struct kapi_value *v, const char *text,
		      struct kapi_loc loc)
{
	const char *s = text ? text : "";
	size_t n;
	char *trimmed;
	int64_t num;
	bool is_unsigned;

	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (!n) {
		kapi_value_clear(v);
		return;
	}
	trimmed = kapi_xstrndup(s, n);
	kapi_value_set_text(v, trimmed, loc);
	free(trimmed);
	if (kapi_eval_int_expr(v->text, &num, &is_unsigned))
		kapi_value_set_num(v, num, is_unsigned);
}
