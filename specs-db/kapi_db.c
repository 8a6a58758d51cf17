// SPDX-License-Identifier: MIT
/*
 * The spec database: one SQLite file, readable with the sqlite3 shell.
 *
 * Schema (version 1, PRAGMA user_version = 1,
 *         PRAGMA application_id = 0x4b415049, "KAPI"):
 *
 *   meta(key TEXT PRIMARY KEY, value TEXT)
 *       schema_version, created_by, created_at, and whatever
 *       kapi_db_set_meta() stores (e.g. "target").
 *
 *   specs(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
 *         kind TEXT       -- "function" | "syscall"
 *         description TEXT, file TEXT, line INTEGER,
 *         source TEXT     -- kapi_source_kind_name(): "comment-short", ...
 *         target TEXT, compiler TEXT, kernel_version TEXT,
 *         verified TEXT   -- kapi_verify_state_name(): "ok", ...
 *         json TEXT NOT NULL)
 *       One row per spec name.  `json` is the whole spec as written by
 *       kapi_json_spec_to_compact_string(); a spec is loaded back from it.  The
 *       other columns and tables are a queryable copy of parts of it.
 *
 *   params(spec_id -> specs.id ON DELETE CASCADE, idx INTEGER (0-based),
 *          name, type (kapi_type_name: "int", "fd", ...), type_name (C type),
 *          flags TEXT (flag tokens joined by '|': "in|user"; "" when none),
 *          constraint_kind (kapi_constraint_name: "range", ...),
 *          constraint_text,
 *          min_text, min_value, min_unsigned,
 *          max_text, max_value, max_unsigned,
 *          mask_text, mask_value, mask_unsigned)
 *       *_text is the value as written; *_value the number resolved for the
 *       spec's target, NULL when unresolved or absent (never 0 for unknown);
 *       *_value holds the 64 two's-complement bits and *_unsigned (0/1)
 *       says whether the C type is unsigned.
 *
 *   errors(spec_id -> specs.id ON DELETE CASCADE, idx INTEGER,
 *          name ("EINVAL"), code_text (as written), code INTEGER (the
 *          resolved value, e.g. -22; NULL when unresolved), summary,
 *          condition, description)
 *
 *   diagnostics(id INTEGER PRIMARY KEY,
 *               spec_id -> specs.id ON DELETE CASCADE, NULL when the
 *               diagnostic is not inside a stored spec,
 *               file, line, col (NULL when unknown),
 *               severity ("note" | "warning" | "error"), rule, message)
 *       A diagnostic belongs to the spec of the same unit whose file
 *       matches and whose first line is the greatest one <= its line.
 *       Storing a unit replaces the unattached diagnostics of every file
 *       the unit has specs or diagnostics in, so a header seen by many
 *       translation units keeps one copy.
 *
 * Example: sqlite3 specs.db "SELECT s.name, p.name, p.max_value FROM
 *          specs s JOIN params p ON p.spec_id = s.id WHERE p.type = 'fd'"
 *
 * Concurrency: the journal is WAL; every write is one IMMEDIATE
 * transaction, retried on SQLITE_BUSY/SQLITE_LOCKED on top of a 60 s busy
 * timeout, so make -j with one compiler per core can share one file.  The
 * schema is created inside such a transaction after re-checking that the
 * file is still empty, so many processes creating the same new file at
 * once agree on one schema.
 *
 * Safety: before anything can write to an existing file it is inspected
 * through a read-only connection (header, application_id, user_version,
 * and PRAGMA quick_check over every page); a file that is not SQLite, is
 * corrupt, belongs to another application, or has a newer schema is
 * refused untouched.  A WAL file in a directory the reader cannot write
 * (an installed default database) is read as immutable.
 */
#include "kapi_db.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kapi_json.h"
#include "kapi_util.h"

#define KAPI_DB_APPLICATION_ID	0x4b415049 /* "KAPI" */
#define KAPI_DB_BUSY_TIMEOUT_MS 60000
/* Our own retries on top of the busy timeout: SQLite returns BUSY without
 * waiting in a few cases (WAL recovery, journal mode changes). */
#define KAPI_DB_RETRIES		   400
#define KAPI_DB_RETRY_MAX_SLEEP_MS 50

struct kapi_db {
	sqlite3 *sql;
	char *path;
	enum kapi_db_mode mode;
};

/* ---- errors ------------------------------------------------------------ */

static int __attribute__((format(printf, 2, 3))) db_fail(char **err,
							 const char *fmt, ...)
{
	struct kapi_strbuf sb = {0};
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	kapi_sb_vprintf(&sb, fmt, ap);
	va_end(ap);
	*err = kapi_sb_take(&sb);
	return -1;
}

/* "'PATH': WHAT: sqlite's message" */
static int db_sql_fail(const char *path, sqlite3 *sql, const char *what,
		       char **err)
{
	return db_fail(err, "'%s': %s: %s", path, what,
		       sql ? sqlite3_errmsg(sql) : "out of memory");
}

