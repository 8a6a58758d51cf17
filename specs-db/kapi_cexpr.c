/* SPDX-License-Identifier: MIT */
/*
 * The constraint-expression language: parser, binder, printer and a
 * three-valued evaluator.  See kapi_cexpr.h.
 */
#include "kapi_cexpr.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_util.h"

enum node_kind {
	N_NUM,
	N_IDENT,
	N_UNARY,
	N_BINARY,
	N_COND,
};

enum ident_kind {
	I_UNBOUND = 0,
	I_PARAM,
	I_CONST,
	I_NULL,
};

/* Binary and unary operators by their spelling. */
enum op {
	OP_NOT,
	OP_BNOT,
	OP_NEG,
	OP_PLUS,
	OP_MUL,
	OP_DIV,
	OP_MOD,
	OP_ADD,
	OP_SUB,
	OP_SHL,
	OP_SHR,
	OP_LT,
	OP_LE,
	OP_GT,
	OP_GE,
	OP_EQ,
	OP_NE,
	OP_BAND,
	OP_BXOR,
	OP_BOR,
	OP_LAND,
	OP_LOR,
};

static const char *const op_text[] = {
	"!", "~",  "-", "+",  "*",  "/",  "%", "+", "-", "<<", ">>",
	"<", "<=", ">", ">=", "==", "!=", "&", "^", "|", "&&", "||",
};

struct node {
	enum node_kind kind;
	enum op op;
	struct node *a, *b, *c;
	/* N_NUM, and N_IDENT bound to a constant */
	int64_t num;
	bool is_unsigned;
	/* N_IDENT */
	char *name;
	enum ident_kind ident;
	size_t param;
	size_t pos;    /* offset in the text */
	unsigned nest; /* how deep its printed form nests (grown()) */
};

struct kapi_cexpr {
	struct node *root;
};

/* ---- parsing ------------------------------------------------------------ */

struct parser {
	const char *text, *p;
	char *err;
	size_t err_pos;
	unsigned depth;
};

/*
 * Parentheses, unary operators and the branches of ?: nest at most
 * MAX_DEPTH deep: the parser recurses on them.  The tree is bounded too:
 * binding, printing and evaluation recurse on it, and `a + a + a ...`
 * builds a tree as high as it is long with no recursion in the parser.
 * Its bound is how deep the printed form nests (a pair of parentheses per
 * operator), at most MAX_DEPTH as well, so the resolved form of any
 * expression that parses parses again.
 */
#define MAX_DEPTH 200

static void fail(struct parser *ps, const char *at, const char *msg)
{
	if (ps->err)
		return;
	ps->err = kapi_xstrdup(msg);
	ps->err_pos = (size_t)(at - ps->text);
}

static void skip_blanks(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' ||
	       *ps->p == '\r')
		ps->p++;
}

static struct node *new_node(enum node_kind k, size_t pos)
{
	struct node *n = kapi_xcalloc(1, sizeof(*n));

	n->kind = k;
	n->pos = pos;
	return n;
}

static void free_node(struct node *n)
{
	if (!n)
		return;
	free_node(n->a);
	free_node(n->b);
	free_node(n->c);
	free(n->name);
	free(n);
}

static struct node *parse_cond(struct parser *ps);

static unsigned max3(unsigned a, unsigned b, unsigned c)
{
	return a > b ? (a > c ? a : c) : (b > c ? b : c);
}

/*
 * n with its operands set, or NULL (n freed) when its printed form would
 * nest too deeply: a unary operator and a binary operator's parentheses
 * one level each, ?: its parentheses and, for its branches, one more; an
 * identifier one (a negative constant prints as -5), a number none.
 */
static struct node *grown(struct parser *ps, struct node *n)
{
	if (n->kind == N_COND)
		n->nest = max3(n->a->nest + 1, n->b->nest + 2, n->c->nest + 2);
	else
		n->nest = max3(n->a->nest, n->b ? n->b->nest : 0, 0) + 1;
	if (n->nest > MAX_DEPTH) {
		fail(ps, ps->text + n->pos, "expression nested too deeply");
		free_node(n);
		return NULL;
	}
	return n;
}

