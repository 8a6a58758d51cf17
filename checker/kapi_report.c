// SPDX-License-Identifier: MIT
/*
 * Findings: where they point, whether NOLINT suppresses them, and the list
 * the output formats print.  Suppression follows clang-tidy:
 *
 *   call();  // NOLINT                     every rule on this line
 *   call();  // NOLINT(kapi-mask)          the named rules (globs allowed)
 *   // NOLINTNEXTLINE(kapi-range, kapi-enum)
 *   call();                                the line below the comment
 *   // NOLINTBEGIN(kapi-mask)
 *   call(); call();                        every line from BEGIN to the
 *   // NOLINTEND(kapi-mask)                matching END, both included
 */
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

void kapi_findings_free(struct kapi_findings *f)
{
	size_t i;

	for (i = 0; i < f->count; i++) {
		free(f->items[i].file);
		free(f->items[i].message);
		free(f->items[i].note);
		free(f->items[i].note_file);
	}
	free(f->items);
	memset(f, 0, sizeof(*f));
}

/* [start, end) of 1-based `line` in text, or false past the end. */
static bool kapi_line_span(const char *text, size_t len, unsigned line,
			   size_t *start, size_t *end)
{
	size_t pos = 0;
	unsigned n = 1;

	while (n < line) {
		const char *nl = memchr(text + pos, '\n', len - pos);

		if (!nl)
			return false;
		pos = (size_t)(nl - text) + 1;
		n++;
	}
	*start = pos;
	while (pos < len && text[pos] != '\n')
		pos++;
	*end = pos;
	return true;
}

/*
 * Does the line hold `keyword` (not as part of a longer NOLINT word) with
 * either no list, or a list naming `rule`?
 */
static bool kapi_nolint_line(const char *line, size_t n, const char *keyword,
			     const char *rule)
{
	size_t kl = strlen(keyword), i;

	for (i = 0; i + kl <= n; i++) {
		const char *p = line + i + kl, *close;
		char *list;
		bool hit;

		if (memcmp(line + i, keyword, kl))
			continue;
		/* NOLINT must not match NOLINTNEXTLINE / NOLINTBEGIN. */
		if (i + kl < n && ((*p >= 'A' && *p <= 'Z') || *p == '_'))
			continue;
		if (i + kl == n || *p != '(')
			return true;
		close = memchr(p, ')', n - (i + kl));
		if (!close)
			continue; /* malformed: clang-tidy ignores it too */
		list = kapi_xstrndup(p + 1, (size_t)(close - p - 1));
		hit = kapi_checks_enabled(list, rule);
		free(list);
		if (hit)
			return true;
	}
	return false;
}

/*
 * The first `keyword` on a line (not part of a longer NOLINT word): true,
 * with its list in *list (NULL when it has none; a fresh string).
 */
static bool kapi_nolint_marker(const char *line, size_t n, const char *keyword,
			       char **list)
{
	size_t kl = strlen(keyword), i;

	*list = NULL;
	for (i = 0; i + kl <= n; i++) {
		const char *p = line + i + kl, *close;

		if (memcmp(line + i, keyword, kl))
			continue;
		if (i + kl < n && ((*p >= 'A' && *p <= 'Z') || *p == '_'))
			continue;
		if (i + kl == n || *p != '(')
			return true;
		close = memchr(p, ')', n - (i + kl));
		if (!close)
			continue;
		*list = kapi_xstrndup(p + 1, (size_t)(close - p - 1));
		return true;
	}
	return false;
}