static bool db_is_busy(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

static void db_backoff(unsigned attempt)
{
	unsigned ms = 1u << (attempt < 6 ? attempt : 6);

	/* Spread the writers out a little so they do not retry in step. */
	ms += (unsigned)(getpid() + attempt * 7) % 11;
	if (ms > KAPI_DB_RETRY_MAX_SLEEP_MS)
		ms = KAPI_DB_RETRY_MAX_SLEEP_MS;
	sqlite3_sleep((int)ms);
}

static int db_exec_retry(sqlite3 *sql, const char *stmt)
{
	int rc;

	for (unsigned i = 0;; i++) {
		rc = sqlite3_exec(sql, stmt, NULL, NULL, NULL);
		if (!db_is_busy(rc) || i >= KAPI_DB_RETRIES)
			return rc;
		db_backoff(i);
	}
}

/*
 * Run a query returning one row: its first `n` columns as integers into
 * nums[], or (nums NULL) its first column as text.  No row leaves them be.
 */
static int db_query_row(sqlite3 *sql, const char *query, long long *nums, int n,
			char **text)
{
	sqlite3_stmt *st = NULL;
	int rc;

	for (unsigned i = 0;; i++) {
		rc = sqlite3_prepare_v2(sql, query, -1, &st, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			for (int c = 0; nums && c < n; c++)
				nums[c] = sqlite3_column_int64(st, c);
			if (text)
				*text = kapi_xstrdup(
					(const char *)sqlite3_column_text(st,
									  0));
		}
		if (rc == SQLITE_ROW || rc == SQLITE_DONE)
			rc = SQLITE_OK;
		sqlite3_finalize(st);
		st = NULL;
		if (!db_is_busy(rc) || i >= KAPI_DB_RETRIES)
			return rc;
		db_backoff(i);
	}
}

/* ---- what is this file? ------------------------------------------------ */

enum db_state {
	DB_EMPTY, /* an SQLite file with nothing in it: ours to create */
	DB_OURS,
};

static int db_read_fail(const char *path, sqlite3 *sql, int rc, char **err)
{
	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		return db_fail(err,
			       "'%s': not a kapi spec database (not an SQLite "
			       "database file)",
			       path);
	case SQLITE_CORRUPT:
		return db_fail(
			err,
			"'%s': not a kapi spec database (the SQLite file "
			"is corrupt: %s)",
			path, sqlite3_errmsg(sql));
	case SQLITE_ERROR: /* e.g. "unsupported file format" */
		return db_fail(err,
			       "'%s': not a kapi spec database (unreadable "
			       "SQLite file: %s)",
			       path, sqlite3_errmsg(sql));
	default:
		return db_sql_fail(path, sql, "cannot read", err);
	}
}

/* Only reads: this runs before we trust the file enough to write to it. */
static int db_inspect(sqlite3 *sql, const char *path, enum db_state *state,
		      char **err)
{
	long long hdr[3] = {0, 0, 0};
	long long app, version, tables;
	int rc;

	/* One statement, so one snapshot: another process may commit the
	 * schema between two separate reads. */
	rc = db_query_row(sql,
			  "SELECT (SELECT application_id FROM"
			  " pragma_application_id),"
			  " (SELECT user_version FROM pragma_user_version),"
			  " (SELECT count(*) FROM sqlite_master)",
			  hdr, 3, NULL);
	if (rc != SQLITE_OK)
		return db_read_fail(path, sql, rc, err);
	app = hdr[0];
	version = hdr[1];
	tables = hdr[2];

	if (app == 0 && version == 0 && tables == 0) {
		*state = DB_EMPTY;
		return 0;
	}
	if (app != KAPI_DB_APPLICATION_ID)
		return db_fail(err,
			       "'%s': not a kapi spec database (an SQLite "
			       "database of another application: "
			       "application_id %#llx, %lld schema objects)",
			       path, (unsigned long long)app & 0xffffffffu,
			       tables);
	if (version > KAPI_DB_SCHEMA_VERSION)
		return db_fail(err,
			       "'%s' was written by a newer kapi-clang (schema "
			       "%lld, this build reads up to %d)",
			       path, version, KAPI_DB_SCHEMA_VERSION);
	if (version < 1 || tables == 0)
		return db_fail(err,
			       "'%s': not a kapi spec database (unknown schema "
			       "version %lld)",
			       path, version);
	*state = DB_OURS;
	return 0;
}

/*
 * Damage past the first page only shows when its pages are read.  Checking
 * every page costs a few milliseconds per megabyte, paid once per open of
 * an existing file, and keeps a damaged file from being written to.
 */
static int db_check_pages(sqlite3 *sql, const char *path, char **err)
{
	char *res = NULL;
	int rc = db_query_row(sql, "PRAGMA quick_check(1)", NULL, 0, &res);

	if (rc != SQLITE_OK)
		return db_read_fail(path, sql, rc, err);
	if (res && !strcmp(res, "ok")) {
		free(res);
		return 0;
	}
	db_fail(err, "'%s': the spec database is corrupt: %s", path,
		res ? res : "no result from the integrity check");
	free(res);
	return -1;
}

/* Inspect an existing file through a connection that cannot write, so that
 * nothing (not even a WAL checkpoint on close) touches a foreign file. */
static int db_inspect_readonly(const char *path, enum db_state *state,
			       char **err)
{
	sqlite3 *sql = NULL;
	int rc;

	rc = sqlite3_open_v2(path, &sql, SQLITE_OPEN_READONLY, NULL);
	if (rc != SQLITE_OK) {
		db_sql_fail(path, sql, "cannot open", err);
		sqlite3_close(sql);
		return -1;
	}
	sqlite3_busy_timeout(sql, KAPI_DB_BUSY_TIMEOUT_MS);
	rc = db_inspect(sql, path, state, err);
	if (!rc && *state == DB_OURS)
		rc = db_check_pages(sql, path, err);
	sqlite3_close(sql);
	return rc;
}

