// SPDX-License-Identifier: MIT
/*
 * ELF section and ar member readers (see kapi_elf.h).  Written from the
 * ELF gABI and the ar(5) formats; nothing here trusts a size or an offset
 * read from the file before checking it against the buffer.
 */
#include "kapi_elf.h"

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_util.h"

#define ELF_SHN_XINDEX	   0xffffu
#define ELF_SHT_NOBITS	   8u
#define ELF_SHF_COMPRESSED 0x800u

/* ---- ELF --------------------------------------------------------------- */

struct elf {
	const unsigned char *buf;
	size_t len;
	bool is64, be;
	uint64_t shoff;
	uint64_t shentsize, shnum, shstrndx;
};

/* The caller has checked that off + n <= e->len. */
static uint64_t elf_rd(const struct elf *e, uint64_t off, unsigned n)
{
	uint64_t v = 0;

	for (unsigned i = 0; i < n; i++) {
		unsigned shift = e->be ? 8 * (n - 1 - i) : 8 * i;

		v |= (uint64_t)e->buf[off + i] << shift;
	}
	return v;
}

/* Does [off, off + n) lie inside the buffer? */
static bool elf_fits(const struct elf *e, uint64_t off, uint64_t n)
{
	return off <= e->len && n <= e->len - off;
}

static int elf_fail(char **err, const char *what)
{
	if (err)
		*err = kapi_xasprintf("malformed ELF file: %s", what);
	return -1;
}

/* One field of section header `idx`: the 32- and 64-bit offsets/widths. */
static uint64_t elf_sh(const struct elf *e, uint64_t idx, unsigned off32,
		       unsigned off64, unsigned wide)
{
	uint64_t base = e->shoff + idx * e->shentsize;

	if (e->is64)
		return elf_rd(e, base + off64, wide ? 8 : 4);
	return elf_rd(e, base + off32, 4);
}

#define SH_NAME(e, i)	elf_sh(e, i, 0, 0, 0)
#define SH_TYPE(e, i)	elf_sh(e, i, 4, 4, 0)
#define SH_FLAGS(e, i)	elf_sh(e, i, 8, 8, 1)
#define SH_OFFSET(e, i) elf_sh(e, i, 16, 24, 1)
#define SH_SIZE(e, i)	elf_sh(e, i, 20, 32, 1)
#define SH_LINK(e, i)	elf_sh(e, i, 24, 40, 0)

static int elf_header(struct elf *e, char **err)
{
	unsigned ehsize, minent;

	if (e->len < 16)
		return elf_fail(err, "truncated identification");
	if (e->buf[4] != 1 && e->buf[4] != 2)
		return elf_fail(err, "unknown class");
	if (e->buf[5] != 1 && e->buf[5] != 2)
		return elf_fail(err, "unknown byte order");
	e->is64 = e->buf[4] == 2;
	e->be = e->buf[5] == 2;
	ehsize = e->is64 ? 64 : 52;
	minent = e->is64 ? 64 : 40;
	if (e->len < ehsize)
		return elf_fail(err, "truncated header");
	e->shoff = elf_rd(e, e->is64 ? 0x28 : 0x20, e->is64 ? 8 : 4);
	e->shentsize = elf_rd(e, e->is64 ? 0x3a : 0x2e, 2);
	e->shnum = elf_rd(e, e->is64 ? 0x3c : 0x30, 2);
	e->shstrndx = elf_rd(e, e->is64 ? 0x3e : 0x32, 2);
	if (!e->shoff) {
		e->shnum = 0; /* no section header table */
		return 0;
	}
	if (e->shentsize < minent)
		return elf_fail(err, "section header entries too small");
	/* Section 0 is always there and holds the counts that overflow. */
	if (!elf_fits(e, e->shoff, e->shentsize))
		return elf_fail(err, "section header table past end of file");
	if (!e->shnum)
		e->shnum = SH_SIZE(e, 0);
	if (e->shstrndx == ELF_SHN_XINDEX)
		e->shstrndx = SH_LINK(e, 0);
	if (e->shnum > (e->len - e->shoff) / e->shentsize)
		return elf_fail(err, "section header table past end of file");
	if (e->shstrndx >= e->shnum)
		return elf_fail(err, "bad section name table index");
	return 0;
}

