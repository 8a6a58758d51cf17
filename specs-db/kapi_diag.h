/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics collected by the library.  Library code never prints: it
 * appends to a kapi_diag_list and the caller (kapi-db, the plugin, the
 * checker) decides how to show them.
 */
#ifndef KAPI_DIAG_H
#define KAPI_DIAG_H

#include <stddef.h>
#include <stdio.h>

#include "kapi_spec.h"

enum kapi_severity {
	KAPI_SEV_NOTE = 0,
	KAPI_SEV_WARNING,
	KAPI_SEV_ERROR,
};

struct kapi_diag {
	enum kapi_severity severity;
	char *file; /* may be NULL */
	struct kapi_loc loc;
	char *rule; /* "kapi-spec-syntax"; may be NULL */
	char *message;
};

struct kapi_diag_list {
	struct kapi_diag *items;
	size_t count;
	size_t cap;
};

void kapi_diag_add(struct kapi_diag_list *l, enum kapi_severity sev,
		   const char *file, struct kapi_loc loc, const char *rule,
		   const char *fmt, ...) __attribute__((format(printf, 6, 7)));
size_t kapi_diag_count(const struct kapi_diag_list *l,
		       enum kapi_severity at_least);
void kapi_diag_list_free(struct kapi_diag_list *l);
/* clang style: "file:line:col: warning: message [rule]" */
void kapi_diag_print(FILE *out, const struct kapi_diag *d);
const char *kapi_severity_name(enum kapi_severity s);

#endif
