// SPDX-License-Identifier: MIT
/*
 * Spec records in object files (see kapi_record.h): encoding them for the
 * plugin, and finding and decoding them in objects and archives.
 */
#include "kapi_record.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "kapi_elf.h"
#include "kapi_json.h"
#include "kapi_util.h"

/* Nested thin archives are followed this deep, no deeper. */
#define KR_MAX_DEPTH 8

/* ---- encoding ------------------------------------------------------------ */

static void kr_put32(struct kapi_strbuf *sb, uint32_t v)
{
	char b[4] = {(char)(v & 0xff), (char)((v >> 8) & 0xff),
		     (char)((v >> 16) & 0xff), (char)(v >> 24)};

	kapi_sb_putn(sb, b, 4);
}

static uint32_t kr_get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static char *kr_specs_json(const struct kapi_spec *const *specs, size_t count)
{
	struct kapi_strbuf sb = {0};

	kapi_sb_puts(&sb, "{\"apis\":[");
	for (size_t i = 0; i < count; i++) {
		char *one = kapi_json_spec_to_compact_string(specs[i]);

		if (i)
			kapi_sb_putc(&sb, ',');
		kapi_sb_puts(&sb, one);
		free(one);
	}
	kapi_sb_puts(&sb, "]}");
	return kapi_sb_take(&sb);
}

static json_t *kr_str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static char *kr_diags_json(const struct kapi_diag_list *diags)
{
	json_t *arr = json_array();
	char *text;

	for (size_t i = 0; diags && i < diags->count; i++) {
		const struct kapi_diag *d = &diags->items[i];

		json_array_append_new(
			arr,
			json_pack("{s:s, s:o, s:I, s:I, s:o, s:o}", "severity",
				  kapi_severity_name(d->severity), "file",
				  kr_str_or_null(d->file), "line",
				  (json_int_t)d->loc.line, "col",
				  (json_int_t)d->loc.col, "rule",
				  kr_str_or_null(d->rule), "message",
				  kr_str_or_null(d->message)));
	}
	text = json_dumps(arr, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(arr);
	if (!text)
		abort(); /* allocation failure, like kapi_xmalloc */
	return text;
}

unsigned char *kapi_record_encode(const struct kapi_spec *const *specs,
				  size_t count,
				  const struct kapi_diag_list *diags,
				  size_t *len)
{
	char *sj = kr_specs_json(specs, count);
	char *dj = kr_diags_json(diags);
	struct kapi_strbuf sb = {0};
	size_t sl = strlen(sj), dl = strlen(dj);

	if (sl > UINT32_MAX || dl > UINT32_MAX)
		abort(); /* 4 GiB of specs from one file */
	kapi_sb_putn(&sb, KAPI_RECORD_MAGIC, 8);
	kr_put32(&sb, KAPI_RECORD_VERSION);
	kr_put32(&sb, (uint32_t)sl);
	kr_put32(&sb, (uint32_t)dl);
	kapi_sb_putn(&sb, sj, sl);
	kapi_sb_putn(&sb, dj, dl);
	free(sj);
	free(dj);
	*len = sb.len;
	return (unsigned char *)kapi_sb_take(&sb);
}

char *kapi_record_asm(const unsigned char *rec, size_t len)
{
	struct kapi_strbuf sb = {0};
	size_t col = 0;

	/* "e": SHF_EXCLUDE; no "a": never loaded.  %progbits suits every
	 * ELF target's assembler syntax (ARM reads '@' as a comment). */
	kapi_sb_puts(&sb, "\t.pushsection " KAPI_RECORD_SECTION
			  ",\"e\",%progbits\n");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = rec[i];

		if (col == 0)
			kapi_sb_puts(&sb, "\t.ascii \"");
		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
			kapi_sb_putc(&sb, (char)c);
			col++;
		} else {
			kapi_sb_printf(&sb, "\\%03o", c);
			col += 4;
		}
		if (col >= 72 || i + 1 == len) {
			kapi_sb_puts(&sb, "\"\n");
			col = 0;
		}
	}
	kapi_sb_puts(&sb, "\t.popsection\n");
	return kapi_sb_take(&sb);
}

