/* SPDX-License-Identifier: MIT */
/*
 * The kernel's JSON shape for specs (KAPI-DSL.md §8), in and out.
 *
 * Output is the kernel's field names and value forms (masks and flag words
 * as hex strings, enumerations as lower-case tokens, size_param_idx null or
 * 0-based).  What the project adds -- values as written next to resolved
 * numbers, source positions, provenance, target -- sits under a "kapi_clang"
 * key in each object, so a reader that knows only the kernel's shape still
 * reads our files.  Export is deterministic: the same model gives the same
 * bytes, and export -> import -> export is byte-identical.
 */
#ifndef KAPI_JSON_H
#define KAPI_JSON_H

#include <stddef.h>

#include "kapi_diag.h"
#include "kapi_spec.h"

/* One spec as a JSON object (the api_details body), pretty-printed with
 * two-space indentation, no trailing newline.  Caller frees. */
char *kapi_json_spec_to_string(const struct kapi_spec *spec);

/* The same object without any whitespace: what the database stores. */
char *kapi_json_spec_to_compact_string(const struct kapi_spec *spec);

/* Many specs as {"apis": [ ... ]} followed by a newline.  Caller frees. */
char *kapi_json_list_to_string(const struct kapi_spec *const *specs,
			       size_t count);

/*
 * Read specs from a JSON text.  Accepted shapes: {"api_details": {...}},
 * {"apis": [...]}, a bare spec object, or an array of spec objects.
 * `origin` names the input for diagnostics.  Specs are appended to *out;
 * malformed specs are skipped with a diagnostic, and the others are kept.
 * Returns the number of specs appended, or -1 when the text is not JSON
 * at all (with a diagnostic giving line:col).
 */
long kapi_json_read(const char *text, size_t len, const char *origin,
		    struct kapi_spec_list *out, struct kapi_diag_list *diags);

/*
 * Read a file or a directory (every regular file in it, like debugfs's
 * specs-json/, sorted by name).  Returns specs appended or -1 on a read
 * error (diagnostic added).
 */
long kapi_json_read_path(const char *path, struct kapi_spec_list *out,
			 struct kapi_diag_list *diags);

/*
 * The same, announcing each file of a directory on a terminal as
 * "[N/T] path" (kapi_progress.h) when progress is true.
 */
long kapi_json_read_path_progress(const char *path, struct kapi_spec_list *out,
				  struct kapi_diag_list *diags, bool progress);

#endif