static struct node *parse_number(struct parser *ps)
{
	const char *start = ps->p;
	char *end;
	unsigned long long v;
	struct node *n;
	bool u = false;

	errno = 0;
	v = strtoull(start, &end, 0);
	if (errno || end == start) {
		fail(ps, start, "number out of range");
		return NULL;
	}
	while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L') {
		if (*end == 'u' || *end == 'U')
			u = true;
		end++;
	}
	if (isalnum((unsigned char)*end) || *end == '_') {
		fail(ps, end, "malformed number");
		return NULL;
	}
	ps->p = end;
	n = new_node(N_NUM, (size_t)(start - ps->text));
	n->num = (int64_t)v;
	/* As in C: a decimal too big for long long is not taken; a value above
	 * INT64_MAX can only be unsigned. */
	n->is_unsigned = u || v > (unsigned long long)INT64_MAX;
	return n;
}

static struct node *parse_primary(struct parser *ps)
{
	struct node *n;
	const char *start;

	skip_blanks(ps);
	start = ps->p;
	if (*ps->p == '(') {
		if (++ps->depth > MAX_DEPTH) {
			fail(ps, start, "expression nested too deeply");
			return NULL;
		}
		ps->p++;
		n = parse_cond(ps);
		skip_blanks(ps);
		if (n && *ps->p != ')') {
			fail(ps, ps->p,
			     *ps->p == '=' ? "'=' is an assignment; compare "
					     "with '=='"
					   : "expected ')'");
			free_node(n);
			return NULL;
		}
		if (n)
			ps->p++;
		ps->depth--;
		return n;
	}
	if (isdigit((unsigned char)*ps->p))
		return parse_number(ps);
	if (isalpha((unsigned char)*ps->p) || *ps->p == '_') {
		while (isalnum((unsigned char)*ps->p) || *ps->p == '_')
			ps->p++;
		if (!strncmp(start, "sizeof", 6) && ps->p - start == 6) {
			fail(ps, start,
			     "sizeof is not in the constraint "
			     "language");
			return NULL;
		}
		n = new_node(N_IDENT, (size_t)(start - ps->text));
		n->name = kapi_xstrndup(start, (size_t)(ps->p - start));
		n->nest = 1;
		return n;
	}
	fail(ps, start,
	     *start ? "expected a number, a name or '('"
		    : "expression ends early");
	return NULL;
}

static struct node *parse_unary(struct parser *ps)
{
	enum op op;
	struct node *n, *sub;
	const char *start;

	skip_blanks(ps);
	start = ps->p;
	switch (*ps->p) {
	case '!':
		op = OP_NOT;
		break;
	case '~':
		op = OP_BNOT;
		break;
	case '-':
		op = OP_NEG;
		break;
	case '+':
		op = OP_PLUS;
		break;
	default:
		return parse_primary(ps);
	}
	ps->p++;
	if (++ps->depth > MAX_DEPTH) {
		fail(ps, start, "expression nested too deeply");
		return NULL;
	}
	sub = parse_unary(ps);
	ps->depth--;
	if (!sub)
		return NULL;
	n = new_node(N_UNARY, (size_t)(start - ps->text));
	n->op = op;
	n->a = sub;
	return grown(ps, n);
}

/* The binary operator at p, its precedence (higher binds tighter) and its
 * length; 0 when there is none. */
static int binary_op(const char *p, enum op *op, size_t *len)
{
	static const struct {
		const char *s;
		enum op op;
		int prec;
	} ops[] = {
		{"||", OP_LOR, 1}, {"&&", OP_LAND, 2}, {"<<", OP_SHL, 9},
		{">>", OP_SHR, 9}, {"<=", OP_LE, 8},   {">=", OP_GE, 8},
		{"==", OP_EQ, 7},  {"!=", OP_NE, 7},   {"|", OP_BOR, 3},
		{"^", OP_BXOR, 4}, {"&", OP_BAND, 5},  {"<", OP_LT, 8},
		{">", OP_GT, 8},   {"+", OP_ADD, 10},  {"-", OP_SUB, 10},
		{"*", OP_MUL, 11}, {"/", OP_DIV, 11},  {"%", OP_MOD, 11},
	};

	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		size_t n = strlen(ops[i].s);

		if (!strncmp(p, ops[i].s, n)) {
			/* `=` after `<`, `>`, `!`, `=` was matched above; a
			 * lone `=` is an assignment. */
			*op = ops[i].op;
			*len = n;
			return ops[i].prec;
		}
	}
	return 0;
}

