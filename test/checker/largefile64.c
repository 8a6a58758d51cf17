// The 64-bit names of the large-file interface bind as their plain twins
// do (glibc 2.36 on x86-64: aliases of the same functions).
//
// RUN: %kapi-check --checks=-* --debug-calls %s -- -D_GNU_SOURCE -D_LARGEFILE64_SOURCE | FileCheck %s --implicit-check-not=call
// RUN: not %kapi-check --checks='-*,kapi-enum,kapi-error-convention,kapi-failure-sentinel' %s -- -D_GNU_SOURCE -D_LARGEFILE64_SOURCE | FileCheck %s --check-prefix=FIRE
#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>
#include <unistd.h>

long calls(int fd, const char *p)
{
	long r = lseek64(fd, 0, 7);
	// CHECK: call [[@LINE-1]]:11 lseek64 -> sys_lseek (libc)
	// FIRE: largefile64.c:[[@LINE-2]]:{{[0-9]+}}: warning: argument 'whence' of lseek64 is 7{{.*}}[kapi-enum]
	r += creat64(p, 0600);
	// CHECK: call [[@LINE-1]]:7 creat64 -> sys_creat (libc)
	r += truncate64(p, 0) + ftruncate64(fd, 0);
	// CHECK: call [[@LINE-1]]:7 truncate64 -> sys_truncate (libc)
	// CHECK: call [[@LINE-2]]:26 ftruncate64 -> sys_ftruncate (libc)
	r += fallocate64(fd, 0, 0, 4096);
	// CHECK: call [[@LINE-1]]:7 fallocate64 -> sys_fallocate (libc)
	if (mmap64(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0) == NULL)
		return -1;
	// CHECK: call [[@LINE-2]]:6 mmap64 -> sys_mmap (libc)
	// FIRE: largefile64.c:[[@LINE-3]]:{{[0-9]+}}: warning: mmap64 returns (void *) -1 on failure, never NULL{{.*}}[kapi-failure-sentinel]
	if (posix_fallocate64(fd, 0, 4096) < 0)
		return -1;
	// CHECK: call [[@LINE-2]]:6 posix_fallocate64 -> sys_fallocate (errno-value)
	// FIRE: largefile64.c:[[@LINE-3]]:{{[0-9]+}}: warning: posix_fallocate64 returns the (positive) errno number{{.*}}[kapi-error-convention]
	return r + posix_fadvise64(fd, 0, 0, POSIX_FADV_NORMAL);
	// CHECK: call [[@LINE-1]]:13 posix_fadvise64 -> sys_fadvise64 (errno-value)
}
