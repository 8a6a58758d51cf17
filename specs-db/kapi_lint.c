// SPDX-License-Identifier: MIT
/*
 * Spec lint (kapi_lint.h).  Every rule here prefers silence to a guess: a
 * warning on a correct spec teaches people to ignore the tool, so a rule
 * fires only on a pattern that has no reasonable correct reading.
 */
#include "kapi_lint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_parse.h"
#include "kapi_util.h"

/* ---- kernel-internal errno codes --------------------------------------- */

/*
 * include/linux/errno.h of Linux 6.12: codes above the userspace range
 * that must not reach a system call's caller; what happens instead, from
 * the kernel code that handles each (arch signal.c, fs/ioctl.c,
 * fs/namei.c, fs/fs_context.c, fs/aio.c).
 */
static const struct {
	const char *name;
	int num;
	const char *instead;
} kapi_internal_errnos[] = {
	{"ERESTARTSYS", 512,
	 "the call is restarted (no handler ran, or it has SA_RESTART) or "
	 "fails with EINTR; document EINTR"},
	{"ERESTARTNOINTR", 513,
	 "the call is always restarted, even after a handler; userspace gets "
	 "no error"},
	{"ERESTARTNOHAND", 514,
	 "the call is restarted when no handler runs, else fails with EINTR; "
	 "document EINTR"},
	{"ENOIOCTLCMD", 515,
	 "the ioctl path turns it into ENOTTY; document ENOTTY"},
	{"ERESTART_RESTARTBLOCK", 516,
	 "the call resumes through restart_syscall when no handler runs, else "
	 "fails with EINTR; document EINTR"},
	{"EPROBE_DEFER", 517,
	 "it asks the driver core to retry a probe; a caller that got it "
	 "would see a bare 517"},
	{"EOPENSTALE", 518,
	 "open retries the lookup and reports ESTALE at most; document ESTALE"},
	{"ENOPARAM", 519,
	 "mount option parsing turns it into EINVAL; document EINVAL"},
	{"EBADHANDLE", 521,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"ENOTSYNC", 522,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"EBADCOOKIE", 523,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"ENOTSUPP", 524,
	 "userspace has no name for 524 and leaking it is a bug; the "
	 "userspace code is EOPNOTSUPP"},
	{"ETOOSMALL", 525,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"ESERVERFAULT", 526,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"EBADTYPE", 527,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"EJUKEBOX", 528,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"EIOCBQUEUED", 529,
	 "it means the AIO request was queued; its result arrives in the "
	 "completion event"},
	{"ERECALLCONFLICT", 530,
	 "an NFS code with no userspace name; leaking it is a bug"},
	{"ENOGRACE", 531,
	 "an NFS code with no userspace name; leaking it is a bug"},
};

const char *kapi_lint_internal_errno(const char *name, int *num)
{
	if (!name)
		return NULL;
	for (size_t i = 0;
	     i < sizeof(kapi_internal_errnos) / sizeof(kapi_internal_errnos[0]);
	     i++) {
		if (!strcmp(name, kapi_internal_errnos[i].name)) {
			if (num)
				*num = kapi_internal_errnos[i].num;
			return kapi_internal_errnos[i].instead;
		}
	}
	return NULL;
}

/* ---- prose ------------------------------------------------------------- */

static bool kapi_is_word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Words that may stand side by side in a C expression: casts, sizeof. */
static bool kapi_is_c_word(const char *p, size_t n)
{
	static const char *const words[] = {
		"sizeof", "unsigned", "signed", "long",	  "int",
		"short",  "char",     "const",	"struct", "union",
		"enum",	  "volatile", "void",	"_Bool",  "__user",
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == n && !memcmp(words[i], p, n))
			return true;
	return false;
}

bool kapi_lint_is_prose(const char *text, size_t n)
{
	const char *prev = NULL;
	size_t prev_n = 0;
	size_t i = 0;

	if (!text)
		return false;
	while (i < n) {
		size_t start = i;
		bool only_blanks;

		if (!kapi_is_word_char(text[i])) {
			i++;
			continue;
		}
		while (i < n && kapi_is_word_char(text[i]))
			i++;
		/* Was the previous word separated from this one by blanks? */
		only_blanks = prev != NULL;
		for (const char *q = prev ? prev + prev_n : text;
		     only_blanks && q < text + start; q++)
			if (*q != ' ' && *q != '\t' && *q != '\n')
				only_blanks = false;
		if (only_blanks && !isdigit((unsigned char)*prev) &&
		    !isdigit((unsigned char)text[start]) &&
		    !kapi_is_c_word(prev, prev_n) &&
		    !kapi_is_c_word(text + start, i - start))
			return true;
		prev = text + start;
		prev_n = i - start;
	}
	return false;
}