static struct node *parse_binary(struct parser *ps, int min_prec)
{
	struct node *lhs = parse_unary(ps);

	while (lhs) {
		enum op op;
		size_t len;
		int prec;
		struct node *rhs, *n;
		const char *at;

		skip_blanks(ps);
		at = ps->p;
		prec = binary_op(ps->p, &op, &len);
		if (!prec || prec < min_prec)
			break;
		ps->p += len;
		rhs = parse_binary(ps, prec + 1);
		if (!rhs) {
			free_node(lhs);
			return NULL;
		}
		n = new_node(N_BINARY, (size_t)(at - ps->text));
		n->op = op;
		n->a = lhs;
		n->b = rhs;
		lhs = grown(ps, n);
	}
	return lhs;
}

static struct node *parse_cond(struct parser *ps)
{
	struct node *c = parse_binary(ps, 1), *a, *b, *n;
	const char *at;

	if (!c)
		return NULL;
	skip_blanks(ps);
	if (*ps->p != '?')
		return c;
	at = ps->p++;
	if (++ps->depth > MAX_DEPTH) {
		fail(ps, at, "expression nested too deeply");
		free_node(c);
		return NULL;
	}
	a = parse_cond(ps);
	skip_blanks(ps);
	if (!a || *ps->p != ':') {
		if (a)
			fail(ps, ps->p, "expected ':'");
		free_node(c);
		free_node(a);
		return NULL;
	}
	ps->p++;
	b = parse_cond(ps);
	ps->depth--;
	if (!b) {
		free_node(c);
		free_node(a);
		return NULL;
	}
	n = new_node(N_COND, (size_t)(at - ps->text));
	n->a = c;
	n->b = a;
	n->c = b;
	return grown(ps, n);
}

struct kapi_cexpr *kapi_cexpr_parse(const char *text, char **err,
				    size_t *err_pos)
{
	struct parser ps = {text, text, NULL, 0, 0};
	struct node *root = parse_cond(&ps);
	struct kapi_cexpr *e;

	skip_blanks(&ps);
	if (root && *ps.p) {
		fail(&ps, ps.p,
		     *ps.p == '=' ? "'=' is an assignment; compare with '=='"
				  : "unexpected text after the expression");
		free_node(root);
		root = NULL;
	}
	if (!root) {
		if (!ps.err)
			fail(&ps, ps.p, "not an expression");
		*err = ps.err;
		*err_pos = ps.err_pos;
		return NULL;
	}
	e = kapi_xcalloc(1, sizeof(*e));
	e->root = root;
	return e;
}

void kapi_cexpr_free(struct kapi_cexpr *e)
{
	if (!e)
		return;
	free_node(e->root);
	free(e);
}

/* ---- binding ------------------------------------------------------------ */

static int bind_node(struct node *n, const struct kapi_spec *spec,
		     kapi_cexpr_resolve_fn resolve, void *ctx, char **err,
		     size_t *err_pos)
{
	int i;

	if (!n)
		return 0;
	if (bind_node(n->a, spec, resolve, ctx, err, err_pos) ||
	    bind_node(n->b, spec, resolve, ctx, err, err_pos) ||
	    bind_node(n->c, spec, resolve, ctx, err, err_pos))
		return -1;
	if (n->kind != N_IDENT)
		return 0;
	i = spec ? kapi_spec_param_index(spec, n->name) : -1;
	if (i >= 0) {
		n->ident = I_PARAM;
		n->param = (size_t)i;
	} else if (!strcmp(n->name, "NULL")) {
		n->ident = I_NULL;
	} else if (resolve && resolve(ctx, n->name, &n->num, &n->is_unsigned)) {
		n->ident = I_CONST;
	} else {
		*err = kapi_xasprintf("'%s' is neither a parameter of %s nor a "
				      "constant this target defines",
				      n->name,
				      spec && spec->name ? spec->name
							 : "the "
							   "spec");
		*err_pos = n->pos;
		return -1;
	}
	return 0;
}

