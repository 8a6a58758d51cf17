// SPDX-License-Identifier: MIT
/*
 * Command line of kapi-check, shaped like clang-tidy's:
 *
 *   kapi-check [options] FILE... [-- compiler args]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kapi_check.h"
#include "kapi_util.h"

static void kapi_usage(FILE *out)
{
	fputs("usage: kapi-check [options] FILE... [-- compiler args]\n"
	      "       kapi-check [options] -p BUILD_DIR [FILE...]\n"
	      "\n"
	      "Checks call sites in userspace C code against the kernel API\n"
	      "specs in a spec database.\n"
	      "\n"
	      "options:\n"
	      "  -p BUILD_DIR        read compile commands from\n"
	      "                      BUILD_DIR/compile_commands.json; without\n"
	      "                      FILE, check every file it compiles\n"
	      "  --db PATH           spec database (default: $KAPI_DB, then\n"
	      "                      <exe "
	      "dir>/../share/kapi-clang/default.db)\n"
	      "  --checks=GLOBS      enable/disable rules, clang-tidy style:\n"
	      "                      'kapi-*,-kapi-unchecked-return' "
	      "(appended\n"
	      "                      to the default '" KAPI_DEFAULT_CHECKS
	      "')\n"
	      "  --unchecked-return-ignore=NAMES\n"
	      "                      kapi-unchecked-return leaves these "
	      "alone:\n"
	      "                      callee or spec names, 'close,sys_munmap'\n"
	      "  --format=FORMAT     text (default), json or sarif\n"
	      "  --bindings FILE     extra bindings, added to the shipped "
	      "ones\n"
	      "                      (repeatable; later lines win)\n"
	      "  --werror            report findings as errors (severity\n"
	      "                      'error' in every format; the exit\n"
	      "                      status is 1 on findings either way)\n"
	      "  --no-werror         undo 'werror: true' of a config file\n"
	      "  -j N                check N files at once (one process per\n"
	      "                      file); the output is the same as -j1\n"
	      "  --list-checks       list the enabled rules and exit\n"
	      "  --debug-calls       print every call bound to a spec\n"
	      "  --help, --version\n"
	      "\n"
	      "Configuration: each FILE uses the nearest " KAPI_CONFIG_NAME
	      " file in\n"
	      "its directory or a parent directory, made of 'key: value' "
	      "lines\n"
	      "('#' starts a comment line):\n"
	      "  checks: kapi-*,-kapi-unchecked-return   globs, as --checks\n"
	      "  bindings: my.bindings                   relative to the file\n"
	      "  werror: true                            as --werror\n"
	      "Command-line flags win: --checks globs are applied after the\n"
	      "file's, --bindings are loaded after its bindings, --werror and\n"
	      "--no-werror replace its werror.\n"
	      "\n"
	      "Exit status: 0 nothing found, 1 findings, 2 usage, database or\n"
	      "set-up error (including a file that does not compile).\n",
	      out);
}

/* `--name=value` or `--name value`; *i advances past a separate value. */
static const char *kapi_opt_value(int argc, char **argv, int *i,
				  const char *name)
{
	size_t n = strlen(name);
	const char *a = argv[*i];

	if (strncmp(a, name, n) != 0)
		return NULL;
	if (a[n] == '=')
		return a + n + 1;
	if (a[n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		fprintf(stderr, "kapi-check: %s needs a value\n", name);
		return "";
	}
	return argv[++*i];
}

static int kapi_set_format(struct kapi_options *o, const char *v)
{
	if (!strcmp(v, "text"))
		o->format = KAPI_FMT_TEXT;
	else if (!strcmp(v, "json"))
		o->format = KAPI_FMT_JSON;
	else if (!strcmp(v, "sarif"))
		o->format = KAPI_FMT_SARIF;
	else {
		fprintf(stderr,
			"kapi-check: unknown format '%s' (use text, json or "
			"sarif)\n",
			v);
		return -1;
	}
	return 0;
}

static void kapi_push(const char ***arr, size_t *count, const char *s)
{
	*arr = kapi_xrealloc(*arr, (*count + 1) * sizeof(**arr));
	(*arr)[(*count)++] = s;
}

static void kapi_add_checks(struct kapi_options *o, const char *globs)
{
	char *joined = kapi_xasprintf("%s,%s", o->checks, globs);

	free(o->checks);
	o->checks = joined;
	joined = o->cli_checks ? kapi_xasprintf("%s,%s", o->cli_checks, globs)
			       : kapi_xstrdup(globs);
	free(o->cli_checks);
	o->cli_checks = joined;
}

/* One option at argv[*i]; returns 0, 1 (exit 0 now) or -1. */
static int kapi_parse_one(struct kapi_options *o, int argc, char **argv, int *i)
{
	const char *a = argv[*i], *v;

	if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
		kapi_usage(stdout);
		return 1;
	}
	if (!strcmp(a, "--version")) {
		printf("kapi-check %s\n", KAPI_VERSION);
		return 1;
	}
	if (!strcmp(a, "--werror")) {
		o->werror = 1;
		return 0;
	}
	if (!strcmp(a, "--no-werror")) {
		o->werror = 0;
		return 0;
	}
	if (!strncmp(a, "-j", 2) && strncmp(a, "--", 2)) {
		char *end;
		long n;

		v = a[2] ? a + 2 : (*i + 1 < argc ? argv[++*i] : NULL);
		n = v ? strtol(v, &end, 10) : 0;
		if (!v || !*v || *end || n < 1 || n > 1024) {
			fprintf(stderr, "kapi-check: -j needs a number of jobs "
					"(1-1024)\n");
			return -1;
		}
		o->jobs = (int)n;
		return 0;
	}
	if (!strcmp(a, "--list-checks")) {
		o->list_checks = true;
		return 0;
	}
	if (!strcmp(a, "--debug-calls")) {
		o->debug_calls = true;
		return 0;
	}
	if (!strncmp(a, "-p", 2) && strncmp(a, "--", 2)) {
		v = a[2] ? a + 2 : (*i + 1 < argc ? argv[++*i] : NULL);
		if (!v || !*v) {
			fprintf(stderr,
				"kapi-check: -p needs a build directory\n");
			return -1;
		}
		o->build_dir = v;
		return 0;
	}
	if ((v = kapi_opt_value(argc, argv, i, "--db"))) {
		o->db = v;
		return *v ? 0 : -1;
	}
	if ((v = kapi_opt_value(argc, argv, i, "--unchecked-return-ignore"))) {
		char *joined =
			o->uret_ignore
				? kapi_xasprintf("%s,%s", o->uret_ignore, v)
				: kapi_xstrdup(v);

		free(o->uret_ignore);
		o->uret_ignore = joined;
		return 0;
	}
	if ((v = kapi_opt_value(argc, argv, i, "--checks"))) {
		kapi_add_checks(o, v);
		return 0;
	}
	if ((v = kapi_opt_value(argc, argv, i, "--format")))
		return *v ? kapi_set_format(o, v) : -1;
	if ((v = kapi_opt_value(argc, argv, i, "--bindings"))) {
		if (!*v)
			return -1;
		kapi_push(&o->bindings, &o->binding_count, v);
		return 0;
	}
	fprintf(stderr, "kapi-check: unknown option '%s' (see --help)\n", a);
	return -1;
}

