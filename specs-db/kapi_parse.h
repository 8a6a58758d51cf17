/* SPDX-License-Identifier: MIT */
/*
 * The KAPI DSL parser (KAPI-DSL.md).  Reads all three drafts -- current
 * short tokens, older KAPI_* enumerators, and the earliest flat draft --
 * into struct kapi_spec.  It never prints, never aborts on bad input, and
 * returns whatever it could parse; problems go to the diagnostic list with
 * file:line:col positions inside the source file.
 */
#ifndef KAPI_PARSE_H
#define KAPI_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kapi_diag.h"
#include "kapi_spec.h"

/*
 * Scan a C source buffer for KAPI spec comments (the detection rule of
 * KAPI-DSL.md §1) and append one spec per spec comment to *out.  `file` is
 * used for provenance and diagnostics.  Returns the number of specs
 * appended.  buf need not be NUL-terminated.
 */
size_t kapi_parse_source(const char *buf, size_t len, const char *file,
			 struct kapi_spec_list *out,
			 struct kapi_diag_list *diags);

/*
 * Parse one comment: `text` is the whole comment from its opening slash to
 * its closing slash, and `start` is where that first slash sits in `file`.
 * Returns NULL when the comment is not a KAPI spec (no diagnostics then).
 */
struct kapi_spec *kapi_parse_comment(const char *text, size_t len,
				     const char *file, struct kapi_loc start,
				     struct kapi_diag_list *diags);

/* The detection rule alone (KAPI-DSL.md §1). */
bool kapi_comment_is_spec(const char *text, size_t len);

/*
 * Evaluate an integer constant written only with C literals, exactly as C
 * does: decimal, hex, octal, binary, u/l/ll suffixes, the literal's C type
 * (int, unsigned int, long, unsigned long, ...), unary - + ~ !, binary
 * | & ^ << >> + - * / %, and parentheses.  Returns false (and leaves the
 * outputs untouched) when the text names anything symbolic or is
 * malformed.
 */
bool kapi_eval_int_expr(const char *text, int64_t *num, bool *is_unsigned);

/*
 * Set a value from its written text: kept as written, and RESOLVED right
 * away when kapi_eval_int_expr() can evaluate it, else UNRESOLVED.
 */
void kapi_value_parse(struct kapi_value *v, const char *text,
		      struct kapi_loc loc);

#endif