int kapi_cexpr_bind(struct kapi_cexpr *e, const struct kapi_spec *spec,
		    kapi_cexpr_resolve_fn resolve, void *ctx, char **err,
		    size_t *err_pos)
{
	return bind_node(e->root, spec, resolve, ctx, err, err_pos);
}

struct kapi_cexpr *kapi_cexpr_load(const char *resolved,
				   const struct kapi_spec *spec)
{
	struct kapi_cexpr *e;
	char *err = NULL;
	size_t pos;

	if (!resolved)
		return NULL;
	e = kapi_cexpr_parse(resolved, &err, &pos);
	if (e && kapi_cexpr_bind(e, spec, NULL, NULL, &err, &pos)) {
		kapi_cexpr_free(e);
		e = NULL;
	}
	free(err);
	return e;
}

static bool uses(const struct node *n, size_t i)
{
	if (!n)
		return false;
	if (n->kind == N_IDENT && n->ident == I_PARAM && n->param == i)
		return true;
	return uses(n->a, i) || uses(n->b, i) || uses(n->c, i);
}

bool kapi_cexpr_uses_param(const struct kapi_cexpr *e, size_t i)
{
	return uses(e->root, i);
}

/* ---- printing ----------------------------------------------------------- */

struct out {
	char *s;
	size_t len, cap;
};

static void put(struct out *o, const char *s)
{
	size_t n = strlen(s);

	kapi_grow((void **)&o->s, &o->cap, 1, o->len + n + 1);
	memcpy(o->s + o->len, s, n + 1);
	o->len += n;
}

static void put_num(struct out *o, int64_t v, bool u)
{
	char buf[32];

	if (u)
		snprintf(buf, sizeof(buf),
			 v >= 0 && v < 16 ? "%" PRIu64 "u" : "0x%" PRIx64 "u",
			 (uint64_t)v);
	else if (v == INT64_MIN)
		/* -9223372036854775808 would read back as unsigned */
		snprintf(buf, sizeof(buf), "~0x%" PRIx64, INT64_MAX);
	else if (v < 0)
		snprintf(buf, sizeof(buf), "-%" PRIu64, -(uint64_t)v);
	else
		snprintf(buf, sizeof(buf), v < 16 ? "%" PRId64 : "0x%" PRIx64,
			 v);
	put(o, buf);
}

/* The first character print_node() writes for n (not at the top). */
static char first_char(const struct node *n)
{
	if (n->kind == N_UNARY)
		return op_text[n->op][0];
	if (n->kind == N_IDENT && n->ident == I_CONST && !n->is_unsigned &&
	    n->num < 0)
		return n->num == INT64_MIN ? '~' : '-';
	return n->kind == N_BINARY || n->kind == N_COND ? '(' : 'x';
}

static void print_node(struct out *o, const struct node *n, bool top,
		       const char *const *names)
{
	switch (n->kind) {
	case N_NUM:
		put_num(o, n->num, n->is_unsigned);
		break;
	case N_IDENT:
		if (n->ident == I_CONST)
			put_num(o, n->num, n->is_unsigned);
		else if (n->ident == I_PARAM && names && names[n->param])
			put(o, names[n->param]);
		else if (n->ident == I_NULL && names)
			/* C for a header that may not define NULL */
			put(o, "((void *)0)");
		else
			put(o, n->name);
		break;
	case N_UNARY:
		put(o, op_text[n->op]);
		/* - -x, not --x: C would read a decrement */
		if ((n->op == OP_NEG || n->op == OP_PLUS) &&
		    first_char(n->a) == op_text[n->op][0])
			put(o, " ");
		print_node(o, n->a, false, names);
		break;
	case N_BINARY:
		if (!top)
			put(o, "(");
		print_node(o, n->a, false, names);
		put(o, " ");
		put(o, op_text[n->op]);
		put(o, " ");
		print_node(o, n->b, false, names);
		if (!top)
			put(o, ")");
		break;
	case N_COND:
		if (!top)
			put(o, "(");
		print_node(o, n->a, false, names);
		put(o, " ? ");
		print_node(o, n->b, false, names);
		put(o, " : ");
		print_node(o, n->c, false, names);
		if (!top)
			put(o, ")");
		break;
	}
}

