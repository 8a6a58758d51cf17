/* SPDX-License-Identifier: MIT */
/*
 * Just enough ELF and ar(1) to find named sections in object files:
 * relocatable objects (.o), `ld -r` outputs (vmlinux.o, .ko), executables
 * (vmlinux), and static or thin archives (built-in.a, vmlinux.a).
 *
 * The input is outside data: every offset, size and count is checked
 * against the buffer before it is used, ELF32/ELF64 in either byte order.
 * Errors are returned with a malloc'd message in *err (caller frees).
 */
#ifndef KAPI_ELF_H
#define KAPI_ELF_H

#include <stddef.h>

enum kapi_obj_kind {
	KAPI_OBJ_UNKNOWN = 0,
	KAPI_OBJ_ELF,	  /* "\x7f" "ELF" */
	KAPI_OBJ_AR,	  /* "!<arch>\n" */
	KAPI_OBJ_THIN_AR, /* "!<thin>\n": members are other files */
	KAPI_OBJ_BITCODE, /* LLVM bitcode (-flto): not read here */
};

/* What the first bytes say the buffer is. */
enum kapi_obj_kind kapi_obj_kind(const void *buf, size_t len);

/*
 * Called with the contents of each matching section, in section header
 * order.  A non-zero return stops the walk and is returned.
 */
typedef int (*kapi_elf_section_fn)(void *arg, const unsigned char *data,
				   size_t len);

/*
 * Call fn for every section named `name` (SHT_NOBITS ones are empty).
 * Returns 0, fn's non-zero result, or -1 when the ELF file is malformed
 * or truncated (message in *err).
 */
int kapi_elf_sections(const unsigned char *buf, size_t len, const char *name,
		      kapi_elf_section_fn fn, void *arg, char **err);

struct kapi_ar_member {
	const char *name; /* NUL-terminated; a path in a thin archive */
	const unsigned char *data; /* NULL in a thin archive */
	size_t size;
};

typedef int (*kapi_ar_member_fn)(void *arg, const struct kapi_ar_member *m);

/*
 * Call fn for every member of an archive (GNU, BSD or thin), skipping the
 * symbol table and the long-name table.  Returns 0, fn's non-zero result,
 * or -1 when the archive is malformed (message in *err).
 */
int kapi_ar_members(const unsigned char *buf, size_t len, kapi_ar_member_fn fn,
		    void *arg, char **err);

#endif
