// Default database, fs_ioctl.c: the generic requests do_vfs_ioctl()
// answers itself, each misused once (a finding with its rule) and used
// correctly once (silent).  glibc's ioctl() is variadic: the third
// argument is checked as the caller wrote it, and a device's own request
// with any argument, or an errno a driver may set, is never a finding.
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <stddef.h>
#include <sys/ioctl.h>
#include <termios.h>

int t_fionbio(int fd)
{
#ifdef KT_GOOD
	int on = 1;
	return ioctl(fd, FIONBIO, &on);
#else
	// FIONBIO reads an int through arg: NULL is EFAULT.
	// CHECK: fs-ioctl.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of ioctl break the constraint 'FIONBIO reads an int' of sys_ioctl: {{.*}}[kapi-arg-constraint]
	return ioctl(fd, FIONBIO, NULL);
#endif
}

int t_fioasync(int fd)
{
#ifdef KT_GOOD
	int on = 0;
	return ioctl(fd, FIOASYNC, &on);
#else
	// A literal 0 is a null pointer too.
	// CHECK: fs-ioctl.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of ioctl break the constraint 'FIOASYNC reads an int' of sys_ioctl: {{.*}}[kapi-arg-constraint]
	return ioctl(fd, FIOASYNC, 0);
#endif
}

long t_fionread_fiogetbsz(int fd)
{
	int n = 0, bs = 0;
	long long used = 0;
#ifdef KT_GOOD
	if (ioctl(fd, FIONREAD, &n) < 0 || ioctl(fd, FIGETBSZ, &bs) < 0 ||
	    ioctl(fd, FIOQSIZE, &used) < 0)
		return -1;
#else
	// The count, block size and size are written through arg.
	// CHECK: fs-ioctl.c:[[@LINE+3]]:{{[0-9]+}}: warning: the arguments of ioctl break the constraint 'FIONREAD writes an int' of sys_ioctl: {{.*}}[kapi-arg-constraint]
	// CHECK: fs-ioctl.c:[[@LINE+3]]:{{[0-9]+}}: warning: the arguments of ioctl break the constraint 'FIGETBSZ writes an int' of sys_ioctl: {{.*}}[kapi-arg-constraint]
	// CHECK: fs-ioctl.c:[[@LINE+3]]:{{[0-9]+}}: warning: the arguments of ioctl break the constraint 'FIOQSIZE writes a size' of sys_ioctl: {{.*}}[kapi-arg-constraint]
	if (ioctl(fd, FIONREAD, NULL) < 0 ||
	    ioctl(fd, FIGETBSZ, NULL) < 0 ||
	    ioctl(fd, FIOQSIZE, NULL) < 0)
		return -1;
#endif
	return n + bs + used;
}

int t_flags(int fd, int src)
{
	unsigned int flags = 0;
	struct fsxattr xa;
	struct fiemap fm = { .fm_length = FIEMAP_MAX_OFFSET };
	struct file_clone_range r = { .src_fd = src };
	struct file_dedupe_range d = { .dest_count = 0 };

	if (ioctl(fd, FS_IOC_GETFLAGS, &flags) < 0 ||
	    ioctl(fd, FS_IOC_FSGETXATTR, &xa) < 0)
		return -1;
	flags |= FS_NOATIME_FL;
	return ioctl(fd, FS_IOC_SETFLAGS, &flags) |
	       ioctl(fd, FS_IOC_FSSETXATTR, &xa) |
	       ioctl(fd, FS_IOC_FIEMAP, &fm) | ioctl(fd, FICLONE, src) |
	       ioctl(fd, FICLONERANGE, &r) | ioctl(fd, FIDEDUPERANGE, &d);
}

int t_fd(int fd)
{
#ifdef KT_GOOD
	return ioctl(fd, FIOCLEX);
#else
	// CHECK: fs-ioctl.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of ioctl is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return ioctl(-1, FIOCLEX);
#endif
}

// Silent in both builds: requests that ignore arg, a device's own
// requests (whatever their argument), an unknown pointer, and errno codes
// only a driver sets.  The requests whose number encodes a size (_IOR,
// _IOW, _IOWR) state their rule as prose only, so their misuse is not
// reported yet (see the notes of fs_ioctl.c).
int t_silent(int fd, int *p)
{
	struct winsize ws;

	if (ioctl(fd, FS_IOC_GETFLAGS, NULL) < 0 || ioctl(fd, FICLONE, -1) < 0 ||
	    ioctl(fd, FS_IOC_FIEMAP, NULL) < 0)
		return -1;

	if (ioctl(fd, FIOCLEX, NULL) < 0 || ioctl(fd, FIONCLEX, 0) < 0 ||
	    ioctl(fd, FIFREEZE, 0) < 0 || ioctl(fd, FITHAW, 0) < 0)
		return -1;
	if (ioctl(fd, 0x1234, NULL) < 0 || ioctl(fd, TIOCGWINSZ, &ws) < 0 ||
	    ioctl(fd, FIONBIO, p) < 0)
		return errno == ENODEV || errno == EIO || errno == ENOTTY;
	if (ioctl(fd, TIOCSCTTY, 0) == -1 && errno == EPERM)
		return -1;
	return ws.ws_row;
}