/* ---- creation ---------------------------------------------------------- */

#define KAPI_DB_STR2(x) #x
#define KAPI_DB_STR(x)	KAPI_DB_STR2(x)

/* clang-format off: one column per line reads better than reflowed text */
static const char db_schema_sql[] = "PRAGMA application_id = " KAPI_DB_STR(
	KAPI_DB_APPLICATION_ID) ";"
				"PRAGMA user_version = " KAPI_DB_STR(
					KAPI_DB_SCHEMA_VERSION) ";"
								"CREATE TABLE "
								"meta (key "
								"TEXT PRIMARY "
								"KEY NOT NULL, "
								"value TEXT);"
								"CREATE TABLE "
								"specs ("
								" id INTEGER "
								"PRIMARY KEY,"
								" name TEXT "
								"NOT NULL "
								"UNIQUE,"
								" kind TEXT "
								"NOT NULL,"
								" description "
								"TEXT,"
								" file TEXT,"
								" line INTEGER,"
								" source TEXT,"
								" target TEXT,"
								" compiler "
								"TEXT,"
								" kernel_"
								"version TEXT,"
								" verified "
								"TEXT,"
								" json TEXT "
								"NOT NULL);"
								"CREATE TABLE "
								"params ("
								" spec_id "
								"INTEGER NOT "
								"NULL "
								"REFERENCES "
								"specs(id) ON "
								"DELETE "
								"CASCADE,"
								" idx INTEGER "
								"NOT NULL,"
								" name TEXT,"
								" type TEXT,"
								" type_name "
								"TEXT,"
								" flags TEXT "
								"NOT NULL,"
								" constraint_"
								"kind TEXT,"
								" constraint_"
								"text TEXT,"
								" min_text "
								"TEXT, "
								"min_value "
								"INTEGER, "
								"min_unsigned "
								"INTEGER,"
								" max_text "
								"TEXT, "
								"max_value "
								"INTEGER, "
								"max_unsigned "
								"INTEGER,"
								" mask_text "
								"TEXT, "
								"mask_value "
								"INTEGER, "
								"mask_unsigned "
								"INTEGER,"
								" PRIMARY KEY "
								"(spec_id, "
								"idx));"
								"CREATE TABLE "
								"errors ("
								" spec_id "
								"INTEGER NOT "
								"NULL "
								"REFERENCES "
								"specs(id) ON "
								"DELETE "
								"CASCADE,"
								" idx INTEGER "
								"NOT NULL,"
								" name TEXT,"
								" code_text "
								"TEXT,"
								" code INTEGER,"
								" summary TEXT,"
								" condition "
								"TEXT,"
								" description "
								"TEXT,"
								" PRIMARY KEY "
								"(spec_id, "
								"idx));"
								"CREATE TABLE "
								"diagnostics ("
								" id INTEGER "
								"PRIMARY KEY,"
								" spec_id "
								"INTEGER "
								"REFERENCES "
								"specs(id) ON "
								"DELETE "
								"CASCADE,"
								" file TEXT,"
								" line INTEGER,"
								" col INTEGER,"
								" severity "
								"TEXT NOT NULL,"
								" rule TEXT,"
								" message TEXT "
								"NOT NULL);"
								"CREATE INDEX "
								"diagnostics_"
								"spec ON "
								"diagnostics("
								"spec_id);"
								"CREATE INDEX "
								"diagnostics_"
								"file ON "
								"diagnostics("
								"file);"
								"INSERT INTO "
								"meta(key, "
								"value) VALUES"
								" ('schema_"
								"version', "
								"'" KAPI_DB_STR(
									KAPI_DB_SCHEMA_VERSION) "'),"
												" ('created_by', 'kapi-clang'),"
												" ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));";
/* clang-format on */

static int db_begin(struct kapi_db *db, char **err)
{
	int rc = db_exec_retry(db->sql, "BEGIN IMMEDIATE");

	if (rc != SQLITE_OK)
		return db_sql_fail(db->path, db->sql,
				   "cannot start a write transaction", err);
	return 0;
}

