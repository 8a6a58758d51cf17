// kapi-error-convention: an error test the wrapper's convention makes
// useless: `== -1` on a neg-errno wrapper, `< 0` on an errno-value one;
// also through a local tested next, and errno read after a neg-errno call.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-error-convention' --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <errno.h>
#include <libaio.h>
#include <ring.h>
#include <stdio.h>
#include <unistd.h>

int fire(io_context_t *ctx)
{
	if (io_setup(8, ctx) == -1)
		return 1;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: io_setup returns a negative errno on failure, not -1; test '< 0' [kapi-error-convention]
	// CHECK-NEXT: {{^}}	if (io_setup(8, ctx) == -1)
	// CHECK-NEXT: {{^}}	    ^
	// CHECK-NEXT: Inputs/specs.c:{{[0-9]+}}: note: io_setup is bound with the neg-errno convention
	if (-1 != io_setup(8, ctx))
		return 2;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: io_setup returns a negative errno
	if (ring_create_errno(8, 0) < 0)
		return 3;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: ring_create_errno returns the (positive) errno number on failure and never sets errno; test '!= 0' [kapi-error-convention]
	if (close(3) == EINTR)
		return 4;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: close returns -1 on failure with the reason in errno; compare errno with EINTR, not the result [kapi-error-convention]
	return 0;
}

int fire_errno_var(void)
{
	int r = close(4);

	if (r != EBADF)
		return 1;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: 'r' holds the result of close, which is -1 on failure with the reason in errno; compare errno with EBADF [kapi-error-convention]
	return 0;
}

/* A libc result tested against -1, or errno against an errno name, and a
 * comparison with a number that only happens to equal one, are right. */
int silent_libc(void)
{
	if (close(5) == -1 && errno == EINTR)
		return 1;
	if (read(0, 0, 0) == 11)
		return 2;
	return 0;
}

int silent(io_context_t *ctx, int fd)
{
	if (io_setup(8, ctx) < 0)
		return 1;
	if (ring_create_errno(8, 0) != 0)
		return 2;
	if (close(fd) == -1)          /* libc: -1 and errno is right */
		return 3;
	return 0;
}

int fire_var(io_context_t *ctx)
{
	int r = io_setup(8, ctx);

	if (r == -1)
		return 1;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: 'r' holds the result of io_setup, which returns a negative errno on failure, not -1; test '< 0' [kapi-error-convention]
	r = ring_create_errno(8, 0);
	if (r < 0)
		return 2;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: 'r' holds the result of ring_create_errno, which returns the (positive) errno number
	return 0;
}

int fire_errno(io_context_t *ctx)
{
	int r = io_setup(8, ctx);

	if (r < 0 && errno == EAGAIN)
		return 1;
	// CHECK: error-convention.c:[[@LINE-2]]:15: warning: errno is read after io_setup, which returns a negative errno and leaves errno alone; use the result [kapi-error-convention]
	if (io_setup(8, ctx) < 0) {
		int e = errno;

		return e;
	}
	// CHECK: error-convention.c:[[@LINE-4]]:11: warning: errno is read after io_setup
	return 0;
}

int silent_var(io_context_t *ctx, int fd)
{
	int r = io_setup(8, ctx), s;

	if (r < 0) {
		errno = -r;             /* the right idiom: a write */
		perror("io_setup");     /* reads errno, but inside libc */
		return 1;
	}
	r = io_setup(8, ctx);
	r = 0;
	if (r == -1)                /* reassigned in between */
		return 2;
	s = close(fd);
	if (s == -1 && errno == EINTR) /* libc sets errno */
		return 3;
	r = io_setup(8, ctx);
	close(fd);
	if (errno == EBADF)         /* close may have set it */
		return 4;
	return 0;
}
