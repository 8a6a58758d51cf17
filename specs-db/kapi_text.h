/* SPDX-License-Identifier: MIT */
/* Human-readable renderings of a spec: a compact text dump (what
 * `kapi-db parse` and `kapi-db show` print) and reStructuredText. */
#ifndef KAPI_TEXT_H
#define KAPI_TEXT_H

#include <stdbool.h>
#include <stdio.h>

#include "kapi_util.h"

#include "kapi_spec.h"

/* "O_CLOEXEC = 0x80000", "0", "INT_MAX (unresolved)" */
void kapi_value_format(const struct kapi_value *v, bool hex,
		       struct kapi_strbuf *out);

void kapi_spec_print_text(FILE *out, const struct kapi_spec *spec);
void kapi_spec_print_rst(FILE *out, const struct kapi_spec *spec);

#endif
