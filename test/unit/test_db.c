// SPDX-License-Identifier: MIT
/* The SQLite spec database: round trip, replacement, all-or-nothing
 * stores, metadata, and refusing files that are not ours untouched. */
#include <dirent.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kapi_db.h"
#include "kapi_test.h"
#include "kapi_util.h"

#define KT_APP_ID 0x4b415049 /* what kapi_db.c writes: "KAPI" */

/* ---- temp files -------------------------------------------------------- */

static char *tmp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *dir = kapi_xasprintf("%s/kapi-db-XXXXXX",
				   base && *base ? base : "/tmp");

	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		abort();
	}
	return dir;
}

static void rm_dir(char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		char *p;

		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		p = kapi_xasprintf("%s/%s", dir, e->d_name);
		unlink(p);
		free(p);
	}
	if (d)
		closedir(d);
	KT_CHECK(rmdir(dir) == 0);
	free(dir);
}

static void write_bytes(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, len, f) != len || fclose(f)) {
		perror(path);
		abort();
	}
}

static bool file_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* 0 when missing too: an empty side file holds no change. */
static long long file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? (long long)st.st_size : 0;
}

static bool contains(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle);
}

/* ---- direct SQL for checking what users of the sqlite3 shell see ------- */

static long long sql_int(const char *path, const char *query)
{
	sqlite3 *sql = NULL;
	sqlite3_stmt *st = NULL;
	long long v = -12345;

	if (sqlite3_open_v2(path, &sql, SQLITE_OPEN_READONLY, NULL) ==
		    SQLITE_OK &&
	    sqlite3_prepare_v2(sql, query, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_type(st, 0) == SQLITE_NULL
			    ? -99999
			    : sqlite3_column_int64(st, 0);
	else
		fprintf(stderr, "  query failed: %s: %s\n", query,
			sqlite3_errmsg(sql));
	sqlite3_finalize(st);
	sqlite3_close(sql);
	return v;
}

static char *sql_text(const char *path, const char *query)
{
	sqlite3 *sql = NULL;
	sqlite3_stmt *st = NULL;
	char *v = NULL;

	if (sqlite3_open_v2(path, &sql, SQLITE_OPEN_READONLY, NULL) ==
		    SQLITE_OK &&
	    sqlite3_prepare_v2(sql, query, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = kapi_xstrdup((const char *)sqlite3_column_text(st, 0));
	else
		fprintf(stderr, "  query failed: %s: %s\n", query,
			sqlite3_errmsg(sql));
	sqlite3_finalize(st);
	sqlite3_close(sql);
	return v;
}

static void check_sql_text(const char *path, const char *query,
			   const char *want)
{
	char *got = sql_text(path, query);

	KT_EQ_STR(got, want);
	free(got);
}

static void sql_exec(const char *path, const char *script)
{
	sqlite3 *sql = NULL;

	if (sqlite3_open(path, &sql) != SQLITE_OK ||
	    sqlite3_exec(sql, script, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "%s: %s\n", path, sqlite3_errmsg(sql));
		abort();
	}
	sqlite3_close(sql);
}

/* ---- specs built by hand ----------------------------------------------- */

static const struct kapi_loc no_loc;

static void add_param(struct kapi_spec *s, const char *name,
		      enum kapi_type type, unsigned flags)
{
	struct kapi_param *p =
		KAPI_APPEND(s->params, s->param_count, s->param_cap);

	kapi_param_init(p);
	p->name = kapi_xstrdup(name);
	p->type = type;
	p->flags = flags;
}

static void add_error(struct kapi_spec *s, const char *name, int64_t code,
		      bool resolved)
{
	struct kapi_error *e =
		KAPI_APPEND(s->errors, s->error_count, s->error_cap);

	e->name = kapi_xstrdup(name);
	kapi_value_set_text(&e->code, name, no_loc);
	if (resolved)
		kapi_value_set_num(&e->code, code, false);
	e->desc = kapi_xasprintf("%s happens", name);
}

/* A dup3-like spec: fd params with a range, a flags mask left unresolved. */
static struct kapi_spec *make_spec(const char *name, const char *desc,
				   const char *file, unsigned line)
{
	struct kapi_spec *s = kapi_spec_new();
	struct kapi_param *p;

	s->name = kapi_xstrdup(name);
	s->kind = KAPI_KIND_SYSCALL;
	s->description = kapi_xstrdup(desc);
	s->contexts = KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE;

	add_param(s, "oldfd", KAPI_TYPE_FD, KAPI_PARAM_IN);
	p = &s->params[0];
	p->constraint = KAPI_CONSTRAINT_RANGE;
	p->constraint_text = kapi_xstrdup("range(0, INT_MAX)");
	kapi_value_set_text(&p->min, "0", no_loc);
	kapi_value_set_num(&p->min, 0, false);
	kapi_value_set_text(&p->max, "INT_MAX", no_loc);
	kapi_value_set_num(&p->max, 2147483647, false);

	add_param(s, "newfd", KAPI_TYPE_FD, KAPI_PARAM_IN);

	add_param(s, "flags", KAPI_TYPE_INT,
		  KAPI_PARAM_IN | KAPI_PARAM_OPTIONAL);
	p = &s->params[2];
	p->constraint = KAPI_CONSTRAINT_MASK;
	kapi_value_set_text(&p->mask, "O_CLOEXEC", no_loc);

	add_error(s, "EBADF", -9, true);
	add_error(s, "EINVAL", -22, true);
	add_error(s, "EBUSY", 0, false);

	s->prov.file = kapi_xstrdup(file);
	s->prov.line = line;
	s->prov.source = KAPI_SOURCE_COMMENT_SHORT;
	s->prov.target = kapi_xstrdup("x86_64-pc-linux-gnu");
	s->prov.compiler = kapi_xstrdup("clang version 19.1.7");
	s->prov.verified = KAPI_VERIFY_OK;
	return s;
}

static int store_one(struct kapi_db *db, const struct kapi_spec *s, char **err)
{
	return kapi_db_store(db, &s, 1, NULL, err);
}

static char *stored_desc(struct kapi_db *db, const char *name)
{
	struct kapi_spec *s = NULL;
	char *err = NULL, *desc = NULL;

	KT_EQ_INT(kapi_db_load(db, name, &s, &err), 0);
	KT_CHECK(err == NULL);
	free(err);
	if (s)
		desc = kapi_xstrdup(s->description);
	kapi_spec_free(s);
	return desc;
}

/* ---- tests ------------------------------------------------------------- */

static void check_loaded(const struct kapi_spec *got,
			 const struct kapi_spec *want)
{
	KT_EQ_STR(got->name, want->name);
	KT_EQ_STR(got->description, want->description);
	KT_EQ_INT(got->kind, want->kind);
	KT_EQ_INT(got->contexts, want->contexts);
	KT_EQ_INT(got->param_count, want->param_count);
	for (size_t i = 0; i < got->param_count && i < want->param_count; i++) {
		const struct kapi_param *g = &got->params[i];
		const struct kapi_param *w = &want->params[i];

		KT_EQ_STR(g->name, w->name);
		KT_EQ_INT(g->type, w->type);
		KT_EQ_INT(g->flags, w->flags);
		KT_EQ_INT(g->constraint, w->constraint);
		KT_EQ_INT(g->min.state, w->min.state);
		KT_EQ_INT(g->max.state, w->max.state);
		KT_EQ_INT(g->mask.state, w->mask.state);
		if (w->max.state == KAPI_VALUE_RESOLVED)
			KT_EQ_INT(g->max.num, w->max.num);
		if (w->mask.text)
			KT_EQ_STR(g->mask.text, w->mask.text);
	}
	KT_EQ_INT(got->error_count, want->error_count);
	for (size_t i = 0; i < got->error_count && i < want->error_count; i++) {
		KT_EQ_STR(got->errors[i].name, want->errors[i].name);
		KT_EQ_INT(got->errors[i].code.state,
			  want->errors[i].code.state);
		if (want->errors[i].code.state == KAPI_VALUE_RESOLVED)
			KT_EQ_INT(got->errors[i].code.num,
				  want->errors[i].code.num);
	}
	KT_EQ_STR(got->prov.file, want->prov.file);
	KT_EQ_INT(got->prov.line, want->prov.line);
	KT_EQ_STR(got->prov.target, want->prov.target);
	KT_EQ_STR(got->prov.compiler, want->prov.compiler);
	KT_EQ_INT(got->prov.verified, want->prov.verified);
}

/* The queryable tables hold what the issue promises, as tokens. */
static void check_tables(const char *path)
{
	char *want;

	KT_EQ_INT(sql_int(path, "PRAGMA application_id"), KT_APP_ID);
	KT_EQ_INT(sql_int(path, "PRAGMA user_version"), KAPI_DB_SCHEMA_VERSION);
	check_sql_text(path, "PRAGMA journal_mode", "wal");
	check_sql_text(path, "SELECT value FROM meta WHERE key='created_by'",
		       "kapi-clang");
	check_sql_text(path,
		       "SELECT kind || ' ' || source || ' ' || verified || ' '"
		       " || file || ':' || line FROM specs"
		       " WHERE name='sys_dup3'",
		       "syscall comment-short ok fs/file.c:100");
	want = kapi_xasprintf("oldfd:fd:%s:range newfd:fd:%s:none "
			      "flags:int:%s|%s:mask",
			      kapi_param_flag_name(0), kapi_param_flag_name(0),
			      kapi_param_flag_name(0), kapi_param_flag_name(3));
	check_sql_text(path,
		       "SELECT group_concat(name || ':' || type || ':' ||"
		       " flags || ':' || constraint_kind, ' ') FROM"
		       " (SELECT p.* FROM params p JOIN specs s ON"
		       " s.id = p.spec_id WHERE s.name='sys_dup3'"
		       " ORDER BY idx)",
		       want);
	free(want);
	/* Resolved numbers are numbers; unresolved ones NULL, never 0. */
	KT_EQ_INT(sql_int(path,
			  "SELECT max_value FROM params p JOIN specs s ON"
			  " s.id=p.spec_id WHERE s.name='sys_dup3' AND idx=0"),
		  2147483647);
	KT_EQ_INT(sql_int(path,
			  "SELECT min_value FROM params p JOIN specs s ON"
			  " s.id=p.spec_id WHERE s.name='sys_dup3' AND idx=0"),
		  0);
	KT_EQ_INT(sql_int(path,
			  "SELECT count(*) FROM params p JOIN specs s ON"
			  " s.id=p.spec_id WHERE s.name='sys_dup3' AND idx=2"
			  " AND mask_text='O_CLOEXEC' AND mask_value IS NULL"
			  " AND min_value IS NULL"),
		  1);
	check_sql_text(
		path,
		"SELECT group_concat(name || '=' || ifnull(code, 'null'),"
		" ' ') FROM (SELECT e.* FROM errors e JOIN specs s ON"
		" s.id = e.spec_id WHERE s.name='sys_dup3'"
		" ORDER BY idx)",
		"EBADF=-9 EINVAL=-22 EBUSY=null");
	/* A spec's json column is the whole spec. */
	KT_CHECK(sql_int(path, "SELECT count(*) FROM specs WHERE json LIKE"
			       " '%O_CLOEXEC%'") >= 1);
}

/* Diagnostics attach to the spec whose comment starts before them. */
static void check_diags(const char *path)
{
	check_sql_text(path,
		       "SELECT group_concat(line || '>' ||"
		       " ifnull(spec, '-'), ' ') FROM (SELECT d.line,"
		       " s.name AS spec FROM diagnostics d LEFT JOIN specs s"
		       " ON s.id = d.spec_id ORDER BY d.file, d.line)",
		       "5>- 100>sys_dup3 150>sys_dup3 210>sys_dup2 7>-");
	check_sql_text(path,
		       "SELECT severity || ' ' || rule || ' ' || message ||"
		       " ' ' || col FROM diagnostics WHERE line=150",
		       "warning kapi-param-drift spec drifted 9");
}

static void test_round_trip(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/specs.db", dir);
	struct kapi_spec *a =
		make_spec("sys_dup3", "duplicate an fd", "fs/file.c", 100);
	struct kapi_spec *b =
		make_spec("sys_dup2", "duplicate, older", "fs/file.c", 200);
	const struct kapi_spec *unit[] = {a, b};
	struct kapi_diag_list diags = {0};
	struct kapi_db *db = NULL;
	struct kapi_spec_list all = {0};
	struct kapi_spec *got = NULL;
	char **names = NULL, *err = NULL;
	size_t n = 0;

	kapi_diag_add(&diags, KAPI_SEV_WARNING, "fs/file.c",
		      (struct kapi_loc){150, 9}, "kapi-param-drift",
		      "spec drifted");
	kapi_diag_add(&diags, KAPI_SEV_ERROR, "fs/file.c",
		      (struct kapi_loc){5, 1}, "kapi-spec-syntax",
		      "before any spec");
	kapi_diag_add(&diags, KAPI_SEV_NOTE, "fs/file.c",
		      (struct kapi_loc){210, 1}, NULL, "in dup2");
	kapi_diag_add(&diags, KAPI_SEV_NOTE, "fs/other.c",
		      (struct kapi_loc){7, 1}, NULL, "another file");
	kapi_diag_add(&diags, KAPI_SEV_NOTE, "fs/file.c",
		      (struct kapi_loc){100, 1}, NULL, "on the first line");

	KT_CHECK(!file_exists(path));
	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_CHECK(err == NULL);
	KT_CHECK(db != NULL && file_exists(path));
	KT_EQ_INT(kapi_db_store(db, unit, 0, NULL, &err), 0);
	KT_EQ_INT(kapi_db_store(db, unit, 2, &diags, &err), 0);
	KT_CHECK(err == NULL);
	free(err);
	err = NULL;
	kapi_db_close(db);
	db = NULL;

	check_tables(path);
	check_diags(path);

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_READ, &db, &err), 0);
	KT_EQ_INT(kapi_db_list(db, &names, &n, &err), 0);
	KT_EQ_INT(n, 2);
	if (n == 2) {
		KT_EQ_STR(names[0], "sys_dup2");
		KT_EQ_STR(names[1], "sys_dup3");
	}
	kapi_db_free_names(names, n);

	KT_EQ_INT(kapi_db_load(db, "sys_dup3", &got, &err), 0);
	KT_CHECK(got != NULL);
	if (got)
		check_loaded(got, a);
	kapi_spec_free(got);
	got = NULL;
	KT_EQ_INT(kapi_db_load(db, "sys_nothere", &got, &err), 0);
	KT_CHECK(got == NULL);

	KT_EQ_INT(kapi_db_load_all(db, &all, &err), 0);
	KT_EQ_INT(all.count, 2);
	if (all.count == 2) {
		check_loaded(all.items[0], b);
		check_loaded(all.items[1], a);
	}
	/* Read-only really is read-only. */
	KT_EQ_INT(store_one(db, a, &err), -1);
	KT_CHECK(contains(err, "read-only") && contains(err, path));
	free(err);
	err = NULL;

	kapi_spec_list_free(&all);
	kapi_db_close(db);
	kapi_diag_list_free(&diags);
	kapi_spec_free(a);
	kapi_spec_free(b);
	free(path);
	rm_dir(dir);
}

static long long param_rows(const char *path, const char *name)
{
	char *q = kapi_xasprintf("SELECT count(*) FROM params p JOIN specs s"
				 " ON s.id = p.spec_id WHERE s.name = '%s'",
				 name);
	long long n = sql_int(path, q);

	free(q);
	return n;
}

static void test_replace(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/r.db", dir);
	struct kapi_spec *v1 = make_spec("sys_x", "first", "a.c", 10);
	struct kapi_spec *v2 = make_spec("sys_x", "second", "b.c", 20);
	struct kapi_spec *other = make_spec("sys_y", "other", "a.c", 40);
	const struct kapi_spec *unit[] = {v1, other};
	struct kapi_diag_list diags = {0};
	struct kapi_db *db = NULL;
	char **names = NULL, *err = NULL, *desc;
	size_t n = 0;

	/* v2 keeps one param only, so stale rows would show. */
	for (size_t i = 1; i < v2->param_count; i++) {
		free(v2->params[i].name);
		free(v2->params[i].constraint_text);
		kapi_value_clear(&v2->params[i].mask);
	}
	v2->param_count = 1;

	kapi_diag_add(&diags, KAPI_SEV_WARNING, "a.c", (struct kapi_loc){12, 1},
		      "r", "old diag");
	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_EQ_INT(kapi_db_store(db, unit, 2, &diags, &err), 0);
	KT_EQ_INT(param_rows(path, "sys_x"), 3);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM diagnostics"), 1);

	KT_EQ_INT(store_one(db, v2, &err), 0);
	KT_EQ_INT(kapi_db_list(db, &names, &n, &err), 0);
	KT_EQ_INT(n, 2);
	kapi_db_free_names(names, n);
	desc = stored_desc(db, "sys_x");
	KT_EQ_STR(desc, "second");
	free(desc);
	KT_EQ_INT(param_rows(path, "sys_x"), 1);
	KT_EQ_INT(param_rows(path, "sys_y"), 3);
	/* The cascade took the old version's rows with it. */
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM params WHERE spec_id"
				" NOT IN (SELECT id FROM specs)"),
		  0);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM errors WHERE spec_id"
				" NOT IN (SELECT id FROM specs)"),
		  0);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM diagnostics"), 0);
	check_sql_text(path, "SELECT file FROM specs WHERE name='sys_x'",
		       "b.c");

	/* Two versions in one unit: the later one wins. */
	unit[0] = v1;
	unit[1] = v2;
	KT_EQ_INT(kapi_db_store(db, unit, 2, NULL, &err), 0);
	desc = stored_desc(db, "sys_x");
	KT_EQ_STR(desc, "second");
	free(desc);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM specs"), 2);

	KT_CHECK(err == NULL);
	kapi_db_close(db);
	kapi_diag_list_free(&diags);
	kapi_spec_free(v1);
	kapi_spec_free(v2);
	kapi_spec_free(other);
	free(path);
	rm_dir(dir);
}

