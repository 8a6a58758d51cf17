// Derived bindings: a static helper of the file that hands a parameter on
// unchanged to a bound call binds too.  The finding is at the helper's
// call, its note at the call inside the helper.  A helper that changes
// the parameter, one that is not static, a constant the helper adds
// itself, and a good value stay silent; what the helper does with the
// result is not judged (no kapi-unchecked-return on `xclose(fd);`).
//
// RUN: not %kapi-check %s -- -D_GNU_SOURCE | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD | count 0
#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>
#include <unistd.h>

static int xopen(const char *path, int flags)
{
	return open(path, flags, 0600);
	// CHECK-DAG: derived-binding.c:[[@LINE-1]]:9: note: the value is passed on here; sys_open documents 'flags' as mask(
}

static int advise(void *a, size_t n, int how)
{
	return madvise(a, n, how);
}

static int open_changed(const char *path, int flags)
{
	flags &= ~0x40000000;
	return open(path, flags);
}

int open_extern(const char *path, int flags)
{
	return open(path, flags);
}

/* the helper tests the value before passing it on (util-linux lsblk.c) */
static int size_of(const char *path, off_t *size)
{
	if (path && open(path, O_RDONLY) < 0)
		return -1;
	*size = 0;
	return 0;
}

static int xclose(int fd)
{
	return close(fd);
}

int use(void *a, size_t n, int rw)
{
	int r = 0;

#ifndef KT_GOOD
	r += xopen("f", 0x40000000);
	// CHECK-DAG: derived-binding.c:[[@LINE-1]]:18: warning: argument 'flags' of open (through xopen) has bits 0x40000000 outside the documented mask {{.*}}[kapi-mask]
	r += advise(a, n, rw ? MADV_RANDOM : 77);
	// CHECK-DAG: derived-binding.c:[[@LINE-1]]:39: warning: argument 'behavior' of madvise (through advise) is 77{{.*}}[kapi-enum]
#endif
	r += xopen("f", O_RDONLY | O_CLOEXEC);
	r += advise(a, n, MADV_DONTNEED);
	r += open_changed("f", 0x40000000);
	r += open_extern("f", 0x40000000);
	r += size_of(NULL, &(off_t){ 0 });
	xclose(r);
	return r;
}