/* Is the name at offset `off` of the name table [strs, strs+n) `want`? */
static bool elf_name_is(const unsigned char *strs, uint64_t n, uint64_t off,
			const char *want)
{
	size_t wl = strlen(want);

	if (off >= n || n - off < wl + 1)
		return false;
	return memcmp(strs + off, want, wl) == 0 && strs[off + wl] == '\0';
}

/* The contents of section idx, checked against the buffer. */
static int elf_contents(const struct elf *e, uint64_t idx,
			const unsigned char **data, uint64_t *size, char **err)
{
	uint64_t off = SH_OFFSET(e, idx);

	*size = SH_SIZE(e, idx);
	*data = NULL;
	if (SH_TYPE(e, idx) == ELF_SHT_NOBITS) {
		*size = 0;
		return 0;
	}
	if (!elf_fits(e, off, *size))
		return elf_fail(err, "section contents past end of file");
	*data = e->buf + off;
	return 0;
}

int kapi_elf_sections(const unsigned char *buf, size_t len, const char *name,
		      kapi_elf_section_fn fn, void *arg, char **err)
{
	struct elf e = {.buf = buf, .len = len};
	const unsigned char *strs;
	uint64_t nstrs;
	int rc;

	if (kapi_obj_kind(buf, len) != KAPI_OBJ_ELF)
		return elf_fail(err, "no ELF magic");
	if (elf_header(&e, err))
		return -1;
	if (!e.shnum)
		return 0;
	if (elf_contents(&e, e.shstrndx, &strs, &nstrs, err))
		return -1;
	for (uint64_t i = 1; i < e.shnum; i++) {
		const unsigned char *data;
		uint64_t size;

		if (!elf_name_is(strs, nstrs, SH_NAME(&e, i), name))
			continue;
		if (SH_FLAGS(&e, i) & ELF_SHF_COMPRESSED)
			return elf_fail(err, "compressed record section");
		if (elf_contents(&e, i, &data, &size, err))
			return -1;
		rc = fn(arg, data, (size_t)size);
		if (rc)
			return rc;
	}
	return 0;
}

enum kapi_obj_kind kapi_obj_kind(const void *buf, size_t len)
{
	if (len >= 4 && memcmp(buf,
			       "\x7f"
			       "ELF",
			       4) == 0)
		return KAPI_OBJ_ELF;
	if (len >= 8 && memcmp(buf, "!<arch>\n", 8) == 0)
		return KAPI_OBJ_AR;
	if (len >= 8 && memcmp(buf, "!<thin>\n", 8) == 0)
		return KAPI_OBJ_THIN_AR;
	if (len >= 4 && (memcmp(buf, "BC\xc0\xde", 4) == 0 ||
			 memcmp(buf, "\xde\xc0\x17\x0b", 4) == 0))
		return KAPI_OBJ_BITCODE;
	return KAPI_OBJ_UNKNOWN;
}

/* ---- ar ------------------------------------------------------------------ */

#define AR_HDR 60

struct ar {
	const unsigned char *buf;
	size_t len;
	bool thin;
	const unsigned char *names; /* the "//" table */
	size_t names_len;
};

static int ar_fail(char **err, const char *what, size_t at)
{
	if (err)
		*err = kapi_xasprintf("malformed archive: %s at offset %zu",
				      what, at);
	return -1;
}

/* A decimal field padded with spaces; -1 when it is not one. */
static int ar_number(const unsigned char *f, size_t n, size_t *out)
{
	size_t v = 0, i = 0;

	while (i < n && f[i] == ' ')
		i++;
	if (i == n || f[i] < '0' || f[i] > '9')
		return -1;
	for (; i < n && f[i] >= '0' && f[i] <= '9'; i++) {
		if (v > (SIZE_MAX - 9) / 10)
			return -1;
		v = v * 10 + (size_t)(f[i] - '0');
	}
	for (; i < n; i++)
		if (f[i] != ' ')
			return -1;
	*out = v;
	return 0;
}

/* "/123": a name in the long-name table, ended by "/\n" or "\n". */
static char *ar_long_name(const struct ar *a, size_t off)
{
	size_t end = off;

	if (!a->names || off >= a->names_len)
		return NULL;
	while (end < a->names_len && a->names[end] != '\n')
		end++;
	if (end > off && a->names[end - 1] == '/')
		end--;
	if (end == off)
		return NULL;
	return kapi_xstrndup((const char *)a->names + off, end - off);
}

