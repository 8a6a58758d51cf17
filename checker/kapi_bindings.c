// SPDX-License-Identifier: MIT
/*
 * Bindings: which kernel spec a userspace entry point reaches, with which
 * arguments, under which error convention (KAPI-DSL.md §9).  The file
 * format is documented at the top of checker/bindings.txt:
 *
 *   FUNCTION SPEC CONVENTION ARGS [HEADER]
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

static const char *const kapi_conv_names[] = {
	[KAPI_CONV_LIBC] = "libc",
	[KAPI_CONV_NEG_ERRNO] = "neg-errno",
	[KAPI_CONV_ERRNO_VALUE] = "errno-value",
};

const char *kapi_convention_name(enum kapi_convention c)
{
	return kapi_conv_names[c];
}

static int kapi_conv_from_name(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(kapi_conv_names) / sizeof(*kapi_conv_names); i++)
		if (!strcmp(s, kapi_conv_names[i]))
			return (int)i;
	return -1;
}

static void kapi_binding_clear(struct kapi_binding *b)
{
	free(b->function);
	free(b->spec);
	free(b->args);
	free(b->header);
	free(b->file);
	free(b->needs_expr);
	memset(b, 0, sizeof(*b));
}

/* "0,1,-,2": one entry per spec parameter.  A lone "-" is also how a
 * binding to a spec without parameters is written. */
static int kapi_parse_args(const char *s, struct kapi_binding *b)
{
	const char *p = s;

	if (!strcmp(s, "-"))
		return 0;
	while (*p) {
		int v = KAPI_BIND_NONE;
		char *end;

		if (*p == '-') {
			end = (char *)p + 1;
		} else {
			long n = strtol(p, &end, 10);

			if (end == p || n < 0 || n > 64)
				return -1;
			v = (int)n;
		}
		if (*end && *end != ',')
			return -1;
		b->args = kapi_xrealloc(b->args,
					(b->arg_count + 1) * sizeof(*b->args));
		b->args[b->arg_count++] = v;
		p = *end ? end + 1 : end;
		if (*end && !*p)
			return -1; /* trailing comma */
	}
	return 0;
}

/* Split one line into at most `max` whitespace-separated fields (in place). */
static size_t kapi_split(char *line, char **fields, size_t max)
{
	size_t n = 0;
	char *save = NULL, *tok;

	for (tok = strtok_r(line, " \t\r", &save); tok;
	     tok = strtok_r(NULL, " \t\r", &save)) {
		if (n == max)
			return max + 1;
		fields[n++] = tok;
	}
	return n;
}

static int kapi_parse_line(char *line, struct kapi_binding *b, const char **why)
{
	char *f[5];
	size_t n;
	int conv;

	n = kapi_split(line, f, 5);
	if (n < 4 || n > 5) {
		*why = "expected FUNCTION SPEC CONVENTION ARGS [HEADER]";
		return -1;
	}
	conv = kapi_conv_from_name(f[2]);
	if (conv < 0) {
		*why = "unknown convention (use libc, neg-errno or "
		       "errno-value)";
		return -1;
	}
	b->function = kapi_xstrdup(f[0]);
	b->spec = kapi_xstrdup(f[1]);
	b->conv = (enum kapi_convention)conv;
	b->header = n == 5 ? kapi_xstrdup(f[4]) : NULL;
	if (kapi_parse_args(f[3], b)) {
		*why = "ARGS must be comma-separated argument indexes or '-'";
		return -1;
	}
	return 0;
}

