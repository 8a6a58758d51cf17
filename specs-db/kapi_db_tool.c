// SPDX-License-Identifier: MIT
/*
 * kapi-db: read KAPI specs from sources and JSON, keep them in a spec
 * database, and show them.
 *
 * Exit status: 0 success; 1 the input had spec errors (they are printed,
 * everything valid was still processed); 2 usage, I/O or database error.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kapi_db.h"
#include "kapi_diag.h"
#include "kapi_json.h"
#include "kapi_lint.h"
#include "kapi_record.h"
#include "kapi_parse.h"
#include "kapi_progress.h"
#include "kapi_text.h"
#include "kapi_util.h"

#include "kapi_db_tool.h"

static const struct kapi_cmd kapi_cmds[];
static const size_t kapi_ncmds;
#define KAPI_NCMDS kapi_ncmds

void kapi_print_diags(const struct kapi_diag_list *diags)
{
	for (size_t i = 0; i < diags->count; i++)
		kapi_diag_print(stderr, &diags->items[i]);
}

int kapi_parse_format(const char *arg, bool allow_rst, enum kapi_format *fmt)
{
	if (!strcmp(arg, "text"))
		*fmt = KAPI_FMT_TEXT;
	else if (!strcmp(arg, "json"))
		*fmt = KAPI_FMT_JSON;
	else if (allow_rst && !strcmp(arg, "rst"))
		*fmt = KAPI_FMT_RST;
	else {
		fprintf(stderr,
			"kapi-db: unknown format '%s' (use text, json%s)\n",
			arg, allow_rst ? " or rst" : "");
		return -1;
	}
	return 0;
}

/*
 * The database to use: --db, then $KAPI_DB, then the default database
 * installed beside the tool (<prefix>/share/kapi-clang/default.db, which is
 * also where the build tree keeps it).
 */
char *kapi_resolve_db(const char *opt)
{
	char exe[PATH_MAX];
	const char *env = getenv("KAPI_DB");
	ssize_t n;

	if (opt)
		return kapi_xstrdup(opt);
	if (env && *env)
		return kapi_xstrdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		char *slash, *path;

		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			path = kapi_xasprintf(
				"%s/../share/kapi-clang/default.db", exe);
			if (access(path, R_OK) == 0)
				return path;
			free(path);
		}
	}
	return kapi_xstrdup(KAPI_DEFAULT_DB_INSTALL);
}

struct kapi_db *kapi_open_db(const char *opt, enum kapi_db_mode mode)
{
	char *path = kapi_resolve_db(opt);
	struct kapi_db *db = NULL;
	char *err = NULL;

	if (kapi_db_open(path, mode, &db, &err)) {
		fprintf(stderr, "kapi-db: %s\n", err ? err : path);
		free(err);
		db = NULL;
	}
	free(path);
	return db;
}

const struct kapi_cmd *kapi_find_cmd(const char *name)
{
	for (size_t i = 0; i < KAPI_NCMDS; i++)
		if (!strcmp(kapi_cmds[i].name, name))
			return &kapi_cmds[i];
	return NULL;
}

int kapi_getopts(int argc, char **argv, const struct kapi_cmd *cmd,
		 struct kapi_opts *o)
{
	static const struct option longopts[] = {
		{"db", required_argument, NULL, 'd'},
		{"format", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			o->db = optarg;
			break;
		case 'f':
			o->format = optarg;
			break;
		case 'h':
			printf("usage: kapi-db %s\n\n%s\n", cmd->usage,
			       cmd->summary);
			return -2;
		default:
			fprintf(stderr, "usage: kapi-db %s\n", cmd->usage);
			return -1;
		}
	}
	return optind;
}

int kapi_opts_status(int rc)
{
	return rc == -2 ? KAPI_EXIT_OK : KAPI_EXIT_USAGE;
}

/* ---- parse ------------------------------------------------------------- */

