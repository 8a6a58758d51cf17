// SPDX-License-Identifier: MIT
/*
 * kapi-db diff OLD.db NEW.db: what changed for userspace between two spec
 * databases (kapi_diff.c).  Exit 1 when a change breaks existing callers.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

#include "kapi_diff.h"
#include "kapi_util.h"

#include "kapi_db_tool.h"

static int kapi_load_db(const char *path, struct kapi_spec_list *out)
{
	struct kapi_db *db = NULL;
	char *err = NULL;
	int rc;

	if (kapi_db_open(path, KAPI_DB_READ, &db, &err)) {
		fprintf(stderr, "kapi-db: %s\n", err ? err : path);
		free(err);
		return -1;
	}
	rc = kapi_db_load_all(db, out, &err);
	if (rc) {
		fprintf(stderr, "kapi-db: %s: %s\n", path,
			err ? err : "cannot read the specs");
		free(err);
	}
	kapi_db_close(db);
	return rc ? -1 : 0;
}

static void kapi_diff_print_text(const struct kapi_changes *c)
{
	for (size_t i = 0; i < c->count; i++) {
		const struct kapi_change *ch = &c->items[i];

		printf("%s: %s: ", ch->api, kapi_impact_name(ch->impact));
		if (ch->param >= 0)
			printf("param %d '%s': ", ch->param, ch->param_name);
		printf("%s [%s]\n", ch->message,
		       kapi_change_kind_name(ch->kind));
	}
	printf("%zu change%s: %zu breaking, %zu risky, %zu compatible\n",
	       c->count, c->count == 1 ? "" : "s",
	       kapi_changes_count(c, KAPI_IMPACT_BREAKING),
	       kapi_changes_count(c, KAPI_IMPACT_RISKY),
	       kapi_changes_count(c, KAPI_IMPACT_COMPATIBLE));
}

static void kapi_diff_print_json(const struct kapi_changes *c)
{
	json_t *root = json_object(), *arr = json_array();
	char *s;

	for (size_t i = 0; i < c->count; i++) {
		const struct kapi_change *ch = &c->items[i];
		json_t *o = json_object();

		json_object_set_new(o, "api", json_string(ch->api));
		json_object_set_new(
			o, "kind",
			json_string(kapi_change_kind_name(ch->kind)));
		json_object_set_new(o, "impact",
				    json_string(kapi_impact_name(ch->impact)));
		json_object_set_new(o, "param",
				    ch->param >= 0 ? json_integer(ch->param)
						   : json_null());
		json_object_set_new(o, "param_name",
				    ch->param_name ? json_string(ch->param_name)
						   : json_null());
		json_object_set_new(o, "message", json_string(ch->message));
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "changes", arr);
	json_object_set_new(root, "breaking",
			    json_integer((json_int_t)kapi_changes_count(
				    c, KAPI_IMPACT_BREAKING)));
	json_object_set_new(root, "risky",
			    json_integer((json_int_t)kapi_changes_count(
				    c, KAPI_IMPACT_RISKY)));
	json_object_set_new(root, "compatible",
			    json_integer((json_int_t)kapi_changes_count(
				    c, KAPI_IMPACT_COMPATIBLE)));
	s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (s)
		puts(s);
	free(s);
	json_decref(root);
}

int kapi_cmd_diff(int argc, char **argv)
{
	const struct kapi_cmd *cmd = kapi_find_cmd("diff");
	struct kapi_opts o = {0};
	struct kapi_spec_list a = {0}, b = {0};
	struct kapi_changes changes = {0};
	enum kapi_format fmt = KAPI_FMT_TEXT;
	int first = kapi_getopts(argc, argv, cmd, &o), status;

	if (first < 0)
		return kapi_opts_status(first);
	if (argc - first != 2 || o.db) {
		fprintf(stderr, "usage: kapi-db %s\n", cmd->usage);
		return KAPI_EXIT_USAGE;
	}
	if (o.format && kapi_parse_format(o.format, false, &fmt))
		return KAPI_EXIT_USAGE;
	if (kapi_load_db(argv[first], &a) ||
	    kapi_load_db(argv[first + 1], &b)) {
		kapi_spec_list_free(&a);
		kapi_spec_list_free(&b);
		return KAPI_EXIT_USAGE;
	}
	kapi_diff_lists(&a, &b, &changes);
	if (fmt == KAPI_FMT_JSON)
		kapi_diff_print_json(&changes);
	else
		kapi_diff_print_text(&changes);
	status = kapi_changes_count(&changes, KAPI_IMPACT_BREAKING)
			 ? KAPI_EXIT_FINDINGS
			 : KAPI_EXIT_OK;
	kapi_changes_free(&changes);
	kapi_spec_list_free(&a);
	kapi_spec_list_free(&b);
	return status;
}
