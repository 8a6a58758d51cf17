/* SPDX-License-Identifier: MIT */
/* A minimal unit-test harness: checks count, failures print file:line. */
#ifndef KAPI_TEST_H
#define KAPI_TEST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern unsigned kapi_test_checks;
extern unsigned kapi_test_failures;

bool kapi_test_report(bool ok, const char *file, int line, const char *what);

#define KT_CHECK(cond) kapi_test_report((cond), __FILE__, __LINE__, #cond)
#define KT_EQ_INT(a, b)                                                        \
	do {                                                                   \
		long long a_ = (long long)(a), b_ = (long long)(b);            \
		if (!KT_CHECK(a_ == b_))                                       \
			fprintf(stderr, "  %s = %lld, %s = %lld\n", #a, a_,    \
				#b, b_);                                       \
	} while (0)
#define KT_EQ_STR(a, b)                                                        \
	do {                                                                   \
		const char *a_ = (a), *b_ = (b);                               \
		if (!KT_CHECK(a_ && b_ && !strcmp(a_, b_)))                    \
			fprintf(stderr, "  %s = \"%s\", %s = \"%s\"\n", #a,    \
				a_ ? a_ : "(null)", #b, b_ ? b_ : "(null)");   \
	} while (0)

/* Test groups; each lives in test_<group>.c. */
void kapi_test_group_spec(void);
void kapi_test_group_parse(void);
void kapi_test_group_lint(void);
void kapi_test_group_json(void);
void kapi_test_group_db(void);
void kapi_test_group_db_stress(void);
void kapi_test_group_cexpr(void);
void kapi_test_group_progress(void);

#endif
