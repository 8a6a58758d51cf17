// kapi-impossible-errno: a failure test against a code the spec says the
// call never returns, under each convention: errno right after a libc call
// (same or next statement), -EFOO for neg-errno, EFOO for errno-value.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/resolved.json
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-impossible-errno' --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// specs.c leaves the error codes unresolved: the rule stays silent.
// RUN: rm -f %t.c.db && %kapi-db import --db %t.c.db %S/Inputs/specs.c
// RUN: %kapi-check --db %t.c.db --checks='-*,kapi-impossible-errno' --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include | count 0
#include <errno.h>
#include <libaio.h>
#include <ring.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int fire(int fd, io_context_t *ctx, io_context_t c, struct iocb *cb,
	 struct io_event *ev)
{
	int r;

	if (close(fd) == -1 && errno == EXDEV)
		return 1;
	// CHECK: impossible-errno.c:[[@LINE-2]]:25: warning: errno is compared with EXDEV (18), which close never sets according to its spec; it fails with EBADF, EINTR, EIO [kapi-impossible-errno]
	// CHECK-NEXT: {{^}}	if (close(fd) == -1 && errno == EXDEV)
	// CHECK-NEXT: {{^}}	                       ^
	// CHECK-NEXT: resolved.json:0: note: sys_close documents 3 errors
	r = close(fd);
	if (r < 0 && EPERM != errno)
		return 2;
	// CHECK: impossible-errno.c:[[@LINE-2]]:15: warning: errno is compared with EPERM (1), which close never sets
	if (syscall(SYS_close, fd) < 0) {
		if (errno == EACCES)
			return 3;
	}
	// CHECK: impossible-errno.c:[[@LINE-3]]:7: warning: errno is compared with EACCES (13), which syscall(SYS_close) never sets
	r = io_setup(8, ctx);
	if (r == -EBADF)
		return 4;
	// CHECK: impossible-errno.c:[[@LINE-2]]:6: warning: r is compared with -EBADF (-9), which io_setup never returns according to its spec; it fails with -EINVAL, -EAGAIN [kapi-impossible-errno]
	if (io_setup(8, ctx) == -EXDEV)
		return 5;
	// CHECK: impossible-errno.c:[[@LINE-2]]:6: warning: the result is compared with -EXDEV (-18), which io_setup never returns
	if (io_cancel(c, cb, ev) == -EBADF)
		return 6;
	// CHECK: impossible-errno.c:[[@LINE-2]]:6: warning: the result is compared with -EBADF (-9), which io_cancel never returns according to its spec; it fails with -EFAULT, -EINVAL, -EAGAIN, -EINPROGRESS (its success value)
	if (close(fd) < 0) {
		switch (errno) {
		case EINTR:
			return 8;
		case EXDEV:
			return 9;
		}
	}
	// CHECK: impossible-errno.c:[[@LINE-4]]:8: warning: errno is compared with EXDEV (18), which close never sets
	if (ring_create_errno(8, 0) == EPERM)
		return 7;
	// CHECK: impossible-errno.c:[[@LINE-2]]:6: warning: the result is compared with EPERM (1), which ring_create_errno never returns according to its spec; it fails with EINVAL, EMFILE
	return 0;
}

int silent(int fd, io_context_t *ctx, io_context_t c, struct iocb *cb,
	   struct io_event *ev)
{
	int r;

	if (close(fd) == -1 && (errno == EINTR || errno == EIO))
		return 1;
	r = io_cancel(c, cb, ev);
	if (r == -EINPROGRESS)          /* io_cancel's success */
		return 2;
	if (io_setup(8, ctx) == -EAGAIN)
		return 3;
	if (io_setup(8, ctx) == -1)     /* kapi-error-convention's business */
		return 4;
	if (io_setup(8, ctx) == -EPERM) /* -1 all the same: not judged */
		return 4;
	if (close(fd) == -1) {
		perror("close");        /* another call may set errno ... */
		if (errno == EXDEV)     /* ... so this is not close's errno */
			return 5;
	}
	close(fd);
	puts("closed");
	if (errno == EXDEV)             /* not right after close */
		return 6;
	r = close(fd);
	r = 0;
	if (r == -EXDEV)                /* libc: the result is not the code */
		return 7;
	errno = EXDEV;                  /* a write, not a test */
	if (ring_create_errno(8, 0) == EMFILE)
		return 8;
	if (fd > 0)
		(void)close(fd);
	if (errno == 12345)             /* not an errno value we know */
		return 9;
	if (syscall(SYS_close, fd) < 0 && errno == ENOSYS)
		return 10;              /* a feature probe, never dead code */
	if (io_setup(8, ctx) == -ENOSYS)
		return 11;
#define ENOTSUPP 524 /* kernel-internal; selftests define it so */
	if (close(fd) < 0 && errno == ENOTSUPP) /* older kernels leak it */
		return 11;
	if (close(fd) < 0) {
		switch (errno) {
		case EBADF:
		case EINTR:
			return 12;
		default:
			return 13;
		}
	}
	return 0;
}
