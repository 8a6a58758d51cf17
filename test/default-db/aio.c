// Default database, aio.c specs through libaio (negative errno, errno
// untouched): each syscall once misused (a finding with its rule) and once
// used correctly (silent).  io_uring_setup has no glibc or libaio wrapper:
// it is reached here through syscall(), and through liburing in uring.c.
// REQUIRES: libaio
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <libaio.h>
#include <linux/io_uring.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

int t_io_setup(io_context_t *ctx)
{
#ifdef KT_GOOD
	return io_setup(128, ctx);
#else
	// A context for no events is EINVAL.
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nr_events' of io_setup is 0, outside the documented range [1, 4194304]{{.*}}[kapi-range]
	return io_setup(0, ctx);
#endif
}

int t_io_destroy(io_context_t ctx)
{
#ifdef KT_GOOD
	if (io_destroy(ctx) < 0)
		return -1;
#else
	// libaio returns -EINVAL, never -1.
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: io_destroy returns a negative errno on failure, not -1{{.*}}[kapi-error-convention]
	if (io_destroy(ctx) == -1)
		return -1;
#endif
	return 0;
}

int t_io_submit(io_context_t ctx, struct iocb **cbs)
{
#ifdef KT_GOOD
	return io_submit(ctx, 2, cbs);
#else
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nr' of io_submit is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return io_submit(ctx, -1, cbs);
#endif
}

int t_io_cancel(io_context_t ctx, struct iocb *cb, struct io_event *ev)
{
#ifdef KT_GOOD
	return io_cancel(ctx, cb, ev);
#else
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'iocb' of io_cancel, which is not optional [kapi-null]
	return io_cancel(ctx, NULL, ev);
#endif
}

int t_io_getevents(io_context_t ctx, struct io_event *evs)
{
#ifdef KT_GOOD
	return io_getevents(ctx, 1, 16, evs, NULL);
#else
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'min_nr' of io_getevents is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return io_getevents(ctx, -1, 16, evs, NULL);
#endif
}

long t_io_uring_setup(struct io_uring_params *p)
{
#ifdef KT_GOOD
	return syscall(SYS_io_uring_setup, 64, p);
#else
	// A ring of no entries is EINVAL.
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'entries' of syscall(SYS_io_uring_setup) is 0, outside the documented range [1, 32768]{{.*}}[kapi-range]
	return syscall(SYS_io_uring_setup, 0, p);
#endif
}

int t_io_pgetevents(io_context_t ctx, struct io_event *evs, sigset_t *mask)
{
#ifdef KT_GOOD
	return io_pgetevents(ctx, 1, 16, evs, NULL, mask);
#else
	// Waiting for more events than there is room for is EINVAL.
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_pgetevents break the constraint 'no more wanted than room' of sys_io_pgetevents: {{.*}}[kapi-arg-constraint]
	if (io_pgetevents(ctx, 32, 16, evs, NULL, mask) < 0)
		return -1;
	// CHECK: aio.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'min_nr' of io_pgetevents is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return io_pgetevents(ctx, -1, 16, evs, NULL, mask);
#endif
}