static void test_all_or_nothing(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/aon.db", dir);
	struct kapi_spec *a1 = make_spec("sys_a", "a one", "a.c", 1);
	struct kapi_spec *b = make_spec("sys_b", "b", "a.c", 50);
	struct kapi_spec *a2 = make_spec("sys_a", "a two", "a.c", 1);
	struct kapi_spec *c = make_spec("sys_c", "c", "c.c", 1);
	struct kapi_spec *bad = make_spec("sys_bad", "no name", "c.c", 9);
	const struct kapi_spec *first[] = {a1, b};
	const struct kapi_spec *second[] = {a2, c, bad};
	struct kapi_diag_list diags = {0};
	struct kapi_db *db = NULL;
	struct kapi_spec *got = NULL;
	char **names = NULL, *err = NULL, *desc;
	size_t n = 0;

	free(bad->name);
	bad->name = NULL;
	kapi_diag_add(&diags, KAPI_SEV_ERROR, "c.c", (struct kapi_loc){3, 1},
		      "r", "lost with the unit");

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_EQ_INT(kapi_db_store(db, first, 2, NULL, &err), 0);
	KT_CHECK(err == NULL);

	/* a2 and c are written inside the transaction before bad fails. */
	KT_EQ_INT(kapi_db_store(db, second, 3, &diags, &err), -1);
	KT_CHECK(contains(err, "no name") && contains(err, path));
	free(err);
	err = NULL;

	KT_EQ_INT(kapi_db_list(db, &names, &n, &err), 0);
	KT_EQ_INT(n, 2);
	if (n == 2) {
		KT_EQ_STR(names[0], "sys_a");
		KT_EQ_STR(names[1], "sys_b");
	}
	kapi_db_free_names(names, n);
	desc = stored_desc(db, "sys_a");
	KT_EQ_STR(desc, "a one");
	free(desc);
	KT_EQ_INT(kapi_db_load(db, "sys_c", &got, &err), 0);
	KT_CHECK(got == NULL);
	KT_EQ_INT(param_rows(path, "sys_a"), 3);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM diagnostics"), 0);

	/* The connection is usable after the rollback. */
	second[2] = b;
	KT_EQ_INT(kapi_db_store(db, second, 3, &diags, &err), 0);
	desc = stored_desc(db, "sys_a");
	KT_EQ_STR(desc, "a two");
	free(desc);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM specs"), 3);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM diagnostics d JOIN"
				" specs s ON s.id = d.spec_id WHERE"
				" s.name = 'sys_c'"),
		  1);

	KT_CHECK(err == NULL);
	kapi_db_close(db);
	kapi_diag_list_free(&diags);
	kapi_spec_free(a1);
	kapi_spec_free(a2);
	kapi_spec_free(b);
	kapi_spec_free(c);
	kapi_spec_free(bad);
	free(path);
	rm_dir(dir);
}

