// Default database, mm.c specs: each syscall once misused (a finding with
// its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>

void *t_mmap(int fd)
{
#ifdef KT_GOOD
	return mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, fd, 4096);
#else
	// The file offset must be a multiple of the page size.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'off' of mmap is 0x64, not aligned to the page size 4096{{.*}}[kapi-alignment]
	return mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, fd, 100);
#endif
}

int t_munmap(void *p)
{
#ifdef KT_GOOD
	return munmap(p, 8192);
#else
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'len' of munmap is 0{{.*}}[kapi-alignment]
	return munmap(p, 0);
#endif
}

int t_mprotect(void *p)
{
#ifdef KT_GOOD
	return mprotect(p, 4096, PROT_READ | PROT_WRITE);
#else
	// A MAP_* flag where a PROT_* bit belongs (EINVAL).
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'prot' of mprotect has bits 0x20 outside the documented mask {{.*}}[kapi-mask]
	return mprotect(p, 4096, PROT_READ | MAP_ANONYMOUS);
#endif
}

int t_madvise(void *p)
{
#ifdef KT_GOOD
	return madvise(p, 4096, MADV_FREE);
#else
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'behavior' of madvise is 5, not one of the documented values; closest valid: 4 (MADV_DONTNEED) or 8 (MADV_FREE) [kapi-enum]
	return madvise(p, 4096, 5);
#endif
}

int t_mlock(void *key, size_t n)
{
#ifdef KT_GOOD
	if (mlock(key, n) < 0)
		return -1;
#else
	// The key may be swapped out and nobody knows.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of mlock is ignored{{.*}}[kapi-unchecked-return]
	mlock(key, n);
#endif
	return 0;
}

int t_mlock2(void *p, size_t n)
{
#ifdef KT_GOOD
	return mlock2(p, n, MLOCK_ONFAULT);
#else
	// MCL_ONFAULT (4) is mlockall's; mlock2 wants MLOCK_ONFAULT (1).
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of mlock2 has bits 0x4 outside the documented mask 0x1 [kapi-mask]
	return mlock2(p, n, MCL_ONFAULT);
#endif
}

int t_munlock(void *p, size_t n)
{
#ifdef KT_GOOD
	if (munlock(p, n) == -1 && errno == ENOMEM)
		return -1;
#else
	// Copied from the mlock error path: munlock never fails with EPERM.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with EPERM (1), which munlock never sets{{.*}}[kapi-impossible-errno]
	if (munlock(p, n) == -1 && errno == EPERM)
		return -1;
#endif
	return 0;
}

int t_mlockall(void)
{
#ifdef KT_GOOD
	return mlockall(MCL_CURRENT | MCL_FUTURE);
#else
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of mlockall has bits 0x8 outside the documented mask 0x7 [kapi-mask]
	return mlockall(MCL_CURRENT | 8);
#endif
}

int t_msync(void *p)
{
#ifdef KT_GOOD
	return msync(p, 4096, MS_SYNC);
#else
	// O_SYNC is an open flag (EINVAL).
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of msync has bits 0x101000 outside the documented mask 0x7 [kapi-mask]
	return msync(p, 4096, O_SYNC);
#endif
}

void *t_mremap(void *p)
{
#ifdef KT_GOOD
	if (mremap(p, 4096, 4096, MREMAP_MAYMOVE | MREMAP_DONTUNMAP) ==
	    MAP_FAILED)
		return MAP_FAILED;
	return mremap(p, 4096, 8192, MREMAP_MAYMOVE);
#else
	// MREMAP_FIXED moves the mapping: without MREMAP_MAYMOVE it is EINVAL.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of mremap break the constraint 'fixed is a move' of sys_mremap{{.*}}[kapi-arg-constraint]
	if (mremap(p, 4096, 4096, MREMAP_FIXED, (void *)0x200000) == MAP_FAILED)
		return MAP_FAILED;
	// MREMAP_DONTUNMAP cannot resize.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of mremap break the constraint 'dontunmap moves the same size' of sys_mremap{{.*}}[kapi-arg-constraint]
	if (mremap(p, 4096, 8192, MREMAP_MAYMOVE | MREMAP_DONTUNMAP) == MAP_FAILED)
		return MAP_FAILED;
	// A zero new length is EINVAL.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'new_len' of mremap is 0{{.*}}[kapi-alignment]
	return mremap(p, 4096, 0, MREMAP_MAYMOVE);
#endif
}