/* ---- decoding ------------------------------------------------------------ */

void kapi_record_units_free(struct kapi_record_units *u)
{
	for (size_t i = 0; i < u->count; i++) {
		free(u->items[i].origin);
		kapi_spec_list_free(&u->items[i].specs);
		kapi_diag_list_free(&u->items[i].diags);
	}
	free(u->items);
	memset(u, 0, sizeof(*u));
}

static int kr_fail(char **err, const char *origin, size_t at, const char *what)
{
	if (err)
		*err = kapi_xasprintf("%s: record at offset %zu: %s", origin,
				      at, what);
	return -1;
}

static const char *kr_opt_str(const json_t *o, const char *key, bool *ok)
{
	const json_t *v = json_object_get(o, key);

	if (!v || json_is_null(v))
		return NULL;
	if (!json_is_string(v))
		*ok = false;
	return json_string_value(v);
}

static bool kr_uint(const json_t *o, const char *key, unsigned *out)
{
	const json_t *v = json_object_get(o, key);
	json_int_t n;

	if (!json_is_integer(v))
		return false;
	n = json_integer_value(v);
	if (n < 0 || (unsigned long long)n > UINT_MAX)
		return false;
	*out = (unsigned)n;
	return true;
}

static bool kr_severity(const char *s, enum kapi_severity *out)
{
	static const enum kapi_severity all[] = {
		KAPI_SEV_NOTE, KAPI_SEV_WARNING, KAPI_SEV_ERROR};

	for (size_t i = 0; s && i < sizeof(all) / sizeof(all[0]); i++)
		if (strcmp(s, kapi_severity_name(all[i])) == 0) {
			*out = all[i];
			return true;
		}
	return false;
}

/* One diagnostic object of a record; false when it is malformed. */
static bool kr_diag(const json_t *o, struct kapi_diag_list *out)
{
	bool ok = json_is_object(o);
	enum kapi_severity sev;
	struct kapi_loc loc = {0};
	const char *file, *rule, *msg;

	if (!ok)
		return false;
	file = kr_opt_str(o, "file", &ok);
	rule = kr_opt_str(o, "rule", &ok);
	msg = kr_opt_str(o, "message", &ok);
	if (!ok || !msg ||
	    !kr_severity(json_string_value(json_object_get(o, "severity")),
			 &sev) ||
	    !kr_uint(o, "line", &loc.line) || !kr_uint(o, "col", &loc.col))
		return false;
	kapi_diag_add(out, sev, file, loc, rule, "%s", msg);
	return true;
}

static bool kr_diags(const unsigned char *p, size_t len,
		     struct kapi_diag_list *out)
{
	json_t *arr = json_loadb((const char *)p, len, 0, NULL);
	bool ok = json_is_array(arr);

	for (size_t i = 0; ok && i < json_array_size(arr); i++)
		ok = kr_diag(json_array_get(arr, i), out);
	json_decref(arr);
	return ok;
}

/* Decode the record whose header is at data + at; *next follows it. */
static int kr_one(const unsigned char *data, size_t len, size_t at,
		  const char *origin, struct kapi_record_units *out,
		  struct kapi_diag_list *diags, size_t *next, char **err)
{
	const unsigned char *h = data + at;
	uint32_t version, sl, dl;
	struct kapi_record_unit *u;

