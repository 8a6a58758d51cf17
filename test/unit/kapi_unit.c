// SPDX-License-Identifier: MIT
/* kapi-unit GROUP: runs one group of library unit tests.  Exit status is 1
 * on any failed check, and also when the group made no checks at all, so a
 * group emptied by mistake cannot pass. */
#include <stdio.h>
#include <string.h>

#include "kapi_test.h"

unsigned kapi_test_checks;
unsigned kapi_test_failures;

bool kapi_test_report(bool ok, const char *file, int line, const char *what)
{
	kapi_test_checks++;
	if (!ok) {
		kapi_test_failures++;
		fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
	}
	return ok;
}

static const struct {
	const char *name;
	void (*run)(void);
} groups[] = {
	{"spec", kapi_test_group_spec},
	{"parse", kapi_test_group_parse},
	{"lint", kapi_test_group_lint},
	{"json", kapi_test_group_json},
	{"db", kapi_test_group_db},
	{"db-stress", kapi_test_group_db_stress},
	{"cexpr", kapi_test_group_cexpr},
	{"progress", kapi_test_group_progress},
};

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: kapi-unit GROUP\n");
		return 2;
	}
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		if (strcmp(argv[1], groups[i].name))
			continue;
		groups[i].run();
		printf("%s: %u checks, %u failed\n", argv[1], kapi_test_checks,
		       kapi_test_failures);
		if (!kapi_test_checks) {
			fprintf(stderr, "%s: no checks ran\n", argv[1]);
			return 1;
		}
		return kapi_test_failures ? 1 : 0;
	}
	fprintf(stderr, "kapi-unit: unknown group '%s'\n", argv[1]);
	return 2;
}