static int db_commit(struct kapi_db *db, char **err)
{
	int rc = db_exec_retry(db->sql, "COMMIT");

	if (rc != SQLITE_OK) {
		db_sql_fail(db->path, db->sql, "cannot commit", err);
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

static void db_rollback(struct kapi_db *db)
{
	/* Fails harmlessly when SQLite already rolled back on its own. */
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
}

/* Create the schema unless another process got there first. */
static int db_create(struct kapi_db *db, char **err)
{
	enum db_state state;

	if (db_begin(db, err))
		return -1;
	/* Re-check under the write lock: the file may have changed since. */
	if (db_inspect(db->sql, db->path, &state, err)) {
		db_rollback(db);
		return -1;
	}
	if (state == DB_EMPTY && sqlite3_exec(db->sql, db_schema_sql, NULL,
					      NULL, NULL) != SQLITE_OK) {
		db_sql_fail(db->path, db->sql, "cannot create the schema", err);
		db_rollback(db);
		return -1;
	}
	return db_commit(db, err);
}

static int db_set_wal(struct kapi_db *db, char **err)
{
	char *mode = NULL;
	int rc;

	rc = db_query_row(db->sql, "PRAGMA journal_mode", NULL, 0, &mode);
	if (rc == SQLITE_OK && (!mode || strcmp(mode, "wal"))) {
		free(mode);
		mode = NULL;
		rc = db_query_row(db->sql, "PRAGMA journal_mode = WAL", NULL, 0,
				  &mode);
	}
	free(mode);
	/* A file system without shared memory keeps the rollback journal; the
	 * busy timeout still serializes writers there, so that is no error. */
	if (rc != SQLITE_OK)
		return db_sql_fail(db->path, db->sql,
				   "cannot switch to WAL journal mode", err);
	return 0;
}

/* ---- open / close ------------------------------------------------------ */

static int db_connect_name(struct kapi_db *db, const char *name, int flags,
			   char **err)
{
	int rc = sqlite3_open_v2(name, &db->sql, flags, NULL);

	if (rc != SQLITE_OK)
		return db_sql_fail(db->path, db->sql, "cannot open", err);
	sqlite3_busy_timeout(db->sql, KAPI_DB_BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(db->sql, 1);
	return 0;
}

static int db_connect(struct kapi_db *db, int flags, char **err)
{
	return db_connect_name(db, db->path, flags, err);
}

static bool db_has_wal_content(const char *path)
{
	char *wal = kapi_xasprintf("%s-wal", path);
	struct stat st;
	bool has = stat(wal, &st) == 0 && st.st_size > 0;

	free(wal);
	return has;
}

/*
 * A WAL-mode file in a directory we cannot write (an installed default
 * database) cannot be read normally: SQLite needs to create the -shm
 * index next to it.  With no -wal content everything is in the main file
 * and nobody can be writing, so it can be opened as immutable instead.
 */
static int db_connect_immutable(struct kapi_db *db, char **err)
{
	struct kapi_strbuf uri = {0};
	int rc;

	kapi_sb_puts(&uri, "file:");
	for (const char *p = db->path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			kapi_sb_printf(&uri, "%%%02x", (unsigned char)*p);
		else
			kapi_sb_putc(&uri, *p);
	}
	kapi_sb_puts(&uri, "?immutable=1");
	sqlite3_close(db->sql);
	db->sql = NULL;
	rc = db_connect_name(db, uri.buf,
			     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, err);
	kapi_sb_free(&uri);
	return rc;
}

static int db_connect_read(struct kapi_db *db, char **err)
{
	long long v;
	int rc;

	if (db_connect(db, SQLITE_OPEN_READONLY, err))
		return -1;
	/* Anything else wrong with the file is db_inspect()'s to report. */
	rc = db_query_row(db->sql, "PRAGMA schema_version", &v, 1, NULL) & 0xff;
	if ((rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN) &&
	    !db_has_wal_content(db->path))
		return db_connect_immutable(db, err);
	return 0;
}

static int db_open_read(struct kapi_db *db, const struct stat *st,
			bool check_pages, char **err)
{
	enum db_state state;

	if (st->st_size == 0)
		return db_fail(err,
			       "'%s': not a kapi spec database (empty file)",
			       db->path);
	if (db_connect_read(db, err) ||
	    db_inspect(db->sql, db->path, &state, err))
		return -1;
	if (state == DB_OURS && check_pages &&
	    db_check_pages(db->sql, db->path, err))
		return -1;
	if (state != DB_OURS)
		return db_fail(err,
			       "'%s': not a kapi spec database (an empty "
			       "SQLite database)",
			       db->path);
	return 0;
}

static int db_open_write(struct kapi_db *db, bool exists, char **err)
{
	enum db_state state = DB_EMPTY;

	if (exists && db_inspect_readonly(db->path, &state, err))
		return -1;
	if (db_connect(db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, err))
		return -1;
	/* The file may have been created by another process meanwhile. */
	if (db_inspect(db->sql, db->path, &state, err))
		return -1;
	if (state == DB_EMPTY && db_create(db, err))
		return -1;
	if (db_set_wal(db, err))
		return -1;
	if (db_exec_retry(db->sql, "PRAGMA synchronous = NORMAL") != SQLITE_OK)
		return db_sql_fail(db->path, db->sql, "cannot configure", err);
	return 0;
}

int kapi_db_open(const char *path, enum kapi_db_mode mode, struct kapi_db **out,
		 char **err)
{
	struct kapi_db *db;
	struct stat st;
	bool exists;
	int rc;

	*out = NULL;
	if (!path || !*path)
		return db_fail(err, "no spec database path given");
	exists = stat(path, &st) == 0;
	if (!exists && (errno != ENOENT || mode != KAPI_DB_WRITE))
		return db_fail(err, "'%s': cannot open the spec database: %s",
			       path, strerror(errno));
	if (exists && S_ISDIR(st.st_mode))
		return db_fail(err,
			       "'%s': cannot open the spec database: is a "
			       "directory",
			       path);

	db = kapi_xcalloc(1, sizeof(*db));
	db->path = kapi_xstrdup(path);
	db->mode = mode;
	if (mode != KAPI_DB_WRITE)
		rc = db_open_read(db, &st, mode == KAPI_DB_READ, err);
	else
		rc = db_open_write(db, exists && st.st_size > 0, err);
	if (rc == 0 && db_exec_retry(db->sql, "PRAGMA foreign_keys = ON"))
		rc = db_sql_fail(path, db->sql, "cannot configure", err);
	if (rc) {
		kapi_db_close(db);
		return -1;
	}
	*out = db;
	return 0;
}

void kapi_db_close(struct kapi_db *db)
{
	if (!db)
		return;
	sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

/* ---- binding helpers --------------------------------------------------- */

static int db_bind_text(sqlite3_stmt *st, int col, const char *s)
{
	if (!s)
		return sqlite3_bind_null(st, col);
	return sqlite3_bind_text(st, col, s, -1, SQLITE_TRANSIENT);
}

static int db_bind_uint(sqlite3_stmt *st, int col, unsigned v)
{
	if (!v)
		return sqlite3_bind_null(st, col);
	return sqlite3_bind_int64(st, col, v);
}

/* Three columns: as written, resolved number or NULL, unsigned or NULL. */
static int db_bind_value(sqlite3_stmt *st, int col, const struct kapi_value *v)
{
	int rc = db_bind_text(st, col, v->text);

	if (rc != SQLITE_OK)
		return rc;
	if (v->state != KAPI_VALUE_RESOLVED) {
		rc = sqlite3_bind_null(st, col + 1);
		if (rc == SQLITE_OK)
			rc = sqlite3_bind_null(st, col + 2);
		return rc;
	}
	rc = sqlite3_bind_int64(st, col + 1, v->num);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_int(st, col + 2, v->is_unsigned);
	return rc;
}

static int db_step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static const char *db_kind_name(enum kapi_api_kind k)
{
	return k == KAPI_KIND_SYSCALL ? "syscall" : "function";
}

/* "in|optional|user"; bits without a token are appended as hex. */
static char *db_flags_text(unsigned flags)
{
	struct kapi_strbuf sb = {0};
	unsigned rest = flags;

	for (unsigned bit = 0; bit < KAPI_PARAM_FLAG_COUNT; bit++) {
		const char *name = kapi_param_flag_name(bit);

		if (!(flags & (1u << bit)) || !name)
			continue;
		kapi_sb_printf(&sb, "%s%s", sb.len ? "|" : "", name);
		rest &= ~(1u << bit);
	}
	if (rest)
		kapi_sb_printf(&sb, "%s%#x", sb.len ? "|" : "", rest);
	return kapi_sb_take(&sb);
}

/* ---- store ------------------------------------------------------------- */

enum db_stmt_id {
	ST_DELETE_SPEC,
	ST_INSERT_SPEC,
	ST_INSERT_PARAM,
	ST_INSERT_ERROR,
	ST_DELETE_DIAGS,
	ST_INSERT_DIAG,
	ST_NOTE_TARGET,
	ST__COUNT
};

static const char *const db_stmt_sql[ST__COUNT] = {
	[ST_DELETE_SPEC] = "DELETE FROM specs WHERE name = ?1",
	[ST_INSERT_SPEC] =
		"INSERT INTO specs(name, kind, description, file, line, "
		"source, target, compiler, kernel_version, verified, json) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
	[ST_INSERT_PARAM] =
		"INSERT INTO params(spec_id, idx, name, type, type_name, "
		"flags, constraint_kind, constraint_text, "
		"min_text, min_value, min_unsigned, "
		"max_text, max_value, max_unsigned, "
		"mask_text, mask_value, mask_unsigned) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
		"?13, ?14, ?15, ?16, ?17)",
	[ST_INSERT_ERROR] =
		"INSERT INTO errors(spec_id, idx, name, code_text, code, "
		"summary, condition, description) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[ST_DELETE_DIAGS] =
		"DELETE FROM diagnostics WHERE spec_id IS NULL AND file = ?1",
	[ST_INSERT_DIAG] =
		("INSERT INTO diagnostics(spec_id, file, line, col, severity, "
		 "rule, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
	/* The database's target: the first one stored; "mixed" once specs
	 * resolved for two different targets meet, so that tools refuse to
	 * compare numbers instead of trusting the wrong ones. */
	[ST_NOTE_TARGET] =
		"INSERT INTO meta(key, value) VALUES ('target', ?1) "
		"ON CONFLICT(key) DO UPDATE SET value = CASE "
		"WHEN value = excluded.value THEN value ELSE 'mixed' END",
};

struct db_unit {
	struct kapi_db *db;
	sqlite3_stmt *st[ST__COUNT];
	const struct kapi_spec *const *specs;
	size_t count;
	const struct kapi_diag_list *diags;
	sqlite3_int64 *ids; /* row id of each spec; 0 when replaced later */
	bool *superseded;   /* a later spec of the unit has the same name */
};

static int db_unit_prepare(struct db_unit *u, char **err)
{
	for (int i = 0; i < ST__COUNT; i++)
		if (sqlite3_prepare_v2(u->db->sql, db_stmt_sql[i], -1,
				       &u->st[i], NULL) != SQLITE_OK)
			return db_sql_fail(u->db->path, u->db->sql,
					   "cannot prepare a statement", err);
	return 0;
}

static void db_unit_release(struct db_unit *u)
{
	for (int i = 0; i < ST__COUNT; i++)
		sqlite3_finalize(u->st[i]);
	free(u->ids);
	free(u->superseded);
}

struct db_name_ref {
	const char *name;
	size_t idx;
};

static int db_name_ref_cmp(const void *a, const void *b)
{
	const struct db_name_ref *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c)
		return c;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/*
 * Mark every spec that a later spec of the same unit replaces.  Sorting
 * keeps this O(n log n): a unit can be a 10,000-spec import.
 */
static void db_mark_superseded(struct db_unit *u)
{
	struct db_name_ref *refs = kapi_xcalloc(u->count, sizeof(*refs));
	size_t n = 0;

	u->superseded = kapi_xcalloc(u->count, sizeof(*u->superseded));
	for (size_t i = 0; i < u->count; i++)
		if (u->specs[i] && u->specs[i]->name)
			refs[n++] = (struct db_name_ref){u->specs[i]->name, i};
	qsort(refs, n, sizeof(*refs), db_name_ref_cmp);
	for (size_t i = 0; i + 1 < n; i++)
		if (!strcmp(refs[i].name, refs[i + 1].name))
			u->superseded[refs[i].idx] = true;
	free(refs);
}

static int db_store_param(struct db_unit *u, sqlite3_int64 id, size_t idx,
			  const struct kapi_param *p)
{
	sqlite3_stmt *st = u->st[ST_INSERT_PARAM];
	char *flags = db_flags_text(p->flags);
	int rc;

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)idx);
	db_bind_text(st, 3, p->name);
	db_bind_text(st, 4, kapi_type_name(p->type));
	db_bind_text(st, 5, p->type_name);
	db_bind_text(st, 6, flags);
	db_bind_text(st, 7, kapi_constraint_name(p->constraint));
	db_bind_text(st, 8, p->constraint_text);
	db_bind_value(st, 9, &p->min);
	db_bind_value(st, 12, &p->max);
	db_bind_value(st, 15, &p->mask);
	rc = db_step_done(st);
	free(flags);
	return rc;
}

static int db_store_error(struct db_unit *u, sqlite3_int64 id, size_t idx,
			  const struct kapi_error *e)
{
	sqlite3_stmt *st = u->st[ST_INSERT_ERROR];

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)idx);
	db_bind_text(st, 3, e->name);
	db_bind_text(st, 4, e->code.text);
	if (e->code.state == KAPI_VALUE_RESOLVED)
		sqlite3_bind_int64(st, 5, e->code.num);
	db_bind_text(st, 6, e->summary);
	db_bind_text(st, 7, e->condition);
	db_bind_text(st, 8, e->desc);
	return db_step_done(st);
}

static int db_insert_spec_row(struct db_unit *u, const struct kapi_spec *s,
			      const char *json)
{
	sqlite3_stmt *st = u->st[ST_INSERT_SPEC];

	db_bind_text(st, 1, s->name);
	db_bind_text(st, 2, db_kind_name(s->kind));
	db_bind_text(st, 3, s->description);
	db_bind_text(st, 4, s->prov.file);
	db_bind_uint(st, 5, s->prov.line);
	db_bind_text(st, 6, kapi_source_kind_name(s->prov.source));
	db_bind_text(st, 7, s->prov.target);
	db_bind_text(st, 8, s->prov.compiler);
	db_bind_text(st, 9, s->prov.kernel_version);
	db_bind_text(st, 10, kapi_verify_state_name(s->prov.verified));
	db_bind_text(st, 11, json);
	return db_step_done(st);
}

/* Why a step failed, with the spec it was about. */
static int db_spec_fail(struct db_unit *u, const struct kapi_spec *s,
			const char *what, char **err)
{
	return db_fail(err, "'%s': cannot store spec '%s': %s: %s", u->db->path,
		       s->name, what, sqlite3_errmsg(u->db->sql));
}

static int db_store_spec(struct db_unit *u, size_t i, char **err)
{
	const struct kapi_spec *s = u->specs[i];
	sqlite3_stmt *del = u->st[ST_DELETE_SPEC];
	sqlite3_int64 id;
	char *json;
	int rc;

	/* Checked here, mid-transaction, rather than up front: the unit is
	 * all-or-nothing either way, and the rollback path stays exercised. */
	if (!s || !s->name || !*s->name)
		return db_fail(err,
			       "'%s': cannot store spec #%zu of the unit: it "
			       "has no name",
			       u->db->path, i + 1);
	if (u->superseded[i])
		return 0;
	json = kapi_json_spec_to_compact_string(s);
	if (!json)
		return db_fail(err,
			       "'%s': cannot store spec '%s': it cannot be "
			       "written as JSON",
			       u->db->path, s->name);

	db_bind_text(del, 1, s->name);
	rc = db_step_done(del);
	if (rc == SQLITE_OK)
		rc = db_insert_spec_row(u, s, json);
	free(json);
	if (rc != SQLITE_OK)
		return db_spec_fail(u, s, "specs", err);
	id = sqlite3_last_insert_rowid(u->db->sql);

	for (size_t j = 0; j < s->param_count; j++)
		if (db_store_param(u, id, j, &s->params[j]) != SQLITE_OK)
			return db_spec_fail(u, s, "params", err);
	for (size_t j = 0; j < s->error_count; j++)
		if (db_store_error(u, id, j, &s->errors[j]) != SQLITE_OK)
			return db_spec_fail(u, s, "errors", err);
	u->ids[i] = id;
	return 0;
}

/* The spec of this unit a diagnostic belongs to, or -1. */
static long db_diag_owner(const struct db_unit *u, const struct kapi_diag *d)
{
	long best = -1;

	if (!d->file)
		return -1;
	for (size_t i = 0; i < u->count; i++) {
		const struct kapi_spec *s = u->specs[i];

		if (!u->ids[i] || !s->prov.file ||
		    strcmp(s->prov.file, d->file))
			continue;
		if (s->prov.line > d->loc.line)
			continue;
		if (best < 0 || s->prov.line >= u->specs[best]->prov.line)
			best = (long)i;
	}
	return best;
}

static int db_forget_file_diags(struct db_unit *u, const char *file)
{
	sqlite3_stmt *st = u->st[ST_DELETE_DIAGS];

	if (!file)
		return SQLITE_OK;
	db_bind_text(st, 1, file);
	return db_step_done(st);
}

/* Unattached diagnostics of the files this unit covers are stale now. */
static int db_forget_stale_diags(struct db_unit *u, char **err)
{
	int rc = SQLITE_OK;

	/* Specs of one unit mostly share a file: skip repeats of the last. */
	for (size_t i = 0; rc == SQLITE_OK && i < u->count; i++) {
		const char *file = u->specs[i]->prov.file;
		const char *prev = i ? u->specs[i - 1]->prov.file : NULL;

		if (!file || (prev && !strcmp(prev, file)))
			continue;
		rc = db_forget_file_diags(u, file);
	}
	for (size_t i = 0; rc == SQLITE_OK && u->diags && i < u->diags->count;
	     i++)
		rc = db_forget_file_diags(u, u->diags->items[i].file);
	if (rc != SQLITE_OK)
		return db_sql_fail(u->db->path, u->db->sql,
				   "cannot replace diagnostics", err);
	return 0;
}

static int db_store_diag(struct db_unit *u, const struct kapi_diag *d)
{
	sqlite3_stmt *st = u->st[ST_INSERT_DIAG];
	long owner = db_diag_owner(u, d);

	if (owner >= 0)
		sqlite3_bind_int64(st, 1, u->ids[owner]);
	db_bind_text(st, 2, d->file);
	db_bind_uint(st, 3, d->loc.line);
	db_bind_uint(st, 4, d->loc.col);
	db_bind_text(st, 5, kapi_severity_name(d->severity));
	db_bind_text(st, 6, d->rule);
	db_bind_text(st, 7, d->message ? d->message : "");
	return db_step_done(st);
}

static int db_note_targets(struct db_unit *u, char **err)
{
	sqlite3_stmt *st = u->st[ST_NOTE_TARGET];
	const char *prev = NULL;

	for (size_t i = 0; i < u->count; i++) {
		const char *t = u->specs[i]->prov.target;

		if (!t || (prev && !strcmp(prev, t)))
			continue;
		prev = t;
		db_bind_text(st, 1, t);
		if (db_step_done(st) != SQLITE_OK)
			return db_sql_fail(u->db->path, u->db->sql,
					   "cannot record the target", err);
	}
	return 0;
}

static int db_store_unit(struct db_unit *u, char **err)
{
	if (db_unit_prepare(u, err))
		return -1;
	for (size_t i = 0; i < u->count; i++)
		if (db_store_spec(u, i, err))
			return -1;
	if (db_note_targets(u, err))
		return -1;
	if (db_forget_stale_diags(u, err))
		return -1;
	for (size_t i = 0; u->diags && i < u->diags->count; i++)
		if (db_store_diag(u, &u->diags->items[i]) != SQLITE_OK)
			return db_sql_fail(u->db->path, u->db->sql,
					   "cannot store a diagnostic", err);
	return 0;
}

static int db_need_write(struct kapi_db *db, char **err)
{
	if (db->mode == KAPI_DB_WRITE)
		return 0;
	return db_fail(err, "'%s': the spec database was opened read-only",
		       db->path);
}

int kapi_db_store(struct kapi_db *db, const struct kapi_spec *const *specs,
		  size_t count, const struct kapi_diag_list *diags, char **err)
{
	struct db_unit u = {
		.db = db,
		.specs = specs,
		.count = count,
		.diags = diags,
	};
	int rc;

	if (db_need_write(db, err))
		return -1;
	if (!count && (!diags || !diags->count))
		return 0;
	u.ids = kapi_xcalloc(count, sizeof(*u.ids));
	db_mark_superseded(&u);
	if (db_begin(db, err)) {
		db_unit_release(&u);
		return -1;
	}
	rc = db_store_unit(&u, err);
	/* Statements must be finished before COMMIT can release the locks. */
	db_unit_release(&u);
	if (rc) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db, err);
}