static bool kapi_same_list(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

struct kapi_nolint_open {
	char *list; /* NULL: every rule */
	unsigned line;
};

/*
 * NOLINTBEGIN(list) ... NOLINTEND(list), clang-tidy's way: an END closes
 * the latest open BEGIN with the same list, and the lines from one to the
 * other (both included) are suppressed for the rules the list names.  A
 * BEGIN that is never closed suppresses nothing (clang-tidy calls that an
 * error; we stay quiet rather than guess where it ends).
 */
static bool kapi_nolint_block(const char *text, size_t len, unsigned line,
			      const char *rule)
{
	struct kapi_nolint_open *open = NULL;
	size_t count = 0, cap = 0, s, e, k;
	unsigned l;
	bool hit = false;
	char *list;

	/* One pass over the lines (line_span() from the top each time made
	 * this quadratic in the file's length). */
	for (l = 1, s = 0; !hit && s <= len; l++, s = e + 1) {
		const char *nl = memchr(text + s, '\n', len - s);

		e = nl ? (size_t)(nl - text) : len;
		if (kapi_nolint_marker(text + s, e - s, "NOLINTBEGIN", &list)) {
			struct kapi_nolint_open *o =
				KAPI_APPEND(open, count, cap);

			o->list = list;
			o->line = l;
		}
		if (!kapi_nolint_marker(text + s, e - s, "NOLINTEND", &list))
			continue;
		for (k = count; k > 0; k--)
			if (kapi_same_list(open[k - 1].list, list))
				break;
		if (k > 0) {
			struct kapi_nolint_open *o = &open[k - 1];

			hit = o->line <= line && line <= l &&
			      (!o->list || kapi_checks_enabled(o->list, rule));
			free(o->list);
			memmove(o, o + 1, (count - k) * sizeof(*o));
			count--;
		}
		free(list);
	}
	for (k = 0; k < count; k++)
		free(open[k].list);
	free(open);
	return hit;
}

bool kapi_nolint_suppresses(const char *text, size_t len, unsigned line,
			    const char *rule)
{
	size_t s, e;

	/* Most files have none: one fast scan instead of three. */
	if (!memmem(text, len, "NOLINT", 6))
		return false;
	if (kapi_line_span(text, len, line, &s, &e) &&
	    kapi_nolint_line(text + s, e - s, "NOLINT", rule))
		return true;
	if (line > 1 && kapi_line_span(text, len, line - 1, &s, &e) &&
	    kapi_nolint_line(text + s, e - s, "NOLINTNEXTLINE", rule))
		return true;
	return kapi_nolint_block(text, len, line, rule);
}

/* The main file's text, read once per TU for NOLINT lookups. */
static bool kapi_tu_text(struct kapi_tu *tu, const char *file)
{
	if (tu->nolint_file && !strcmp(tu->nolint_file, file))
		return tu->nolint_text != NULL;
	free(tu->nolint_file);
	free(tu->nolint_text);
	tu->nolint_file = kapi_xstrdup(file);
	tu->nolint_text = kapi_read_file(file, &tu->nolint_len);
	return tu->nolint_text != NULL;
}

void kapi_report(struct kapi_tu *tu, const struct kapi_rule *rule, CXCursor at,
		 const struct kapi_spec *spec, struct kapi_loc spec_loc,
		 char *message, char *note)
{
	CXSourceLocation loc = clang_getRangeStart(clang_getCursorExtent(at));
	struct kapi_finding *f;
	unsigned line, col;
	CXString name;
	CXFile file;

	/* Where the user wrote it: for `O_RDWR | 0x10000000` the macro's
	 * expansion in the main file, not its definition in <fcntl.h>. */
	clang_getExpansionLocation(loc, &file, &line, &col, NULL);
	if (!file || !clang_Location_isFromMainFile(
			     clang_getLocation(tu->tu, file, line, col)))
		goto drop;
	name = clang_getFileName(file);
	if (kapi_tu_text(tu, clang_getCString(name)) &&
	    kapi_nolint_suppresses(tu->nolint_text, tu->nolint_len, line,
				   rule->name)) {
		clang_disposeString(name);
		goto drop;
	}
	/* A call checked once per alternative value of one argument repeats
	 * the findings that do not depend on it. */
	for (size_t i = tu->first_finding; i < tu->out->count; i++) {
		const struct kapi_finding *o = &tu->out->items[i];

		if (o->rule == rule && o->line == line && o->col == col &&
		    !strcmp(o->message, message) &&
		    !strcmp(o->file, clang_getCString(name))) {
			clang_disposeString(name);
			goto drop;
		}
	}
	f = KAPI_APPEND(tu->out->items, tu->out->count, tu->out->cap);
	f->rule = rule;
	f->file = kapi_xstrdup(clang_getCString(name));
	clang_disposeString(name);
	f->line = line;
	f->col = col;
	f->message = message;
	f->note = note;
	f->error = tu->werror;
	if (note && !clang_Cursor_isNull(tu->note_at)) {
		/* A derived call: the note shows where the helper passes the
		 * value on; the spec is named in the note's text. */
		CXString nf;
		CXFile nfile;
		unsigned nl, nc;

		clang_getExpansionLocation(
			clang_getRangeStart(clang_getCursorExtent(tu->note_at)),
			&nfile, &nl, &nc, NULL);
		nf = clang_getFileName(nfile);
		f->note_file = kapi_xstrdup(clang_getCString(nf));
		clang_disposeString(nf);
		f->note_line = nl;
		f->note_col = nc;
		f->note =
			kapi_xasprintf("the value is passed on here; %s", note);
		free(note);
	} else if (note && spec) {
		f->note_file = kapi_xstrdup(spec->prov.file);
		f->note_line = spec_loc.line ? spec_loc.line : spec->prov.line;
		f->note_col = spec_loc.line ? spec_loc.col : 0;
	}
	return;
drop:
	free(message);
	free(note);
}
