// Default database, fs_io.c specs: each syscall with a checkable constraint
// once misused (a finding with its rule), each once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/file.h>
#include <sys/sendfile.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

long t_preadv(int fd, const struct iovec *iov)
{
#ifdef KT_GOOD
	return preadv(fd, iov, 2, 4096);
#else
	// A negative offset is EINVAL (preadv has no "current position" -1).
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pos_l' of preadv is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return preadv(fd, iov, 2, -1);
#endif
}

long t_pwritev(int fd, const struct iovec *iov)
{
#ifdef KT_GOOD
	return pwritev(fd, iov, IOV_MAX, 0);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'vlen' of pwritev is 2000, outside the documented range [0, 1024]{{.*}}[kapi-range]
	return pwritev(fd, iov, 2000, 0);
#endif
}

long t_preadv2(int fd, const struct iovec *iov)
{
#ifdef KT_GOOD
	// -1 reads at the file position; RWF_NOWAIT and RWF_HIPRI are read flags.
	return preadv2(fd, iov, 1, -1, RWF_NOWAIT | RWF_HIPRI);
#else
	// 0x80 is past RWF_ATOMIC, the highest RWF_* bit of 6.12: EOPNOTSUPP.
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of preadv2 has bits 0x80 outside the documented mask 0x7f [kapi-mask]
	return preadv2(fd, iov, 1, 0, 0x80);
#endif
}

long t_preadv2_atomic(int fd, const struct iovec *iov)
{
#ifdef KT_GOOD
	return preadv2(fd, iov, 1, 0, RWF_DSYNC);
#else
	// RWF_ATOMIC (0x40) is in RWF_SUPPORTED but only for writes.
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of preadv2 break the constraint 'no atomic reads' of sys_preadv2{{.*}}[kapi-arg-constraint]
	return preadv2(fd, iov, 1, 0, 0x40);
#endif
}

long t_pwritev2(int fd, const struct iovec *iov)
{
#ifdef KT_GOOD
	// RWF_NOAPPEND (0x20, 6.9) alone is fine; the installed headers may lack it.
	return pwritev2(fd, iov, 1, 0, RWF_DSYNC | 0x20);
#else
	// RWF_APPEND with RWF_NOAPPEND is EINVAL.
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of pwritev2 break the constraint 'append and noappend exclude each other' of sys_pwritev2{{.*}}[kapi-arg-constraint]
	return pwritev2(fd, iov, 1, 0, RWF_APPEND | 0x20);
#endif
}

long t_sendfile(int out, int in)
{
	off_t off = 0;
#ifdef KT_GOOD
	return sendfile(out, in, &off, 1 << 20);
#else
	// A count with the top bit set is EINVAL (rw_verify_area).
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'count' of sendfile is 18446744073709551615, outside the documented range [0, 9223372036854775807]{{.*}}[kapi-range]
	return sendfile(out, in, &off, SIZE_MAX);
#endif
}

long t_splice(int pipe_rd, int file_fd)
{
	loff_t off = 0;
#ifdef KT_GOOD
	return splice(pipe_rd, NULL, file_fd, &off, 65536, SPLICE_F_MOVE | SPLICE_F_MORE);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of splice has bits 0x10 outside the documented mask 0xf [kapi-mask]
	return splice(pipe_rd, NULL, file_fd, &off, 65536, 0x10);
#endif
}

long t_tee(int p1, int p2)
{
#ifdef KT_GOOD
	return tee(p1, p2, 4096, SPLICE_F_NONBLOCK);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of tee has bits 0x800 outside the documented mask 0xf [kapi-mask]
	return tee(p1, p2, 4096, O_NONBLOCK);
#endif
}

long t_vmsplice(int pipe_wr, const struct iovec *iov)
{
#ifdef KT_GOOD
	return vmsplice(pipe_wr, iov, 4, SPLICE_F_GIFT);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nr_segs' of vmsplice is 4096, outside the documented range [0, 1024]{{.*}}[kapi-range]
	return vmsplice(pipe_wr, iov, 4096, SPLICE_F_GIFT);
#endif
}

long t_copy_file_range(int in, int out)
{
	loff_t a = 0, b = 0;
#ifdef KT_GOOD
	return copy_file_range(in, &a, out, &b, 1 << 20, 0);
#else
	// flags is reserved: anything but 0 is EINVAL.
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of copy_file_range is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return copy_file_range(in, &a, out, &b, 1 << 20, 1);
#endif
}

void t_sync(void)
{
	// No arguments, always succeeds: only the silent use.
	sync();
}

int t_syncfs(int fd)
{
#ifdef KT_GOOD
	return syncfs(fd);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of syncfs is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return syncfs(-1);
#endif
}

int t_sync_file_range(int fd)
{
#ifdef KT_GOOD
	return sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of sync_file_range has bits 0x8 outside the documented mask 0x7 [kapi-mask]
	return sync_file_range(fd, 0, 0, 8);
#endif
}

long t_readahead(int fd)
{
#ifdef KT_GOOD
	return readahead(fd, 0, 1 << 20);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of readahead is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return readahead(-1, 0, 1 << 20);
#endif
}

int t_fadvise(int fd)
{
#ifdef KT_GOOD
	return posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#else
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'advice' of posix_fadvise is 9, not one of the documented values{{.*}}[kapi-enum]
	return posix_fadvise(fd, 0, 0, 9);
#endif
}

int t_flock(int fd)
{
#ifdef KT_GOOD
	return flock(fd, LOCK_EX | LOCK_NB);
#else
	// Two lock operations at once is EINVAL.
	// CHECK: fs-io.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of flock break the constraint 'one lock operation' of sys_flock{{.*}}[kapi-arg-constraint]
	return flock(fd, LOCK_SH | LOCK_EX);
#endif
}