/* ---- read -------------------------------------------------------------- */

static int db_prepare(struct kapi_db *db, const char *query, sqlite3_stmt **st,
		      char **err)
{
	if (sqlite3_prepare_v2(db->sql, query, -1, st, NULL) != SQLITE_OK) {
		sqlite3_finalize(*st);
		*st = NULL;
		return db_sql_fail(db->path, db->sql, "cannot query", err);
	}
	return 0;
}

void kapi_db_free_names(char **names, size_t count)
{
	for (size_t i = 0; names && i < count; i++)
		free(names[i]);
	free(names);
}

/* Names (and, when sources is not NULL, their source kinds), by name. */
static int db_list(struct kapi_db *db, char ***names, char ***sources,
		   size_t *count, char **err)
{
	sqlite3_stmt *st;
	size_t cap = 0, scap = 0;
	int rc;

	*names = NULL;
	*count = 0;
	if (sources)
		*sources = NULL;
	if (db_prepare(db, "SELECT name, source FROM specs ORDER BY name", &st,
		       err))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *src = (const char *)sqlite3_column_text(st, 1);

		if (sources) {
			kapi_grow((void **)sources, &scap, sizeof(**sources),
				  *count + 1);
			(*sources)[*count] = kapi_xstrdup(src ? src : "");
		}
		kapi_grow((void **)names, &cap, sizeof(**names), *count + 1);
		(*names)[(*count)++] = kapi_xstrdup(name ? name : "");
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		if (sources) {
			kapi_db_free_names(*sources, *count);
			*sources = NULL;
		}
		kapi_db_free_names(*names, *count);
		*names = NULL;
		*count = 0;
		return db_sql_fail(db->path, db->sql, "cannot list specs", err);
	}
	return 0;
}

