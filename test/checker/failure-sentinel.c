// kapi-failure-sentinel: a pointer result tested against the wrong failure
// value.  mmap() and mremap() fail with (void *) -1 (the default
// database's `failure: -1`), so a NULL test never sees a failure: tested
// directly, through an assignment inside the test, or through a local
// the next statement tests.  Right tests, and calls whose result is not
// a pointer, stay silent.
//
// RUN: not %kapi-check --checks='-*,kapi-failure-sentinel' %s -- -D_GNU_SOURCE \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check --checks='-*,kapi-failure-sentinel' %s -- -D_GNU_SOURCE -DKT_GOOD | count 0
#include <stddef.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef KT_GOOD
void *fire_direct(size_t n)
{
	if (mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == NULL)
		return NULL;
	// CHECK: failure-sentinel.c:[[@LINE-2]]:6: warning: mmap returns (void *) -1 on failure, never NULL; compare with (void *) -1 (MAP_FAILED) [kapi-failure-sentinel]
	// CHECK: mm.c:{{[0-9]+}}:{{[0-9]+}}: note: sys_mmap documents the failure result as -1
	return (void *)1;
}

void *fire_local(size_t n)
{
	void *p = mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (!p)
		return NULL;
	// CHECK: failure-sentinel.c:[[@LINE-2]]:6: warning: 'p' holds the result of mmap, which returns (void *) -1 on failure, never NULL; compare with (void *) -1 (MAP_FAILED) [kapi-failure-sentinel]
	return p;
}

void *fire_assign(void *old, size_t n)
{
	void *p;

	if ((p = mremap(old, n, 2 * n, MREMAP_MAYMOVE)) != NULL)
		return p;
	// CHECK: failure-sentinel.c:[[@LINE-2]]:6: warning: 'p' holds the result of mremap, which returns (void *) -1 on failure, never NULL; compare with (void *) -1 (MAP_FAILED) [kapi-failure-sentinel]
	return NULL;
}

void *fire_condition(size_t n)
{
	char *p;

	p = mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p && p[0])
		return p;
	// CHECK: failure-sentinel.c:[[@LINE-2]]:6: warning: 'p' holds the result of mmap, which returns (void *) -1 on failure
	return NULL;
}
#endif

void *good(void *old, size_t n)
{
	void *p = mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	if (mremap(p, n, 2 * n, MREMAP_MAYMOVE) == MAP_FAILED)
		return NULL;
	/* syscall() returns a long: -1 on failure, no pointer to test */
	if (syscall(SYS_mmap, NULL, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == -1)
		return NULL;
	/* the local changes before the test: silent */
	p = mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p = old;
	if (p == NULL)
		return NULL;
	return p;
}
