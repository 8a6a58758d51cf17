// Default database, mm.c specs: each syscall once misused (a finding with
// its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/swap.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

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

/* ---- mm family additions ---- */

/* UAPI of the installed headers may predate these syscalls (6.5, 6.10). */
#ifndef __NR_cachestat
#define __NR_cachestat 451
#endif
#ifndef __NR_mseal
#define __NR_mseal 462
#endif

long t_brk(void)
{
	// Nothing to check: any address is a valid request, and the raw
	// syscall never fails with an error code.
	return syscall(SYS_brk, 0);
}

int t_mincore(void *p, unsigned char *vec)
{
#ifdef KT_GOOD
	return mincore(p, 8192, vec);
#else
	// The start must be page aligned (EINVAL).
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'start' of mincore is 0x10010, not aligned to the page size 4096{{.*}}[kapi-alignment]
	return mincore((void *)0x10010, 8192, vec);
#endif
}

long t_mseal(void *p)
{
#ifdef KT_GOOD
	return syscall(__NR_mseal, p, 4096, 0);
#else
	// flags is reserved.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(__NR_mseal) is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return syscall(__NR_mseal, p, 4096, 1);
#endif
}

void t_munlockall(void)
{
	// Nothing a program can get wrong, and no error it can see.
	munlockall();
}

long t_memfd_secret(void)
{
#ifdef KT_GOOD
	return syscall(SYS_memfd_secret, O_CLOEXEC);
#else
	// memfd_create's MFD_CLOEXEC (1) is not memfd_secret's flag.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_memfd_secret) has bits 0x1 outside the documented mask 0x80000 [kapi-mask]
	return syscall(SYS_memfd_secret, 1);
#endif
}

int t_pkey_alloc(void)
{
#ifdef KT_GOOD
	return pkey_alloc(0, PKEY_DISABLE_WRITE);
#else
	// The access rights go in the second argument; flags must be 0.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of pkey_alloc is 2, outside the documented range [0, 0]{{.*}}[kapi-range]
	return pkey_alloc(PKEY_DISABLE_WRITE, 0);
#endif
}

int t_pkey_alloc_rights(void)
{
#ifdef KT_GOOD
	return pkey_alloc(0, PKEY_DISABLE_ACCESS | PKEY_DISABLE_WRITE);
#else
	// PROT_EXEC (4) is not an access right on x86.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'init_val' of pkey_alloc has bits 0x4 outside the documented mask 0x3 [kapi-mask]
	return pkey_alloc(0, PROT_EXEC);
#endif
}

int t_pkey_free(void)
{
#ifdef KT_GOOD
	return pkey_free(1);
#else
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pkey' of pkey_free is -1, outside the documented range{{.*}}[kapi-range]
	return pkey_free(-1);
#endif
}

int t_pkey_mprotect(void *p, int key)
{
#ifdef KT_GOOD
	if (pkey_mprotect(p, 4096, PROT_READ, -1) < 0)
		return -1;
	return pkey_mprotect(p, 4096, PROT_READ | PROT_WRITE, key);
#else
	// A MAP_* flag where a PROT_* bit belongs (EINVAL).
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'prot' of pkey_mprotect has bits 0x20 outside the documented mask {{.*}}[kapi-mask]
	if (pkey_mprotect(p, 4096, PROT_READ | MAP_ANONYMOUS, key) < 0)
		return -1;
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pkey' of pkey_mprotect is -2, outside the documented range{{.*}}[kapi-range]
	return pkey_mprotect(p, 4096, PROT_READ, -2);
#endif
}

int t_remap_file_pages(void *p)
{
#ifdef KT_GOOD
	return remap_file_pages(p, 8192, 0, 3, 0);
#else
	// The protection is kept from the mapping; prot must be 0.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'prot' of remap_file_pages is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	if (remap_file_pages(p, 8192, PROT_READ, 3, 0) < 0)
		return -1;
	// Less than a page rounds down to nothing (EINVAL).
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of remap_file_pages is 100, outside the documented range{{.*}}[kapi-range]
	return remap_file_pages(p, 100, 0, 3, 0);
#endif
}

long t_process_madvise(int pidfd, const struct iovec *iov)
{
#ifdef KT_GOOD
	return process_madvise(pidfd, iov, 2, MADV_PAGEOUT, 0);
#else
	// Destructive advice is not accepted for another process.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'behavior' of process_madvise is 4, not one of the documented values{{.*}}[kapi-enum]
	return process_madvise(pidfd, iov, 2, MADV_DONTNEED, 0);
#endif
}

int t_process_mrelease(int pidfd)
{
#ifdef KT_GOOD
	return process_mrelease(pidfd, 0);
#else
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of process_mrelease is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return process_mrelease(pidfd, 1);
#endif
}

long t_process_vm(pid_t pid, const struct iovec *l, const struct iovec *r)
{
#ifdef KT_GOOD
	if (process_vm_readv(pid, l, 1, r, 1, 0) < 0)
		return -1;
	return process_vm_writev(pid, l, 1, r, 1, 0);
#else
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of process_vm_readv is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	if (process_vm_readv(pid, l, 1, r, 1, 1) < 0)
		return -1;
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'liovcnt' of process_vm_writev is 2000, outside the documented range [0, 1024]{{.*}}[kapi-range]
	return process_vm_writev(pid, l, 2000, r, 1, 0);
#endif
}

int t_swapon(const char *path)
{
#ifdef KT_GOOD
	return swapon(path, SWAP_FLAG_PREFER | (5 << SWAP_FLAG_PRIO_SHIFT) |
				    SWAP_FLAG_DISCARD);
#else
	// Unknown bits are EINVAL, even for root.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'swap_flags' of swapon has bits 0x80000 outside the documented mask 0x7ffff [kapi-mask]
	return swapon(path, SWAP_FLAG_DISCARD | 0x80000);
#endif
}

int t_swapoff(const char *path)
{
#ifdef KT_GOOD
	if (swapoff(path) == -1 && errno == EINVAL)
		return 1;
#else
	// swapoff opens the path, it does not remove it.
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with EBUSY (16), which swapoff never sets{{.*}}[kapi-impossible-errno]
	if (swapoff(path) == -1 && errno == EBUSY)
		return 1;
#endif
	return 0;
}

long t_cachestat(int fd, void *range, void *cs)
{
#ifdef KT_GOOD
	return syscall(__NR_cachestat, fd, range, cs, 0);
#else
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(__NR_cachestat) is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return syscall(__NR_cachestat, fd, range, cs, 1);
#endif
}

// config family: userfaultfd (fs/userfaultfd.c), syscall() only.
#include <linux/userfaultfd.h>

long t_userfaultfd(void)
{
#ifdef KT_GOOD
	return syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY);
#else
	// O_RDWR (2) is no userfaultfd flag (EINVAL).
	// CHECK: mm.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_userfaultfd) has bits 0x2 outside the documented mask 0x80801 [kapi-mask]
	return syscall(SYS_userfaultfd, O_CLOEXEC | O_RDWR);
#endif
}