int kapi_db_list(struct kapi_db *db, char ***names, size_t *count, char **err)
{
	return db_list(db, names, NULL, count, err);
}

int kapi_db_list_sources(struct kapi_db *db, char ***names, char ***sources,
			 size_t *count, char **err)
{
	return db_list(db, names, sources, count, err);
}

/* Turn one stored json column back into a spec. */
static int db_spec_from_json(struct kapi_db *db, const char *name,
			     const char *json, size_t len,
			     struct kapi_spec **out, char **err)
{
	struct kapi_spec_list list = {0};
	struct kapi_diag_list diags = {0};
	char *origin = kapi_xasprintf("%s:%s", db->path, name);
	long n = kapi_json_read(json ? json : "", len, origin, &list, &diags);
	int rc = 0;

	if (n == 1 && list.count == 1) {
		*out = list.items[0];
		list.count = 0;
	} else {
		rc = db_fail(err,
			     "'%s': stored spec '%s' cannot be read back: %s",
			     db->path, name,
			     diags.count ? diags.items[0].message
					 : "not exactly one spec");
	}
	kapi_spec_list_free(&list);
	kapi_diag_list_free(&diags);
	free(origin);
	return rc;
}

int kapi_db_load(struct kapi_db *db, const char *name, struct kapi_spec **out,
		 char **err)
{
	sqlite3_stmt *st;
	int rc, ret = 0;

	*out = NULL;
	if (db_prepare(db, "SELECT json FROM specs WHERE name = ?1", &st, err))
		return -1;
	db_bind_text(st, 1, name);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		ret = db_spec_from_json(
			db, name, (const char *)sqlite3_column_text(st, 0),
			(size_t)sqlite3_column_bytes(st, 0), out, err);
	else if (rc != SQLITE_DONE)
		ret = db_sql_fail(db->path, db->sql, "cannot load a spec", err);
	sqlite3_finalize(st);
	return ret;
}