static void test_meta(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/m.db", dir);
	struct kapi_db *db = NULL;
	char *err = NULL, *v = NULL;

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_EQ_INT(kapi_db_get_meta(db, "target", &v, &err), 0);
	KT_CHECK(v == NULL);
	KT_EQ_INT(kapi_db_set_meta(db, "target", "x86_64-pc-linux-gnu", &err),
		  0);
	KT_EQ_INT(kapi_db_set_meta(db, "target", "aarch64-linux-gnu", &err), 0);
	KT_EQ_INT(kapi_db_get_meta(db, "schema_version", &v, &err), 0);
	KT_EQ_STR(v, "1");
	free(v);
	v = NULL;
	KT_EQ_INT(kapi_db_set_meta(db, "schema_version", "2", &err), -1);
	KT_CHECK(contains(err, "schema_version") && contains(err, path));
	free(err);
	err = NULL;
	kapi_db_close(db);

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_READ, &db, &err), 0);
	KT_EQ_INT(kapi_db_get_meta(db, "target", &v, &err), 0);
	KT_EQ_STR(v, "aarch64-linux-gnu");
	free(v);
	v = NULL;
	KT_EQ_INT(kapi_db_get_meta(db, "created_by", &v, &err), 0);
	KT_EQ_STR(v, "kapi-clang");
	free(v);
	v = NULL;
	KT_EQ_INT(kapi_db_set_meta(db, "target", "x", &err), -1);
	KT_CHECK(contains(err, "read-only"));
	free(err);
	err = NULL;
	kapi_db_close(db);
	check_sql_text(path, "SELECT value FROM meta WHERE key='target'",
		       "aarch64-linux-gnu");

	/* NULL removes a key. */
	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_EQ_INT(kapi_db_set_meta(db, "target", NULL, &err), 0);
	KT_EQ_INT(kapi_db_get_meta(db, "target", &v, &err), 0);
	KT_CHECK(v == NULL);
	KT_CHECK(err == NULL);
	kapi_db_close(db);
	free(path);
	rm_dir(dir);
}

