// SPDX-License-Identifier: MIT
/* The progress formatter and its silence off a terminal. */
#include "kapi_progress.h"
#include "kapi_test.h"

void kapi_test_group_progress(void)
{
	char buf[64];
	struct kapi_progress p;

	KT_EQ_INT(kapi_progress_format(buf, sizeof(buf), 17, 348, "a/b.c"), 14);
	KT_EQ_STR(buf, "[17/348] a/b.c");
	kapi_progress_format(buf, sizeof(buf), 1, 1, NULL);
	KT_EQ_STR(buf, "[1/1] ");
	/* Truncated, still terminated; the needed length is returned. */
	KT_EQ_INT(kapi_progress_format(buf, 8, 3, 10, "long/path.c"), 18);
	KT_EQ_STR(buf, "[3/10] ");

	/* Not wanted, or a single item: silent whatever stderr is. */
	kapi_progress_init(&p, 5, false);
	KT_CHECK(p.out == NULL);
	kapi_progress_init(&p, 1, true);
	KT_CHECK(p.out == NULL);
	/* Counting never passes the total. */
	kapi_progress_init(&p, 2, false);
	kapi_progress_step(&p, "x");
	kapi_progress_step(&p, "y");
	kapi_progress_step(&p, "z");
	KT_EQ_INT(p.done, 2);
}
