// SPDX-License-Identifier: MIT
/*
 * The KAPI DSL parser (KAPI-DSL.md).  One pass over the lines of a comment:
 * each key line opens a "pending field" whose continuation lines are joined
 * into one buffer; when the next key (or a blank line) ends it, the field is
 * applied to the spec.  Blocks (param:, error:, ...) remember which object
 * their subfields go to.  All three drafts share this machinery; they only
 * differ in which keys and token spellings they use.
 *
 * Every position is computed from the comment's own start location, and
 * every string is handled as (pointer, length): the input is not
 * NUL-terminated and may contain anything.
 */
#include "kapi_parse.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_lint.h"
#include "kapi_util.h"

#define KAPI_RULE_SYNTAX "kapi-spec-syntax"
#define KAPI_RULE_ERRNO	 "kapi-spec-errno"
#define KAPI_RULE_PARAM	 "kapi-spec-param"
#define KAPI_RULE_COUNT	 "kapi-spec-count"

/* ---- slices ------------------------------------------------------------ */

struct kapi_sl {
	const char *p;
	size_t n;
};

static bool kapi_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static bool kapi_is_ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static struct kapi_sl kapi_sl_trim(struct kapi_sl s)
{
	while (s.n && (kapi_is_blank(*s.p) || *s.p == '\n')) {
		s.p++;
		s.n--;
	}
	while (s.n && (kapi_is_blank(s.p[s.n - 1]) || s.p[s.n - 1] == '\n'))
		s.n--;
	return s;
}

static bool kapi_sl_eq(struct kapi_sl s, const char *lit)
{
	size_t n = strlen(lit);

	return s.n == n && !memcmp(s.p, lit, n);
}

static bool kapi_sl_eq_nocase(struct kapi_sl s, const char *lit)
{
	size_t n = strlen(lit);

	if (s.n != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)s.p[i]) != lit[i])
			return false;
	return true;
}

static bool kapi_sl_starts(struct kapi_sl s, const char *lit)
{
	size_t n = strlen(lit);

	return s.n >= n && !memcmp(s.p, lit, n);
}

static struct kapi_sl kapi_sl_skip(struct kapi_sl s, size_t k)
{
	s.p += k;
	s.n -= k;
	return s;
}

static char *kapi_sl_dup(struct kapi_sl s)
{
	return kapi_xstrndup(s.p, s.n);
}

static bool kapi_sl_is_ident(struct kapi_sl s)
{
	if (!s.n || isdigit((unsigned char)s.p[0]))
		return false;
	for (size_t i = 0; i < s.n; i++)
		if (!kapi_is_ident_char(s.p[i]))
			return false;
	return true;
}

/* Replace *dst with a copy of s (NULL when s is empty). */
static void kapi_set_str(char **dst, struct kapi_sl s)
{
	s = kapi_sl_trim(s);
	free(*dst);
	*dst = s.n ? kapi_sl_dup(s) : NULL;
}

/* Split at the first `sep`; *head is trimmed, *tail is what follows. */
static bool kapi_sl_cut(struct kapi_sl s, char sep, struct kapi_sl *head,
			struct kapi_sl *tail)
{
	const char *q = memchr(s.p, sep, s.n);

	if (!q) {
		*head = kapi_sl_trim(s);
		tail->p = s.p + s.n;
		tail->n = 0;
		return false;
	}
	head->p = s.p;
	head->n = (size_t)(q - s.p);
	*head = kapi_sl_trim(*head);
	tail->p = q + 1;
	tail->n = s.n - (size_t)(q - s.p) - 1;
	*tail = kapi_sl_trim(*tail);
	return true;
}

/*
 * Iterate over the items of a list separated by any of `seps`, ignoring
 * separators nested inside (), [] or {} so that `range(0, (1 << 20))` and
 * `mask(sizeof(long) - 1)` split where a reader expects.
 */
struct kapi_split {
	struct kapi_sl rest;
	bool done;
};

static struct kapi_split kapi_split_init(struct kapi_sl s)
{
	struct kapi_split sp = {s, false};

	return sp;
}

static bool kapi_split_next(struct kapi_split *sp, const char *seps,
			    struct kapi_sl *item)
{
	const char *p = sp->rest.p, *end = p + sp->rest.n, *q;
	int depth = 0;

	if (sp->done)
		return false;
	for (q = p; q < end; q++) {
		char c = *q;

		if (c == '(' || c == '[' || c == '{')
			depth++;
		else if ((c == ')' || c == ']' || c == '}') && depth > 0)
			depth--;
		else if (!depth && c && strchr(seps, c))
			break;
	}
	item->p = p;
	item->n = (size_t)(q - p);
	*item = kapi_sl_trim(*item);
	if (q >= end) {
		sp->done = true;
	} else {
		sp->rest.p = q + 1;
		sp->rest.n = (size_t)(end - q - 1);
	}
	return true;
}

/* ---- comment lines ----------------------------------------------------- */

struct kapi_line {
	struct kapi_sl body; /* after prefix and indentation, trimmed */
	unsigned line, col;  /* position of body.p */
	unsigned indent;     /* columns of indentation after the prefix */
};

struct kapi_liner {
	const char *text;
	size_t len, pos;
	unsigned line;
	struct kapi_loc start;
	bool first;
};

static void kapi_liner_init(struct kapi_liner *lr, const char *text, size_t len,
			    struct kapi_loc start)
{
	lr->text = text;
	lr->len = len;
	lr->pos = 0;
	lr->line = start.line;
	lr->start = start;
	lr->first = true;
}

/* Strip the comment decoration: the opening slash-stars, the leading " * "
 * of each line, the closing star-slash. */
static bool kapi_next_line(struct kapi_liner *lr, struct kapi_line *out)
{
	const char *base, *nl, *p, *end;
	size_t rem;
	unsigned indent = 0;
	bool first = lr->first;

	if (lr->pos >= lr->len)
		return false;
	base = lr->text + lr->pos;
	rem = lr->len - lr->pos;
	nl = memchr(base, '\n', rem);
	end = nl ? nl : base + rem;
	lr->pos = nl ? (size_t)(nl - lr->text) + 1 : lr->len;
	out->line = lr->line++;
	lr->first = false;

	p = base;
	if (!nl && end - p >= 2 && end[-2] == '*' && end[-1] == '/')
		end -= 2; /* the closing star-slash */
	if (first) {
		if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
			p += 2;
			while (p < end && *p == '*')
				p++;
		}
	} else {
		while (p < end && kapi_is_blank(*p))
			p++;
		if (p < end && *p == '*')
			p++;
	}
	if (p < end && *p == ' ')
		p++;
	for (; p < end && kapi_is_blank(*p); p++)
		indent = *p == '\t' ? (indent / 8 + 1) * 8 : indent + 1;
	while (end > p && kapi_is_blank(end[-1]))
		end--;
	out->body.p = p;
	out->body.n = (size_t)(end - p);
	out->indent = indent;
	out->col = (unsigned)(p - base) + 1;
	if (first)
		out->col += lr->start.col ? lr->start.col - 1 : 0;
	return true;
}

/*
 * Length of the key when the line starts with `key:` followed by a blank
 * or the end of the line; keys are lower-case words joined by - or _.
 */
static size_t kapi_key_len(struct kapi_sl b)
{
	size_t i = 0;

	if (!b.n || b.p[0] < 'a' || b.p[0] > 'z')
		return 0;
	while (i < b.n && ((b.p[i] >= 'a' && b.p[i] <= 'z') ||
			   isdigit((unsigned char)b.p[i]) || b.p[i] == '-' ||
			   b.p[i] == '_'))
		i++;
	if (i >= b.n || b.p[i] != ':')
		return 0;
	if (i + 1 < b.n && !kapi_is_blank(b.p[i + 1]))
		return 0; /* http://..., a::b */
	return i;
}

/* Length of the name of an `@name:` kerneldoc line, or 0. */
static size_t kapi_doc_param_len(struct kapi_sl b)
{
	size_t i = 1;

	if (b.n < 3 || b.p[0] != '@')
		return 0;
	while (i < b.n && (kapi_is_ident_char(b.p[i]) || b.p[i] == '.'))
		i++;
	if (i == 1 || i >= b.n || b.p[i] != ':')
		return 0;
	return i - 1;
}

/* ---- key tables -------------------------------------------------------- */

enum kapi_blk {
	KAPI_BLK_NONE = 0,
	KAPI_BLK_PARAM,
	KAPI_BLK_RETURN,
	KAPI_BLK_ERROR,
	KAPI_BLK_LOCK,
	KAPI_BLK_SIGNAL,
	KAPI_BLK_CAP,
	KAPI_BLK_EFFECT,
	KAPI_BLK_TRANS,
	KAPI_BLK_CONSTRAINT,
	KAPI_BLK__COUNT
};

static const char *const kapi_blk_names[KAPI_BLK__COUNT] = {
	NULL,	  "param",	"return",      "error",	      "lock",
	"signal", "capability", "side-effect", "state-trans", "constraint",
};

static const char *const kapi_param_subs[] = {
	"type",	       "flags",	       "size",	    "constraint-type",
	"constraint",  "cdesc",	       "range",	    "mask",
	"valid-mask",  "valid-values", "alignment", "size-param",
	"struct-type", "arch-mask",    "desc",	    "description",
	NULL,
};
static const char *const kapi_return_subs[] = {
	"type",		"check-type", "success", "success-range",
	"error-values", "failure",    "desc",	 NULL,
};
static const char *const kapi_error_subs[] = {"desc", "condition", "retry",
					      NULL};
static const char *const kapi_lock_subs[] = {
	"type",		 "scope",	 "acquired", "released",
	"held-on-entry", "held-on-exit", "desc",     NULL,
};
static const char *const kapi_signal_subs[] = {
	"direction",
	"action",
	"condition",
	"desc",
	"errno",
	"error",
	"timing",
	"priority",
	"restartable",
	"interruptible",
	"number",
	"target",
	"queue",
	"transform-to",
	"sa-flags-required",
	"sa-flags-forbidden",
	"state-required",
	"state-forbidden",
	NULL,
};
static const char *const kapi_cap_subs[] = {
	"type", "allows", "without", "condition", "priority", "desc", NULL,
};
static const char *const kapi_effect_subs[] = {
	"target", "desc", "condition", "reversible", NULL,
};
static const char *const kapi_trans_subs[] = {
	"object", "from", "to", "condition", "desc", NULL,
};
static const char *const kapi_constraint_subs[] = {"desc", "expr", NULL};

static const char *const *const kapi_blk_subs[KAPI_BLK__COUNT] = {
	NULL,
	kapi_param_subs,
	kapi_return_subs,
	kapi_error_subs,
	kapi_lock_subs,
	kapi_signal_subs,
	kapi_cap_subs,
	kapi_effect_subs,
	kapi_trans_subs,
	kapi_constraint_subs,
};

enum kapi_top {
	KAPI_TOP_NONE = 0,
	KAPI_TOP_CONTEXTS,
	KAPI_TOP_API_TYPE,
	KAPI_TOP_SINCE,
	KAPI_TOP_PARAM_COUNT,
	KAPI_TOP_LONG_DESC,
	KAPI_TOP_NOTES,
	KAPI_TOP_EXAMPLES,
	KAPI_TOP_ERROR_CODE,
};

static const struct {
	const char *key;
	enum kapi_top top;
} kapi_top_keys[] = {
	{"contexts", KAPI_TOP_CONTEXTS},
	{"context-flags", KAPI_TOP_CONTEXTS},
	{"api-type", KAPI_TOP_API_TYPE},
	{"since-version", KAPI_TOP_SINCE},
	{"param-count", KAPI_TOP_PARAM_COUNT},
	{"long-desc", KAPI_TOP_LONG_DESC},
	{"notes", KAPI_TOP_NOTES},
	{"examples", KAPI_TOP_EXAMPLES},
	{"error-code", KAPI_TOP_ERROR_CODE},
};

/* Keys are compared with - and _ treated alike (signal subfields come in
 * both spellings). */
