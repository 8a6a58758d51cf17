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

// io_uring_enter: flags outside the 6.12 mask, and the rules of waiting
// with IORING_ENTER_EXT_ARG and of registered ring indexes.
int t_io_uring_enter(int fd, struct io_uring_getevents_arg *arg)
{
#ifdef KT_GOOD
	if (io_uring_enter(fd, 1, 1, IORING_ENTER_GETEVENTS, NULL) < 0)
		return -1;
	if (io_uring_enter(3, 1, 0, IORING_ENTER_REGISTERED_RING, NULL) < 0)
		return -1;
	return io_uring_enter2(fd, 0, 1,
			       IORING_ENTER_GETEVENTS | IORING_ENTER_EXT_ARG,
			       (sigset_t *)arg, sizeof(*arg));
#else
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of io_uring_enter has bits 0x40 outside the documented mask 0x3f{{.*}}[kapi-mask]
	if (io_uring_enter(fd, 1, 1, IORING_ENTER_GETEVENTS | 0x40, NULL) < 0)
		return -1;
	// Registered rings are indexes below 16.
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_uring_enter break the constraint 'registered ring index' of sys_io_uring_enter: {{.*}}[kapi-arg-constraint]
	if (io_uring_enter(16, 1, 0, IORING_ENTER_REGISTERED_RING, NULL) < 0)
		return -1;
	// The size of a sigset_t is not the size of the extended argument.
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_uring_enter2 break the constraint 'extended argument size' of sys_io_uring_enter: {{.*}}[kapi-arg-constraint]
	return io_uring_enter2(fd, 0, 1,
			       IORING_ENTER_GETEVENTS | IORING_ENTER_EXT_ARG,
			       (sigset_t *)arg, sizeof(sigset_t));
#endif
}

// Without IORING_ENTER_GETEVENTS the extended argument is not read; EBUSY
// (older kernels) may be tested for.
int t_io_uring_enter_silent(int fd)
{
	int ret = io_uring_enter2(fd, 4, 0, IORING_ENTER_EXT_ARG, NULL, 0);

	if (ret == -ETIME || ret == -EINTR || ret == -EBUSY)
		return 0;
	return ret;
}

// io_uring_register: the operation number, with or without bit 31
// (IORING_REGISTER_USE_REGISTERED_RING, spelled as a number: liburing 2.3
// predates it), and what each operation needs of arg and nr_args.
int t_io_uring_register(int fd, int efd, const struct iovec *iov)
{
#ifdef KT_GOOD
	if (io_uring_register(fd, IORING_REGISTER_BUFFERS, iov, 4) < 0 ||
	    io_uring_register(fd, IORING_REGISTER_EVENTFD, &efd, 1) < 0 ||
	    io_uring_register(fd, IORING_UNREGISTER_BUFFERS | 0x80000000u, NULL,
			      0) < 0)
		return -1;
	return io_uring_register(fd, IORING_REGISTER_ENABLE_RINGS, NULL, 0);
#else
	(void)iov;
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_uring_register break the constraint 'known operation' of sys_io_uring_register: {{.*}}[kapi-arg-constraint]
	if (io_uring_register(fd, 31 | 0x80000000u, NULL, 0) < 0)
		return -1;
	// With bit 31, fd is an index below 16.
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_uring_register break the constraint 'registered ring index' of sys_io_uring_register: {{.*}}[kapi-arg-constraint]
	if (io_uring_register(16, IORING_UNREGISTER_BUFFERS | 0x80000000u, NULL, 0) < 0)
		return -1;
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_uring_register break the constraint 'table registration needs an array' of sys_io_uring_register: {{.*}}[kapi-arg-constraint]
	if (io_uring_register(fd, IORING_REGISTER_BUFFERS, NULL, 4) < 0)
		return -1;
	// One eventfd, not an array of them.
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_uring_register break the constraint 'one eventfd or NAPI setting' of sys_io_uring_register: {{.*}}[kapi-arg-constraint]
	if (io_uring_register(fd, IORING_REGISTER_EVENTFD, &efd, 2) < 0)
		return -1;
	// CHECK: uring.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of io_uring_register break the constraint 'operations without an argument' of sys_io_uring_register: {{.*}}[kapi-arg-constraint]
	return io_uring_register(fd, IORING_REGISTER_ENABLE_RINGS, NULL, 1);
#endif
}