/* Stored specs record their target in meta; two targets make it "mixed". */
static void test_target_meta(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/t.db", dir);
	struct kapi_spec *a = make_spec("sys_a", "a", "a.c", 1);
	struct kapi_spec *b = make_spec("sys_b", "b", "b.c", 1);
	struct kapi_db *db = NULL;
	char *err = NULL;

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_EQ_INT(store_one(db, a, &err), 0);
	check_sql_text(path, "SELECT value FROM meta WHERE key='target'",
		       "x86_64-pc-linux-gnu");
	KT_EQ_INT(store_one(db, b, &err), 0);
	check_sql_text(path, "SELECT value FROM meta WHERE key='target'",
		       "x86_64-pc-linux-gnu");
	free(b->prov.target);
	b->prov.target = kapi_xstrdup("aarch64-linux-gnu");
	KT_EQ_INT(store_one(db, b, &err), 0);
	check_sql_text(path, "SELECT value FROM meta WHERE key='target'",
		       "mixed");
	KT_CHECK(err == NULL);
	kapi_db_close(db);
	kapi_spec_free(a);
	kapi_spec_free(b);
	free(path);
	rm_dir(dir);
}

/* Open in both modes must fail naming the file and the reason, and leave
 * every byte (and the directory) as it was. */
static void check_refused(const char *dir, const char *path, const char *reason)
{
	size_t len0 = 0, len1 = 0;
	char *before = kapi_read_file(path, &len0);

	for (int mode = KAPI_DB_READ; mode <= KAPI_DB_WRITE; mode++) {
		struct kapi_db *db = NULL;
		char *err = NULL, *after, *side;

		KT_EQ_INT(kapi_db_open(path, mode, &db, &err), -1);
		KT_CHECK(db == NULL);
		kapi_db_close(db); /* only when the check above failed */
		if (!KT_CHECK(contains(err, path) && contains(err, reason)))
			fprintf(stderr, "  message: %s\n  wanted: %s\n",
				err ? err : "(null)", reason);
		free(err);
		after = kapi_read_file(path, &len1);
		KT_CHECK(before && after && len0 == len1 &&
			 !memcmp(before, after, len0));
		free(after);
		/* A reader of a WAL-mode file may leave an empty -wal. */
		side = kapi_xasprintf("%s-wal", path);
		KT_EQ_INT(file_size(side), 0);
		free(side);
		side = kapi_xasprintf("%s-journal", path);
		KT_EQ_INT(file_size(side), 0);
		free(side);
	}
	(void)dir;
	free(before);
}