static bool kapi_key_eq(struct kapi_sl key, const char *name)
{
	size_t n = strlen(name);

	if (key.n != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char a = key.p[i] == '_' ? '-' : key.p[i];

		if (a != name[i])
			return false;
	}
	return true;
}

static int kapi_sub_index(enum kapi_blk blk, struct kapi_sl key)
{
	const char *const *subs = kapi_blk_subs[blk];

	for (int i = 0; subs && subs[i]; i++)
		if (kapi_key_eq(key, subs[i]))
			return i;
	return -1;
}

static enum kapi_blk kapi_blk_lookup(struct kapi_sl key)
{
	for (int b = 1; b < KAPI_BLK__COUNT; b++)
		if (kapi_sl_eq(key, kapi_blk_names[b]))
			return (enum kapi_blk)b;
	return KAPI_BLK_NONE;
}

static enum kapi_top kapi_top_lookup(struct kapi_sl key)
{
	for (size_t i = 0; i < sizeof(kapi_top_keys) / sizeof(kapi_top_keys[0]);
	     i++)
		if (kapi_sl_eq(key, kapi_top_keys[i].key))
			return kapi_top_keys[i].top;
	return KAPI_TOP_NONE;
}

/* Flat-draft keys are BLOCK-SUBFIELD: `param-type`, `lock-acquired`. */
static enum kapi_blk kapi_flat_lookup(struct kapi_sl key, struct kapi_sl *sub)
{
	for (int b = 1; b < KAPI_BLK__COUNT; b++) {
		size_t n = strlen(kapi_blk_names[b]);

		if (key.n <= n + 1 || memcmp(key.p, kapi_blk_names[b], n) ||
		    key.p[n] != '-')
			continue;
		*sub = kapi_sl_skip(key, n + 1);
		if (kapi_sub_index((enum kapi_blk)b, *sub) >= 0)
			return (enum kapi_blk)b;
	}
	return KAPI_BLK_NONE;
}

/* ---- detection (KAPI-DSL.md §1) ---------------------------------------- */

static const char *const kapi_detect_keys[] = {
	"api-type",    "param",	    "error",	   "capability",
	"signal",      "lock",	    "state-trans", "constraint",
	"side-effect", "long-desc", "error-code",
};

bool kapi_comment_is_spec(const char *text, size_t len)
{
	struct kapi_liner lr;
	struct kapi_line ln;
	bool ctx = false, other = false;

	if (!text)
		return false;
	kapi_liner_init(&lr, text, len, (struct kapi_loc){1, 1});
	while (kapi_next_line(&lr, &ln)) {
		struct kapi_sl key = {ln.body.p, kapi_key_len(ln.body)};

		if (ln.indent || !key.n)
			continue;
		if (kapi_sl_eq(key, "contexts") ||
		    kapi_sl_eq(key, "context-flags")) {
			ctx = true;
			continue;
		}
		/* Flat draft: param-type:, param-flags:, ... count too. */
		if (kapi_sl_starts(key, "param-"))
			other = true;
		for (size_t i = 0;
		     i < sizeof(kapi_detect_keys) / sizeof(kapi_detect_keys[0]);
		     i++)
			if (kapi_sl_eq(key, kapi_detect_keys[i]))
				other = true;
		if (ctx && other)
			return true;
	}
	return false;
}

/* ---- parser state ------------------------------------------------------ */

enum kapi_fkind {
	KAPI_F_NONE = 0,
	KAPI_F_IGNORE,	 /* swallow continuation lines (after an error) */
	KAPI_F_NAME,	 /* the kerneldoc `name - description` line */
	KAPI_F_DOCPARAM, /* @name: text */
	KAPI_F_TOP,	 /* a top-level key */
	KAPI_F_HEADER,	 /* a block header */
	KAPI_F_SUB,	 /* a subfield of the current block */
	KAPI_F_FLAT,	 /* a flat-draft BLOCK-SUBFIELD key */
};

enum kapi_fmode {
	KAPI_M_PLAIN = 0, /* continuation lines join with a space */
	KAPI_M_PROSE,	  /* long-desc/notes: paragraphs and bullets */
	KAPI_M_EXAMPLES,  /* one line each, relative indentation kept */
};

/* Where a piece of the joined value came from. */
struct kapi_seg {
	size_t off, len;
	struct kapi_loc loc;
	unsigned indent;
	bool key_line; /* the value started on the key's own line */
};

/* A size-param/buffer() given by name, resolved once all params exist. */
struct kapi_size_ref {
	size_t param;
	char *name;
	struct kapi_loc loc;
};

/*
 * Name -> index tables for params and @-lines, so that a comment with
 * thousands of them stays linear.  Slots hold index + 1 (0 = empty).
 */
struct kapi_names {
	size_t *slots;
	size_t cap; /* a power of two */
	size_t count;
};

static size_t kapi_hash(const char *p, size_t n)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
	return (size_t)h;
}

typedef const char *(*kapi_name_of)(const struct kapi_spec *s, size_t i);

static const char *kapi_param_name_of(const struct kapi_spec *s, size_t i)
{
	return s->params[i].name;
}

static const char *kapi_doc_name_of(const struct kapi_spec *s, size_t i)
{
	return s->doc_params[i].name;
}

static long kapi_names_find(const struct kapi_names *t,
			    const struct kapi_spec *s, kapi_name_of name_of,
			    struct kapi_sl name)
{
	size_t mask = t->cap - 1;

	if (!t->cap)
		return -1;
	for (size_t h = kapi_hash(name.p, name.n) & mask;; h = (h + 1) & mask) {
		const char *n;

		if (!t->slots[h])
			return -1;
		n = name_of(s, t->slots[h] - 1);
		if (n && strlen(n) == name.n && !memcmp(n, name.p, name.n))
			return (long)(t->slots[h] - 1);
	}
}

static void kapi_names_put(struct kapi_names *t, const struct kapi_spec *s,
			   kapi_name_of name_of, size_t idx)
{
	const char *n = name_of(s, idx);
	size_t h = kapi_hash(n, strlen(n)) & (t->cap - 1);

	while (t->slots[h])
		h = (h + 1) & (t->cap - 1);
	t->slots[h] = idx + 1;
}

static void kapi_names_add(struct kapi_names *t, const struct kapi_spec *s,
			   kapi_name_of name_of, size_t idx)
{
	if ((t->count + 1) * 2 > t->cap) {
		struct kapi_names old = *t;

		t->cap = old.cap ? old.cap * 2 : 16;
		t->slots = kapi_xcalloc(t->cap, sizeof(*t->slots));
		for (size_t i = 0; i < old.cap; i++)
			if (old.slots[i])
				kapi_names_put(t, s, name_of, old.slots[i] - 1);
		free(old.slots);
	}
	kapi_names_put(t, s, name_of, idx);
	t->count++;
}

struct kapi_pctx {
	struct kapi_spec *spec;
	struct kapi_diag_list *diags;
	const char *file;

	/* The block being read and the index of its object (-1: none). */
	enum kapi_blk blk;
	long blk_idx;
	unsigned sub_col; /* column of its first subfield key */

	/* The pending field. */
	enum kapi_fkind fkind;
	enum kapi_fmode fmode;
	enum kapi_top ftop;
	enum kapi_blk fblk;
	struct kapi_sl key, sub;
	struct kapi_loc key_loc;
	struct kapi_strbuf val;
	struct kapi_seg *segs;
	size_t nseg, segcap;
	bool blank_seen;

	bool name_done;
	bool saw_enum, saw_flat;
	struct kapi_names params, docs; /* name -> index */
	struct kapi_size_ref *refs;
	size_t nref, refcap;
	struct kapi_sl *items; /* scratch list of split values */
	size_t nitems, itemcap;
};

