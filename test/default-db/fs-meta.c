// Default database, fs_meta.c specs: each syscall once misused (a finding
// with its rule) and once used correctly (silent).  faccessat and
// fchmodat2 are reached through syscall(): glibc's faccessat() calls
// faccessat2 and its fchmodat() the 3-argument fchmodat.
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

// Linux 6.6 added fchmodat2 (452 on every architecture); older headers lack
// the name.  syscall() binds by the macro's spelling.
#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452
#endif

int t_truncate(void)
{
#ifdef KT_GOOD
	return truncate("log", 0);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'length' of truncate is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return truncate("log", -1);
#endif
}

long t_faccessat(int dir)
{
#ifdef KT_GOOD
	return syscall(SYS_faccessat, dir, "bin", R_OK | X_OK);
#else
	// The 3-argument syscall has no flags: AT_EACCESS in the mode slot is
	// EINVAL.
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of syscall(SYS_faccessat) has bits 0x200 outside the documented mask 0x7 [kapi-mask]
	return syscall(SYS_faccessat, dir, "bin", AT_EACCESS);
#endif
}

int t_access(void)
{
#ifdef KT_GOOD
	return access("bin", F_OK);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of access has bits 0x8 outside the documented mask 0x7 [kapi-mask]
	return access("bin", 8);
#endif
}

int t_chdir(void)
{
#ifdef KT_GOOD
	return chdir("/");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of chdir, which is not optional [kapi-null]
	return chdir(NULL);
#endif
}

int t_fchdir(int dir)
{
#ifdef KT_GOOD
	return fchdir(dir);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of fchdir is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return fchdir(-1);
#endif
}

int t_chroot(void)
{
#ifdef KT_GOOD
	return chroot("/srv/jail");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of chroot, which is not optional [kapi-null]
	return chroot(NULL);
#endif
}

int t_fchmod(int fd)
{
#ifdef KT_GOOD
	return fchmod(fd, S_ISUID | 0755);
#else
	// A st_mode copied whole: the type bits mean nothing to fchmod.
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of fchmod has bits 0x8000 outside the documented mask 0xfff [kapi-mask]
	return fchmod(fd, S_IFREG | 0644);
#endif
}

long t_fchmodat2(int dir)
{
#ifdef KT_GOOD
	return syscall(SYS_fchmodat2, dir, "", 0600, AT_EMPTY_PATH);
#else
	// AT_SYMLINK_FOLLOW belongs to linkat.
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_fchmodat2) has bits 0x400 outside the documented mask 0x1100 [kapi-mask]
	return syscall(SYS_fchmodat2, dir, "f", 0600, AT_SYMLINK_FOLLOW);
#endif
}

int t_fchmodat(int dir)
{
#ifdef KT_GOOD
	// glibc's own flag: checked by glibc, not by the bound syscall.  A
	// symlink's mode cannot change: EOPNOTSUPP.
	if (fchmodat(dir, "f", 0600, AT_SYMLINK_NOFOLLOW) && errno != EOPNOTSUPP)
		return -1;
	return 0;
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of fchmodat has bits 0x4000 outside the documented mask 0xfff [kapi-mask]
	return fchmodat(dir, "d", S_IFDIR | 0700, 0);
#endif
}

int t_chmod(void)
{
#ifdef KT_GOOD
	return chmod("f", 04755);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of chmod has bits 0x8000 outside the documented mask 0xfff [kapi-mask]
	return chmod("f", S_IFREG | 0644);
#endif
}

