// SPDX-License-Identifier: MIT
#include "kapi_util.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void kapi_oom(void)
{
	fputs("kapi: out of memory\n", stderr);
	abort();
}

void *kapi_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		kapi_oom();
	return p;
}

void *kapi_xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (!p)
		kapi_oom();
	return p;
}

void *kapi_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		kapi_oom();
	return q;
}

char *kapi_xstrdup(const char *s)
{
	return s ? kapi_xstrndup(s, strlen(s)) : NULL;
}

char *kapi_xstrndup(const char *s, size_t n)
{
	char *p = kapi_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *kapi_xasprintf(const char *fmt, ...)
{
	struct kapi_strbuf sb = {0};
	va_list ap;

	va_start(ap, fmt);
	kapi_sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	return kapi_sb_take(&sb);
}

void kapi_grow(void **arr, size_t *cap, size_t elem, size_t want)
{
	size_t ncap;

	if (want <= *cap)
		return;
	ncap = *cap ? *cap * 2 : 4;
	while (ncap < want)
		ncap *= 2;
	if (ncap > SIZE_MAX / elem)
		kapi_oom();
	*arr = kapi_xrealloc(*arr, ncap * elem);
	*cap = ncap;
}

void kapi_sb_putn(struct kapi_strbuf *sb, const char *s, size_t n)
{
	kapi_grow((void **)&sb->buf, &sb->cap, 1, sb->len + n + 1);
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void kapi_sb_puts(struct kapi_strbuf *sb, const char *s)
{
	kapi_sb_putn(sb, s, strlen(s));
}

void kapi_sb_putc(struct kapi_strbuf *sb, char c)
{
	kapi_sb_putn(sb, &c, 1);
}

void kapi_sb_vprintf(struct kapi_strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	kapi_grow((void **)&sb->buf, &sb->cap, 1, sb->len + (size_t)n + 1);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void kapi_sb_printf(struct kapi_strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	kapi_sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

char *kapi_sb_take(struct kapi_strbuf *sb)
{
	char *s = sb->buf ? sb->buf : kapi_xstrdup("");

	sb->buf = NULL;
	sb->len = sb->cap = 0;
	return s;
}

void kapi_sb_free(struct kapi_strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

char *kapi_read_file(const char *path, size_t *len_out)
{
	struct kapi_strbuf sb = {0};
	char chunk[65536];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		kapi_sb_putn(&sb, chunk, n);
	if (ferror(f)) {
		int err = errno;

		fclose(f);
		kapi_sb_free(&sb);
		errno = err ? err : EIO;
		return NULL;
	}
	fclose(f);
	if (len_out)
		*len_out = sb.len;
	return kapi_sb_take(&sb);
}

bool kapi_streq_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
	return *a == *b;
}
