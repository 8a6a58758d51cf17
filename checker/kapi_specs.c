// SPDX-License-Identifier: MIT
/*
 * The spec store of kapi-check: every spec's name at start-up, each spec
 * itself read from the database (its JSON parsed) the first time a call
 * binds to it.  A file calls a handful of the hundreds of stored
 * syscalls, and parsing them all cost more than parsing the file.
 *
 * SQLite connections must not cross fork(): the connection of the name
 * listing serves the process that opened it; a forked worker (-j N) that
 * needs a spec opens its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kapi_check.h"
#include "kapi_db.h"
#include "kapi_util.h"

struct kapi_spec_store {
	char *path;
	struct kapi_db *db; /* opened by `owner`, or NULL */
	pid_t owner;
	char **names;		  /* sorted; mined entries left out */
	struct kapi_spec **specs; /* parallel to names; NULL until loaded */
	bool *failed; /* a load failed: reported once, then absent */
	size_t count;
};

static int kapi_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int kapi_spec_store_open(const char *path, struct kapi_spec_store **out,
			 char **target, char **err)
{
	struct kapi_spec_store *s = kapi_xcalloc(1, sizeof(*s));
	struct kapi_db *db = NULL;
	char **names = NULL, **sources = NULL;
	size_t n = 0;
	int rc = -1;

	s->path = kapi_xstrdup(path);
	if (kapi_db_open(path, KAPI_DB_QUERY, &db, err) ||
	    kapi_db_list_sources(db, &names, &sources, &n, err) ||
	    kapi_db_get_meta(db, "target", target, err))
		goto out;
	s->names = kapi_xcalloc(n ? n : 1, sizeof(*s->names));
	/* A spec of source "mined" is what the plugin read off a syscall
	 * without a spec: facts about the code, no contract to hold calls
	 * to. */
	for (size_t i = 0; i < n; i++)
		if (!sources[i] || strcmp(sources[i], "mined"))
			s->names[s->count++] = kapi_xstrdup(names[i]);
	qsort(s->names, s->count, sizeof(*s->names), kapi_name_cmp);
	s->specs = kapi_xcalloc(s->count ? s->count : 1, sizeof(*s->specs));
	s->failed = kapi_xcalloc(s->count ? s->count : 1, sizeof(*s->failed));
	/* Kept for the loads of this process (a second open costs as much
	 * as the listing). */
	s->db = db;
	s->owner = getpid();
	db = NULL;
	rc = 0;
out:
	if (names)
		kapi_db_free_names(names, n);
	if (sources)
		kapi_db_free_names(sources, n);
	if (db)
		kapi_db_close(db);
	if (rc) {
		kapi_spec_store_free(s);
		s = NULL;
	}
	*out = s;
	return rc;
}

static struct kapi_spec *kapi_store_load(struct kapi_spec_store *s, size_t i)
{
	char *err = NULL;

	if (s->db && s->owner != getpid())
		s->db = NULL; /* the parent's connection: not ours to use */
	if (!s->db) {
		if (kapi_db_open(s->path, KAPI_DB_QUERY, &s->db, &err)) {
			s->db = NULL;
			goto fail;
		}
		s->owner = getpid();
	}
	if (kapi_db_load(s->db, s->names[i], &s->specs[i], &err) ||
	    !s->specs[i])
		goto fail;
	return s->specs[i];
fail:
	fprintf(stderr, "kapi-check: error: %s: %s\n", s->path,
		err ? err : "the spec is gone from the database");
	free(err);
	s->failed[i] = true;
	return NULL;
}

const struct kapi_spec *kapi_spec_store_find(struct kapi_spec_store *s,
					     const char *name)
{
	char *const *hit = bsearch(&name, s->names, s->count, sizeof(*s->names),
				   kapi_name_cmp);
	size_t i;

	if (!hit)
		return NULL;
	i = (size_t)(hit - s->names);
	if (s->specs[i])
		return s->specs[i];
	return s->failed[i] ? NULL : kapi_store_load(s, i);
}

void kapi_spec_store_free(struct kapi_spec_store *s)
{
	if (!s)
		return;
	if (s->db && s->owner == getpid())
		kapi_db_close(s->db);
	for (size_t i = 0; i < s->count; i++) {
		free(s->names[i]);
		if (s->specs[i])
			kapi_spec_free(s->specs[i]);
	}
	free(s->names);
	free(s->specs);
	free(s->failed);
	free(s->path);
	free(s);
}
