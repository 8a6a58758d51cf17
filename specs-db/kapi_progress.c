// SPDX-License-Identifier: MIT
#include <unistd.h>

#include "kapi_progress.h"

int kapi_progress_format(char *buf, size_t size, size_t done, size_t total,
			 const char *path)
{
	return snprintf(buf, size, "[%zu/%zu] %s", done, total,
			path ? path : "");
}

void kapi_progress_init(struct kapi_progress *p, size_t total, bool wanted)
{
	p->total = total;
	p->done = 0;
	p->out = wanted && total > 1 && isatty(STDERR_FILENO) ? stderr : NULL;
}

void kapi_progress_step(struct kapi_progress *p, const char *path)
{
	char line[4096];

	if (p->done < p->total)
		p->done++;
	if (!p->out)
		return;
	kapi_progress_format(line, sizeof(line), p->done, p->total, path);
	fprintf(p->out, "%s\n", line);
	fflush(p->out);
}