static void kapi_err(struct kapi_pctx *c, struct kapi_loc loc, const char *rule,
		     const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void kapi_err(struct kapi_pctx *c, struct kapi_loc loc, const char *rule,
		     const char *fmt, ...)
{
	struct kapi_strbuf sb = {0};
	va_list ap;

	va_start(ap, fmt);
	kapi_sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	kapi_diag_add(c->diags, KAPI_SEV_ERROR, c->file, loc, rule, "%s",
		      sb.buf ? sb.buf : "");
	kapi_sb_free(&sb);
}

/* The file position of a byte of the pending field's joined value. */
static struct kapi_loc kapi_loc_of(const struct kapi_pctx *c, const char *p)
{
	size_t off;
	const struct kapi_seg *seg = NULL;
	struct kapi_loc loc;

	if (!c->nseg || !c->val.buf || p < c->val.buf ||
	    p > c->val.buf + c->val.len)
		return c->key_loc;
	off = (size_t)(p - c->val.buf);
	for (size_t i = 0; i < c->nseg && c->segs[i].off <= off; i++)
		seg = &c->segs[i];
	if (!seg)
		return c->segs[0].loc;
	loc = seg->loc;
	loc.col += (unsigned)(off - seg->off < seg->len ? off - seg->off
							: seg->len);
	return loc;
}

static void kapi_value_at(struct kapi_pctx *c, struct kapi_value *v,
			  struct kapi_sl s)
{
	char *text;

	s = kapi_sl_trim(s);
	text = kapi_sl_dup(s);
	kapi_value_parse(v, text, kapi_loc_of(c, s.p));
	free(text);
}

/* ---- tokens ------------------------------------------------------------ */

struct kapi_tokset {
	const char *what;   /* "context" */
	const char *prefix; /* "KAPI_CTX_" */
	int (*from)(const char *tok);
	const char *(*name)(unsigned i);
	unsigned first, count;
};

static const char *kapi_n_type(unsigned i)
{
	return kapi_type_name((enum kapi_type)i);
}
static const char *kapi_n_constraint(unsigned i)
{
	return kapi_constraint_name((enum kapi_constraint_kind)i);
}
static const char *kapi_n_check(unsigned i)
{
	return kapi_return_check_name((enum kapi_return_check)i);
}
static const char *kapi_n_lock(unsigned i)
{
	return kapi_lock_type_name((enum kapi_lock_type)i);
}
static const char *kapi_n_scope(unsigned i)
{
	return kapi_lock_scope_name((enum kapi_lock_scope)i);
}
static const char *kapi_n_action(unsigned i)
{
	return kapi_signal_action_name((enum kapi_signal_action)i);
}
static const char *kapi_n_timing(unsigned i)
{
	return kapi_signal_timing_name((enum kapi_signal_timing)i);
}
static const char *kapi_n_cap(unsigned i)
{
	return kapi_cap_action_name((enum kapi_cap_action)i);
}

static const struct kapi_tokset kapi_ts_type = {
	"parameter type", "KAPI_TYPE_", kapi_type_from_token, kapi_n_type, 1,
	KAPI_TYPE__COUNT};
static const struct kapi_tokset kapi_ts_flag = {"parameter flag",
						"KAPI_PARAM_",
						kapi_param_flag_from_token,
						kapi_param_flag_name,
						0,
						KAPI_PARAM_FLAG_COUNT};
static const struct kapi_tokset kapi_ts_constraint = {
	"constraint type",
	"KAPI_CONSTRAINT_",
	kapi_constraint_from_token,
	kapi_n_constraint,
	1,
	KAPI_CONSTRAINT__COUNT};
static const struct kapi_tokset kapi_ts_context = {
	"context",	   "KAPI_CTX_", kapi_context_from_token,
	kapi_context_name, 0,		KAPI_CTX_COUNT};
static const struct kapi_tokset kapi_ts_check = {"return check type",
						 "KAPI_RETURN_",
						 kapi_return_check_from_token,
						 kapi_n_check,
						 1,
						 KAPI_RETURN__COUNT};
static const struct kapi_tokset kapi_ts_lock = {
	"lock type", "KAPI_LOCK_",    kapi_lock_type_from_token, kapi_n_lock,
	1,	     KAPI_LOCK__COUNT};
static const struct kapi_tokset kapi_ts_scope = {"lock scope",
						 "KAPI_LOCK_",
						 kapi_lock_scope_from_token,
						 kapi_n_scope,
						 1,
						 KAPI_LOCK_SCOPE__COUNT};
static const struct kapi_tokset kapi_ts_direction = {
	"signal direction",
	"KAPI_SIGNAL_",
	kapi_signal_direction_from_token,
	kapi_signal_direction_name,
	0,
	KAPI_SIGNAL_DIRECTION_COUNT};
static const struct kapi_tokset kapi_ts_action = {"signal action",
						  "KAPI_SIGNAL_ACTION_",
						  kapi_signal_action_from_token,
						  kapi_n_action,
						  1,
						  KAPI_SIGNAL_ACTION__COUNT};
static const struct kapi_tokset kapi_ts_timing = {"signal timing",
						  "KAPI_SIGNAL_TIME_",
						  kapi_signal_timing_from_token,
						  kapi_n_timing,
						  1,
						  KAPI_SIGNAL_TIME__COUNT};
static const struct kapi_tokset kapi_ts_cap = {
	"capability type", "KAPI_CAP_", kapi_cap_action_from_token,
	kapi_n_cap,	   1,		KAPI_CAP__COUNT};
static const struct kapi_tokset kapi_ts_effect = {"side effect",
						  "KAPI_EFFECT_",
						  kapi_effect_from_token,
						  kapi_effect_name,
						  0,
						  KAPI_EFFECT_COUNT};

/* Look a token up in either spelling; report it when unknown. */
static int kapi_tok(struct kapi_pctx *c, const struct kapi_tokset *ts,
		    struct kapi_sl tok)
{
	char buf[64];
	struct kapi_strbuf list = {0};
	int v = -1;

	tok = kapi_sl_trim(tok);
	if (tok.n && tok.n < sizeof(buf)) {
		memcpy(buf, tok.p, tok.n);
		buf[tok.n] = '\0';
		v = ts->from(buf);
	}
	if (v >= 0) {
		if (kapi_sl_starts(tok, "KAPI_"))
			c->saw_enum = true;
		return v;
	}
	for (unsigned i = ts->first; i < ts->count; i++)
		kapi_sb_printf(&list, "%s%s", i > ts->first ? " " : "",
			       ts->name(i));
	if (!tok.n)
		kapi_err(c, kapi_loc_of(c, tok.p), KAPI_RULE_SYNTAX,
			 "missing %s; expected one of: %s", ts->what,
			 list.buf ? list.buf : "");
	else
		kapi_err(c, kapi_loc_of(c, tok.p), KAPI_RULE_SYNTAX,
			 "unknown %s '%.*s'; expected one of: %s (or %s*)",
			 ts->what, (int)(tok.n > 80 ? 80 : tok.n), tok.p,
			 list.buf ? list.buf : "", ts->prefix);
	kapi_sb_free(&list);
	return -1;
}

/* A set of bit tokens joined by `|` or `,`. */
static unsigned kapi_tok_bits(struct kapi_pctx *c, const struct kapi_tokset *ts,
			      struct kapi_sl s)
{
	struct kapi_split sp = kapi_split_init(s);
	struct kapi_sl item;
	unsigned bits = 0;

	while (kapi_split_next(&sp, "|,", &item)) {
		int b;

		if (!item.n && sp.done && !bits)
			break; /* nothing written at all */
		b = kapi_tok(c, ts, item);
		if (b >= 0)
			bits |= 1u << b;
	}
	return bits;
}

/* Side effects joined by `|` or `,`; a word may stand for several bits
 * (KAPI_EFFECTS_MEMORY) or none (KAPI_EFFECT_NONE). */
static unsigned kapi_effect_bits(struct kapi_pctx *c, struct kapi_sl s)
{
	struct kapi_split sp = kapi_split_init(s);
	struct kapi_sl item;
	unsigned bits = 0;

	while (kapi_split_next(&sp, "|,", &item)) {
		char buf[64];
		unsigned set;

		if (!item.n && sp.done && !bits)
			break; /* nothing written at all */
		if (item.n && item.n < sizeof(buf)) {
			memcpy(buf, item.p, item.n);
			buf[item.n] = '\0';
			if (kapi_effect_set_from_token(buf, &set)) {
				if (kapi_sl_starts(item, "KAPI_"))
					c->saw_enum = true;
				bits |= set;
				continue;
			}
		}
		kapi_tok(c, &kapi_ts_effect, item); /* reports it */
	}
	return bits;
}

/*
 * How the kernel's generator (kdoc_apispec.py) reads a yes/no field, so
 * that the report on a value like "yes (only when ...)" can say what the
 * built spec will hold: it compares the whole lower-cased value with
 * "yes" (signal restartable/interruptible, side-effect reversible) or
 * with "true" and "yes" (lock acquired/released/held-on-*), and anything
 * else is false.
 */
enum kapi_gen_bool {
	KAPI_GEN_NONE = 0, /* the generator keeps the text (queue) */
	KAPI_GEN_YES,	   /* only "yes" is true */
	KAPI_GEN_TRUE_YES, /* "true" or "yes" is true */
};

static int kapi_bool(struct kapi_pctx *c, struct kapi_sl s,
		     enum kapi_gen_bool gen)
{
	static const char *const yes[] = {"true", "yes", "1", "y", "on"};
	static const char *const no[] = {"false", "no", "0", "n", "off"};
	const char *note = "";

	s = kapi_sl_trim(s);
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (kapi_sl_eq_nocase(s, yes[i]))
			return 1;
		if (kapi_sl_eq_nocase(s, no[i]))
			return 0;
	}
	if (gen == KAPI_GEN_YES)
		note = "; the kernel's generator reads it as false (only 'yes' "
		       "is true there)";
	else if (gen == KAPI_GEN_TRUE_YES)
		note = "; the kernel's generator reads it as false (only "
		       "'true' or 'yes' is true there)";
	kapi_err(c, kapi_loc_of(c, s.p), KAPI_RULE_SYNTAX,
		 "expected true or false (also yes/no, 1/0), not '%.*s'%s",
		 (int)(s.n > 80 ? 80 : s.n), s.p, note);
	return -1;
}

/* A small non-negative integer written as a C literal. */
static bool kapi_small_int(struct kapi_sl s, int *out)
{
	char buf[32];
	int64_t v;
	bool u;

	s = kapi_sl_trim(s);
	if (!s.n || s.n >= sizeof(buf))
		return false;
	memcpy(buf, s.p, s.n);
	buf[s.n] = '\0';
	if (!kapi_eval_int_expr(buf, &v, &u) || v < 0 || v > 1000000)
		return false;
	*out = (int)v;
	return true;
}

static void kapi_int_field(struct kapi_pctx *c, int *dst, struct kapi_sl s)
{
	s = kapi_sl_trim(s);
	if (!kapi_small_int(s, dst))
		kapi_err(c, kapi_loc_of(c, s.p), KAPI_RULE_SYNTAX,
			 "expected a non-negative integer, not '%.*s'",
			 (int)(s.n > 80 ? 80 : s.n), s.p);
}

/* ---- params ------------------------------------------------------------ */

static struct kapi_param *kapi_param_at(struct kapi_pctx *c, size_t i)
{
	return &c->spec->params[i];
}

static size_t kapi_param_add(struct kapi_pctx *c, struct kapi_sl name,
			     struct kapi_loc loc)
{
	struct kapi_spec *s = c->spec;
	struct kapi_param *p =
		KAPI_APPEND(s->params, s->param_count, s->param_cap);

	kapi_param_init(p);
	p->name = kapi_sl_dup(name);
	p->loc = loc;
	kapi_names_add(&c->params, s, kapi_param_name_of, s->param_count - 1);
	return s->param_count - 1;
}

static long kapi_param_find(struct kapi_pctx *c, struct kapi_sl name)
{
	return kapi_names_find(&c->params, c->spec, kapi_param_name_of, name);
}

/* size-param / buffer(): an index now, or a name resolved at the end. */
static void kapi_size_param(struct kapi_pctx *c, size_t pi, struct kapi_sl s)
{
	struct kapi_size_ref *r;
	int idx;

	s = kapi_sl_trim(s);
	if (kapi_small_int(s, &idx)) {
		kapi_param_at(c, pi)->size_param_idx = idx;
		/* A later index overrides an earlier name: forget it. */
		for (size_t i = 0; i < c->nref; i++) {
			if (c->refs[i].param == pi) {
				free(c->refs[i].name);
				c->refs[i].name = NULL;
			}
		}
		return;
	}
	if (!kapi_sl_is_ident(s)) {
		kapi_err(c, kapi_loc_of(c, s.p), KAPI_RULE_SYNTAX,
			 "size parameter must be a parameter name or a 0-based "
			 "index, not '%.*s'",
			 (int)(s.n > 80 ? 80 : s.n), s.p);
		return;
	}
	r = KAPI_APPEND(c->refs, c->nref, c->refcap);
	r->param = pi;
	r->name = kapi_sl_dup(s);
	r->loc = kapi_loc_of(c, s.p);
}

/* Parse a list of values into a freshly sized array (replacing any). */
static void kapi_value_list(struct kapi_pctx *c, struct kapi_value **arr,
			    size_t *count, const struct kapi_sl *items,
			    size_t n)
{
	for (size_t i = 0; i < *count; i++)
		kapi_value_clear(&(*arr)[i]);
	free(*arr);
	*arr = n ? kapi_xcalloc(n, sizeof(**arr)) : NULL;
	*count = n;
	for (size_t i = 0; i < n; i++)
		kapi_value_at(c, &(*arr)[i], items[i]);
}

/* Split a comma list into c->items (a reused array). */
static size_t kapi_items(struct kapi_pctx *c, struct kapi_sl s)
{
	struct kapi_split sp = kapi_split_init(s);
	struct kapi_sl item;

	c->nitems = 0;
	while (kapi_split_next(&sp, ",", &item)) {
		kapi_grow((void **)&c->items, &c->itemcap, sizeof(*c->items),
			  c->nitems + 1);
		c->items[c->nitems++] = item;
	}
	return c->nitems;
}

static bool kapi_items_nonempty(struct kapi_pctx *c, const char *what)
{
	for (size_t k = 0; k < c->nitems; k++) {
		if (!c->items[k].n) {
			kapi_err(c, kapi_loc_of(c, c->items[k].p),
				 KAPI_RULE_SYNTAX, "empty value in %s", what);
			return false;
		}
	}
	return true;
}

/*
 * The part after a constraint name: nothing, or `(args)` with nothing
 * after the closing parenthesis.  Arguments land in c->items.
 */
static bool kapi_constraint_args(struct kapi_pctx *c, struct kapi_sl rest,
				 bool *parens, struct kapi_sl *inner)
{
	size_t i;
	int depth = 0;

	c->nitems = 0;
	*parens = false;
	rest = kapi_sl_trim(rest);
	if (!rest.n)
		return true;
	if (rest.p[0] != '(') {
		kapi_err(c, kapi_loc_of(c, rest.p), KAPI_RULE_SYNTAX,
			 "unexpected '%.*s' after the constraint type; "
			 "arguments go in parentheses",
			 (int)(rest.n > 80 ? 80 : rest.n), rest.p);
		return false;
	}
	for (i = 0; i < rest.n; i++) {
		if (rest.p[i] == '(')
			depth++;
		else if (rest.p[i] == ')' && --depth == 0)
			break;
	}
	if (i >= rest.n) {
		kapi_err(c, kapi_loc_of(c, rest.p), KAPI_RULE_SYNTAX,
			 "missing ')' to close this '('");
		return false;
	}
	if (i + 1 < rest.n) {
		struct kapi_sl junk = kapi_sl_trim(kapi_sl_skip(rest, i + 1));

		kapi_err(c, kapi_loc_of(c, junk.p), KAPI_RULE_SYNTAX,
			 "unexpected '%.*s' after ')'",
			 (int)(junk.n > 80 ? 80 : junk.n), junk.p);
		return false;
	}
	*parens = true;
	inner->p = rest.p + 1;
	inner->n = i - 1;
	if (!kapi_sl_trim(*inner).n)
		return true; /* name() */
	kapi_items(c, *inner);
	return kapi_items_nonempty(c, "the constraint arguments");
}

static void kapi_arg_count_err(struct kapi_pctx *c, struct kapi_sl at,
			       const char *usage)
{
	kapi_err(c, kapi_loc_of(c, at.p), KAPI_RULE_SYNTAX,
		 "wrong number of arguments; write %s", usage);
}