char *kapi_cexpr_print(const struct kapi_cexpr *e)
{
	return kapi_cexpr_print_named(e, NULL);
}

char *kapi_cexpr_print_named(const struct kapi_cexpr *e,
			     const char *const *names)
{
	struct out o = {0};

	print_node(&o, e->root, true, names);
	return o.s;
}

/* ---- evaluation --------------------------------------------------------- */

enum vkind { V_UNKNOWN = 0, V_INT, V_NULL, V_NONNULL };

struct val {
	enum vkind kind;
	int64_t num;
	bool u;
};

static const struct val unknown = {V_UNKNOWN, 0, false};

static struct val int_val(int64_t n, bool u)
{
	struct val v = {V_INT, n, u};

	return v;
}

static struct val ptr_val(enum vkind k)
{
	struct val v = {k, 0, false};

	return v;
}

static struct val bool_val(enum kapi_tv t)
{
	return t == KAPI_TV_UNKNOWN ? unknown : int_val(t == KAPI_TV_TRUE, 0);
}

static enum kapi_tv truth(struct val v)
{
	switch (v.kind) {
	case V_INT:
		return v.num ? KAPI_TV_TRUE : KAPI_TV_FALSE;
	case V_NULL:
		return KAPI_TV_FALSE;
	case V_NONNULL:
		return KAPI_TV_TRUE;
	default:
		return KAPI_TV_UNKNOWN;
	}
}

static bool is_ptr(struct val v)
{
	return v.kind == V_NULL || v.kind == V_NONNULL;
}

/* A pointer against a pointer or a 0: equal, not equal, or unknown. */
static enum kapi_tv ptr_equal(struct val a, struct val b)
{
	if (b.kind == V_INT && b.num == 0)
		b.kind = V_NULL;
	if (a.kind == V_INT && a.num == 0)
		a.kind = V_NULL;
	if (!is_ptr(a) || !is_ptr(b) ||
	    (a.kind == V_NONNULL && b.kind == V_NONNULL))
		return KAPI_TV_UNKNOWN;
	return a.kind == b.kind ? KAPI_TV_TRUE : KAPI_TV_FALSE;
}

static struct val arith(enum op op, struct val a, struct val b)
{
	bool u = a.u || b.u;
	uint64_t x = (uint64_t)a.num, y = (uint64_t)b.num;
	int64_t r;

	/* C would convert a negative signed operand to unsigned: a value
	 * the spec author hardly meant.  Say nothing rather than guess. */
	if (u && ((!a.u && a.num < 0) || (!b.u && b.num < 0)))
		return unknown;
	switch (op) {
	case OP_BAND:
		return int_val((int64_t)(x & y), u);
	case OP_BOR:
		return int_val((int64_t)(x | y), u);
	case OP_BXOR:
		return int_val((int64_t)(x ^ y), u);
	case OP_LT:
	case OP_LE:
	case OP_GT:
	case OP_GE: {
		bool lt = u ? x < y : a.num < b.num;
		bool eq = x == y;

		return int_val(op == OP_LT   ? lt
			       : op == OP_LE ? lt || eq
			       : op == OP_GT ? !lt && !eq
					     : !lt,
			       false);
	}
	case OP_EQ:
		return int_val(x == y, false);
	case OP_NE:
		return int_val(x != y, false);
	case OP_SHL:
	case OP_SHR:
		if (b.num < 0 || b.num >= 64 || (!a.u && a.num < 0))
			return unknown;
		/* a signed shift out of the value bits overflows */
		if (op == OP_SHL && !a.u && a.num > (INT64_MAX >> y))
			return unknown;
		return int_val((int64_t)(op == OP_SHL ? x << y : x >> y), a.u);
	case OP_DIV:
	case OP_MOD:
		if (!y || (!u && a.num == INT64_MIN && b.num == -1))
			return unknown;
		if (u)
			return int_val((int64_t)(op == OP_DIV ? x / y : x % y),
				       true);
		return int_val(op == OP_DIV ? a.num / b.num : a.num % b.num,
			       false);
	case OP_ADD:
	case OP_SUB:
	case OP_MUL:
		if (u)
			return int_val((int64_t)(op == OP_ADD	? x + y
						 : op == OP_SUB ? x - y
								: x * y),
				       true);
		if (op == OP_ADD   ? __builtin_add_overflow(a.num, b.num, &r)
		    : op == OP_SUB ? __builtin_sub_overflow(a.num, b.num, &r)
				   : __builtin_mul_overflow(a.num, b.num, &r))
			return unknown;
		return int_val(r, false);
	default:
		return unknown;
	}
}

