// SPDX-License-Identifier: MIT
/*
 * misuse.c - a small log-tailing helper with the kind of contract
 * violations that compile cleanly, pass a quick test, and fail on someone
 * else's machine.  Each one is marked; the default spec database that ships
 * with kapi-clang documents the rule it breaks:
 *
 *   build/bin/kapi-check examples/misuse.c --
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define LOG_PATH "/var/log/app.log"

static int open_log(void)
{
	/* O_RDONLY | O_CLOEXEC was meant; 0x20000000 is not an open flag,
	 * and open() silently drops the bits it does not know, so the
	 * descriptor leaks into every child this program execs. */
	int fd = open(LOG_PATH, O_RDONLY | 0x20000000);

	if (fd >= 0)
		return fd;
	perror(LOG_PATH);
	return -1;
}

static void print_tail(int fd)
{
	char line[128];
	ssize_t n;

	/* The buffer holds 128 bytes; the count says 4096: a stack overflow
	 * as soon as the log has a long line. */
	n = pread(fd, line, 4096, 0);
	if (n > 0)
		fwrite(line, 1, (size_t)n, stdout);
}

static void scan_mapped(int fd, size_t len)
{
	char *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);

	if (map == MAP_FAILED)
		return;
	/* 6 is not an madvise advice (MADV_DONTNEED is 4, MADV_FREE 8):
	 * the call fails with EINVAL, and nobody looks at the result. */
	madvise(map, len, 6);
	printf("%zu lines\n", (size_t)(memchr(map, '\n', len) != NULL));
	(void)munmap(map, len);
}

int main(void)
{
	int fd = open_log();

	if (fd < 0)
		return 1;
	print_tail(fd);
	scan_mapped(fd, 4096);
	/* close() can report a deferred write-back error (EIO, ENOSPC on NFS);
	 * ignoring it loses that error for good. */
	close(fd);
	return 0;
}