int kapi_read_sources(int argc, char **argv, struct kapi_spec_list *specs,
		      struct kapi_diag_list *diags)
{
	int status = KAPI_EXIT_OK;

	for (int i = 0; i < argc; i++) {
		size_t len, first = specs->count;
		char *buf = kapi_read_file(argv[i], &len);

		if (!buf) {
			fprintf(stderr, "kapi-db: cannot read %s: %s\n",
				argv[i], strerror(errno));
			status = KAPI_EXIT_USAGE;
			continue;
		}
		kapi_parse_source(buf, len, argv[i], specs, diags);
		free(buf);
		/* Without a compiler only literals have values: the mask
		 * rules judge those and stay silent on macros. */
		for (size_t k = first; k < specs->count; k++)
			kapi_lint_spec(specs->items[k], argv[i],
				       kapi_lint_eval_literal, NULL, diags);
	}
	return status;
}

void kapi_print_specs(const struct kapi_spec_list *specs, enum kapi_format fmt)
{
	if (fmt == KAPI_FMT_JSON) {
		char *json = kapi_json_list_to_string(
			(const struct kapi_spec *const *)specs->items,
			specs->count);

		fputs(json, stdout);
		free(json);
		return;
	}
	for (size_t i = 0; i < specs->count; i++) {
		if (fmt == KAPI_FMT_RST)
			kapi_spec_print_rst(stdout, specs->items[i]);
		else
			kapi_spec_print_text(stdout, specs->items[i]);
	}
}

static int kapi_cmd_parse(int argc, char **argv)
{
	struct kapi_opts o = {0};
	struct kapi_spec_list specs = {0};
	struct kapi_diag_list diags = {0};
	enum kapi_format fmt = KAPI_FMT_TEXT;
	int first = kapi_getopts(argc, argv, kapi_find_cmd("parse"), &o);
	int status;

	if (first < 0)
		return kapi_opts_status(first);
	if (o.format && kapi_parse_format(o.format, true, &fmt))
		return KAPI_EXIT_USAGE;
	if (first >= argc) {
		fprintf(stderr, "usage: kapi-db %s\n",
			kapi_find_cmd("parse")->usage);
		return KAPI_EXIT_USAGE;
	}
	status = kapi_read_sources(argc - first, argv + first, &specs, &diags);
	kapi_print_diags(&diags);
	kapi_print_specs(&specs, fmt);
	if (status == KAPI_EXIT_OK && kapi_diag_count(&diags, KAPI_SEV_ERROR))
		status = KAPI_EXIT_FINDINGS;
	kapi_spec_list_free(&specs);
	kapi_diag_list_free(&diags);
	return status;
}

/* ---- import ------------------------------------------------------------ */

static bool kapi_is_c_source(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot && (!strcmp(dot, ".c") || !strcmp(dot, ".h"));
}

/*
 * Read one SOURCE (C file with KAPI comments, JSON file or directory, or
 * an object file / archive carrying the plugin's spec records).  Objects
 * are read whole before anything is stored; each record (one compiled
 * unit) is then stored as its own unit, as the plugin would have.
 */
