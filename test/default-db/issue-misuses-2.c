// The misuses the file, socket, memory and I/O coverage issue names, each
// found by its rule with the default database.
// RUN: not %kapi-check %s -- | FileCheck %s --implicit-check-not=warning:
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
int bad(int a, int b, int s, size_t n, const char *p, unsigned char *vec)
{
	int e, r = 0;
	r |= tee(a, b, n, 0x40);
	// CHECK: issue-misuses-2.c:[[@LINE-1]]:20: warning: argument 'flags' of tee has bits 0x40 outside the documented mask 0xf [kapi-mask]
	r |= copy_file_range(a, 0, b, 0, n, 1);
	// CHECK: issue-misuses-2.c:[[@LINE-1]]:38: warning: argument 'flags' of copy_file_range is 1, outside the documented range [0, 0] [kapi-range]
	r |= fchmodat(AT_FDCWD, p, 0644, 0x1);
	/* glibc 2.36 checks fchmodat's flags itself (EINVAL for anything but
	 * AT_SYMLINK_NOFOLLOW) and emulates that one: the flags argument
	 * binds to nothing, so this is not reported (bindings.txt says why). */
	r |= pkey_alloc(0x1, 0);
	// CHECK: issue-misuses-2.c:[[@LINE-1]]:18: warning: argument 'flags' of pkey_alloc is 1, outside the documented range [0, 0] [kapi-range]
	r |= getsockopt(s, SOL_SOCKET, SO_ERROR, &e, NULL);
	// CHECK: issue-misuses-2.c:[[@LINE-1]]:47: warning: null pointer passed as 'optlen' of getsockopt, which is not optional [kapi-null]
	r |= fanotify_init(0x80000000, 0);
	// CHECK: issue-misuses-2.c:[[@LINE-1]]:21: warning: argument 'flags' of fanotify_init has bits 0x80000000 outside the documented mask 0x3fff [kapi-mask]
	r |= mincore((void *)0x1001, 4096, vec);
	// CHECK: issue-misuses-2.c:[[@LINE-1]]:15: warning: argument 'start' of mincore is 0x1001, not aligned to the page size 4096{{.*}}[kapi-alignment]
	return r;
}
