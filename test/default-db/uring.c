// Default database, io_uring_setup through liburing, whose raw wrapper
// returns a negative errno and leaves errno alone: a misuse of each kind
// is found, correct use is silent.
// REQUIRES: liburing
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <liburing.h>

int t_io_uring_setup(struct io_uring_params *p)
{
#ifdef KT_GOOD
	return io_uring_setup(64, p);
#else
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'entries' of io_uring_setup is 0, outside the documented range [1, 32768]{{.*}}[kapi-range]
	return io_uring_setup(0, p);
#endif
}

int t_io_uring_setup_errors(struct io_uring_params *p)
{
	int fd = io_uring_setup(64, p);
#ifdef KT_GOOD
	if (fd < 0)
		return fd == -ENOMEM ? -1 : -2;
#else
	// CHECK: uring.c:[[@LINE+2]]:{{[0-9]+}}: warning: 'fd' holds the result of io_uring_setup, which returns a negative errno on failure, not -1{{.*}}[kapi-error-convention]
	// CHECK: uring.c:[[@LINE+2]]:{{[0-9]+}}: warning: errno is read after io_uring_setup, which returns a negative errno and leaves errno alone{{.*}}[kapi-error-convention]
	if (fd == -1)
		return errno == ENOMEM ? -1 : -2;
#endif
	return fd;
}