static void kapi_constraint_type(struct kapi_pctx *c, size_t pi,
				 struct kapi_sl s)
{
	struct kapi_param *p = kapi_param_at(c, pi);
	struct kapi_sl inner, name;
	size_t k = 0, n;
	bool parens;
	int kind;

	s = kapi_sl_trim(s);
	kapi_set_str(&p->constraint_text, s);
	while (k < s.n && kapi_is_ident_char(s.p[k]))
		k++;
	name.p = s.p;
	name.n = k;
	inner = s;
	kind = kapi_tok(c, &kapi_ts_constraint, name);
	if (kind < 0)
		return;
	p->constraint = (enum kapi_constraint_kind)kind;
	if (!kapi_constraint_args(c, kapi_sl_skip(s, k), &parens, &inner))
		return;
	n = c->nitems;
	switch (p->constraint) {
	case KAPI_CONSTRAINT_RANGE:
		if (n == 2) {
			kapi_value_at(c, &p->min, c->items[0]);
			kapi_value_at(c, &p->max, c->items[1]);
		} else if (parens) {
			kapi_arg_count_err(c, inner, "range(MIN, MAX)");
		}
		break;
	case KAPI_CONSTRAINT_MASK:
		if (n == 1)
			kapi_value_at(c, &p->mask, c->items[0]);
		else if (parens)
			kapi_arg_count_err(c, inner,
					   "mask(FLAG | FLAG ...) with one "
					   "expression");
		break;
	case KAPI_CONSTRAINT_ENUM:
		if (n)
			kapi_value_list(c, &p->enum_values, &p->enum_count,
					c->items, n);
		else if (parens)
			kapi_arg_count_err(c, inner, "enum(VALUE, VALUE ...)");
		break;
	case KAPI_CONSTRAINT_ALIGNMENT:
		if (n == 1)
			kapi_value_at(c, &p->alignment, c->items[0]);
		else if (parens)
			kapi_arg_count_err(c, inner, "alignment(BYTES)");
		break;
	case KAPI_CONSTRAINT_BUFFER:
		if (n == 1)
			kapi_size_param(c, pi, c->items[0]);
		else if (parens)
			kapi_arg_count_err(c, inner,
					   "buffer(INDEX) or buffer(NAME)");
		break;
	case KAPI_CONSTRAINT_USER_STRING:
	case KAPI_CONSTRAINT_USER_PATH:
		if (n == 1) {
			kapi_value_at(c, &p->max, c->items[0]);
		} else if (n == 2) {
			kapi_value_at(c, &p->min, c->items[0]);
			kapi_value_at(c, &p->max, c->items[1]);
		} else if (parens) {
			kapi_arg_count_err(c, inner, "(MAX) or (MIN, MAX)");
		}
		break;
	case KAPI_CONSTRAINT_CUSTOM:
		break; /* free-form arguments */
	default:
		if (parens)
			kapi_err(c, kapi_loc_of(c, inner.p), KAPI_RULE_SYNTAX,
				 "'%s' takes no arguments",
				 kapi_constraint_name(p->constraint));
		break;
	}
}

static void kapi_param_type(struct kapi_pctx *c, size_t pi, struct kapi_sl s)
{
	struct kapi_param *p = kapi_param_at(c, pi);
	struct kapi_split sp = kapi_split_init(s);
	struct kapi_sl item;
	bool first = true;

	/* `type: fd, input`: the type, then flags. */
	while (kapi_split_next(&sp, ",|", &item)) {
		int v;

		if (first) {
			first = false;
			v = kapi_tok(c, &kapi_ts_type, item);
			if (v < 0)
				continue;
			p->type = (enum kapi_type)v;
			if (p->type == KAPI_TYPE_USER_PTR ||
			    p->type == KAPI_TYPE_PATH)
				p->flags |= KAPI_PARAM_USER;
			continue;
		}
		v = kapi_tok(c, &kapi_ts_flag, item);
		if (v >= 0)
			p->flags |= 1u << v;
	}
}

static void kapi_arch_mask(struct kapi_pctx *c, size_t pi, struct kapi_sl s)
{
	struct kapi_param *p = kapi_param_at(c, pi);
	struct kapi_sl arch, mask;
	struct kapi_arch_mask *am;
	char *name;
	size_t n;

	if (!kapi_sl_cut(s, '=', &arch, &mask) || !arch.n || !mask.n) {
		kapi_err(c, kapi_loc_of(c, kapi_sl_trim(s).p), KAPI_RULE_SYNTAX,
			 "arch-mask needs ARCH = MASK, e.g. 'x86 = MAP_32BIT'");
		return;
	}
	name = kapi_sl_dup(arch);
	if (!kapi_is_arch_name(name)) {
		kapi_err(c, kapi_loc_of(c, arch.p), KAPI_RULE_SYNTAX,
			 "unknown architecture '%s' in arch-mask; use the "
			 "kernel's arch/ directory name (x86, arm64, ...)",
			 name);
		free(name);
		return;
	}
	/*
	 * arch_masks has no capacity field: grow by doubling whenever the
	 * count reaches a power of two (capacity 4, 8, 16, ...).
	 */
	n = p->arch_mask_count;
	if (!n || (n >= 4 && !(n & (n - 1))))
		p->arch_masks = kapi_xrealloc(p->arch_masks,
					      (n ? n * 2 : 4) * sizeof(*am));
	am = &p->arch_masks[p->arch_mask_count++];
	memset(am, 0, sizeof(*am));
	am->arch = name;
	kapi_value_at(c, &am->mask, mask);
}

static void kapi_range_field(struct kapi_pctx *c, struct kapi_value *lo,
			     struct kapi_value *hi, struct kapi_sl s,
			     const char *key)
{
	if (kapi_items(c, s) != 2 || !kapi_items_nonempty(c, key)) {
		kapi_err(c, kapi_loc_of(c, kapi_sl_trim(s).p), KAPI_RULE_SYNTAX,
			 "%s needs two values: MIN, MAX", key);
		return;
	}
	kapi_value_at(c, lo, c->items[0]);
	kapi_value_at(c, hi, c->items[1]);
}

static void kapi_param_sub(struct kapi_pctx *c, size_t pi, struct kapi_sl key,
			   struct kapi_sl v, struct kapi_loc key_loc)
{
	struct kapi_param *p = kapi_param_at(c, pi);

	if (kapi_key_eq(key, "type")) {
		p->type_loc = key_loc;
		kapi_param_type(c, pi, v);
	} else if (kapi_key_eq(key, "flags")) {
		p->flags |= kapi_tok_bits(c, &kapi_ts_flag, v);
	} else if (kapi_key_eq(key, "constraint-type")) {
		p->constraint_loc = key_loc;
		kapi_constraint_type(c, pi, v);
	} else if (kapi_key_eq(key, "constraint") ||
		   kapi_key_eq(key, "cdesc")) {
		kapi_set_str(&p->cdesc, v);
	} else if (kapi_key_eq(key, "range")) {
		kapi_range_field(c, &p->min, &p->max, v, "range");
		if (p->constraint == KAPI_CONSTRAINT_NONE)
			p->constraint = KAPI_CONSTRAINT_RANGE;
	} else if (kapi_key_eq(key, "mask") || kapi_key_eq(key, "valid-mask")) {
		kapi_value_at(c, &p->mask, v);
		if (p->constraint == KAPI_CONSTRAINT_NONE)
			p->constraint = KAPI_CONSTRAINT_MASK;
	} else if (kapi_key_eq(key, "valid-values")) {
		kapi_items(c, v);
		if (kapi_items_nonempty(c, "valid-values"))
			kapi_value_list(c, &p->enum_values, &p->enum_count,
					c->items, c->nitems);
		if (p->constraint == KAPI_CONSTRAINT_NONE)
			p->constraint = KAPI_CONSTRAINT_ENUM;
	} else if (kapi_key_eq(key, "alignment")) {
		kapi_value_at(c, &p->alignment, v);
	} else if (kapi_key_eq(key, "size")) {
		kapi_value_at(c, &p->size, v);
	} else if (kapi_key_eq(key, "size-param")) {
		kapi_size_param(c, pi, v);
	} else if (kapi_key_eq(key, "struct-type")) {
		kapi_set_str(&p->struct_type, v);
	} else if (kapi_key_eq(key, "arch-mask")) {
		kapi_arch_mask(c, pi, v);
	} else if (kapi_key_eq(key, "desc") ||
		   kapi_key_eq(key, "description")) {
		kapi_set_str(&p->desc, v);
	}
}

/* ---- return ------------------------------------------------------------ */

static void kapi_return_success(struct kapi_pctx *c, struct kapi_sl s)
{
	struct kapi_return *r = &c->spec->ret;

	s = kapi_sl_trim(s);
	if (kapi_sl_starts(s, ">=")) {
		kapi_value_at(c, &r->success_min, kapi_sl_skip(s, 2));
		kapi_value_clear(&r->success_max);
	} else if (kapi_sl_starts(s, "==")) {
		kapi_value_at(c, &r->success, kapi_sl_skip(s, 2));
	} else if (kapi_sl_starts(s, "=")) {
		kapi_value_at(c, &r->success, kapi_sl_skip(s, 1));
	} else if (s.n && (s.p[0] == '<' || s.p[0] == '>' || s.p[0] == '!')) {
		kapi_err(c, kapi_loc_of(c, s.p), KAPI_RULE_SYNTAX,
			 "success takes VALUE, '= VALUE' or '>= MIN'; use "
			 "success-range: MIN, MAX for a bounded range");
	} else {
		kapi_value_at(c, &r->success, s);
	}
}

/*
 * `failure: -1` or `failure: NULL`: what the C library returns on failure.
 * Only literals: the value is the library's, not the target's, so no
 * kernel header has anything to say about it.
 */
static void kapi_return_failure(struct kapi_pctx *c, struct kapi_sl s)
{
	struct kapi_return *r = &c->spec->ret;

	s = kapi_sl_trim(s);
	if (kapi_sl_eq_nocase(s, "null")) {
		kapi_value_clear(&r->failure);
		r->failure.state = KAPI_VALUE_RESOLVED;
		r->failure.text = kapi_xstrdup("NULL");
		r->failure.num = 0;
		r->failure.loc = kapi_loc_of(c, s.p);
		return;
	}
	kapi_value_at(c, &r->failure, s);
	if (r->failure.state != KAPI_VALUE_RESOLVED)
		kapi_err(c, kapi_loc_of(c, s.p), KAPI_RULE_SYNTAX,
			 "failure takes a number or NULL (the C library's "
			 "failure result, e.g. -1), not '%.*s'",
			 (int)(s.n > 80 ? 80 : s.n), s.p);
}

/* An errno written as NAME or -NAME; checks the name when it is one. */
static void kapi_check_errno(struct kapi_pctx *c, struct kapi_sl s)
{
	const char *instead;
	char *name;
	int num = 0;

	s = kapi_sl_trim(s);
	if (s.n && s.p[0] == '-')
		s = kapi_sl_trim(kapi_sl_skip(s, 1));
	if (!kapi_sl_is_ident(s))
		return; /* a number or an expression: the compiler checks */
	name = kapi_sl_dup(s);
	instead = kapi_lint_internal_errno(name, &num);
	if (instead)
		kapi_diag_add(c->diags, KAPI_SEV_WARNING, c->file,
			      kapi_loc_of(c, s.p),
			      KAPI_LINT_RULE_INTERNAL_ERRNO,
			      "'%s' (%d) is kernel-internal, not an error "
			      "userspace sees: %s",
			      name, num, instead);
	else if (!kapi_is_errno_name(name))
		kapi_err(c, kapi_loc_of(c, s.p), KAPI_RULE_ERRNO,
			 "'%s' is not an errno name (EINVAL, EBADF, ...)",
			 name);
	free(name);
}

static void kapi_return_sub(struct kapi_pctx *c, struct kapi_sl key,
			    struct kapi_sl v)
{
	struct kapi_return *r = &c->spec->ret;
	int t;

