// Default database, fs_stat.c specs (file and file-system status, file
// times, getcwd, getdents, file handles): each syscall once misused (a
// finding with its rule) and once used correctly (silent).  getcwd, ustat
// and getdents are reached through syscall(): glibc's getcwd() is not
// bound, ustat() is gone from glibc's headers and getdents has no wrapper.
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <fcntl.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

// Linux 6.5 added AT_HANDLE_FID; glibc 2.36 and older kernel headers lack it.
#ifndef AT_HANDLE_FID
#define AT_HANDLE_FID 0x200
#endif

int t_stat(const char *p, struct stat *st)
{
#ifdef KT_GOOD
	return stat(p, st);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'statbuf' of stat, which is not optional [kapi-null]
	return stat(p, NULL);
#endif
}

int t_lstat(const char *p)
{
	struct stat st;
#ifdef KT_GOOD
	return lstat(p, &st);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of lstat is ignored, but it can fail with {{.*}}[kapi-unchecked-return]
	lstat(p, &st);
	return st.st_mode;
#endif
}

int t_fstat(struct stat *st)
{
#ifdef KT_GOOD
	return fstat(0, st);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of fstat is -1{{.*}}outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return fstat(-1, st);
#endif
}

int t_fstatat(int dir, struct stat *st)
{
#ifdef KT_GOOD
	return fstatat(dir, "lib", st, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT);
#else
	// AT_SYMLINK_FOLLOW is linkat's; newfstatat refuses it (EINVAL).
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flag' of fstatat has bits 0x400 outside the documented mask 0x7900 [kapi-mask]
	return fstatat(dir, "lib", st, AT_SYMLINK_FOLLOW);
#endif
}

// glibc declares fstatat's path nonnull; the kernel takes NULL (6.11 on).
long t_newfstatat_null(struct stat *st)
{
#ifdef KT_GOOD
	return syscall(SYS_newfstatat, 0, NULL, st, AT_EMPTY_PATH);
#else
	// A NULL path stands for dfd only with AT_EMPTY_PATH alone (EFAULT).
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_newfstatat) break the constraint 'NULL path only as fstat' of sys_newfstatat: a NULL filename needs flag AT_EMPTY_PATH alone and a descriptor in dfd [kapi-arg-constraint]
	return syscall(SYS_newfstatat, 0, NULL, st, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
#endif
}

int t_statfs(struct statfs *b)
{
#ifdef KT_GOOD
	return statfs("/", b);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'pathname' of statfs, which is not optional [kapi-null]
	return statfs(NULL, b);
#endif
}

int t_fstatfs(struct statfs *b)
{
#ifdef KT_GOOD
	return fstatfs(1, b);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of fstatfs is -1{{.*}}outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return fstatfs(-1, b);
#endif
}

long t_ustat(unsigned dev, void *u)
{
#ifdef KT_GOOD
	return syscall(SYS_ustat, dev, u);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'ubuf' of syscall(SYS_ustat), which is not optional [kapi-null]
	return syscall(SYS_ustat, dev, NULL);
#endif
}

int t_utime(void)
{
#ifdef KT_GOOD
	return utime("stamp", NULL);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of utime, which is not optional [kapi-null]
	return utime(NULL, NULL);
#endif
}

int t_utimes(const struct timeval tv[2])
{
#ifdef KT_GOOD
	return utimes("stamp", tv);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of utimes is ignored, but it can fail with {{.*}}[kapi-unchecked-return]
	utimes("stamp", tv);
	return 0;
#endif
}

int t_futimesat(void)
{
#ifdef KT_GOOD
	return futimesat(AT_FDCWD, "stamp", NULL);
#else
	// -200 is no descriptor, and the path is relative (EBADF).
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'dfd' of futimesat is -200, outside the documented range [-100, 2147483647] [kapi-range]
	return futimesat(-200, "stamp", NULL);
#endif
}

int t_futimesat_null(int fd, const struct timeval tv[2])
{
#ifdef KT_GOOD
	return futimesat(fd, NULL, tv);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of futimesat break the constraint 'NULL path needs a descriptor' of sys_futimesat: a NULL filename means dfd itself, so dfd cannot be AT_FDCWD [kapi-arg-constraint]
	return futimesat(AT_FDCWD, NULL, tv);
#endif
}

int t_utimensat(int dir, const struct timespec ts[2])
{
#ifdef KT_GOOD
	return utimensat(dir, "stamp", ts, AT_SYMLINK_NOFOLLOW);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of utimensat has bits 0x400 outside the documented mask 0x1100 [kapi-mask]
	return utimensat(dir, "stamp", ts, AT_SYMLINK_FOLLOW);
#endif
}

long t_utimensat_fd(int fd, const struct timespec ts[2])
{
#ifdef KT_GOOD
	return syscall(SYS_utimensat, fd, NULL, ts, 0);
#else
	// A NULL path means fd itself, and then no flag is accepted (EINVAL).
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_utimensat) break the constraint 'no flags on a descriptor' of sys_utimensat: a NULL filename with a descriptor (not AT_FDCWD) takes no flags [kapi-arg-constraint]
	return syscall(SYS_utimensat, 3, NULL, ts, AT_SYMLINK_NOFOLLOW);
#endif
}

int t_futimens(int fd, const struct timespec ts[2])
{
#ifdef KT_GOOD
	return futimens(fd, ts);
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of futimens is ignored, but it can fail with {{.*}}[kapi-unchecked-return]
	futimens(fd, ts);
	return 0;
#endif
}

long t_getcwd(void)
{
	char b[256];
#ifdef KT_GOOD
	return syscall(SYS_getcwd, b, sizeof(b));
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of syscall(SYS_getcwd) is 4096, larger than the 256-byte object 'b' passed as 'buf' [kapi-buffer-size]
	return syscall(SYS_getcwd, b, 4096);
#endif
}

long t_getdents(int fd)
{
	char b[512];
#ifdef KT_GOOD
	return syscall(SYS_getdents, fd, b, sizeof(b));
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'count' of syscall(SYS_getdents) is 1024, larger than the 512-byte object 'b' passed as 'dirent' [kapi-buffer-size]
	return syscall(SYS_getdents, fd, b, 1024);
#endif
}

int t_name_to_handle_at(int dir, struct file_handle *fh, int *mnt)
{
#ifdef KT_GOOD
	return name_to_handle_at(dir, "lib", fh, mnt, AT_HANDLE_FID);
#else
	// A final symlink is not followed by default; AT_SYMLINK_NOFOLLOW is
	// refused (EINVAL).
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flag' of name_to_handle_at has bits 0x100 outside the documented mask 0x1601 [kapi-mask]
	return name_to_handle_at(dir, "lib", fh, mnt, AT_SYMLINK_NOFOLLOW);
#endif
}

int t_open_by_handle_at(int mnt, struct file_handle *fh)
{
#ifdef KT_GOOD
	return open_by_handle_at(mnt, fh, O_RDONLY | O_CLOEXEC) >= 0;
#else
	// CHECK: fs-stat.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of open_by_handle_at is a file descriptor and 0 is a valid one; test '>= 0' or '< 0' [kapi-success-check]
	return open_by_handle_at(mnt, fh, O_RDONLY | O_CLOEXEC) > 0;
#endif
}
