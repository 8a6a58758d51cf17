/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the kapi-db command-line tool.  Each subcommand is a
 * function `int kapi_cmd_NAME(int argc, char **argv)` (argv[0] is the
 * subcommand's name) listed in kapi_cmds[] in kapi_db_tool.c; a subcommand
 * may live in its own kapi_db_cmd_NAME.c.
 */
#ifndef KAPI_DB_TOOL_H
#define KAPI_DB_TOOL_H

#include <stdbool.h>

#include "kapi_db.h"
#include "kapi_diag.h"
#include "kapi_spec.h"

#define KAPI_EXIT_OK	   0
#define KAPI_EXIT_FINDINGS 1 /* spec errors, or (diff) a breaking change */
#define KAPI_EXIT_USAGE	   2 /* usage, I/O or database error */

enum kapi_format { KAPI_FMT_TEXT, KAPI_FMT_JSON, KAPI_FMT_RST };

struct kapi_cmd {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
	const char *usage;
};

/* Options every subcommand understands: --db, --format, --help. */
struct kapi_opts {
	const char *db;
	const char *format;
};

const struct kapi_cmd *kapi_find_cmd(const char *name);
/* Returns the index of the first operand, or -1 (usage error printed) /
 * -2 (help printed); kapi_opts_status() turns those into an exit status. */
int kapi_getopts(int argc, char **argv, const struct kapi_cmd *cmd,
		 struct kapi_opts *o);
int kapi_opts_status(int rc);
int kapi_parse_format(const char *arg, bool allow_rst, enum kapi_format *fmt);

/* --db, then $KAPI_DB, then the default database beside the tool. */
char *kapi_resolve_db(const char *opt);
/* Opens or prints why not (returns NULL). */
struct kapi_db *kapi_open_db(const char *opt, enum kapi_db_mode mode);

void kapi_print_diags(const struct kapi_diag_list *diags);
void kapi_print_specs(const struct kapi_spec_list *specs, enum kapi_format fmt);
/* Parse C sources with KAPI comments; KAPI_EXIT_USAGE if one is unreadable. */
int kapi_read_sources(int argc, char **argv, struct kapi_spec_list *specs,
		      struct kapi_diag_list *diags);
/* Load the NAMEs (all when argc is 0) from db into out. */
int kapi_load_named(struct kapi_db *db, int argc, char **argv,
		    struct kapi_spec_list *out);

#endif
