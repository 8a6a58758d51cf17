// SPDX-License-Identifier: MIT
#include "kapi_diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_util.h"

void kapi_diag_add(struct kapi_diag_list *l, enum kapi_severity sev,
		   const char *file, struct kapi_loc loc, const char *rule,
		   const char *fmt, ...)
{
	struct kapi_strbuf sb = {0};
	struct kapi_diag *d;
	va_list ap;

	va_start(ap, fmt);
	kapi_sb_vprintf(&sb, fmt, ap);
	va_end(ap);

	d = KAPI_APPEND(l->items, l->count, l->cap);
	d->severity = sev;
	d->file = kapi_xstrdup(file);
	d->loc = loc;
	d->rule = kapi_xstrdup(rule);
	d->message = kapi_sb_take(&sb);
}

size_t kapi_diag_count(const struct kapi_diag_list *l,
		       enum kapi_severity at_least)
{
	size_t n = 0;

	for (size_t i = 0; i < l->count; i++)
		if (l->items[i].severity >= at_least)
			n++;
	return n;
}

void kapi_diag_list_free(struct kapi_diag_list *l)
{
	for (size_t i = 0; i < l->count; i++) {
		free(l->items[i].file);
		free(l->items[i].rule);
		free(l->items[i].message);
	}
	free(l->items);
	l->items = NULL;
	l->count = l->cap = 0;
}

const char *kapi_severity_name(enum kapi_severity s)
{
	switch (s) {
	case KAPI_SEV_NOTE:
		return "note";
	case KAPI_SEV_WARNING:
		return "warning";
	case KAPI_SEV_ERROR:
		return "error";
	}
	return "error";
}

void kapi_diag_print(FILE *out, const struct kapi_diag *d)
{
	if (d->file) {
		fputs(d->file, out);
		if (d->loc.line) {
			fprintf(out, ":%u", d->loc.line);
			if (d->loc.col)
				fprintf(out, ":%u", d->loc.col);
		}
		fputs(": ", out);
	}
	fprintf(out, "%s: %s", kapi_severity_name(d->severity), d->message);
	if (d->rule)
		fprintf(out, " [%s]", d->rule);
	fputc('\n', out);
}