	if (kapi_key_eq(key, "type")) {
		struct kapi_sl first, rest;

		kapi_sl_cut(v, ',', &first, &rest);
		t = kapi_tok(c, &kapi_ts_type, first);
		if (t >= 0)
			r->type = (enum kapi_type)t;
	} else if (kapi_key_eq(key, "check-type")) {
		t = kapi_tok(c, &kapi_ts_check, v);
		if (t >= 0)
			r->check = (enum kapi_return_check)t;
	} else if (kapi_key_eq(key, "success")) {
		kapi_return_success(c, v);
	} else if (kapi_key_eq(key, "success-range")) {
		kapi_range_field(c, &r->success_min, &r->success_max, v,
				 "success-range");
	} else if (kapi_key_eq(key, "error-values")) {
		kapi_items(c, v);
		if (!kapi_items_nonempty(c, "error-values"))
			return;
		for (size_t i = 0; i < c->nitems; i++)
			kapi_check_errno(c, c->items[i]);
		kapi_value_list(c, &r->error_values, &r->error_value_count,
				c->items, c->nitems);
	} else if (kapi_key_eq(key, "failure")) {
		kapi_return_failure(c, v);
	} else if (kapi_key_eq(key, "desc")) {
		kapi_set_str(&r->desc, v);
	}
}

/* ---- the other blocks -------------------------------------------------- */

/* `retry: yes|no` of an error block. */
static enum kapi_retry kapi_retry_of(struct kapi_pctx *c, struct kapi_sl v)
{
	switch (kapi_bool(c, v, KAPI_GEN_NONE)) {
	case 1:
		return KAPI_RETRY_YES;
	case 0:
		return KAPI_RETRY_NO;
	default:
		return KAPI_RETRY_UNKNOWN;
	}
}

static void kapi_lock_sub(struct kapi_pctx *c, struct kapi_lock *l,
			  struct kapi_sl key, struct kapi_sl v)
{
	int t;

	if (kapi_key_eq(key, "type")) {
		t = kapi_tok(c, &kapi_ts_lock, v);
		if (t >= 0)
			l->type = (enum kapi_lock_type)t;
	} else if (kapi_key_eq(key, "scope")) {
		t = kapi_tok(c, &kapi_ts_scope, v);
		if (t >= 0)
			l->scope = (enum kapi_lock_scope)t;
	} else if (kapi_key_eq(key, "acquired")) {
		l->acquired = kapi_bool(c, v, KAPI_GEN_TRUE_YES);
	} else if (kapi_key_eq(key, "released")) {
		l->released = kapi_bool(c, v, KAPI_GEN_TRUE_YES);
	} else if (kapi_key_eq(key, "held-on-entry")) {
		l->held_on_entry = kapi_bool(c, v, KAPI_GEN_TRUE_YES);
	} else if (kapi_key_eq(key, "held-on-exit")) {
		l->held_on_exit = kapi_bool(c, v, KAPI_GEN_TRUE_YES);
	} else if (kapi_key_eq(key, "desc")) {
		kapi_set_str(&l->desc, v);
	}
}

static bool kapi_signal_queue_behaviour(struct kapi_sl v)
{
	static const char *const names[] = {
		"standard", "realtime", "coalesce", "replace", "discard",
	};

	v = kapi_sl_trim(v);
	if (kapi_sl_starts(v, "KAPI_SIGNAL_QUEUE_"))
		v = kapi_sl_skip(v, strlen("KAPI_SIGNAL_QUEUE_"));
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (kapi_sl_eq_nocase(v, names[i]))
			return true;
	return false;
}

static void kapi_signal_sub(struct kapi_pctx *c, struct kapi_signal *g,
			    struct kapi_sl key, struct kapi_sl v)
{
	int t;

	if (kapi_key_eq(key, "direction")) {
		g->direction |= kapi_tok_bits(c, &kapi_ts_direction, v);
	} else if (kapi_key_eq(key, "action")) {
		t = kapi_tok(c, &kapi_ts_action, v);
		if (t >= 0)
			g->action = (enum kapi_signal_action)t;
	} else if (kapi_key_eq(key, "timing")) {
		t = kapi_tok(c, &kapi_ts_timing, v);
		if (t >= 0)
			g->timing = (enum kapi_signal_timing)t;
	} else if (kapi_key_eq(key, "errno") || kapi_key_eq(key, "error")) {
		kapi_check_errno(c, v);
		kapi_value_at(c, &g->error, v);
	} else if (kapi_key_eq(key, "priority")) {
		kapi_int_field(c, &g->priority, v);
	} else if (kapi_key_eq(key, "restartable")) {
		g->restartable = kapi_bool(c, v, KAPI_GEN_YES);
	} else if (kapi_key_eq(key, "interruptible")) {
		g->interruptible = kapi_bool(c, v, KAPI_GEN_YES);
	} else if (kapi_key_eq(key, "queue")) {
		/* The current header names queue behaviours
		 * (KAPI_SIGNAL_QUEUE_REALTIME = "realtime", ...) where older
		 * drafts had a yes/no; the model has only the yes/no, so a
		 * behaviour is accepted and the yes/no left unknown. */
		if (!kapi_signal_queue_behaviour(v))
			g->queue = kapi_bool(c, v, KAPI_GEN_NONE);
	} else if (kapi_key_eq(key, "number")) {
		kapi_value_at(c, &g->number, v);
	} else if (kapi_key_eq(key, "sa-flags-required")) {
		kapi_value_at(c, &g->sa_flags_required, v);
	} else if (kapi_key_eq(key, "sa-flags-forbidden")) {
		kapi_value_at(c, &g->sa_flags_forbidden, v);
	} else if (kapi_key_eq(key, "condition")) {
		kapi_set_str(&g->condition, v);
	} else if (kapi_key_eq(key, "desc")) {
		kapi_set_str(&g->desc, v);
	} else if (kapi_key_eq(key, "target")) {
		kapi_set_str(&g->target, v);
	} else if (kapi_key_eq(key, "transform-to")) {
		kapi_set_str(&g->transform_to, v);
	} else if (kapi_key_eq(key, "state-required")) {
		kapi_set_str(&g->state_required, v);
	} else if (kapi_key_eq(key, "state-forbidden")) {
		kapi_set_str(&g->state_forbidden, v);
	}
}

static void kapi_cap_sub(struct kapi_pctx *c, struct kapi_capability *k,
			 struct kapi_sl key, struct kapi_sl v)
{
	if (kapi_key_eq(key, "type")) {
		int t = kapi_tok(c, &kapi_ts_cap, v);

		if (t >= 0)
			k->action = (enum kapi_cap_action)t;
	} else if (kapi_key_eq(key, "allows")) {
		kapi_set_str(&k->allows, v);
	} else if (kapi_key_eq(key, "without")) {
		kapi_set_str(&k->without, v);
	} else if (kapi_key_eq(key, "condition")) {
		kapi_set_str(&k->condition, v);
	} else if (kapi_key_eq(key, "priority")) {
		kapi_int_field(c, &k->priority, v);
	} else if (kapi_key_eq(key, "desc")) {
		kapi_set_str(&k->desc, v);
	}
}

static void kapi_effect_sub(struct kapi_pctx *c, struct kapi_side_effect *e,
			    struct kapi_sl key, struct kapi_sl v)
{
	if (kapi_key_eq(key, "target"))
		kapi_set_str(&e->target, v);
	else if (kapi_key_eq(key, "desc"))
		kapi_set_str(&e->desc, v);
	else if (kapi_key_eq(key, "condition"))
		kapi_set_str(&e->condition, v);
	else if (kapi_key_eq(key, "reversible"))
		e->reversible = kapi_bool(c, v, KAPI_GEN_YES);
}

static void kapi_trans_sub(struct kapi_state_trans *t, struct kapi_sl key,
			   struct kapi_sl v)
{
	if (kapi_key_eq(key, "object"))
		kapi_set_str(&t->object, v);
	else if (kapi_key_eq(key, "from"))
		kapi_set_str(&t->from, v);
	else if (kapi_key_eq(key, "to"))
		kapi_set_str(&t->to, v);
	else if (kapi_key_eq(key, "condition"))
		kapi_set_str(&t->condition, v);
	else if (kapi_key_eq(key, "desc"))
		kapi_set_str(&t->desc, v);
}

static void kapi_constraint_sub(struct kapi_constraint *k, struct kapi_sl key,
				struct kapi_sl v)
{
	if (kapi_key_eq(key, "desc"))
		kapi_set_str(&k->desc, v);
	else if (kapi_key_eq(key, "expr"))
		kapi_set_str(&k->expr, v);
}

/* Apply subfield `key` to object `idx` of block `blk`. */
static void kapi_apply_sub(struct kapi_pctx *c, enum kapi_blk blk, long idx,
			   struct kapi_sl key, struct kapi_sl v,
			   struct kapi_loc key_loc)
{
	struct kapi_spec *s = c->spec;

	if (idx < 0)
		return;
	switch (blk) {
	case KAPI_BLK_PARAM:
		kapi_param_sub(c, (size_t)idx, key, v, key_loc);
		break;
	case KAPI_BLK_RETURN:
		kapi_return_sub(c, key, v);
		break;
	case KAPI_BLK_ERROR:
		if (kapi_key_eq(key, "desc"))
			kapi_set_str(&s->errors[idx].desc, v);
		else if (kapi_key_eq(key, "condition"))
			kapi_set_str(&s->errors[idx].condition, v);
		else if (kapi_key_eq(key, "retry"))
			s->errors[idx].retry = kapi_retry_of(c, v);
		break;
	case KAPI_BLK_LOCK:
		kapi_lock_sub(c, &s->locks[idx], key, v);
		break;
	case KAPI_BLK_SIGNAL:
		kapi_signal_sub(c, &s->signals[idx], key, v);
		break;
	case KAPI_BLK_CAP:
		kapi_cap_sub(c, &s->capabilities[idx], key, v);
		break;
	case KAPI_BLK_EFFECT:
		kapi_effect_sub(c, &s->side_effects[idx], key, v);
		break;
	case KAPI_BLK_TRANS:
		kapi_trans_sub(&s->state_transitions[idx], key, v);
		break;
	case KAPI_BLK_CONSTRAINT:
		kapi_constraint_sub(&s->constraints[idx], key, v);
		break;
	default:
		break;
	}
}

/* ---- block headers ----------------------------------------------------- */

static long kapi_header_param(struct kapi_pctx *c, struct kapi_sl v,
			      struct kapi_loc loc)
{
	struct kapi_sl name, rest;
	long i;

	kapi_sl_cut(v, ',', &name, &rest);
	if (!kapi_sl_is_ident(name)) {
		kapi_err(c, kapi_loc_of(c, name.p), KAPI_RULE_SYNTAX,
			 "param: needs the parameter's name, not '%.*s'",
			 (int)(name.n > 80 ? 80 : name.n), name.p);
		return -1;
	}
	i = kapi_param_find(c, name);
	if (i >= 0) {
		const struct kapi_param *p = kapi_param_at(c, (size_t)i);

		kapi_err(c, loc, KAPI_RULE_PARAM,
			 "duplicate param: block for '%s' (first at line %u)",
			 p->name, p->loc.line);
		return i; /* merge into the first one */
	}
	return (long)kapi_param_add(c, name, loc);
}

/*
 * `error: Invalid flags were passed` or `error: EINVAL or EBADF, ...`:
 * the first field is not one errno name, so the entry has no code, and
 * the kernel's generator (which wants NAME, at the start) drops it.
 * Suggest what to write from the errno names the prose mentions.
 */