static struct val eval(const struct node *n, const struct kapi_cexpr_arg *args,
		       size_t count)
{
	struct val a, b;

	switch (n->kind) {
	case N_NUM:
		return int_val(n->num, n->is_unsigned);
	case N_IDENT:
		if (n->ident == I_CONST)
			return int_val(n->num, n->is_unsigned);
		if (n->ident == I_NULL)
			return ptr_val(V_NULL);
		if (n->ident != I_PARAM || n->param >= count)
			return unknown;
		switch (args[n->param].kind) {
		case KAPI_CEXPR_INT:
			return int_val(args[n->param].num,
				       args[n->param].is_unsigned);
		case KAPI_CEXPR_NULL:
			return ptr_val(V_NULL);
		case KAPI_CEXPR_NONNULL:
			return ptr_val(V_NONNULL);
		default:
			return unknown;
		}
	case N_UNARY:
		a = eval(n->a, args, count);
		if (n->op == OP_NOT) {
			enum kapi_tv t = truth(a);

			return bool_val(t == KAPI_TV_UNKNOWN ? t
					: t == KAPI_TV_TRUE  ? KAPI_TV_FALSE
							     : KAPI_TV_TRUE);
		}
		if (a.kind != V_INT)
			return unknown;
		if (n->op == OP_BNOT)
			return int_val(~a.num, a.u);
		if (n->op == OP_NEG) {
			if (!a.u && a.num == INT64_MIN)
				return unknown;
			return int_val(a.u ? (int64_t)(0 - (uint64_t)a.num)
					   : -a.num,
				       a.u);
		}
		return a;
	case N_COND: {
		enum kapi_tv t = truth(eval(n->a, args, count));

		a = eval(n->b, args, count);
		b = eval(n->c, args, count);
		if (t != KAPI_TV_UNKNOWN) {
			struct val r = t == KAPI_TV_TRUE ? a : b;
			struct val other = t == KAPI_TV_TRUE ? b : a;

			/* As in C, an unsigned branch makes the result
			 * unsigned; a negative one converted: unknown. */
			if (r.kind == V_INT && other.kind == V_INT &&
			    r.u != other.u) {
				if (!r.u && r.num < 0)
					return unknown;
				r.u = true;
			}
			return r;
		}
		if (a.kind == V_INT && b.kind == V_INT && a.num == b.num &&
		    a.u == b.u)
			return a;
		return unknown;
	}
	case N_BINARY:
		break;
	}
	a = eval(n->a, args, count);
	if (n->op == OP_LAND || n->op == OP_LOR) {
		enum kapi_tv ta = truth(a), tb;
		bool is_and = n->op == OP_LAND;

		/* The side that decides alone decides. */
		if (ta == (is_and ? KAPI_TV_FALSE : KAPI_TV_TRUE))
			return bool_val(ta);
		tb = truth(eval(n->b, args, count));
		if (tb == (is_and ? KAPI_TV_FALSE : KAPI_TV_TRUE))
			return bool_val(tb);
		if (ta == KAPI_TV_UNKNOWN || tb == KAPI_TV_UNKNOWN)
			return unknown;
		return bool_val(is_and ? KAPI_TV_TRUE : KAPI_TV_FALSE);
	}
	b = eval(n->b, args, count);
	if (a.kind == V_UNKNOWN || b.kind == V_UNKNOWN)
		return unknown;
	if (is_ptr(a) || is_ptr(b)) {
		enum kapi_tv t;

		if (n->op != OP_EQ && n->op != OP_NE)
			return unknown;
		t = ptr_equal(a, b);
		if (t != KAPI_TV_UNKNOWN && n->op == OP_NE)
			t = t == KAPI_TV_TRUE ? KAPI_TV_FALSE : KAPI_TV_TRUE;
		return bool_val(t);
	}
	return arith(n->op, a, b);
}