static int kapi_import_one(struct kapi_db *db, const char *src)
{
	struct kapi_spec_list specs = {0};
	struct kapi_diag_list diags = {0};
	struct kapi_record_units units = {0};
	struct kapi_progress progress;
	int status = KAPI_EXIT_OK;
	char *err = NULL;
	struct stat st;

	if (stat(src, &st)) {
		fprintf(stderr, "kapi-db: cannot read %s: %s\n", src,
			strerror(errno));
		return KAPI_EXIT_USAGE;
	}
	if (S_ISREG(st.st_mode) && kapi_record_is_object(src)) {
		if (kapi_record_read_path(src, &units, &diags, &err)) {
			fprintf(stderr, "kapi-db: %s; nothing stored\n", err);
			kapi_record_units_free(&units);
			status = KAPI_EXIT_USAGE;
		} else if (!units.count) {
			fprintf(stderr,
				"kapi-db: note: %s holds no spec "
				"records (section " KAPI_RECORD_SECTION ")\n",
				src);
		}
		free(err);
		err = NULL;
	} else if (!S_ISDIR(st.st_mode) && kapi_is_c_source(src)) {
		char *argv[] = {(char *)src};

		status = kapi_read_sources(1, argv, &specs, &diags);
	} else if (kapi_json_read_path_progress(src, &specs, &diags, true) <
		   0) {
		status = KAPI_EXIT_USAGE;
	}
	kapi_print_diags(&diags);
	if (status == KAPI_EXIT_OK && kapi_diag_count(&diags, KAPI_SEV_ERROR))
		status = KAPI_EXIT_FINDINGS;
	if (specs.count &&
	    kapi_db_store(db, (const struct kapi_spec *const *)specs.items,
			  specs.count, &diags, &err)) {
		fprintf(stderr, "kapi-db: %s\n", err ? err : "store failed");
		free(err);
		status = KAPI_EXIT_USAGE;
	}
	/* "[3/120] built-in.a(fs/open.o)" per member of an archive. */
	kapi_progress_init(&progress, units.count, true);
	for (size_t i = 0; i < units.count && status != KAPI_EXIT_USAGE; i++) {
		struct kapi_record_unit *u = &units.items[i];

		kapi_progress_step(&progress, u->origin);
		if (kapi_db_store(
			    db, (const struct kapi_spec *const *)u->specs.items,
			    u->specs.count, &u->diags, &err)) {
			fprintf(stderr, "kapi-db: %s: %s\n", u->origin,
				err ? err : "store failed");
			free(err);
			status = KAPI_EXIT_USAGE;
		}
	}
	kapi_record_units_free(&units);
	kapi_spec_list_free(&specs);
	kapi_diag_list_free(&diags);
	return status;
}

static int kapi_cmd_import(int argc, char **argv)
{
	struct kapi_opts o = {0};
	int first = kapi_getopts(argc, argv, kapi_find_cmd("import"), &o);
	int status = KAPI_EXIT_OK;
	struct kapi_progress progress;
	struct kapi_db *db;

	if (first < 0)
		return kapi_opts_status(first);
	if (first >= argc) {
		fprintf(stderr, "usage: kapi-db %s\n",
			kapi_find_cmd("import")->usage);
		return KAPI_EXIT_USAGE;
	}
	db = kapi_open_db(o.db, KAPI_DB_WRITE);
	if (!db)
		return KAPI_EXIT_USAGE;
	/* "[17/348] SOURCE" on a terminal when importing several sources. */
	kapi_progress_init(&progress, (size_t)(argc - first), true);
	for (int i = first; i < argc; i++) {
		int rc;

		kapi_progress_step(&progress, argv[i]);
		rc = kapi_import_one(db, argv[i]);

		if (rc > status)
			status = rc;
	}
	kapi_db_close(db);
	return status;
}

/* ---- export / list / show ---------------------------------------------- */

/* Load the named specs (all when names is empty). */
int kapi_load_named(struct kapi_db *db, int argc, char **argv,
		    struct kapi_spec_list *out)
{
	char *err = NULL;
	int status = KAPI_EXIT_OK;

	if (argc == 0) {
		if (kapi_db_load_all(db, out, &err)) {
			fprintf(stderr, "kapi-db: %s\n",
				err ? err : "load failed");
			free(err);
			return KAPI_EXIT_USAGE;
		}
		return KAPI_EXIT_OK;
	}
	for (int i = 0; i < argc; i++) {
		struct kapi_spec *spec = NULL;

		if (kapi_db_load(db, argv[i], &spec, &err)) {
			fprintf(stderr, "kapi-db: %s\n",
				err ? err : "load failed");
			free(err);
			err = NULL;
			status = KAPI_EXIT_USAGE;
		} else if (!spec) {
			fprintf(stderr, "kapi-db: no spec named '%s'\n",
				argv[i]);
			status = KAPI_EXIT_FINDINGS;
		} else {
			kapi_spec_list_push(out, spec);
		}
	}
	return status;
}