	if (len - at < KAPI_RECORD_HEADER)
		return kr_fail(err, origin, at, "truncated header");
	if (memcmp(h, KAPI_RECORD_MAGIC, 8) != 0)
		return kr_fail(err, origin, at, "no KAPIREC1 magic");
	version = kr_get32(h + 8);
	sl = kr_get32(h + 12);
	dl = kr_get32(h + 16);
	if (sl > len - at - KAPI_RECORD_HEADER ||
	    dl > len - at - KAPI_RECORD_HEADER - sl)
		return kr_fail(err, origin, at, "cut short");
	*next = at + KAPI_RECORD_HEADER + sl + dl;
	if (version != KAPI_RECORD_VERSION) {
		kapi_diag_add(diags, KAPI_SEV_WARNING, origin,
			      (struct kapi_loc){0}, "kapi-record",
			      "skipped a record of version %u (this "
			      "kapi-db reads version %u)",
			      (unsigned)version, KAPI_RECORD_VERSION);
		return 0;
	}
	u = KAPI_APPEND(out->items, out->count, out->cap);
	u->origin = kapi_xstrdup(origin);
	if (kapi_json_read((const char *)h + KAPI_RECORD_HEADER, sl, origin,
			   &u->specs, diags) < 0)
		return kr_fail(err, origin, at, "the specs are not JSON");
	if (!kr_diags(h + KAPI_RECORD_HEADER + sl, dl, &u->diags))
		return kr_fail(err, origin, at, "malformed diagnostics");
	return 0;
}

int kapi_record_decode(const unsigned char *data, size_t len,
		       const char *origin, struct kapi_record_units *out,
		       struct kapi_diag_list *diags, char **err)
{
	size_t at = 0;

	while (at < len) {
		if (data[at] == 0) {
			at++; /* padding between two objects' records */
			continue;
		}
		if (kr_one(data, len, at, origin, out, diags, &at, err))
			return -1;
	}
	return 0;
}

/* ---- objects and archives ------------------------------------------------ */

struct kr_ctx {
	const char *origin;
	const char *dir;
	int depth;
	struct kapi_record_units *out;
	struct kapi_diag_list *diags;
	char **err;
};

static int kr_read_mem(struct kr_ctx *c, const unsigned char *buf, size_t len);
static int kr_read_path(struct kr_ctx *c, const char *path);

/*
 * Errors: the ELF and ar readers return -1 with a message that does not
 * name the input; everything here returns -2 once *err is complete (names
 * the input), and the entry points turn that into -1.
 */
#define KR_DONE (-2)

#define KR_BITCODE                                                             \
	"LLVM bitcode (-flto): import the linked object (vmlinux.o, .ko) "     \
	"instead"

static int kr_section(void *arg, const unsigned char *data, size_t len)
{
	struct kr_ctx *c = arg;

	return kapi_record_decode(data, len, c->origin, c->out, c->diags,
				  c->err)
		       ? KR_DONE
		       : 0;
}

static int kr_done(struct kr_ctx *c, const char *fmt, const char *arg)
{
	free(*c->err);
	*c->err = kapi_xasprintf(fmt, c->origin, arg);
	return KR_DONE;
}

static int kr_member(void *arg, const struct kapi_ar_member *m)
{
	struct kr_ctx *c = arg, sub = *c;
	char *origin = kapi_xasprintf("%s(%s)", c->origin, m->name);
	char *path = NULL;
	int rc;

	sub.origin = origin;
	sub.depth = c->depth + 1;
	if (m->data) {
		rc = kr_read_mem(&sub, m->data, m->size);
	} else if (!c->dir) {
		rc = kr_done(&sub,
			     "%s: a thin archive's member cannot be "
			     "read here%s",
			     "");
	} else {
		path = m->name[0] == '/'
			       ? kapi_xstrdup(m->name)
			       : kapi_xasprintf("%s/%s", c->dir, m->name);
		rc = kr_read_path(&sub, path);
	}
	free(path);
	free(origin);
	return rc;
}

