/* SPDX-License-Identifier: MIT */
/*
 * The spec database: an SQLite file with a versioned schema that users can
 * query with the sqlite3 shell.  Safe with many compiler processes writing
 * at once (WAL, busy timeout, IMMEDIATE transactions with retry); a store
 * is all-or-nothing.  A file that is not ours, is corrupt, or carries a
 * newer schema is refused and never modified.
 *
 * Errors are returned, never printed: functions returning int give 0 on
 * success and -1 on failure, with a malloc'd message in *err (caller frees)
 * when err is not NULL.
 */
#ifndef KAPI_DB_H
#define KAPI_DB_H

#include <stddef.h>

#include "kapi_diag.h"
#include "kapi_spec.h"

#define KAPI_DB_SCHEMA_VERSION 1

enum kapi_db_mode {
	KAPI_DB_READ = 0,  /* must exist; every page checked on open */
	KAPI_DB_WRITE = 1, /* created (with the schema) when missing */
	/* Must exist; damage is reported by the read that meets it, not at
	 * open: for kapi-check, which opens the database once per file and
	 * reads a few specs (checking every page costs more than that). */
	KAPI_DB_QUERY = 2,
};

struct kapi_db;

int kapi_db_open(const char *path, enum kapi_db_mode mode, struct kapi_db **out,
		 char **err);
void kapi_db_close(struct kapi_db *db);

/*
 * Store the specs of one unit (a translation unit, an imported file) in one
 * transaction.  A spec replaces any stored spec of the same name.  `diags`
 * (may be NULL) are stored with the unit and attached to the spec whose
 * source range contains them.
 */
int kapi_db_store(struct kapi_db *db, const struct kapi_spec *const *specs,
		  size_t count, const struct kapi_diag_list *diags, char **err);

/* Names of all stored specs, sorted.  Free with kapi_db_free_names(). */
int kapi_db_list(struct kapi_db *db, char ***names, size_t *count, char **err);
/* The same, with each spec's stored source kind ("comment-short", "mined",
 * ...) in *sources, parallel to *names; free both with
 * kapi_db_free_names(). */
int kapi_db_list_sources(struct kapi_db *db, char ***names, char ***sources,
			 size_t *count, char **err);
void kapi_db_free_names(char **names, size_t count);

/* Load one spec by name; *out is NULL (and 0 returned) when absent. */
int kapi_db_load(struct kapi_db *db, const char *name, struct kapi_spec **out,
		 char **err);
/* Load every spec, sorted by name, appended to *out. */
int kapi_db_load_all(struct kapi_db *db, struct kapi_spec_list *out,
		     char **err);

/* Database-wide metadata (key/value), e.g. "target". *value NULL if unset. */
int kapi_db_get_meta(struct kapi_db *db, const char *key, char **value,
		     char **err);
int kapi_db_set_meta(struct kapi_db *db, const char *key, const char *value,
		     char **err);

#endif
