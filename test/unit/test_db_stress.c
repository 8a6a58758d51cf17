// SPDX-License-Identifier: MIT
/*
 * Many compiler processes writing one new database at once, as make -j
 * does: writers fork, block on a pipe, and all open the same not yet
 * existing file the moment the parent closes it.  Each stores units with
 * names of its own and names every writer shares.  Afterwards every
 * writer must have succeeded, every distinct spec must be there, and each
 * shared spec must be there once, intact, as one writer wrote it.
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kapi_db.h"
#include "kapi_test.h"
#include "kapi_util.h"

#define WRITERS	     8
#define UNITS	     50 /* transactions per writer */
#define OWN_PER_UNIT 3	/* distinct specs per unit */
#define SHARED_NAMES 5	/* one shared spec per unit, cycling over these */
#define SHARED_DIAGS 2

static const struct kapi_loc no_loc;

/* A writer's version of a spec: everything in it says who wrote it, and
 * the number of params and errors depends on the writer, so a spec mixed
 * from two writes would show. */
static struct kapi_spec *writer_spec(const char *name, int w, int unit,
				     unsigned line)
{
	struct kapi_spec *s = kapi_spec_new();
	size_t nparams = (size_t)(w % 4) + 1;

	s->name = kapi_xstrdup(name);
	s->description = kapi_xasprintf("writer %d unit %d", w, unit);
	s->prov.file = kapi_xasprintf("drivers/w%d.c", w);
	s->prov.line = line;
	for (size_t i = 0; i < nparams; i++) {
		struct kapi_param *p =
			KAPI_APPEND(s->params, s->param_count, s->param_cap);

		kapi_param_init(p);
		p->name = kapi_xasprintf("w%d_p%zu", w, i);
		p->type = KAPI_TYPE_INT;
		p->constraint = KAPI_CONSTRAINT_RANGE;
		kapi_value_set_text(&p->max, "W", no_loc);
		kapi_value_set_num(&p->max, w, false);
	}
	for (int i = 0; i < w % 3; i++) {
		struct kapi_error *e =
			KAPI_APPEND(s->errors, s->error_count, s->error_cap);

		e->name = kapi_xstrdup(i ? "EINVAL" : "EBADF");
		kapi_value_set_text(&e->code, e->name, no_loc);
	}
	return s;
}

static int writer_unit(struct kapi_db *db, int w, int unit)
{
	struct kapi_spec *specs[OWN_PER_UNIT + 1];
	struct kapi_diag_list diags = {0};
	char *err = NULL, *name;
	int rc;

	for (int i = 0; i < OWN_PER_UNIT; i++) {
		name = kapi_xasprintf("own_w%d_u%02d_%d", w, unit, i);
		specs[i] = writer_spec(name, w, unit, unit * 10u + i);
		free(name);
	}
	name = kapi_xasprintf("shared_%d", unit % SHARED_NAMES);
	/* Its diagnostics sit below it, after the unit's own specs. */
	specs[OWN_PER_UNIT] = writer_spec(name, w, unit, unit * 10u + 5);
	free(name);
	for (int i = 0; i < SHARED_DIAGS; i++)
		kapi_diag_add(&diags, KAPI_SEV_WARNING,
			      specs[OWN_PER_UNIT]->prov.file,
			      (struct kapi_loc){unit * 10u + 6, 1},
			      "kapi-stress", "writer %d unit %d diag %d", w,
			      unit, i);

	rc = kapi_db_store(db, (const struct kapi_spec *const *)specs,
			   OWN_PER_UNIT + 1, &diags, &err);
	if (rc)
		fprintf(stderr, "writer %d unit %d: %s\n", w, unit, err);
	free(err);
	kapi_diag_list_free(&diags);
	for (int i = 0; i <= OWN_PER_UNIT; i++)
		kapi_spec_free(specs[i]);
	return rc;
}

static int writer_main(const char *path, int w, int start_fd)
{
	struct kapi_db *db = NULL;
	char *err = NULL, c;
	int rc = 0;

	/* Blocks until the parent closes the pipe: all start together. */
	if (read(start_fd, &c, 1) != 0)
		return 3;
	close(start_fd);
	if (kapi_db_open(path, KAPI_DB_WRITE, &db, &err)) {
		fprintf(stderr, "writer %d: open: %s\n", w, err);
		free(err);
		return 1;
	}
	for (int unit = 0; !rc && unit < UNITS; unit++)
		rc = writer_unit(db, w, unit);
	kapi_db_close(db);
	return rc ? 2 : 0;
}