static void kapi_error_prose(struct kapi_pctx *c, struct kapi_sl field)
{
	struct kapi_strbuf names = {0};
	const char *first = NULL;
	size_t first_n = 0, found = 0;
	size_t i = 0;

	while (i < field.n) {
		size_t start = i;
		char buf[64];

		if (!kapi_is_ident_char(field.p[i])) {
			i++;
			continue;
		}
		while (i < field.n && kapi_is_ident_char(field.p[i]))
			i++;
		if (i - start >= sizeof(buf))
			continue;
		memcpy(buf, field.p + start, i - start);
		buf[i - start] = '\0';
		if (!kapi_is_errno_name(buf))
			continue;
		if (!found++) {
			first = field.p + start;
			first_n = i - start;
		}
		kapi_sb_printf(&names, "%s'error: %s, ...'",
			       found > 1 ? " and " : "", buf);
	}
	if (found > 1)
		kapi_diag_add(c->diags, KAPI_SEV_WARNING, c->file,
			      kapi_loc_of(c, field.p),
			      KAPI_LINT_RULE_ERROR_PROSE,
			      "an error: entry takes one errno name; write %s "
			      "on lines of their own; as written it has no "
			      "error code and the kernel's generator drops it",
			      names.buf);
	else if (found)
		kapi_diag_add(c->diags, KAPI_SEV_WARNING, c->file,
			      kapi_loc_of(c, field.p),
			      KAPI_LINT_RULE_ERROR_PROSE,
			      "an error: entry is the errno name, a comma and "
			      "a summary: write 'error: %.*s, summary'; as "
			      "written it has no error code and the kernel's "
			      "generator drops it",
			      (int)first_n, first);
	else
		kapi_diag_add(c->diags, KAPI_SEV_WARNING, c->file,
			      kapi_loc_of(c, field.p),
			      KAPI_LINT_RULE_ERROR_PROSE,
			      "an error: entry starts with an errno name ("
			      "'error: EINVAL, summary'), not prose '%.*s'; as "
			      "written it has no error code and the kernel's "
			      "generator drops it",
			      (int)(field.n > 60 ? 60 : field.n), field.p);
	kapi_sb_free(&names);
}

static long kapi_header_error(struct kapi_pctx *c, struct kapi_sl v,
			      struct kapi_loc loc)
{
	struct kapi_spec *s = c->spec;
	struct kapi_sl code, summary, name;
	struct kapi_error *e;
	char *text;
	bool prose;

	kapi_sl_cut(v, ',', &code, &summary);
	name = code;
	if (name.n && name.p[0] == '-')
		name = kapi_sl_trim(kapi_sl_skip(name, 1));
	if (!name.n) {
		kapi_err(c, loc, KAPI_RULE_SYNTAX,
			 "error: needs an errno name, e.g. 'error: EINVAL, "
			 "summary'");
		return -1;
	}
	prose = !kapi_sl_is_ident(name);
	if (prose)
		kapi_error_prose(c, name);
	else
		kapi_check_errno(c, name);
	e = KAPI_APPEND(s->errors, s->error_count, s->error_cap);
	e->loc = loc;
	e->name = kapi_sl_dup(name); /* kept as written, even prose */
	/* The kernel's error_code is the negative errno; prose has none. */
	if (!prose) {
		text = code.p[0] == '-'
			       ? kapi_sl_dup(code)
			       : kapi_xasprintf("-%.*s", (int)name.n, name.p);
		kapi_value_parse(&e->code, text, kapi_loc_of(c, code.p));
		free(text);
	}
	kapi_set_str(&e->summary, summary);
	return (long)(s->error_count - 1);
}

/* Flat `error-code: -EINVAL, EINVAL, summary, description`. */
static void kapi_flat_error(struct kapi_pctx *c, struct kapi_sl v,
			    struct kapi_loc loc)
{
	struct kapi_spec *s = c->spec;
	struct kapi_sl code, name, rest, summary, desc;
	struct kapi_error *e;

	kapi_sl_cut(v, ',', &code, &rest);
	kapi_sl_cut(rest, ',', &name, &rest);
	kapi_sl_cut(rest, ',', &summary, &desc);
	if (!code.n) {
		kapi_err(c, loc, KAPI_RULE_SYNTAX,
			 "error-code: needs -ERRNO, NAME, summary");
		return;
	}
	if (!name.n) {
		name = code;
		if (name.p[0] == '-')
			name = kapi_sl_trim(kapi_sl_skip(name, 1));
	}
	kapi_check_errno(c, name); /* -NAME repeats it: one report */
	e = KAPI_APPEND(s->errors, s->error_count, s->error_cap);
	e->loc = loc;
	e->name = kapi_sl_dup(name);
	kapi_value_at(c, &e->code, code);
	kapi_set_str(&e->summary, summary);
	kapi_set_str(&e->desc, desc);
}

/* `side-effect: TYPES[, target[, desc]][, reversible=yes]` */
static long kapi_header_effect(struct kapi_pctx *c, struct kapi_sl v,
			       struct kapi_loc loc)
{
	struct kapi_spec *s = c->spec;
	struct kapi_side_effect *e;
	struct kapi_sl types, rest, target, desc;
	size_t idx;

	kapi_sl_cut(v, ',', &types, &rest);
	e = KAPI_APPEND(s->side_effects, s->side_effect_count,
			s->side_effect_cap);
	e->loc = loc;
	e->reversible = -1;
	idx = s->side_effect_count - 1;
	s->side_effects[idx].types = kapi_effect_bits(c, types);
	kapi_sl_cut(rest, ',', &target, &desc);
	kapi_set_str(&s->side_effects[idx].target, target);
	/* Trailing key=value items, then what is left is the description. */
	while (desc.n) {
		const char *comma = NULL;
		struct kapi_sl last, k, val;

		for (size_t i = desc.n; i > 0; i--)
			if (desc.p[i - 1] == ',') {
				comma = desc.p + i - 1;
				break;
			}
		last.p = comma ? comma + 1 : desc.p;
		last.n = (size_t)(desc.p + desc.n - last.p);
		last = kapi_sl_trim(last);
		if (!kapi_sl_cut(last, '=', &k, &val) ||
		    kapi_sub_index(KAPI_BLK_EFFECT, k) < 0)
			break;
		kapi_effect_sub(c, &s->side_effects[idx], k, val);
		desc.n = comma ? (size_t)(comma - desc.p) : 0;
		desc = kapi_sl_trim(desc);
	}
	kapi_set_str(&s->side_effects[idx].desc, desc);
	return (long)idx;
}

static long kapi_header_other(struct kapi_pctx *c, enum kapi_blk blk,
			      struct kapi_sl v, struct kapi_loc loc)
{
	struct kapi_spec *s = c->spec;
	struct kapi_sl a, rest, b;
	int t;

	kapi_sl_cut(v, ',', &a, &rest);
	switch (blk) {
	case KAPI_BLK_LOCK: {
		struct kapi_lock *l =
			KAPI_APPEND(s->locks, s->lock_count, s->lock_cap);

		l->loc = loc;
		l->acquired = l->released = -1;
		l->held_on_entry = l->held_on_exit = -1;
		l->name = a.n ? kapi_sl_dup(a) : NULL;
		if (rest.n) { /* flat: `lock: NAME, KAPI_LOCK_TYPE` */
			kapi_sl_cut(rest, ',', &b, &rest);
			t = kapi_tok(c, &kapi_ts_lock, b);
			if (t >= 0)
				s->locks[s->lock_count - 1].type = t;
		}
		return (long)(s->lock_count - 1);
	}
	case KAPI_BLK_SIGNAL: {
		struct kapi_signal *g =
			KAPI_APPEND(s->signals, s->signal_count, s->signal_cap);

		g->loc = loc;
		g->restartable = g->interruptible = g->queue = -1;
		g->name = a.n ? kapi_sl_dup(a) : NULL;
		kapi_set_str(&g->desc, rest);
		return (long)(s->signal_count - 1);
	}
	case KAPI_BLK_CAP: {
		struct kapi_capability *k =
			KAPI_APPEND(s->capabilities, s->capability_count,
				    s->capability_cap);

		k->loc = loc;
		k->name = a.n ? kapi_sl_dup(a) : NULL;
		if (rest.n) { /* flat: `capability: CAP_X, ACTION, desc` */
			kapi_sl_cut(rest, ',', &b, &rest);
			t = kapi_tok(c, &kapi_ts_cap, b);
			if (t >= 0)
				s->capabilities[s->capability_count - 1]
					.action = t;
			kapi_set_str(
				&s->capabilities[s->capability_count - 1].desc,
				rest);
		}
		return (long)(s->capability_count - 1);
	}
	case KAPI_BLK_TRANS: {
		struct kapi_state_trans *tr =
			KAPI_APPEND(s->state_transitions, s->state_trans_count,
				    s->state_trans_cap);

		tr->loc = loc;
		tr->object = a.n ? kapi_sl_dup(a) : NULL;
		if (rest.n) { /* `state-trans: OBJECT, FROM, TO[, desc]` */
			struct kapi_sl to, desc;

			kapi_sl_cut(rest, ',', &b, &rest);
			kapi_sl_cut(rest, ',', &to, &desc);
			tr->from = b.n ? kapi_sl_dup(b) : NULL;
			tr->to = to.n ? kapi_sl_dup(to) : NULL;
			tr->desc = desc.n ? kapi_sl_dup(desc) : NULL;
		}
		return (long)(s->state_trans_count - 1);
	}
	case KAPI_BLK_CONSTRAINT: {
		struct kapi_constraint *k = KAPI_APPEND(
			s->constraints, s->constraint_count, s->constraint_cap);

		k->loc = loc;
		k->name = a.n ? kapi_sl_dup(a) : NULL;
		k->desc = rest.n ? kapi_sl_dup(rest) : NULL;
		return (long)(s->constraint_count - 1);
	}
	default:
		return -1;
	}
}

static long kapi_header(struct kapi_pctx *c, enum kapi_blk blk,
			struct kapi_sl v, struct kapi_loc loc)
{
	v = kapi_sl_trim(v);
	switch (blk) {
	case KAPI_BLK_PARAM:
		return kapi_header_param(c, v, loc);
	case KAPI_BLK_RETURN:
		c->spec->ret.present = true;
		c->spec->ret.loc = loc;
		if (v.n)
			kapi_set_str(&c->spec->ret.desc, v);
		return 0;
	case KAPI_BLK_ERROR:
		return kapi_header_error(c, v, loc);
	case KAPI_BLK_EFFECT:
		return kapi_header_effect(c, v, loc);
	default:
		return kapi_header_other(c, blk, v, loc);
	}
}

/* ---- the flat draft ---------------------------------------------------- */

static long kapi_last_of(const struct kapi_spec *s, enum kapi_blk blk)
{
	size_t n = 0;

	switch (blk) {
	case KAPI_BLK_RETURN:
		return s->ret.present ? 0 : -1;
	case KAPI_BLK_ERROR:
		n = s->error_count;
		break;
	case KAPI_BLK_LOCK:
		n = s->lock_count;
		break;
	case KAPI_BLK_SIGNAL:
		n = s->signal_count;
		break;
	case KAPI_BLK_CAP:
		n = s->capability_count;
		break;
	case KAPI_BLK_EFFECT:
		n = s->side_effect_count;
		break;
	case KAPI_BLK_TRANS:
		n = s->state_trans_count;
		break;
	case KAPI_BLK_CONSTRAINT:
		n = s->constraint_count;
		break;
	default:
		break;
	}
	return (long)n - 1;
}

/* `param-type: len, KAPI_TYPE_UINT`, `lock-acquired: true`, ... */
static void kapi_flat(struct kapi_pctx *c, enum kapi_blk blk,
		      struct kapi_sl sub, struct kapi_sl v,
		      struct kapi_loc key_loc)
{
	struct kapi_sl name, rest;
	long idx;

	if (blk == KAPI_BLK_PARAM) {
		c->saw_flat = true;
		kapi_sl_cut(v, ',', &name, &rest);
		if (!kapi_sl_is_ident(name)) {
			kapi_err(c, kapi_loc_of(c, name.p), KAPI_RULE_SYNTAX,
				 "param-%.*s: needs NAME, VALUE", (int)sub.n,
				 sub.p);
			return;
		}
		idx = kapi_param_find(c, name);
		if (idx < 0)
			idx = (long)kapi_param_add(c, name, key_loc);
		kapi_apply_sub(c, blk, idx, sub, rest, key_loc);
		return;
	}
	if (blk == KAPI_BLK_RETURN && !c->spec->ret.present) {
		c->spec->ret.present = true;
		c->spec->ret.loc = key_loc;
	}
	idx = kapi_last_of(c->spec, blk);
	if (blk == KAPI_BLK_CONSTRAINT && kapi_sl_cut(v, ',', &name, &rest)) {
		/* `constraint-expr: Name, expr` names its constraint. */
		for (size_t i = 0; i < c->spec->constraint_count; i++) {
			const char *n = c->spec->constraints[i].name;

			if (n && strlen(n) == name.n &&
			    !memcmp(n, name.p, name.n)) {
				idx = (long)i;
				v = rest;
				break;
			}
		}
	}
	if (idx < 0) {
		kapi_err(c, key_loc, KAPI_RULE_SYNTAX,
			 "%s-%.*s: comes before any %s: line",
			 kapi_blk_names[blk], (int)sub.n, sub.p,
			 kapi_blk_names[blk]);
		return;
	}
	kapi_apply_sub(c, blk, idx, sub, v, key_loc);
}