enum kapi_tv kapi_cexpr_eval(const struct kapi_cexpr *e,
			     const struct kapi_cexpr_arg *args, size_t n)
{
	return truth(eval(e->root, args, n));
}

/* ---- types ----------------------------------------------------------- */

/* The subset has two kinds of value: integers and pointers.  A literal 0
 * is also a null pointer constant, as in C. */
enum ckind { C_INT, C_PTR, C_ZERO };

struct tcheck {
	const struct kapi_spec *spec;
	char *err;
	size_t pos;
};

static bool tfail(struct tcheck *t, const struct node *n, const char *why)
{
	if (!t->err) {
		t->err = kapi_xasprintf("%s", why);
		t->pos = n->pos;
	}
	return false;
}

static bool is_int(enum ckind k)
{
	return k == C_INT || k == C_ZERO;
}

static bool type_of(struct tcheck *t, const struct node *n, enum ckind *out)
{
	enum ckind a, b, c;

	switch (n->kind) {
	case N_NUM:
		*out = n->num == 0 ? C_ZERO : C_INT;
		return true;
	case N_IDENT:
		if (n->ident == I_NULL)
			*out = C_PTR;
		else if (n->ident == I_PARAM && t->spec &&
			 n->param < t->spec->param_count)
			*out = kapi_param_c_pointer(&t->spec->params[n->param])
				       ? C_PTR
				       : C_INT;
		else
			*out = n->ident == I_CONST && n->num == 0 ? C_ZERO
								  : C_INT;
		return true;
	case N_UNARY:
		if (!type_of(t, n->a, &a))
			return false;
		if (n->op != OP_NOT && a == C_PTR)
			return tfail(t, n,
				     "a pointer operand of '~', '-' or "
				     "'+'");
		*out = C_INT;
		return true;
	case N_BINARY:
		if (!type_of(t, n->a, &a) || !type_of(t, n->b, &b))
			return false;
		switch (n->op) {
		case OP_LAND:
		case OP_LOR:
			*out = C_INT;
			return true;
		case OP_EQ:
		case OP_NE:
			if ((a == C_PTR && b == C_INT) ||
			    (a == C_INT && b == C_PTR))
				return tfail(t, n,
					     "a pointer compared with an "
					     "integer");
			*out = C_INT;
			return true;
		case OP_LT:
		case OP_LE:
		case OP_GT:
		case OP_GE:
			if ((a == C_PTR) != (b == C_PTR))
				return tfail(t, n,
					     "a pointer compared with an "
					     "integer");
			*out = C_INT;
			return true;
		case OP_ADD:
			if (a == C_PTR && b == C_PTR)
				return tfail(t, n, "two pointers added");
			*out = a == C_PTR || b == C_PTR ? C_PTR : C_INT;
			return true;
		case OP_SUB:
			if (is_int(a) && b == C_PTR)
				return tfail(t, n,
					     "a pointer subtracted from an "
					     "integer");
			*out = a == C_PTR && is_int(b) ? C_PTR : C_INT;
			return true;
		default:
			if (a == C_PTR || b == C_PTR)
				return tfail(t, n,
					     "a pointer operand of an "
					     "integer operator");
			*out = C_INT;
			return true;
		}
	case N_COND:
		if (!type_of(t, n->a, &a) || !type_of(t, n->b, &b) ||
		    !type_of(t, n->c, &c))
			return false;
		if ((b == C_PTR && c == C_INT) || (b == C_INT && c == C_PTR))
			return tfail(t, n,
				     "'?:' arms of pointer and integer "
				     "type");
		*out = b == C_PTR || c == C_PTR ? C_PTR : C_INT;
		return true;
	}
	return true;
}

int kapi_cexpr_typecheck(const struct kapi_cexpr *e,
			 const struct kapi_spec *spec, char **err,
			 size_t *err_pos)
{
	struct tcheck t = {spec, NULL, 0};
	enum ckind k;

	if (!e || !e->root || type_of(&t, e->root, &k))
		return 0;
	*err = t.err;
	*err_pos = t.pos;
	return -1;
}