/* ---- evaluation -------------------------------------------------------- */

bool kapi_lint_eval_literal(void *ctx, const char *term, int64_t *value)
{
	bool is_unsigned;

	(void)ctx;
	return kapi_eval_int_expr(term, value, &is_unsigned);
}

/*
 * Split `text` at the '|' operators outside parentheses (not '||') into
 * trimmed terms (*out, owned by the caller).  Returns the number of
 * terms, or 0 (and NULL) when a term is empty.
 */
static size_t kapi_or_terms(const char *text, char ***out)
{
	struct {
		char **items;
		size_t count, cap;
	} v = {0};
	const char *p = text, *start = text;
	int depth = 0;

	for (;; p++) {
		bool end = !*p;

		if (!end && (*p == '(' || *p == '[')) {
			depth++;
			continue;
		}
		if (!end && (*p == ')' || *p == ']')) {
			if (depth)
				depth--;
			continue;
		}
		if (!end && (*p != '|' || depth))
			continue;
		if (!end && p[1] == '|') {
			p++; /* a logical or: not a mask expression */
			continue;
		}
		{
			const char *a = start, *b = p;
			char **slot;

			while (a < b && isspace((unsigned char)*a))
				a++;
			while (b > a && isspace((unsigned char)b[-1]))
				b--;
			slot = KAPI_APPEND(v.items, v.count, v.cap);
			*slot = kapi_xstrndup(a, (size_t)(b - a));
		}
		if (end)
			break;
		start = p + 1;
	}
	for (size_t i = 0; i < v.count; i++) {
		if (!v.items[i][0]) {
			for (size_t k = 0; k < v.count; k++)
				free(v.items[k]);
			free(v.items);
			*out = NULL;
			return 0;
		}
	}
	*out = v.items;
	return v.count;
}

static void kapi_free_terms(char **terms, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(terms[i]);
	free(terms);
}

/* "A, B, C": the terms as an enum(...) argument list. */
static char *kapi_join_terms(char **terms, size_t n)
{
	struct kapi_strbuf sb = {0};

	for (size_t i = 0; i < n; i++)
		kapi_sb_printf(&sb, "%s%s", i ? ", " : "", terms[i]);
	return kapi_sb_take(&sb);
}

static int kapi_cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

/* ---- the rules --------------------------------------------------------- */

struct kapi_lint {
	const struct kapi_spec *spec;
	const char *file;
	kapi_lint_eval_fn eval;
	void *ctx;
	struct kapi_diag_list *diags;
};

static struct kapi_loc kapi_lint_loc(const struct kapi_lint *l,
				     struct kapi_loc a, struct kapi_loc b)
{
	if (a.line)
		return a;
	if (b.line)
		return b;
	return (struct kapi_loc){l->spec->prov.line, 1};
}

/*
 * A mask OR-ing three or more values that are consecutive numbers
 * (SEEK_SET | SEEK_CUR | SEEK_END = 0 | 1 | 2, or 1 | 2 | 3) is a list of
 * enumeration values: as a mask it accepts combinations the API never
 * defined and cannot express "exactly one of".  Masks that merely include
 * 0 among real bits (O_RDONLY | O_CLOEXEC | ...) are fine and stay
 * silent, as does anything with a term the evaluator does not know.
 */