static int kr_read_mem(struct kr_ctx *c, const unsigned char *buf, size_t len)
{
	char *inner = NULL;
	int rc;

	if (c->depth > KR_MAX_DEPTH)
		return kr_done(c, "%s: archives nested too deeply%s", "");
	switch (kapi_obj_kind(buf, len)) {
	case KAPI_OBJ_ELF:
		rc = kapi_elf_sections(buf, len, KAPI_RECORD_SECTION,
				       kr_section, c, &inner);
		break;
	case KAPI_OBJ_AR:
	case KAPI_OBJ_THIN_AR:
		rc = kapi_ar_members(buf, len, kr_member, c, &inner);
		break;
	case KAPI_OBJ_BITCODE:
		/* The records are module assembler in the bitcode; they
		 * reach ELF when it is linked (vmlinux.o under LTO). */
		if (c->depth == 0)
			return kr_done(c, "%s: %s", KR_BITCODE);
		kapi_diag_add(c->diags, KAPI_SEV_WARNING, c->origin,
			      (struct kapi_loc){0}, "kapi-record",
			      "skipped: %s", KR_BITCODE);
		return 0;
	default:
		/* A member that is no object (a .mod file, say) carries
		 * nothing and is no error. */
		return 0;
	}
	if (rc == -1)
		rc = kr_done(c, "%s: %s", inner ? inner : "unreadable");
	free(inner);
	return rc;
}

int kapi_record_read_mem(const unsigned char *buf, size_t len,
			 const char *origin, const char *dir,
			 struct kapi_record_units *out,
			 struct kapi_diag_list *diags, char **err)
{
	char *msg = NULL;
	struct kr_ctx c = {origin, dir, 0, out, diags, &msg};
	int rc = kr_read_mem(&c, buf, len);

	if (err)
		*err = msg;
	else
		free(msg);
	return rc ? -1 : 0;
}

/* The directory part of path ("." when it has none). */
static char *kr_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return kapi_xstrdup(".");
	if (slash == path)
		return kapi_xstrdup("/");
	return kapi_xstrndup(path, (size_t)(slash - path));
}

/* Map (or, for an empty or unmappable file, read) a whole file. */
static int kr_map(const char *path, const unsigned char **buf, size_t *len,
		  bool *mapped)
{
	struct stat st = {0};
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	void *p;

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		int e = S_ISDIR(st.st_mode) ? EISDIR : errno ? errno : EINVAL;

		close(fd);
		errno = e;
		return -1;
	}
	*len = (size_t)st.st_size;
	*mapped = *len > 0;
	p = *mapped ? mmap(NULL, *len, PROT_READ, MAP_PRIVATE, fd, 0)
		    : MAP_FAILED;
	close(fd);
	if (p != MAP_FAILED) {
		*buf = p;
		return 0;
	}
	*mapped = false;
	*buf = (const unsigned char *)kapi_read_file(path, len);
	return *buf ? 0 : -1;
}

static int kr_read_path(struct kr_ctx *c, const char *path)
{
	struct kr_ctx sub = *c;
	const unsigned char *buf;
	size_t len;
	bool mapped;
	char *dir;
	int rc;

	if (kr_map(path, &buf, &len, &mapped)) {
		char *why = kapi_xasprintf("cannot read %s: %s", path,
					   strerror(errno));

		rc = kr_done(c, "%s: %s", why);
		free(why);
		return rc;
	}
	dir = kr_dirname(path);
	sub.dir = dir;
	rc = kr_read_mem(&sub, buf, len);
	if (mapped)
		munmap((void *)buf, len);
	else
		free((void *)buf);
	free(dir);
	return rc;
}

int kapi_record_read_path(const char *path, struct kapi_record_units *out,
			  struct kapi_diag_list *diags, char **err)
{
	char *msg = NULL;
	struct kr_ctx c = {path, NULL, 0, out, diags, &msg};
	int rc = kr_read_path(&c, path);

	if (err)
		*err = msg;
	else
		free(msg);
	return rc ? -1 : 0;
}

bool kapi_record_is_object(const char *path)
{
	unsigned char head[8];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return false;
	n = fread(head, 1, sizeof(head), f);
	fclose(f);
	return kapi_obj_kind(head, n) != KAPI_OBJ_UNKNOWN;
}