int kapi_db_load_all(struct kapi_db *db, struct kapi_spec_list *out, char **err)
{
	sqlite3_stmt *st;
	int rc, ret = 0;

	if (db_prepare(db, "SELECT name, json FROM specs ORDER BY name", &st,
		       err))
		return -1;
	while (!ret && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *json = (const char *)sqlite3_column_text(st, 1);
		struct kapi_spec *spec = NULL;

		ret = db_spec_from_json(db, name ? name : "", json,
					(size_t)sqlite3_column_bytes(st, 1),
					&spec, err);
		if (!ret)
			kapi_spec_list_push(out, spec);
	}
	if (!ret && rc != SQLITE_DONE)
		ret = db_sql_fail(db->path, db->sql, "cannot load specs", err);
	sqlite3_finalize(st);
	return ret;
}

/* ---- meta -------------------------------------------------------------- */

int kapi_db_get_meta(struct kapi_db *db, const char *key, char **value,
		     char **err)
{
	sqlite3_stmt *st;
	int rc;

	*value = NULL;
	if (db_prepare(db, "SELECT value FROM meta WHERE key = ?1", &st, err))
		return -1;
	db_bind_text(st, 1, key);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*value = kapi_xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_sql_fail(db->path, db->sql, "cannot read metadata",
				   err);
	return 0;
}

/* A NULL value removes the key. */
int kapi_db_set_meta(struct kapi_db *db, const char *key, const char *value,
		     char **err)
{
	sqlite3_stmt *st;
	int rc;

	if (db_need_write(db, err))
		return -1;
	if (!key || !*key)
		return db_fail(err, "'%s': empty metadata key", db->path);
	/* It mirrors PRAGMA user_version, which is what readers trust. */
	if (!strcmp(key, "schema_version"))
		return db_fail(err,
			       "'%s': metadata key 'schema_version' is "
			       "read-only",
			       db->path);
	if (db_begin(db, err))
		return -1;
	if (db_prepare(db,
		       value ? "INSERT OR REPLACE INTO meta(key, value) "
			       "VALUES (?1, ?2)"
			     : "DELETE FROM meta WHERE key = ?1",
		       &st, err)) {
		db_rollback(db);
		return -1;
	}
	db_bind_text(st, 1, key);
	if (value)
		db_bind_text(st, 2, value);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		db_sql_fail(db->path, db->sql, "cannot write metadata", err);
		db_rollback(db);
		return -1;
	}
	return db_commit(db, err);
}