static void rm_side_files(const char *path)
{
	static const char *const ext[] = {"-wal", "-shm", "-journal"};

	for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		char *p = kapi_xasprintf("%s%s", path, ext[i]);

		unlink(p);
		free(p);
	}
}

/* A database of ours big enough for many pages, then damaged mid-file:
 * page 1 is fine, so only reading every page shows it. */
static void make_damaged_db(const char *path)
{
	struct kapi_db *db = NULL;
	char *err = NULL;
	unsigned char ff[3 * 4096];
	FILE *f;

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	for (int i = 0; db && i < 80; i++) {
		char *name = kapi_xasprintf("sys_fill%02d", i);
		struct kapi_spec *s = make_spec(name, "filler", "f.c", 1);

		KT_EQ_INT(store_one(db, s, &err), 0);
		kapi_spec_free(s);
		free(name);
	}
	kapi_db_close(db); /* checkpoints: everything is in the main file */
	free(err);

	memset(ff, 0xff, sizeof(ff));
	f = fopen(path, "r+b");
	KT_CHECK(f && fseek(f, 0, SEEK_END) == 0 && ftell(f) > 20 * 4096);
	if (!f || fseek(f, 8 * 4096, SEEK_SET) ||
	    fwrite(ff, 1, sizeof(ff), f) != sizeof(ff) || fclose(f))
		abort();
}