int t_fchownat(int dir)
{
#ifdef KT_GOOD
	return fchownat(dir, "", 0, -1, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
#else
	// AT_SYMLINK_FOLLOW is linkat's flag; fchownat says EINVAL.
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flag' of fchownat has bits 0x400 outside the documented mask 0x1100 [kapi-mask]
	return fchownat(dir, "f", 0, 0, AT_SYMLINK_FOLLOW);
#endif
}

int t_chown(void)
{
#ifdef KT_GOOD
	// -1 keeps the owner.
	return chown("f", -1, 100);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of chown, which is not optional [kapi-null]
	return chown(NULL, 0, 0);
#endif
}

int t_lchown(void)
{
#ifdef KT_GOOD
	return lchown("link", 1000, 1000);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of lchown, which is not optional [kapi-null]
	return lchown(NULL, 1000, 1000);
#endif
}

int t_fchown(int fd)
{
#ifdef KT_GOOD
	return fchown(fd, -1, -1);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of fchown is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return fchown(-1, 0, 0);
#endif
}

int t_mknodat(int dir)
{
#ifdef KT_GOOD
	return mknodat(dir, "fifo", S_IFIFO | 0600, 0);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of mknodat, which is not optional [kapi-null]
	return mknodat(dir, NULL, S_IFIFO | 0600, 0);
#endif
}

int t_mknod(void)
{
#ifdef KT_GOOD
	// Type 0 is a regular file.
	return mknod("plain", 0644, 0);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'filename' of mknod, which is not optional [kapi-null]
	return mknod(NULL, S_IFSOCK | 0600, 0);
#endif
}

int t_mkdir(void)
{
#ifdef KT_GOOD
	return mkdir("spool", 01777);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of mkdir has bits 0x4000 outside the documented mask {{.*}}[kapi-mask]
	return mkdir("spool", S_IFDIR | 0755);
#endif
}

int t_rmdir(void)
{
#ifdef KT_GOOD
	// Portable code takes EEXIST for "not empty" too (POSIX allows it).
	if (rmdir("spool") && errno != ENOTEMPTY && errno != EEXIST)
		return -1;
	return 0;
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'pathname' of rmdir, which is not optional [kapi-null]
	return rmdir(NULL);
#endif
}

int t_unlink(void)
{
#ifdef KT_GOOD
	return unlink("old");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'pathname' of unlink, which is not optional [kapi-null]
	return unlink(NULL);
#endif
}

int t_symlinkat(int dir)
{
#ifdef KT_GOOD
	return symlinkat("../target", dir, "link");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'oldname' of symlinkat, which is not optional [kapi-null]
	return symlinkat(NULL, dir, "link");
#endif
}

int t_symlink(void)
{
#ifdef KT_GOOD
	return symlink("target", "link");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'newname' of symlink, which is not optional [kapi-null]
	return symlink("target", NULL);
#endif
}

int t_linkat(int dir, int tmpfd)
{
#ifdef KT_GOOD
	// Give an O_TMPFILE file a name.
	return linkat(tmpfd, "", dir, "data", AT_EMPTY_PATH);
#else
	(void)tmpfd;
	// linkat's flag is AT_SYMLINK_FOLLOW; AT_SYMLINK_NOFOLLOW is EINVAL.
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of linkat has bits 0x100 outside the documented mask 0x1400 [kapi-mask]
	return linkat(dir, "a", dir, "b", AT_SYMLINK_NOFOLLOW);
#endif
}

int t_link(void)
{
#ifdef KT_GOOD
	return link("a", "b");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'oldname' of link, which is not optional [kapi-null]
	return link(NULL, "b");
#endif
}

int t_renameat(int dir)
{
#ifdef KT_GOOD
	return renameat(dir, "a.tmp", dir, "a");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'newname' of renameat, which is not optional [kapi-null]
	return renameat(dir, "a.tmp", dir, NULL);
#endif
}

int t_rename(void)
{
#ifdef KT_GOOD
	return rename("a.tmp", "a");
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'oldname' of rename, which is not optional [kapi-null]
	return rename(NULL, "a");
#endif
}

ssize_t t_readlinkat(int dir, char *buf)
{
#ifdef KT_GOOD
	// An empty name reads the symlink open on dir (O_PATH | O_NOFOLLOW).
	return readlinkat(dir, "", buf, 64);
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'bufsiz' of readlinkat is 0, outside the documented range [1, {{[0-9]+}}]{{.*}}[kapi-range]
	return readlinkat(dir, "link", buf, 0);
#endif
}

ssize_t t_readlink(void)
{
	char target[64];
#ifdef KT_GOOD
	ssize_t n = readlink("link", target, sizeof(target));
#else
	// CHECK: fs-meta.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'bufsiz' of readlink is 128, larger than the 64-byte object 'target' passed as 'buf' [kapi-buffer-size]
	ssize_t n = readlink("link", target, 128);
#endif
	return n > 0 ? target[0] : n;
}