/* export (json_only) and show (needs NAMEs) share everything else. */
static int kapi_cmd_dump(int argc, char **argv, const struct kapi_cmd *cmd,
			 bool json_only)
{
	struct kapi_opts o = {0};
	struct kapi_spec_list specs = {0};
	enum kapi_format fmt = json_only ? KAPI_FMT_JSON : KAPI_FMT_TEXT;
	int first = kapi_getopts(argc, argv, cmd, &o);
	struct kapi_db *db;
	int status;

	if (first < 0)
		return kapi_opts_status(first);
	if (o.format && kapi_parse_format(o.format, !json_only, &fmt))
		return KAPI_EXIT_USAGE;
	if (json_only && fmt != KAPI_FMT_JSON) {
		fprintf(stderr, "kapi-db: export writes json only\n");
		return KAPI_EXIT_USAGE;
	}
	if (!json_only && first >= argc) {
		fprintf(stderr, "usage: kapi-db %s\n", cmd->usage);
		return KAPI_EXIT_USAGE;
	}
	db = kapi_open_db(o.db, KAPI_DB_READ);
	if (!db)
		return KAPI_EXIT_USAGE;
	status = kapi_load_named(db, argc - first, argv + first, &specs);
	kapi_print_specs(&specs, fmt);
	kapi_spec_list_free(&specs);
	kapi_db_close(db);
	return status;
}

static int kapi_cmd_export(int argc, char **argv)
{
	return kapi_cmd_dump(argc, argv, kapi_find_cmd("export"), true);
}

static int kapi_cmd_show(int argc, char **argv)
{
	return kapi_cmd_dump(argc, argv, kapi_find_cmd("show"), false);
}

static int kapi_cmd_list(int argc, char **argv)
{
	struct kapi_opts o = {0};
	int first = kapi_getopts(argc, argv, kapi_find_cmd("list"), &o);
	char **names = NULL, **sources = NULL, *err = NULL;
	size_t count = 0;
	struct kapi_db *db;

	if (first < 0)
		return kapi_opts_status(first);
	if (first < argc) {
		fprintf(stderr, "usage: kapi-db %s\n",
			kapi_find_cmd("list")->usage);
		return KAPI_EXIT_USAGE;
	}
	db = kapi_open_db(o.db, KAPI_DB_READ);
	if (!db)
		return KAPI_EXIT_USAGE;
	if (kapi_db_list_sources(db, &names, &sources, &count, &err)) {
		fprintf(stderr, "kapi-db: %s\n", err ? err : "list failed");
		free(err);
		kapi_db_close(db);
		return KAPI_EXIT_USAGE;
	}
	/* A mined entry is no spec: say so, after a tab (cut -f1 for names). */
	for (size_t i = 0; i < count; i++)
		if (!strcmp(sources[i],
			    kapi_source_kind_name(KAPI_SOURCE_MINED)))
			printf("%s\t%s\n", names[i], sources[i]);
		else
			puts(names[i]);
	kapi_db_free_names(names, count);
	kapi_db_free_names(sources, count);
	kapi_db_close(db);
	return KAPI_EXIT_OK;
}

/* Subcommands in their own files. */
int kapi_cmd_header(int argc, char **argv);
int kapi_cmd_diff(int argc, char **argv);
int kapi_cmd_skeleton(int argc, char **argv);