static void kapi_lint_mask(const struct kapi_lint *l,
			   const struct kapi_param *p)
{
	const struct kapi_value *m = &p->mask;
	char **terms = NULL;
	int64_t *vals;
	size_t n;
	bool enumlike = true;
	struct kapi_strbuf list = {0};

	if (m->state == KAPI_VALUE_ABSENT || !m->text ||
	    p->constraint == KAPI_CONSTRAINT_ENUM)
		return; /* an enum given a mask has its own rule */
	n = kapi_or_terms(m->text, &terms);
	if (n < 3) {
		kapi_free_terms(terms, n);
		return;
	}
	vals = kapi_xcalloc(n, sizeof(*vals));
	for (size_t i = 0; i < n && enumlike; i++)
		if (!l->eval(l->ctx, terms[i], &vals[i]) || vals[i] < 0)
			enumlike = false;
	if (enumlike) {
		int64_t *sorted = kapi_xcalloc(n, sizeof(*sorted));

		memcpy(sorted, vals, n * sizeof(*sorted));
		qsort(sorted, n, sizeof(*sorted), kapi_cmp_i64);
		for (size_t i = 1; i < n && enumlike; i++)
			if (sorted[i] != sorted[i - 1] + 1)
				enumlike = false;
		free(sorted);
	}
	if (enumlike) {
		char *joined = kapi_join_terms(terms, n);

		for (size_t i = 0; i < n; i++) {
			char num[32];

			snprintf(num, sizeof(num), "%lld", (long long)vals[i]);
			kapi_sb_printf(&list, "%s%s%s%s", i ? ", " : "",
				       strcmp(terms[i], num) ? terms[i] : "",
				       strcmp(terms[i], num) ? " = " : "", num);
		}
		kapi_diag_add(l->diags, KAPI_SEV_WARNING, l->file,
			      kapi_lint_loc(l, m->loc, p->constraint_loc),
			      KAPI_LINT_RULE_MASK_ENUM,
			      "mask of '%s' ORs consecutive values (%s), not "
			      "distinct bits: an enumeration was probably "
			      "meant; write enum(%s)",
			      p->name ? p->name : "?", list.buf, joined);
		free(joined);
	}
	kapi_sb_free(&list);
	free(vals);
	kapi_free_terms(terms, n);
}

/* An enum constraint must list its values; a checker has nothing else. */
static void kapi_lint_enum(const struct kapi_lint *l,
			   const struct kapi_param *p)
{
	const char *name = p->name ? p->name : "?";

	if (p->constraint != KAPI_CONSTRAINT_ENUM)
		return;
	if (p->enum_count == 1 && p->enum_values[0].text) {
		char **terms = NULL;
		size_t n = kapi_or_terms(p->enum_values[0].text, &terms);

		/* enum(A | B | C): one value, the OR of all of them. */
		if (n >= 2) {
			char *joined = kapi_join_terms(terms, n);

			kapi_diag_add(l->diags, KAPI_SEV_WARNING, l->file,
				      kapi_lint_loc(l, p->enum_values[0].loc,
						    p->constraint_loc),
				      KAPI_LINT_RULE_ENUM_VALUES,
				      "enum values of '%s' are joined with "
				      "'|', which makes one value (their OR); "
				      "separate them with commas: enum(%s)",
				      name, joined);
			free(joined);
		}
		kapi_free_terms(terms, n);
		return;
	}
	if (p->enum_count)
		return;
	if (p->mask.state != KAPI_VALUE_ABSENT)
		kapi_diag_add(
			l->diags, KAPI_SEV_WARNING, l->file,
			kapi_lint_loc(l, p->mask.loc, p->constraint_loc),
			KAPI_LINT_RULE_ENUM_VALUES,
			"enum constraint of '%s' is given a mask, not its "
			"values; list the values ('valid-values: A, B' or "
			"'constraint-type: enum(A, B)'), or make it a mask "
			"constraint if any combination of these bits is "
			"valid",
			name);
	else
		kapi_diag_add(l->diags, KAPI_SEV_WARNING, l->file,
			      kapi_lint_loc(l, p->constraint_loc, p->loc),
			      KAPI_LINT_RULE_ENUM_VALUES,
			      "enum constraint of '%s' lists no values%s; a "
			      "checker cannot use it: list them with "
			      "'valid-values: A, B' or 'constraint-type: "
			      "enum(A, B)'",
			      name,
			      p->cdesc ? " (only prose in constraint:/cdesc:)"
				       : "");
}

void kapi_lint_spec(const struct kapi_spec *s, const char *file,
		    kapi_lint_eval_fn eval, void *ctx,
		    struct kapi_diag_list *diags)
{
	struct kapi_lint l;

	if (!s || !diags)
		return;
	l.spec = s;
	l.file = file ? file : s->prov.file;
	l.eval = eval ? eval : kapi_lint_eval_literal;
	l.ctx = ctx;
	l.diags = diags;
	for (size_t i = 0; i < s->param_count; i++) {
		kapi_lint_enum(&l, &s->params[i]);
		kapi_lint_mask(&l, &s->params[i]);
	}
}
