/* SPDX-License-Identifier: MIT */
/*
 * kapi-db skeleton: draft spec comments for the syscalls a build recorded
 * without a spec (source "mined", -fplugin-arg-kapi-mine), from what the
 * plugin read off their code.  See kapi_skeleton.h.
 */
#include <stdio.h>
#include <stdlib.h>

#include "kapi_db_tool.h"
#include "kapi_skeleton.h"

int kapi_cmd_skeleton(int argc, char **argv)
{
	const struct kapi_cmd *cmd = kapi_find_cmd("skeleton");
	struct kapi_opts o = {0};
	struct kapi_spec_list specs = {0};
	int first = kapi_getopts(argc, argv, cmd, &o);
	struct kapi_db *db;
	int status;
	size_t shown = 0;

	if (first < 0)
		return kapi_opts_status(first);
	db = kapi_open_db(o.db, KAPI_DB_READ);
	if (!db)
		return KAPI_EXIT_USAGE;
	status = kapi_load_named(db, argc - first, argv + first, &specs);
	for (size_t i = 0; i < specs.count; i++) {
		const struct kapi_spec *s = specs.items[i];
		char *text;

		/* Without names: the syscalls that have no spec yet. */
		if (first >= argc && s->prov.source != KAPI_SOURCE_MINED)
			continue;
		text = kapi_skeleton(s);
		printf("%s%s", shown++ ? "\n" : "", text);
		free(text);
	}
	kapi_spec_list_free(&specs);
	kapi_db_close(db);
	return status;
}