static const struct kapi_cmd kapi_cmds[] = {
	{"parse", kapi_cmd_parse,
	 "Read KAPI spec comments straight from C sources without compiling.\n"
	 "Specs go to stdout, diagnostics to stderr; exit 1 when a spec has\n"
	 "errors.",
	 "parse [--format text|json|rst] FILE..."},
	{"import", kapi_cmd_import,
	 "Add specs to a database from C sources with KAPI comments (.c, .h),\n"
	 "kernel JSON files ({\"api_details\":...}, {\"apis\":[...]}) or a\n"
	 "directory of them such as debugfs's kapi/specs-json/, or object\n"
	 "files the plugin compiled (.o, vmlinux.o, .ko, static and thin .a\n"
	 "archives such as built-in.a), which carry their specs in the\n"
	 "section " KAPI_RECORD_SECTION ". The database is created when\n"
	 "missing; each SOURCE is read whole before anything is stored.",
	 "import [--db DB] SOURCE..."},
	{"export", kapi_cmd_export,
	 "Write stored specs (all, or the NAMEs) as kernel-shaped JSON\n"
	 "{\"apis\":[...]}, which `import` reads back.",
	 "export [--db DB] [--format json] [NAME...]"},
	{"list", kapi_cmd_list,
	 "List the names of the stored specs, sorted; a syscall seen only in\n"
	 "code, with mined facts and no spec, is followed by a tab and "
	 "\"mined\".",
	 "list [--db DB]"},
	{"show", kapi_cmd_show, "Show stored specs.",
	 "show [--db DB] [--format text|json|rst] NAME..."},
	{"header", kapi_cmd_header,
	 "Write a C header that redeclares the bound C library wrappers with\n"
	 "clang's diagnose_if (constant arguments that break a spec: range,\n"
	 "mask, enum, alignment, null) and warn_unused_result (specs with\n"
	 "errors). Use it with -include; it is empty for other compilers.\n"
	 "With --dir, write one wrapper per C library header instead\n"
	 "(DIR/fcntl.h: #include_next <fcntl.h>, then its redeclarations);\n"
	 "use it with -isystem DIR, and a file pays only for the headers it\n"
	 "includes itself.",
	 "header [--db DB] [--bindings FILE] [--prototypes FILE] [-o FILE | "
	 "--dir DIR]"},
	{"skeleton", kapi_cmd_skeleton,
	 "Print a draft spec comment for each stored syscall that has no\n"
	 "spec (source mined, from a build with -fplugin-arg-kapi-mine), or\n"
	 "for the NAMEs: parameters by their C types, the constraints and\n"
	 "errors the plugin read off the code, each marked for review.",
	 "skeleton [--db DB] [NAME...]"},
	{"diff", kapi_cmd_diff,
	 "Compare two spec databases as userspace sees them: APIs and\n"
	 "parameters removed, added or retyped, mask bits, ranges and enum\n"
	 "values removed or added, errors added or removed, return rules\n"
	 "changed. Exit 1 when a change breaks existing callers.",
	 "diff [--format text|json] OLD.db NEW.db"},
};

static const size_t kapi_ncmds = sizeof(kapi_cmds) / sizeof(kapi_cmds[0]);

static void kapi_usage(FILE *out)
{
	fputs("usage: kapi-db [--version] [--help] COMMAND [ARGS]\n\n"
	      "Commands:\n",
	      out);
	for (size_t i = 0; i < KAPI_NCMDS; i++)
		fprintf(out, "  %s\n", kapi_cmds[i].usage);
	fputs("\nThe database is --db DB, else $KAPI_DB, else the default\n"
	      "database installed with kapi-clang. `kapi-db COMMAND --help`\n"
	      "describes each command.\n",
	      out);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		kapi_usage(stderr);
		return KAPI_EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		kapi_usage(stdout);
		return KAPI_EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("kapi-db (kapi-clang) %s\n", KAPI_VERSION);
		return KAPI_EXIT_OK;
	}
	for (size_t i = 0; i < KAPI_NCMDS; i++)
		if (!strcmp(argv[1], kapi_cmds[i].name))
			return kapi_cmds[i].run(argc - 1, argv + 1);
	fprintf(stderr, "kapi-db: unknown command '%s'\n", argv[1]);
	kapi_usage(stderr);
	return KAPI_EXIT_USAGE;
}
