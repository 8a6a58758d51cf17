// Default database, fs_open.c specs: each syscall once misused (a finding
// with its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <linux/memfd.h> /* MFD_HUGE_* */
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define S16 "0123456789abcdef"
#define S256 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16
#define S4096 S256 S256 S256 S256 S256 S256 S256 S256 \
	S256 S256 S256 S256 S256 S256 S256 S256

int t_open(const char *p)
{
#ifdef KT_GOOD
	int fd = open(p, O_RDWR | O_CLOEXEC);
#else
	// 0x4 is no open flag on x86 (only sparc's O_NDELAY has it).
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of open has bits 0x4 outside the documented mask {{.*}}[kapi-mask]
	int fd = open(p, O_RDWR | 0x4);
#endif
	return fd;
}

int t_openat(int dir)
{
#ifdef KT_GOOD
	return openat(dir, "log", O_WRONLY | O_CREAT, 0644);
#else
	// The file type bits do not belong in the permission mode.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of openat has bits 0x8000 outside the documented mask {{.*}}[kapi-mask]
	return openat(dir, "log", O_WRONLY | O_CREAT, S_IFREG | 0644);
#endif
}

int t_open_tmpfile(const char *dir)
{
#ifdef KT_GOOD
	int fd = open(dir, O_TMPFILE | O_RDWR, 0600);

	if (fd < 0)
		return open(dir, O_PATH | O_TMPFILE); /* O_PATH drops it */
	return fd;
#else
	// O_TMPFILE creates a file to write: a read-only open is EINVAL.
	// CHECK: fs-open.c:[[@LINE+2]]:{{[0-9]+}}: warning: the arguments of open break the constraint 'tmpfile needs write access' of sys_open: {{.*}}[kapi-arg-constraint]
	// CHECK: fs-open.c:[[@LINE+2]]:{{[0-9]+}}: warning: the arguments of openat break the constraint 'no directory creation' of sys_openat: {{.*}}[kapi-arg-constraint]
	int fd = open(dir, O_TMPFILE | O_RDONLY, 0600);
	return fd + openat(AT_FDCWD, dir, O_DIRECTORY | O_CREAT, 0700);
#endif
}

long t_openat2(void)
{
	struct open_how how = { .flags = O_RDONLY, .resolve = RESOLVE_BENEATH };
#ifdef KT_GOOD
	return syscall(SYS_openat2, AT_FDCWD, "etc", &how, sizeof(how));
#else
	// usize below OPEN_HOW_SIZE_VER0 (24) is EINVAL.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'usize' of syscall(SYS_openat2) is 16, outside the documented range [24, {{[0-9]+}}]{{.*}}[kapi-range]
	return syscall(SYS_openat2, AT_FDCWD, "etc", &how, 16);
#endif
}

int t_creat(void)
{
#ifdef KT_GOOD
	return creat("/tmp/" S256, 0600);
#else
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: path passed as 'pathname' of creat is 4102 bytes with its NUL, more than PATH_MAX 4096{{.*}}[kapi-string]
	return creat("/tmp/" S4096, 0600);
#endif
}

int t_close(int fd)
{
#ifdef KT_GOOD
	if (close(fd) == -1 && errno == EIO)
		return -1;
#else
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with ENOENT (2), which close never sets{{.*}}[kapi-impossible-errno]
	if (close(fd) == -1 && errno == ENOENT)
		return -1;
#endif
	return 0;
}

int t_close_range(void)
{
#ifdef KT_GOOD
	return close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
#else
	// Bit 0 is no CLOSE_RANGE_* flag.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of close_range has bits 0x1 outside the documented mask {{.*}}[kapi-mask]
	return close_range(3, ~0U, 1);
#endif
}

int t_dup(int fd)
{
#ifdef KT_GOOD
	if (dup(fd) >= 0)
		return 0;
#else
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of dup is a file descriptor and 0 is a valid one{{.*}}[kapi-success-check]
	if (dup(fd) > 0)
		return 0;
#endif
	return -1;
}

int t_dup2(int fd)
{
#ifdef KT_GOOD
	return dup2(fd, STDERR_FILENO);
#else
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'newfd' of dup2 is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return dup2(fd, -1);
#endif
}

int t_dup3(int fd)
{
#ifdef KT_GOOD
	return dup3(fd, 10, O_CLOEXEC);
#else
	// dup3 takes O_CLOEXEC only.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of dup3 has bits 0x800 outside the documented mask {{.*}}[kapi-mask]
	return dup3(fd, 10, O_CLOEXEC | O_NONBLOCK);
#endif
}

int t_fcntl(int fd)
{
#ifdef KT_GOOD
	return fcntl(fd, F_SETFL, O_NONBLOCK);
#else
	// F_SETFL forgotten: the flag became the command.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of fcntl is 2048, not one of the documented values{{.*}}[kapi-enum]
	return fcntl(fd, O_NONBLOCK);
#endif
}

int t_pipe2(int fds[2])
{
#ifdef KT_GOOD
	return pipe2(fds, O_CLOEXEC);
#else
	// FD_CLOEXEC (1) is the fcntl bit, not an open flag.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of pipe2 has bits 0x1 outside the documented mask {{.*}}[kapi-mask]
	return pipe2(fds, FD_CLOEXEC);
#endif
}

int t_memfd_create(void)
{
#ifdef KT_GOOD
	return memfd_create("cache", MFD_CLOEXEC | MFD_ALLOW_SEALING);
#else
	// A huge page size without MFD_HUGETLB is EINVAL.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of memfd_create break the constraint 'huge page sizes need hugetlb' of sys_memfd_create{{.*}}[kapi-arg-constraint]
	if (memfd_create("cache", MFD_CLOEXEC | MFD_HUGE_2MB) < 0)
		return -1;
	// O_CLOEXEC is not MFD_CLOEXEC.
	// CHECK: fs-open.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of memfd_create has bits 0x80000 outside the documented mask {{.*}}[kapi-mask]
	return memfd_create("cache", O_CLOEXEC);
#endif
}