static void test_refuse(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/x.db", dir);
	static const char text[] =
		"This is a README, not a database.\nSecond line.\n";
	unsigned char junk[8192];
	unsigned seed = 12345;

	write_bytes(path, text, sizeof(text) - 1);
	check_refused(dir, path, "not a kapi spec database");
	unlink(path);

	for (size_t i = 0; i < sizeof(junk); i++) {
		seed = seed * 1103515245u + 12345u;
		junk[i] = (unsigned char)(seed >> 16);
	}
	write_bytes(path, junk, sizeof(junk));
	check_refused(dir, path, "not a kapi spec database");

	/* A real SQLite header over garbage: a corrupt database. */
	memcpy(junk, "SQLite format 3", 16);
	junk[16] = 0x10; /* page size 4096 */
	junk[17] = 0x00;
	junk[18] = junk[19] = 1;
	junk[20] = 0;
	junk[21] = 64;
	junk[22] = 32;
	junk[23] = 32;
	write_bytes(path, junk, sizeof(junk));
	check_refused(dir, path, "not a kapi spec database");
	unlink(path);

	/* Ours, with pages past the first one overwritten. */
	make_damaged_db(path);
	check_refused(dir, path, "the spec database is corrupt");
	/* KAPI_DB_QUERY skips the page check: it opens, and a read either
	 * misses the damaged pages or reports them (never crashes). */
	{
		struct kapi_db *db = NULL;
		struct kapi_spec_list all = {0};
		char *err = NULL;

		KT_EQ_INT(kapi_db_open(path, KAPI_DB_QUERY, &db, &err), 0);
		if (kapi_db_load_all(db, &all, &err))
			KT_CHECK(contains(err, path));
		free(err);
		kapi_spec_list_free(&all);
		kapi_db_close(db);
	}
	unlink(path);
	rm_side_files(path);

	sql_exec(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY, data);"
		       "INSERT INTO photos(data) VALUES ('cat');");
	check_refused(dir, path, "not a kapi spec database");
	unlink(path);

	/* Someone else's application id, even with no tables yet. */
	sql_exec(path, "PRAGMA application_id = 42; VACUUM;");
	check_refused(dir, path, "not a kapi spec database");
	unlink(path);

	sql_exec(path, "PRAGMA application_id = 1262571593;" /* KAPI */
		       "PRAGMA user_version = 99;"
		       "CREATE TABLE specs(id INTEGER PRIMARY KEY, future);");
	check_refused(dir, path,
		      "was written by a newer kapi-clang (schema 99, this "
		      "build reads up to 1)");
	unlink(path);

	free(path);
	rm_dir(dir);
}

