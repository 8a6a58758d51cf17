// SPDX-License-Identifier: MIT
/*
 * Printing findings: clang's text format (with the source line and a
 * caret), a plain JSON document, and SARIF 2.1.0 for code scanning
 * (TOOLCHAIN-NOTES.md lists what GitHub needs).
 */
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kapi_check.h"
#include "kapi_util.h"

#ifndef KAPI_RULES_URL
#define KAPI_RULES_URL "" /* no public docs address configured */
#endif

/* The text of 1-based `line` of `file` (a fresh string), or NULL. */
static char *kapi_source_line(const char *file, unsigned line)
{
	size_t len, pos = 0;
	char *text = kapi_read_file(file, &len), *r = NULL;
	unsigned n = 1;

	if (!text)
		return NULL;
	while (n < line && pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);

		if (!nl)
			break;
		pos = (size_t)(nl - text) + 1;
		n++;
	}
	if (n == line && pos <= len) {
		size_t end = pos;

		while (end < len && text[end] != '\n' && text[end] != '\r')
			end++;
		r = kapi_xstrndup(text + pos, end - pos);
	}
	free(text);
	return r;
}

static const char *kapi_level(bool werror)
{
	return werror ? "error" : "warning";
}

/* ---- text --------------------------------------------------------------- */

static void kapi_print_caret(FILE *out, const char *src, unsigned col)
{
	unsigned i;

	fprintf(out, "%s\n", src);
	/* Keep tabs so that the caret lines up however tabs are shown. */
	for (i = 1; i < col && src[i - 1]; i++)
		fputc(src[i - 1] == '\t' ? '\t' : ' ', out);
	fputs("^\n", out);
}

void kapi_output_text(FILE *out, const struct kapi_findings *fs, bool werror)
{
	size_t i;

	for (i = 0; i < fs->count; i++) {
		const struct kapi_finding *f = &fs->items[i];
		char *src = kapi_source_line(f->file, f->line);

		fprintf(out, "%s:%u:%u: %s: %s [%s]\n", f->file, f->line,
			f->col, kapi_level(werror || f->error), f->message,
			f->rule->name);
		if (src)
			kapi_print_caret(out, src, f->col);
		free(src);
		if (!f->note)
			continue;
		if (f->note_file && f->note_col)
			fprintf(out, "%s:%u:%u: ", f->note_file, f->note_line,
				f->note_col);
		else if (f->note_file)
			fprintf(out, "%s:%u: ", f->note_file, f->note_line);
		fprintf(out, "note: %s\n", f->note);
	}
}

/* ---- JSON --------------------------------------------------------------- */

static void kapi_dump(FILE *out, json_t *doc)
{
	json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(doc);
}

void kapi_output_json(FILE *out, const struct kapi_findings *fs, bool werror)
{
	json_t *doc = json_object(), *arr = json_array();
	size_t i;

	json_object_set_new(doc, "tool", json_string("kapi-check"));
	json_object_set_new(doc, "version", json_string(KAPI_VERSION));
	for (i = 0; i < fs->count; i++) {
		const struct kapi_finding *f = &fs->items[i];
		json_t *d = json_object();

		json_object_set_new(d, "file", json_string(f->file));
		json_object_set_new(d, "line", json_integer(f->line));
		json_object_set_new(d, "column", json_integer(f->col));
		json_object_set_new(
			d, "severity",
			json_string(kapi_level(werror || f->error)));
		json_object_set_new(d, "rule", json_string(f->rule->name));
		json_object_set_new(d, "message", json_string(f->message));
		if (f->note) {
			json_t *n = json_object();

			json_object_set_new(n, "message", json_string(f->note));
			if (f->note_file) {
				json_object_set_new(n, "file",
						    json_string(f->note_file));
				json_object_set_new(n, "line",
						    json_integer(f->note_line));
			}
			json_object_set_new(d, "note", n);
		}
		json_array_append_new(arr, d);
	}
	json_object_set_new(doc, "diagnostics", arr);
	kapi_dump(out, doc);
}

/* ---- SARIF -------------------------------------------------------------- */

/* Percent-encode what a URI path may not hold verbatim. */
static void kapi_uri_put(struct kapi_strbuf *sb, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("-._~/", c))
			kapi_sb_putc(sb, (char)c);
		else
			kapi_sb_printf(sb, "%%%02X", c);
	}
}

/* Relative to the working directory (the repository root when run from
 * CI) when the file is under it; a file:// URI otherwise. */
static char *kapi_uri(const char *file, bool *relative)
{
	char abs[PATH_MAX], cwd[PATH_MAX];
	struct kapi_strbuf sb = {0};
	size_t cl;

	*relative = false;
	if (!realpath(file, abs) || !getcwd(cwd, sizeof(cwd))) {
		kapi_uri_put(&sb, file);
		return kapi_sb_take(&sb);
	}
	cl = strlen(cwd);
	if (!strncmp(abs, cwd, cl) && abs[cl] == '/') {
		*relative = true;
		kapi_uri_put(&sb, abs + cl + 1);
	} else {
		kapi_sb_puts(&sb, "file://");
		kapi_uri_put(&sb, abs);
	}
	return kapi_sb_take(&sb);
}