int kapi_options_parse(struct kapi_options *o, int argc, char **argv)
{
	int i, rc;

	memset(o, 0, sizeof(*o));
	o->checks = kapi_xstrdup(KAPI_DEFAULT_CHECKS);
	o->werror = -1;
	o->jobs = 1;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			o->have_dashdash = true;
			for (i++; i < argc; i++)
				kapi_push(&o->extra, &o->extra_count, argv[i]);
			break;
		}
		if (argv[i][0] != '-' || !argv[i][1]) {
			kapi_push(&o->files, &o->file_count, argv[i]);
			continue;
		}
		rc = kapi_parse_one(o, argc, argv, &i);
		if (rc)
			return rc;
	}
	/* -p BUILD_DIR alone checks every file of its compile_commands.json */
	if (!o->file_count && !o->list_checks && !o->build_dir) {
		kapi_usage(stderr);
		return -1;
	}
	return 0;
}

void kapi_options_free(struct kapi_options *o)
{
	free(o->checks);
	free(o->cli_checks);
	free(o->uret_ignore);
	free(o->bindings);
	free(o->files);
	for (size_t i = 0; o->files_owned && o->files_owned[i]; i++)
		free(o->files_owned[i]);
	free(o->files_owned);
	free(o->extra);
	memset(o, 0, sizeof(*o));
}

/* '*' matches any run of characters; everything else literally. */
static bool kapi_glob_match(const char *g, size_t glen, const char *s)
{
	if (!glen)
		return !*s;
	if (*g == '*') {
		for (;; s++) {
			if (kapi_glob_match(g + 1, glen - 1, s))
				return true;
			if (!*s)
				return false;
		}
	}
	return *s == *g && kapi_glob_match(g + 1, glen - 1, s + 1);
}

/* Trim spaces around one comma-separated item. */
static void kapi_trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

bool kapi_checks_enabled(const char *globs, const char *rule)
{
	bool on = false;
	const char *p = globs;

	while (p && *p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		const char *g = p;
		bool neg = false;

		kapi_trim(&g, &n);
		if (n && *g == '-') {
			neg = true;
			g++;
			n--;
		}
		if (n && kapi_glob_match(g, n, rule))
			on = !neg;
		p = end ? end + 1 : NULL;
	}
	return on;
}