/* "name/" (GNU) or "name    " (BSD, no slash). */
static char *ar_short_name(const unsigned char *f)
{
	size_t n = 16;

	while (n && f[n - 1] == ' ')
		n--;
	if (n && f[n - 1] == '/')
		n--;
	return n ? kapi_xstrndup((const char *)f, n) : NULL;
}

/*
 * The member's name; *skip is how many data bytes hold a BSD "#1/N" name.
 * NULL with *err set when the name is malformed.
 */
static char *ar_name(const struct ar *a, size_t at, size_t avail, size_t *skip,
		     char **err)
{
	const unsigned char *f = a->buf + at;
	size_t n;
	char *name;

	*skip = 0;
	if (f[0] == '/' && f[1] >= '0' && f[1] <= '9') {
		if (ar_number(f + 1, 15, &n) || !(name = ar_long_name(a, n)))
			goto bad;
		return name;
	}
	if (memcmp(f, "#1/", 3) == 0) {
		if (ar_number(f + 3, 13, &n) || n == 0 || n > avail)
			goto bad;
		*skip = n;
		name = kapi_xstrndup((const char *)f + AR_HDR, n);
		if (!*name) {
			free(name);
			goto bad;
		}
		return name;
	}
	if ((name = ar_short_name(f)))
		return name;
bad:
	ar_fail(err, "bad member name", at);
	return NULL;
}

/* Symbol tables: "/", "/SYM64/" (GNU), "__.SYMDEF..." (BSD). */
static bool ar_is_symtab(const unsigned char *f)
{
	return memcmp(f, "/               ", 16) == 0 ||
	       memcmp(f, "/SYM64/         ", 16) == 0 ||
	       memcmp(f, "__.SYMDEF", 9) == 0;
}

/* One member at `at`; *next is where the next header starts. */
static int ar_member(struct ar *a, size_t at, size_t *next,
		     kapi_ar_member_fn fn, void *arg, char **err)
{
	const unsigned char *f = a->buf + at;
	size_t size, skip, stored;
	struct kapi_ar_member m;
	char *name;
	int rc;

	if (a->len - at < AR_HDR)
		return ar_fail(err, "truncated member header", at);
	if (f[58] != '`' || f[59] != '\n')
		return ar_fail(err, "bad member header", at);
	if (ar_number(f + 48, 10, &size))
		return ar_fail(err, "bad member size", at);
	/* Thin archives keep only their own tables inline. */
	bool table = ar_is_symtab(f) || memcmp(f, "//              ", 16) == 0;
	stored = a->thin && !table ? 0 : size;
	if (stored > a->len - at - AR_HDR)
		return ar_fail(err, "member past end of archive", at);
	*next = at + AR_HDR + stored;
	if (*next & 1)
		(*next)++;
	if (memcmp(f, "//              ", 16) == 0) {
		a->names = f + AR_HDR;
		a->names_len = size;
		return 0;
	}
	if (table)
		return 0;
	name = ar_name(a, at, stored, &skip, err);
	if (!name)
		return -1;
	if (strncmp(name, "__.SYMDEF", 9) == 0) {
		free(name); /* a BSD symbol table under a long name */
		return 0;
	}
	m.name = name;
	m.data = a->thin ? NULL : f + AR_HDR + skip;
	m.size = size - skip;
	rc = fn(arg, &m);
	free(name);
	return rc;
}

int kapi_ar_members(const unsigned char *buf, size_t len, kapi_ar_member_fn fn,
		    void *arg, char **err)
{
	enum kapi_obj_kind k = kapi_obj_kind(buf, len);
	struct ar a = {.buf = buf, .len = len, .thin = k == KAPI_OBJ_THIN_AR};
	size_t at = 8;

	if (k != KAPI_OBJ_AR && k != KAPI_OBJ_THIN_AR)
		return ar_fail(err, "no archive magic", 0);
	while (at < len) {
		size_t next;
		int rc;

		if (len - at == 1 && buf[at] == '\n')
			break; /* padding after an odd-sized last member */
		rc = ar_member(&a, at, &next, fn, arg, err);
		if (rc)
			return rc;
		at = next;
	}
	return 0;
}