static long long sql_int(const char *path, const char *query)
{
	sqlite3 *sql = NULL;
	sqlite3_stmt *st = NULL;
	long long v = -1;

	if (sqlite3_open_v2(path, &sql, SQLITE_OPEN_READONLY, NULL) ==
		    SQLITE_OK &&
	    sqlite3_prepare_v2(sql, query, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	else
		fprintf(stderr, "  query failed: %s: %s\n", query,
			sqlite3_errmsg(sql));
	sqlite3_finalize(st);
	sqlite3_close(sql);
	return v;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool has_name(char **names, size_t n, const char *name)
{
	return bsearch(&name, names, n, sizeof(*names), cmp_str) != NULL;
}

/* A shared spec must be exactly one writer's version of one unit. */
static void check_shared(struct kapi_db *db, const char *path, int k)
{
	char *name = kapi_xasprintf("shared_%d", k), *err = NULL, *q;
	struct kapi_spec *s = NULL;
	int w = -1, unit = -1;

	KT_EQ_INT(kapi_db_load(db, name, &s, &err), 0);
	KT_CHECK(err == NULL);
	free(err);
	if (!KT_CHECK(s != NULL)) {
		free(name);
		return;
	}
	KT_CHECK(s->description &&
		 sscanf(s->description, "writer %d unit %d", &w, &unit) == 2);
	KT_CHECK(w >= 0 && w < WRITERS && unit % SHARED_NAMES == k);
	KT_EQ_INT(s->param_count, w % 4 + 1);
	for (size_t i = 0; i < s->param_count; i++) {
		char *pn = kapi_xasprintf("w%d_p%zu", w, i);

		KT_EQ_STR(s->params[i].name, pn);
		free(pn);
	}
	KT_EQ_INT(s->error_count, w % 3);

	/* The normalized rows agree with the json they sit next to. */
	q = kapi_xasprintf("SELECT count(*) FROM params p JOIN specs s ON"
			   " s.id = p.spec_id WHERE s.name = '%s' AND"
			   " p.name LIKE 'w%d\\_%%' ESCAPE '\\' AND"
			   " p.max_value = %d",
			   name, w, w);
	KT_EQ_INT(sql_int(path, q), w % 4 + 1);
	free(q);
	q = kapi_xasprintf("SELECT count(*) FROM errors e JOIN specs s ON"
			   " s.id = e.spec_id WHERE s.name = '%s'",
			   name);
	KT_EQ_INT(sql_int(path, q), w % 3);
	free(q);
	q = kapi_xasprintf("SELECT count(*) FROM diagnostics d JOIN specs s"
			   " ON s.id = d.spec_id WHERE s.name = '%s' AND"
			   " d.message LIKE 'writer %d unit %d diag %%'",
			   name, w, unit);
	KT_EQ_INT(sql_int(path, q), SHARED_DIAGS);
	free(q);
	q = kapi_xasprintf("SELECT count(*) FROM specs WHERE name = '%s'",
			   name);
	KT_EQ_INT(sql_int(path, q), 1);
	free(q);
	kapi_spec_free(s);
	free(name);
}

static void check_result(const char *path)
{
	struct kapi_db *db = NULL;
	char **names = NULL, *err = NULL;
	size_t n = 0, missing = 0;

	KT_EQ_INT(kapi_db_open(path, KAPI_DB_READ, &db, &err), 0);
	KT_CHECK(err == NULL);
	free(err);
	if (!db)
		return;
	KT_EQ_INT(kapi_db_list(db, &names, &n, &err), 0);
	KT_EQ_INT(n, WRITERS * UNITS * OWN_PER_UNIT + SHARED_NAMES);
	for (int w = 0; w < WRITERS; w++)
		for (int u = 0; u < UNITS; u++)
			for (int i = 0; i < OWN_PER_UNIT; i++) {
				char *name = kapi_xasprintf("own_w%d_u%02d_%d",
							    w, u, i);

				missing += !has_name(names, n, name);
				free(name);
			}
	KT_EQ_INT(missing, 0);
	kapi_db_free_names(names, n);

	for (int k = 0; k < SHARED_NAMES; k++)
		check_shared(db, path, k);
	/* One schema, created once; nothing orphaned by the replacements. */
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM meta WHERE"
				" key = 'created_by'"),
		  1);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM params WHERE spec_id"
				" NOT IN (SELECT id FROM specs)"),
		  0);
	KT_EQ_INT(sql_int(path, "SELECT count(*) FROM diagnostics WHERE"
				" spec_id IS NULL"),
		  0);
	kapi_db_close(db);
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

void kapi_test_group_db_stress(void)
{
	const char *base = getenv("TMPDIR");
	char *dir = kapi_xasprintf("%s/kapi-db-stress-XXXXXX",
				   base && *base ? base : "/tmp");
	char *path;
	pid_t pids[WRITERS];
	int start[2];

	if (!KT_CHECK(mkdtemp(dir) != NULL) || !KT_CHECK(pipe(start) == 0)) {
		free(dir);
		return;
	}
	path = kapi_xasprintf("%s/shared.db", dir);
	fflush(NULL);
	for (int w = 0; w < WRITERS; w++) {
		pids[w] = fork();
		if (pids[w] == 0) {
			int rc;

			close(start[1]);
			rc = writer_main(path, w, start[0]);
			free(path);
			free(dir);
			exit(rc);
		}
		KT_CHECK(pids[w] > 0);
	}
	close(start[0]);
	close(start[1]); /* go */

	for (int w = 0; w < WRITERS; w++) {
		int status = -1;

		if (pids[w] <= 0)
			continue;
		KT_CHECK(waitpid(pids[w], &status, 0) == pids[w]);
		if (!KT_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0))
			fprintf(stderr, "  writer %d: status %#x\n", w, status);
	}
	check_result(path);
	free(path);
	rm_dir(dir);
}