static json_t *kapi_sarif_location(const char *file, unsigned line,
				   unsigned col)
{
	bool rel;
	char *uri = kapi_uri(file, &rel);
	json_t *loc = json_object(), *phys = json_object(),
	       *art = json_object(), *region = json_object();

	json_object_set_new(art, "uri", json_string(uri));
	if (rel)
		json_object_set_new(art, "uriBaseId", json_string("%SRCROOT%"));
	free(uri);
	json_object_set_new(region, "startLine", json_integer(line));
	if (col)
		json_object_set_new(region, "startColumn", json_integer(col));
	json_object_set_new(phys, "artifactLocation", art);
	json_object_set_new(phys, "region", region);
	json_object_set_new(loc, "physicalLocation", phys);
	return loc;
}

static json_t *kapi_text_obj(const char *text)
{
	json_t *o = json_object();

	json_object_set_new(o, "text", json_string(text));
	return o;
}

static json_t *kapi_sarif_rules(void)
{
	json_t *rules = json_array();
	size_t i;

	for (i = 0; i < kapi_rule_count; i++) {
		json_t *r = json_object();
		char *help;

		json_object_set_new(r, "id", json_string(kapi_rules[i]->name));
		json_object_set_new(r, "shortDescription",
				    kapi_text_obj(kapi_rules[i]->summary));
		json_object_set_new(r, "fullDescription",
				    kapi_text_obj(kapi_rules[i]->summary));
		/* Code scanning shows `help` beside each alert. */
		help = kapi_xasprintf(
			"%s\n\nThe rule is described in kapi-check's "
			"checker/RULES.rst under %s.  Silence one line with "
			"// NOLINT(%s), or the rule with --checks=-%s.",
			kapi_rules[i]->summary, kapi_rules[i]->name,
			kapi_rules[i]->name, kapi_rules[i]->name);
		json_object_set_new(r, "help", kapi_text_obj(help));
		free(help);
		json_object_set_new(r, "defaultConfiguration",
				    json_pack("{s:s}", "level", "warning"));
		if (*KAPI_RULES_URL) {
			char *u = kapi_xasprintf("%s#%s", KAPI_RULES_URL,
						 kapi_rules[i]->name);

			json_object_set_new(r, "helpUri", json_string(u));
			free(u);
		}
		json_array_append_new(rules, r);
	}
	return rules;
}

static size_t kapi_rule_index(const struct kapi_rule *rule)
{
	size_t i;

	for (i = 0; i < kapi_rule_count; i++)
		if (kapi_rules[i] == rule)
			return i;
	return 0;
}

/* FNV-1a over what identifies a finding independently of its line number,
 * so that the fingerprint survives unrelated edits above it. */
static char *kapi_fingerprint(const struct kapi_finding *f)
{
	char *src = kapi_source_line(f->file, f->line);
	const char *parts[4] = {f->rule->name, f->file, src ? src : "",
				f->message};
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	size_t i;

	for (i = 0; i < 4; i++) {
		const unsigned char *p = (const unsigned char *)parts[i];

		/* Leading whitespace is reindentation, not a new finding. */
		if (i == 2)
			while (*p == ' ' || *p == '\t')
				p++;
		for (; *p; p++)
			h = (h ^ *p) * UINT64_C(0x100000001b3);
		h = (h ^ 0xff) * UINT64_C(0x100000001b3);
	}
	free(src);
	return kapi_xasprintf("%016llx", (unsigned long long)h);
}

static json_t *kapi_sarif_result(const struct kapi_finding *f, bool werror)
{
	json_t *r = json_object(), *locs = json_array(), *fp = json_object();
	char *hash = kapi_fingerprint(f);

	json_object_set_new(r, "ruleId", json_string(f->rule->name));
	json_object_set_new(r, "ruleIndex",
			    json_integer((json_int_t)kapi_rule_index(f->rule)));
	json_object_set_new(r, "level",
			    json_string(kapi_level(werror || f->error)));
	json_object_set_new(r, "message", kapi_text_obj(f->message));
	json_array_append_new(locs,
			      kapi_sarif_location(f->file, f->line, f->col));
	json_object_set_new(r, "locations", locs);
	if (f->note && f->note_file) {
		json_t *rel = json_array(),
		       *l = kapi_sarif_location(f->note_file, f->note_line,
						f->note_col);

		json_object_set_new(l, "message", kapi_text_obj(f->note));
		json_array_append_new(rel, l);
		json_object_set_new(r, "relatedLocations", rel);
	}
	json_object_set_new(fp, "kapiCheck/v1", json_string(hash));
	free(hash);
	json_object_set_new(r, "partialFingerprints", fp);
	return r;
}

void kapi_output_sarif(FILE *out, const struct kapi_findings *fs, bool werror)
{
	json_t *doc = json_object(), *runs = json_array(), *run = json_object(),
	       *tool = json_object(), *driver = json_object(),
	       *results = json_array();
	size_t i;

	json_object_set_new(
		doc, "$schema",
		json_string("https://json.schemastore.org/sarif-2.1.0.json"));
	json_object_set_new(doc, "version", json_string("2.1.0"));
	json_object_set_new(driver, "name", json_string("kapi-check"));
	json_object_set_new(driver, "version", json_string(KAPI_VERSION));
	json_object_set_new(driver, "rules", kapi_sarif_rules());
	json_object_set_new(tool, "driver", driver);
	json_object_set_new(run, "tool", tool);
	for (i = 0; i < fs->count; i++)
		json_array_append_new(results,
				      kapi_sarif_result(&fs->items[i], werror));
	json_object_set_new(run, "results", results);
	json_array_append_new(runs, run);
	json_object_set_new(doc, "runs", runs);
	kapi_dump(out, doc);
}