/* ---- top-level keys ---------------------------------------------------- */

/* Join the example lines, keeping indentation relative to the least
 * indented one. */
static char *kapi_examples_text(const struct kapi_pctx *c)
{
	struct kapi_strbuf sb = {0};
	unsigned min = ~0u;

	for (size_t i = 0; i < c->nseg; i++)
		if (!c->segs[i].key_line && c->segs[i].len &&
		    c->segs[i].indent < min)
			min = c->segs[i].indent;
	for (size_t i = 0; i < c->nseg; i++) {
		const struct kapi_seg *g = &c->segs[i];

		if (sb.len)
			kapi_sb_putc(&sb, '\n');
		if (!g->key_line && g->len)
			for (unsigned k = min; k < g->indent; k++)
				kapi_sb_putc(&sb, ' ');
		kapi_sb_putn(&sb, c->val.buf + g->off, g->len);
	}
	return kapi_sb_take(&sb);
}

static void kapi_top(struct kapi_pctx *c, struct kapi_sl v)
{
	struct kapi_spec *s = c->spec;

	v = kapi_sl_trim(v);
	switch (c->ftop) {
	case KAPI_TOP_CONTEXTS:
		s->contexts |= kapi_tok_bits(c, &kapi_ts_context, v);
		s->contexts_loc = c->key_loc;
		break;
	case KAPI_TOP_API_TYPE:
		kapi_set_str(&s->api_type, v);
		break;
	case KAPI_TOP_SINCE:
		kapi_set_str(&s->since_version, v);
		break;
	case KAPI_TOP_PARAM_COUNT:
		s->param_count_loc = c->key_loc;
		kapi_int_field(c, &s->param_count_declared, v);
		break;
	case KAPI_TOP_LONG_DESC:
		kapi_set_str(&s->long_description, v);
		break;
	case KAPI_TOP_NOTES:
		kapi_set_str(&s->notes, v);
		break;
	case KAPI_TOP_EXAMPLES:
		free(s->examples);
		s->examples = kapi_examples_text(c);
		if (!*s->examples) {
			free(s->examples);
			s->examples = NULL;
		}
		break;
	case KAPI_TOP_ERROR_CODE:
		c->saw_flat = true;
		kapi_flat_error(c, v, c->key_loc);
		break;
	default:
		break;
	}
}

/* ---- the kerneldoc lines ----------------------------------------------- */

/* `sys_dup3 - Duplicate ...` or `do_thing() - ...`: name and one-liner. */
static void kapi_name_line(struct kapi_pctx *c, struct kapi_sl v)
{
	struct kapi_spec *s = c->spec;
	struct kapi_sl name = {v.p, 0}, rest;
	size_t i = 0;

	v = kapi_sl_trim(v);
	while (i < v.n && kapi_is_ident_char(v.p[i]))
		i++;
	name.p = v.p;
	name.n = i;
	if (!kapi_sl_is_ident(name))
		return;
	rest = kapi_sl_skip(v, i);
	if (kapi_sl_starts(rest, "()"))
		rest = kapi_sl_skip(rest, 2);
	rest = kapi_sl_trim(rest);
	if (rest.n &&
	    (rest.p[0] != '-' || (rest.n > 1 && !kapi_is_blank(rest.p[1]))))
		return; /* free text, not a kerneldoc name line */
	free(s->name);
	s->name = kapi_sl_dup(name);
	if (rest.n)
		kapi_set_str(&s->description, kapi_sl_skip(rest, 1));
	if (kapi_sl_starts(name, "sys_"))
		s->kind = KAPI_KIND_SYSCALL;
}

static void kapi_doc_param(struct kapi_pctx *c, struct kapi_sl v)
{
	struct kapi_spec *s = c->spec;
	struct kapi_doc_param *d = KAPI_APPEND(
		s->doc_params, s->doc_param_count, s->doc_param_cap);

	d->name = kapi_sl_dup(c->key);
	d->loc = c->key_loc;
	kapi_set_str(&d->desc, v);
	kapi_names_add(&c->docs, s, kapi_doc_name_of, s->doc_param_count - 1);
}

/* ---- pending fields ---------------------------------------------------- */

static void kapi_field_reset(struct kapi_pctx *c)
{
	c->fkind = KAPI_F_NONE;
	c->fmode = KAPI_M_PLAIN;
	c->val.len = 0;
	if (c->val.buf)
		c->val.buf[0] = '\0';
	c->nseg = 0;
	c->blank_seen = false;
}

static void kapi_field_put(struct kapi_pctx *c, struct kapi_sl text,
			   struct kapi_loc loc, unsigned indent, bool key_line)
{
	struct kapi_seg *g;

	kapi_grow((void **)&c->segs, &c->segcap, sizeof(*c->segs), c->nseg + 1);
	g = &c->segs[c->nseg++];
	g->off = c->val.len;
	g->len = text.n;
	g->loc = loc;
	g->indent = indent;
	g->key_line = key_line;
	kapi_sb_putn(&c->val, text.p, text.n);
}

/* Open a field whose value starts `off` bytes into the line's body. */
static void kapi_field_start(struct kapi_pctx *c, enum kapi_fkind kind,
			     enum kapi_fmode mode, struct kapi_sl key,
			     const struct kapi_line *ln, size_t off)
{
	struct kapi_sl v = kapi_sl_skip(ln->body, off);
	struct kapi_loc loc;

	kapi_field_reset(c);
	c->fkind = kind;
	c->fmode = mode;
	c->key = key;
	c->key_loc.line = ln->line;
	c->key_loc.col = ln->col;
	while (v.n && kapi_is_blank(*v.p))
		v = kapi_sl_skip(v, 1);
	loc.line = ln->line;
	loc.col = ln->col + (unsigned)(v.p - ln->body.p);
	if (v.n || mode != KAPI_M_EXAMPLES)
		kapi_field_put(c, v, loc, 0, true);
}

static void kapi_field_continue(struct kapi_pctx *c, const struct kapi_line *ln)
{
	struct kapi_loc loc = {ln->line, ln->col};
	const char *sep = " ";

	if (c->fkind == KAPI_F_IGNORE)
		return;
	if (c->fmode == KAPI_M_EXAMPLES) {
		if (c->blank_seen && c->nseg)
			kapi_field_put(c, (struct kapi_sl){ln->body.p, 0}, loc,
				       0, false);
		c->blank_seen = false;
		kapi_field_put(c, ln->body, loc, ln->indent, false);
		return;
	}
	if (c->fmode == KAPI_M_PROSE) {
		if (c->blank_seen)
			sep = "\n\n";
		else if (kapi_sl_starts(ln->body, "- "))
			sep = "\n"; /* a list item keeps its own line */
		c->blank_seen = false;
	}
	if (c->val.len)
		kapi_sb_puts(&c->val, sep);
	kapi_field_put(c, ln->body, loc, ln->indent, false);
}

static void kapi_field_flush(struct kapi_pctx *c)
{
	struct kapi_sl v = {c->val.buf ? c->val.buf : "", c->val.len};

	switch (c->fkind) {
	case KAPI_F_NAME:
		kapi_name_line(c, v);
		break;
	case KAPI_F_DOCPARAM:
		kapi_doc_param(c, v);
		break;
	case KAPI_F_TOP:
		kapi_top(c, v);
		break;
	case KAPI_F_HEADER:
		c->blk_idx = kapi_header(c, c->fblk, v, c->key_loc);
		break;
	case KAPI_F_SUB:
		kapi_apply_sub(c, c->blk, c->blk_idx, c->key, kapi_sl_trim(v),
			       c->key_loc);
		break;
	case KAPI_F_FLAT:
		kapi_flat(c, c->fblk, c->sub, kapi_sl_trim(v), c->key_loc);
		break;
	default:
		break;
	}
	kapi_field_reset(c);
}

static void kapi_block_end(struct kapi_pctx *c)
{
	c->blk = KAPI_BLK_NONE;
	c->blk_idx = -1;
	c->sub_col = 0;
}

static void kapi_list_keys(struct kapi_strbuf *sb, const char *const *keys)
{
	for (size_t i = 0; keys[i]; i++)
		kapi_sb_printf(sb, "%s%s", i ? ", " : "", keys[i]);
}

/* A key at the left margin. */
static void kapi_top_key(struct kapi_pctx *c, const struct kapi_line *ln,
			 size_t kl)
{
	struct kapi_sl key = {ln->body.p, kl}, sub;
	enum kapi_blk blk = kapi_blk_lookup(key);
	enum kapi_top top;

	kapi_field_flush(c);
	kapi_block_end(c);
	if (blk != KAPI_BLK_NONE) {
		c->blk = blk;
		kapi_field_start(c, KAPI_F_HEADER, KAPI_M_PLAIN, key, ln,
				 kl + 1);
		c->fblk = blk;
		return;
	}
	top = kapi_top_lookup(key);
	if (top != KAPI_TOP_NONE) {
		enum kapi_fmode mode = KAPI_M_PLAIN;

		if (top == KAPI_TOP_LONG_DESC || top == KAPI_TOP_NOTES)
			mode = KAPI_M_PROSE;
		else if (top == KAPI_TOP_EXAMPLES)
			mode = KAPI_M_EXAMPLES;
		kapi_field_start(c, KAPI_F_TOP, mode, key, ln, kl + 1);
		c->ftop = top;
		return;
	}
	blk = kapi_flat_lookup(key, &sub);
	if (blk != KAPI_BLK_NONE) {
		kapi_field_start(c, KAPI_F_FLAT, KAPI_M_PLAIN, key, ln, kl + 1);
		c->fblk = blk;
		c->sub = sub;
		return;
	}
	kapi_diag_add(c->diags, KAPI_SEV_WARNING, c->file,
		      (struct kapi_loc){ln->line, ln->col}, KAPI_RULE_SYNTAX,
		      "unknown key '%.*s:' in a KAPI spec comment; it is "
		      "ignored",
		      (int)(kl > 80 ? 80 : kl), key.p);
	kapi_field_start(c, KAPI_F_IGNORE, KAPI_M_PLAIN, key, ln, kl + 1);
}

/* An indented `key:` inside a block. */
static bool kapi_sub_key(struct kapi_pctx *c, const struct kapi_line *ln)
{
	struct kapi_sl key = {ln->body.p, kapi_key_len(ln->body)};
	struct kapi_strbuf list = {0};

	if (!key.n)
		return false;
	if (kapi_sub_index(c->blk, key) >= 0) {
		kapi_field_flush(c);
		if (!c->sub_col)
			c->sub_col = ln->col;
		kapi_field_start(c, KAPI_F_SUB, KAPI_M_PLAIN, key, ln,
				 key.n + 1);
		return true;
	}
	/* Deeper indentation is a continuation even with a colon in it. */
	if (c->sub_col && ln->col != c->sub_col)
		return false;
	kapi_field_flush(c);
	kapi_list_keys(&list, kapi_blk_subs[c->blk]);
	kapi_err(c, (struct kapi_loc){ln->line, ln->col}, KAPI_RULE_SYNTAX,
		 "unknown key '%.*s' in a %s: block; valid keys: %s",
		 (int)(key.n > 80 ? 80 : key.n), key.p, kapi_blk_names[c->blk],
		 list.buf ? list.buf : "");
	kapi_sb_free(&list);
	kapi_field_start(c, KAPI_F_IGNORE, KAPI_M_PLAIN, key, ln, key.n + 1);
	return true;
}