static void test_missing_and_empty(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/none.db", dir);
	struct kapi_db *db = NULL;
	char *err = NULL;

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_READ, &db, &err), -1);
	KT_CHECK(db == NULL);
	KT_CHECK(contains(err, path) && contains(err, "No such file"));
	free(err);
	err = NULL;
	KT_CHECK(!file_exists(path));

	/* A 0-byte file: refused for reading, new for writing. */
	write_bytes(path, "", 0);
	KT_EQ_INT(kapi_db_open(path, KAPI_DB_READ, &db, &err), -1);
	KT_CHECK(contains(err, path) && contains(err, "empty"));
	free(err);
	err = NULL;
	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_CHECK(db != NULL);
	kapi_db_close(db);
	db = NULL;
	KT_EQ_INT(sql_int(path, "PRAGMA application_id"), KT_APP_ID);
	KT_EQ_INT(kapi_db_open(path, KAPI_DB_READ, &db, &err), 0);
	kapi_db_close(db);
	db = NULL;

	/* A directory is no database. */
	KT_EQ_INT(kapi_db_open(dir, KAPI_DB_WRITE, &db, &err), -1);
	KT_CHECK(contains(err, dir) && contains(err, "directory"));
	free(err);

	free(path);
	rm_dir(dir);
}

/* In a child that cannot write the directory: list, expecting `want`. */
static int list_unprivileged(const char *dir, const char *path, size_t want)
{
	struct kapi_db *db = NULL;
	char **names = NULL, *err = NULL;
	size_t n = 0;
	int rc;

	if (geteuid() == 0 && (setgid(65534) || setuid(65534)))
		return 77;
	if (access(dir, X_OK) || !access(dir, W_OK))
		return 77; /* cannot set the scene here (e.g. TMPDIR) */
	rc = kapi_db_open(path, KAPI_DB_READ, &db, &err);
	if (rc)
		fprintf(stderr, "  %s\n", err);
	else
		rc = kapi_db_list(db, &names, &n, &err);
	kapi_db_free_names(names, n);
	kapi_db_close(db);
	free(err);
	return rc || n != want;
}