/* Where `function` is, or would go, in the list sorted by name. */
static size_t kapi_bindings_slot(const struct kapi_bindings *bs,
				 const char *function, bool *found)
{
	size_t lo = 0, hi = bs->count;

	*found = false;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(bs->items[mid].function, function);

		if (!c) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Later bindings for a function replace earlier ones (user files come after
 * the shipped one).  The list stays sorted by name: every call expression
 * of every checked file is looked up in it. */
static void kapi_bindings_put(struct kapi_bindings *bs, struct kapi_binding *b)
{
	bool found;
	size_t i = kapi_bindings_slot(bs, b->function, &found);

	if (found) {
		kapi_binding_clear(&bs->items[i]);
		bs->items[i] = *b;
		return;
	}
	KAPI_APPEND(bs->items, bs->count, bs->cap);
	memmove(&bs->items[i + 1], &bs->items[i],
		(bs->count - 1 - i) * sizeof(*bs->items));
	bs->items[i] = *b;
}

/*
 * `needs FUNCTION ARG EXPR`: the wrapper reads its variadic argument ARG
 * (0-based) only when EXPR holds, an expression of the constraint language
 * over the spec's parameter names with numbers for constants (open's mode
 * with O_CREAT or O_TMPFILE).  FUNCTION must be bound on an earlier line.
 */
static int kapi_parse_needs(struct kapi_bindings *bs, char *line,
			    const char **why)
{
	char *p = line + strspn(line, " \t"), *fn, *arg, *end;
	struct kapi_binding *b;
	bool found;
	long idx;
	size_t i;

	p += strlen("needs");
	p += strspn(p, " \t");
	fn = p;
	p += strcspn(p, " \t");
	if (*p)
		*p++ = '\0';
	p += strspn(p, " \t");
	arg = p;
	p += strcspn(p, " \t");
	if (*p)
		*p++ = '\0';
	p += strspn(p, " \t\r");
	idx = strtol(arg, &end, 10);
	if (!*fn || !*arg || *end || idx < 0 || !*p) {
		*why = "expected needs FUNCTION ARG EXPR";
		return -1;
	}
	i = kapi_bindings_slot(bs, fn, &found);
	if (!found) {
		*why = "needs for a function no earlier line binds";
		return -1;
	}
	b = &bs->items[i];
	free(b->needs_expr);
	b->needs_arg = (int)idx;
	b->needs_expr = kapi_xstrdup(p);
	end = b->needs_expr + strlen(b->needs_expr);
	while (end > b->needs_expr &&
	       (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		*--end = '\0';
	return 0;
}

int kapi_bindings_load(struct kapi_bindings *bs, const char *path, char **err)
{
	size_t len;
	char *text = kapi_read_file(path, &len), *line, *save = NULL;
	unsigned lineno = 0;

	if (!text) {
		*err = kapi_xasprintf("%s: cannot read bindings: %s", path,
				      strerror(errno));
		return -1;
	}
	/* strtok_r would merge blank lines; walk line by line instead. */
	for (line = text; line; line = save) {
		struct kapi_binding b = {0};
		const char *why = NULL;
		char *hash;

		save = strchr(line, '\n');
		if (save)
			*save++ = '\0';
		lineno++;
		hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		if (strspn(line, " \t\r") == strlen(line))
			continue;
		if (!strncmp(line + strspn(line, " \t"), "needs ", 6)) {
			if (kapi_parse_needs(bs, line, &why)) {
				*err = kapi_xasprintf("%s:%u: %s", path, lineno,
						      why);
				free(text);
				return -1;
			}
			continue;
		}
		if (kapi_parse_line(line, &b, &why)) {
			kapi_binding_clear(&b);
			*err = kapi_xasprintf("%s:%u: %s", path, lineno, why);
			free(text);
			return -1;
		}
		b.file = kapi_xstrdup(path);
		b.line = lineno;
		kapi_bindings_put(bs, &b);
	}
	free(text);
	return 0;
}

const struct kapi_binding *kapi_bindings_find(const struct kapi_bindings *bs,
					      const char *function)
{
	bool found;
	size_t i = kapi_bindings_slot(bs, function, &found);

	return found ? &bs->items[i] : NULL;
}

void kapi_bindings_free(struct kapi_bindings *bs)
{
	size_t i;

	for (i = 0; i < bs->count; i++)
		kapi_binding_clear(&bs->items[i]);
	free(bs->items);
	memset(bs, 0, sizeof(*bs));
}