static bool kapi_takes_free_lines(const struct kapi_pctx *c)
{
	return c->fmode != KAPI_M_PLAIN || c->fkind == KAPI_F_NAME ||
	       c->fkind == KAPI_F_DOCPARAM;
}

static void kapi_line(struct kapi_pctx *c, const struct kapi_line *ln)
{
	struct kapi_sl b = ln->body;
	size_t kl;

	if (!b.n) {
		/* Prose keeps going across paragraphs; the rest ends. */
		if (c->fkind != KAPI_F_NONE && c->fmode != KAPI_M_PLAIN)
			c->blank_seen = c->val.len != 0;
		else
			kapi_field_flush(c);
		return;
	}
	if (!ln->indent) {
		if ((kl = kapi_doc_param_len(b))) {
			kapi_field_flush(c);
			kapi_block_end(c);
			kapi_field_start(c, KAPI_F_DOCPARAM, KAPI_M_PLAIN,
					 (struct kapi_sl){b.p + 1, kl}, ln,
					 kl + 2);
			c->name_done = true;
			return;
		}
		if ((kl = kapi_key_len(b))) {
			kapi_top_key(c, ln, kl);
			c->name_done = true;
			return;
		}
	} else if (c->blk != KAPI_BLK_NONE && kapi_sub_key(c, ln)) {
		return;
	}
	if (!c->name_done) {
		c->name_done = true;
		kapi_field_start(c, KAPI_F_NAME, KAPI_M_PLAIN, b, ln, 0);
		return;
	}
	if (c->fkind != KAPI_F_NONE &&
	    (ln->indent || kapi_takes_free_lines(c))) {
		kapi_field_continue(c, ln);
		return;
	}
	if (!ln->indent) { /* free kerneldoc text ends whatever was open */
		kapi_field_flush(c);
		kapi_block_end(c);
	}
}

/* ---- after the last line ----------------------------------------------- */

static int kapi_doc_index(const struct kapi_pctx *c, const char *name)
{
	struct kapi_sl n = {name, strlen(name)};

	return (int)kapi_names_find(&c->docs, c->spec, kapi_doc_name_of, n);
}

static void kapi_resolve_size_refs(struct kapi_pctx *c)
{
	struct kapi_spec *s = c->spec;

	for (size_t i = 0; i < c->nref; i++) {
		struct kapi_size_ref *r = &c->refs[i];
		int idx;

		if (!r->name)
			continue;
		/* The function's parameter order is the @-lines' order. */
		if (s->doc_param_count)
			idx = kapi_doc_index(c, r->name);
		else
			idx = (int)kapi_param_find(
				c, (struct kapi_sl){r->name, strlen(r->name)});
		if (idx < 0)
			kapi_err(c, r->loc, KAPI_RULE_PARAM,
				 "size parameter '%s' is not a parameter of "
				 "%s",
				 r->name, s->name ? s->name : "this function");
		else
			s->params[r->param].size_param_idx = idx;
	}
}

static void kapi_check_params(struct kapi_pctx *c)
{
	struct kapi_spec *s = c->spec;

	for (size_t i = 0; s->doc_param_count && i < s->param_count; i++) {
		const struct kapi_param *p = &s->params[i];

		if (p->name && kapi_doc_index(c, p->name) < 0)
			kapi_err(c, p->loc, KAPI_RULE_PARAM,
				 "param: '%s' has no matching '@%s:' line in "
				 "this comment",
				 p->name, p->name);
	}
	if (s->param_count_declared >= 0 &&
	    (size_t)s->param_count_declared != s->param_count)
		kapi_err(c, s->param_count_loc, KAPI_RULE_COUNT,
			 "param-count: says %d but the spec describes %zu "
			 "parameter%s",
			 s->param_count_declared, s->param_count,
			 s->param_count == 1 ? "" : "s");
}

/* A param: block without desc: takes its kerneldoc `@name:` text, as the
 * kernel's generator does (it only ever uses the @name: line). */
static void kapi_docs_to_params(struct kapi_pctx *c)
{
	struct kapi_spec *s = c->spec;

	for (size_t i = 0; i < s->param_count; i++) {
		struct kapi_param *p = &s->params[i];
		int d;

		if (p->desc || !p->name)
			continue;
		d = kapi_doc_index(c, p->name);
		if (d >= 0 && s->doc_params[d].desc)
			p->desc = kapi_xstrdup(s->doc_params[d].desc);
	}
}

static void kapi_finish_return(struct kapi_return *r)
{
	/*
	 * A call that does not return has no success value; `success: does
	 * not return on success` is prose about that, so it becomes the
	 * description (when there is none) instead of a value nobody can
	 * evaluate.
	 */
	if (r->present && r->check == KAPI_RETURN_NO_RETURN &&
	    r->success.state == KAPI_VALUE_UNRESOLVED && r->success.text &&
	    kapi_lint_is_prose(r->success.text, strlen(r->success.text))) {
		if (!r->desc) {
			r->desc = r->success.text;
			r->success.text = NULL;
		}
		kapi_value_clear(&r->success);
	}
	if (!r->present || r->check != KAPI_RETURN_NONE)
		return;
	if (r->type == KAPI_TYPE_FD)
		r->check = KAPI_RETURN_FD;
	else if (r->success.state != KAPI_VALUE_ABSENT)
		r->check = KAPI_RETURN_EXACT;
	else if (r->success_min.state != KAPI_VALUE_ABSENT)
		r->check = KAPI_RETURN_RANGE;
}

static void kapi_finish(struct kapi_pctx *c)
{
	struct kapi_spec *s = c->spec;

	kapi_field_flush(c);
	kapi_resolve_size_refs(c);
	kapi_check_params(c);
	kapi_docs_to_params(c);
	kapi_finish_return(&s->ret);
	if (c->saw_flat)
		s->prov.source = KAPI_SOURCE_COMMENT_FLAT;
	else if (c->saw_enum)
		s->prov.source = KAPI_SOURCE_COMMENT_ENUM;
	else
		s->prov.source = KAPI_SOURCE_COMMENT_SHORT;
}

static void kapi_pctx_free(struct kapi_pctx *c)
{
	kapi_sb_free(&c->val);
	free(c->segs);
	free(c->params.slots);
	free(c->docs.slots);
	for (size_t i = 0; i < c->nref; i++)
		free(c->refs[i].name);
	free(c->refs);
	free(c->items);
}

struct kapi_spec *kapi_parse_comment(const char *text, size_t len,
				     const char *file, struct kapi_loc start,
				     struct kapi_diag_list *diags)
{
	struct kapi_pctx c = {0};
	struct kapi_liner lr;
	struct kapi_line ln;

	if (!text || !kapi_comment_is_spec(text, len))
		return NULL;
	if (!start.line)
		start.line = 1;
	if (!start.col)
		start.col = 1;
	c.spec = kapi_spec_new();
	c.diags = diags;
	c.file = file;
	c.blk_idx = -1;
	c.spec->prov.file = kapi_xstrdup(file);
	c.spec->prov.line = start.line;
	kapi_liner_init(&lr, text, len, start);
	while (kapi_next_line(&lr, &ln))
		kapi_line(&c, &ln);
	kapi_finish(&c);
	kapi_pctx_free(&c);
	return c.spec;
}

/* ---- scanning a C file ------------------------------------------------- */

struct kapi_scan {
	const char *buf;
	size_t len, i;
	unsigned line, col;
};

/* Move to offset `to`, keeping line and column up to date. */
static void kapi_scan_to(struct kapi_scan *sc, size_t to)
{
	while (sc->i < to) {
		const char *nl = memchr(sc->buf + sc->i, '\n', to - sc->i);

		if (!nl) {
			sc->col += (unsigned)(to - sc->i);
			sc->i = to;
			return;
		}
		sc->line++;
		sc->col = 1;
		sc->i = (size_t)(nl - sc->buf) + 1;
	}
}

/* Offset just past the comment opened at sc->i, or 0 if unterminated. */
static size_t kapi_comment_end(const struct kapi_scan *sc)
{
	size_t j = sc->i + 2;

	while (j < sc->len) {
		const char *star = memchr(sc->buf + j, '*', sc->len - j);

		if (!star)
			return 0;
		j = (size_t)(star - sc->buf) + 1;
		if (j < sc->len && sc->buf[j] == '/')
			return j + 1;
	}
	return 0;
}

/* End of a string or character literal; stops at an unescaped newline. */
static size_t kapi_literal_end(const struct kapi_scan *sc)
{
	char q = sc->buf[sc->i];
	size_t j = sc->i + 1;

	while (j < sc->len && sc->buf[j] != q && sc->buf[j] != '\n')
		j += sc->buf[j] == '\\' ? 2 : 1;
	return j < sc->len && sc->buf[j] == q ? j + 1
					      : (j < sc->len ? j : sc->len);
}

static size_t kapi_line_comment_end(const struct kapi_scan *sc)
{
	size_t j = sc->i + 2;

	/* A backslash-newline continues a // comment. */
	while (j < sc->len && sc->buf[j] != '\n')
		j += sc->buf[j] == '\\' ? 2 : 1;
	return j < sc->len ? j : sc->len;
}

static bool kapi_at(const char *p, const char *end, const char *lit)
{
	size_t n = strlen(lit);

	return (size_t)(end - p) >= n && !memcmp(p, lit, n);
}

/* A comment right above SYSCALL_DEFINEn(name, ...) names a syscall. */
static void kapi_syscall_after(struct kapi_spec *s, const char *p,
			       const char *end)
{
	const char *prefix = "sys_";
	struct kapi_sl name;
	char *full;

	while (p < end && (kapi_is_blank(*p) || *p == '\n'))
		p++;
	if (kapi_at(p, end, "COMPAT_")) {
		prefix = "compat_sys_";
		p += 7;
	}
	if (!kapi_at(p, end, "SYSCALL_DEFINE"))
		return;
	p += 14;
	while (p < end && isdigit((unsigned char)*p))
		p++;
	while (p < end && kapi_is_blank(*p))
		p++;
	if (p >= end || *p != '(')
		return;
	p++;
	while (p < end && kapi_is_blank(*p))
		p++;
	name.p = p;
	while (p < end && kapi_is_ident_char(*p))
		p++;
	name.n = (size_t)(p - name.p);
	s->kind = KAPI_KIND_SYSCALL;
	if (!name.n)
		return;
	full = kapi_xasprintf("%s%.*s", prefix, (int)name.n, name.p);
	/* Keep a kerneldoc name that differs: the plugin reports drift. */
	if (!s->name ||
	    (strlen(s->name) == name.n && !memcmp(s->name, name.p, name.n))) {
		free(s->name);
		s->name = full;
	} else {
		free(full);
	}
}

size_t kapi_parse_source(const char *buf, size_t len, const char *file,
			 struct kapi_spec_list *out,
			 struct kapi_diag_list *diags)
{
	struct kapi_scan sc = {buf, len, 0, 1, 1};
	size_t found = 0;

	if (!buf)
		return 0;
	while (sc.i < len) {
		char ch = buf[sc.i];
		char next = sc.i + 1 < len ? buf[sc.i + 1] : '\0';

		if (ch == '/' && next == '*') {
			size_t end = kapi_comment_end(&sc);
			struct kapi_loc at = {sc.line, sc.col};
			struct kapi_spec *s = NULL;

			if (!end)
				break; /* unterminated: the compiler says so */
			if (end - sc.i > 4 && buf[sc.i + 2] == '*')
				s = kapi_parse_comment(buf + sc.i, end - sc.i,
						       file, at, diags);
			if (s) {
				kapi_syscall_after(s, buf + end, buf + len);
				kapi_spec_list_push(out, s);
				found++;
			}
			kapi_scan_to(&sc, end);
		} else if (ch == '/' && next == '/') {
			kapi_scan_to(&sc, kapi_line_comment_end(&sc));
		} else if (ch == '"' || ch == '\'') {
			kapi_scan_to(&sc, kapi_literal_end(&sc));
		} else {
			kapi_scan_to(&sc, sc.i + 1);
		}
	}
	return found;
}