/* An installed database: WAL mode, in a directory the reader cannot
 * write, so SQLite cannot create its -shm index there. */
static void test_read_only_dir(void)
{
	char *dir = tmp_dir();
	char *path = kapi_xasprintf("%s/installed.db", dir);
	struct kapi_spec *s = make_spec("sys_ro", "installed", "ro.c", 1);
	struct kapi_db *db = NULL;
	char *err = NULL, *hdr, *shm;
	size_t len = 0;
	int status = -1;
	pid_t pid;

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_WRITE, &db, &err), 0);
	KT_EQ_INT(store_one(db, s, &err), 0);
	kapi_db_close(db);
	kapi_spec_free(s);
	/* WAL (header bytes 18, 19 = 2), read without SQLite: a connection
	 * would leave the -shm behind that this test is about. */
	hdr = kapi_read_file(path, &len);
	KT_CHECK(hdr && len > 100 && hdr[18] == 2 && hdr[19] == 2);
	free(hdr);
	shm = kapi_xasprintf("%s-shm", path);
	KT_CHECK(!file_exists(shm));
	free(shm);
	KT_CHECK(chmod(dir, 0555) == 0 && chmod(path, 0444) == 0);

	fflush(NULL);
	pid = fork();
	if (pid == 0)
		_exit(list_unprivileged(dir, path,
					1)); /* no LSan after setuid */
	KT_CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 77)
		fprintf(stderr, "note: read-only directory test skipped\n");
	else
		KT_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

	KT_CHECK(chmod(dir, 0700) == 0);
	free(err);
	free(path);
	rm_dir(dir);
}

void kapi_test_group_db(void)
{
	test_round_trip();
	test_replace();
	test_all_or_nothing();
	test_meta();
	test_target_meta();
	test_refuse();
	test_missing_and_empty();
	test_read_only_dir();
}
