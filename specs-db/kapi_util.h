/* SPDX-License-Identifier: MIT */
/*
 * Small helpers shared by the specs-db library: checked allocation, a
 * growable string buffer and a growable array.  Allocation failure aborts:
 * the library has no meaningful way to continue without memory, and every
 * caller would otherwise have to carry an error path for it.
 */
#ifndef KAPI_UTIL_H
#define KAPI_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

void *kapi_xmalloc(size_t n);
void *kapi_xcalloc(size_t count, size_t size);
void *kapi_xrealloc(void *p, size_t n);
char *kapi_xstrdup(const char *s);	      /* NULL stays NULL */
char *kapi_xstrndup(const char *s, size_t n); /* always NUL-terminates */
char *kapi_xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Grow *arr (of *cap elements of size elem) so that it can hold want. */
void kapi_grow(void **arr, size_t *cap, size_t elem, size_t want);

/* Append one element slot to a (ptr, count, cap) triple; returns the slot,
 * zeroed. */
#define KAPI_APPEND(ptr, count, cap)                                           \
	(kapi_grow((void **)&(ptr), &(cap), sizeof(*(ptr)), (count) + 1),      \
	 memset(&(ptr)[(count)], 0, sizeof(*(ptr))), &(ptr)[(count)++])

struct kapi_strbuf {
	char *buf;
	size_t len;
	size_t cap;
};

void kapi_sb_putn(struct kapi_strbuf *sb, const char *s, size_t n);
void kapi_sb_puts(struct kapi_strbuf *sb, const char *s);
void kapi_sb_putc(struct kapi_strbuf *sb, char c);
void kapi_sb_printf(struct kapi_strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void kapi_sb_vprintf(struct kapi_strbuf *sb, const char *fmt, va_list ap);
/* Hand the (NUL-terminated, possibly empty) string to the caller. */
char *kapi_sb_take(struct kapi_strbuf *sb);
void kapi_sb_free(struct kapi_strbuf *sb);

/* Read a whole file; returns NULL and sets errno on failure. */
char *kapi_read_file(const char *path, size_t *len_out);

bool kapi_streq_nocase(const char *a, const char *b);

#endif
