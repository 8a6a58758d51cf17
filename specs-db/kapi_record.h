/* SPDX-License-Identifier: MIT */
/*
 * Spec records that travel inside object files.
 *
 * The plugin puts one record per translation unit (its verified specs,
 * their provenance, and the unit's diagnostics) into a section of the
 * object it compiles, so a build whose compile step is skipped (a ccache
 * hit) or runs elsewhere (distcc) still carries the specs; `kapi-db import`
 * reads them back from objects, archives, vmlinux.o and modules.
 *
 * The section is KAPI_RECORD_SECTION, non-allocated and SHF_EXCLUDE: it
 * never becomes part of a loaded image; `ld -r` (vmlinux.o, .ko, composite
 * module objects) keeps it, a final link (vmlinux) drops it without an
 * orphan-section warning.  The linker concatenates the sections of many
 * objects, so every record delimits itself:
 *
 *   "KAPIREC1"        8 bytes, the magic
 *   version           u32, little-endian (KAPI_RECORD_VERSION)
 *   specs_len         u32, little-endian
 *   diags_len         u32, little-endian
 *   specs             specs_len bytes: {"apis":[...]} (kapi_json.h)
 *   diags             diags_len bytes: a JSON array of diagnostics
 *
 * Zero bytes between records (alignment padding) are skipped.
 */
#ifndef KAPI_RECORD_H
#define KAPI_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "kapi_diag.h"
#include "kapi_spec.h"

#define KAPI_RECORD_SECTION ".kapi.records"
#define KAPI_RECORD_MAGIC   "KAPIREC1"
#define KAPI_RECORD_VERSION 1u
#define KAPI_RECORD_HEADER  20u

/* The record of one unit.  Caller frees; *len is its size. */
unsigned char *kapi_record_encode(const struct kapi_spec *const *specs,
				  size_t count,
				  const struct kapi_diag_list *diags,
				  size_t *len);

/*
 * Assembler text (GNU syntax, any ELF target) that appends the record to
 * KAPI_RECORD_SECTION: what a compiler adds as file-scope asm.  Caller
 * frees.
 */
char *kapi_record_asm(const unsigned char *rec, size_t len);

/* One record read back: the specs and diagnostics of one compiled unit. */
struct kapi_record_unit {
	char *origin; /* "dir/built-in.a(fs/open.o)" */
	struct kapi_spec_list specs;
	struct kapi_diag_list diags;
};

struct kapi_record_units {
	struct kapi_record_unit *items;
	size_t count;
	size_t cap;
};

void kapi_record_units_free(struct kapi_record_units *u);

/*
 * Split a record section's contents into records and decode each into a
 * unit.  Problems with single specs are warnings in *diags; a record that
 * is cut short, not a record or not JSON makes it return -1 with *err.
 */
int kapi_record_decode(const unsigned char *data, size_t len,
		       const char *origin, struct kapi_record_units *out,
		       struct kapi_diag_list *diags, char **err);

/* Does the file start like an ELF file or an ar archive? */
bool kapi_record_is_object(const char *path);

/*
 * Every record in an ELF file or an archive held in memory.  `dir` is
 * where a thin archive's relative member paths start; with dir NULL a
 * thin archive is refused (no file is opened).  Returns 0, or -1 with
 * *err; units appended before a failure stay in *out for the caller to
 * free.
 */
int kapi_record_read_mem(const unsigned char *buf, size_t len,
			 const char *origin, const char *dir,
			 struct kapi_record_units *out,
			 struct kapi_diag_list *diags, char **err);

/* The same for a file (object, vmlinux, .ko, archive, thin archive). */
int kapi_record_read_path(const char *path, struct kapi_record_units *out,
			  struct kapi_diag_list *diags, char **err);

#endif
