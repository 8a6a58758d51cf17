/* SPDX-License-Identifier: MIT */
/*
 * Progress of a long run on a terminal: "[17/348] path" lines on stderr,
 * as run-clang-tidy prints them.  Silent when stderr is not a terminal or
 * the caller says the output is for machines.
 */
#ifndef KAPI_PROGRESS_H
#define KAPI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct kapi_progress {
	FILE *out; /* NULL: silent */
	size_t total;
	size_t done;
};

/* Writes "[done/total] path" into buf (always terminated); returns the
 * length it needed, as snprintf does. */
int kapi_progress_format(char *buf, size_t size, size_t done, size_t total,
			 const char *path);

/* Progress to stderr when wanted, there is more than one item, and stderr
 * is a terminal. */
void kapi_progress_init(struct kapi_progress *p, size_t total, bool wanted);

/* One item done (or started): prints its line when on. */
void kapi_progress_step(struct kapi_progress *p, const char *path);

#endif
