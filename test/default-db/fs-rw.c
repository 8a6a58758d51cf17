// Default database, fs_rw.c specs: each syscall once misused (a finding
// with its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/falloc.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

long t_read(int fd)
{
	char b[16];
#ifdef KT_GOOD
	return read(fd, b, sizeof(b));
#else
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'count' of read is 32, larger than the 16-byte object 'b' passed as 'buf' [kapi-buffer-size]
	return read(fd, b, 32);
#endif
}

long t_write(int fd)
{
	char msg[8] = "hello";
#ifdef KT_GOOD
	return write(fd, msg, 5);
#else
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'count' of write is 64, larger than the 8-byte object 'msg' passed as 'buf' [kapi-buffer-size]
	return write(fd, msg, 64);
#endif
}

long t_pread(int fd)
{
	char b[512];
#ifdef KT_GOOD
	return pread(fd, b, sizeof(b), 4096);
#else
	// A negative position is EINVAL.
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pos' of pread is -512, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return pread(fd, b, sizeof(b), -512);
#endif
}

long t_pwrite(int fd)
{
	char hdr[64] = { 0 };
#ifdef KT_GOOD
	return pwrite(fd, hdr, sizeof(hdr), 0);
#else
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'count' of pwrite is 512, larger than the 64-byte object 'hdr' passed as 'buf' [kapi-buffer-size]
	return pwrite(fd, hdr, 512, 0);
#endif
}

long t_readv(int fd, struct iovec *iov)
{
#ifdef KT_GOOD
	return readv(fd, iov, IOV_MAX);
#else
	// More than UIO_MAXIOV (1024) vectors is EINVAL.
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'vlen' of readv is 2048, outside the documented range [0, 1024]{{.*}}[kapi-range]
	return readv(fd, iov, 2048);
#endif
}

long t_writev(int fd, const struct iovec *iov)
{
#ifdef KT_GOOD
	return writev(fd, iov, 2);
#else
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'vlen' of writev is -1, outside the documented range [0, 1024]{{.*}}[kapi-range]
	return writev(fd, iov, -1);
#endif
}

long t_lseek(int fd)
{
#ifdef KT_GOOD
	return lseek(fd, 0, SEEK_HOLE);
#else
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'whence' of lseek is 5, not one of the documented values{{.*}}[kapi-enum]
	return lseek(fd, 0, 5);
#endif
}

int t_fsync(int fd)
{
#ifdef KT_GOOD
	if (fsync(fd) < 0)
		return -1;
#else
	// A failed fsync (EIO) is lost data nobody hears about.
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of fsync is ignored{{.*}}[kapi-unchecked-return]
	fsync(fd);
#endif
	return 0;
}

int t_fdatasync(int log_fd)
{
#ifdef KT_GOOD
	return fdatasync(log_fd);
#else
	int fd = -1; /* never opened */
	(void)log_fd;
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of fdatasync is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return fdatasync(fd);
#endif
}

int t_ftruncate(int fd)
{
#ifdef KT_GOOD
	return ftruncate(fd, 0);
#else
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'length' of ftruncate is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return ftruncate(fd, -1);
#endif
}

int t_fallocate(int fd)
{
#ifdef KT_GOOD
	return fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 4096);
#else
	// FALLOC_FL_NO_HIDE_STALE is in the UAPI header but the kernel
	// rejects it (EOPNOTSUPP).
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of fallocate has bits 0x4 outside the documented mask {{.*}}[kapi-mask]
	return fallocate(fd, FALLOC_FL_NO_HIDE_STALE, 0, 4096);
#endif
}

long t_getdents64(int fd)
{
	char buf[64];
#ifdef KT_GOOD
	return getdents64(fd, buf, sizeof(buf));
#else
	// CHECK: fs-rw.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'count' of getdents64 is 4096, larger than the 64-byte object 'buf' passed as 'dirent' [kapi-buffer-size]
	return getdents64(fd, buf, 4096);
#endif
}
