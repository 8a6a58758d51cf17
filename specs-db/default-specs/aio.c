// SPDX-License-Identifier: MIT
/* Default KAPI specs for native Linux AIO (io_setup .. io_getevents) and io_uring_setup.
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_io_setup - Create an asynchronous I/O context
 * @nr_events: number of events the context must be able to hold
 * @ctxp: in: a zeroed context handle; out: the new handle
 *
 * long-desc: Allocates a kernel AIO context with a completion ring large
 *   enough for at least nr_events in-flight requests and stores its
 *   handle in *ctxp.
 *
 * contexts: process, sleepable
 *
 * param: nr_events
 *   type: uint, input
 *   constraint-type: range(1, 4194304)
 *   desc: Must be nonzero. The kernel doubles it (after raising it to
 *   four per possible CPU) and rejects results above 8 MiB of ring; the
 *   sum over all contexts is also limited by /proc/sys/fs/aio-max-nr.
 *
 * param: ctxp
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   size: sizeof(aio_context_t)
 *   desc: The aio_context_t it points to must be 0 on entry; it receives
 *   the handle on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EAGAIN, nr_events exceeds /proc/sys/fs/aio-max-nr, or the system-wide event total would exceed it
 * error: EFAULT, ctxp cannot be read or written
 * error: EINTR, a fatal signal arrived while mapping the completion ring
 * error: EINVAL, *ctxp is not 0, nr_events is 0, or nr_events is too large for a ring
 * error: ENOMEM, memory or address space for the context or its ring ran out
 * error: ENOSYS, the kernel was built without CONFIG_AIO
 *
 * since-version: 2.5
 *
 * notes: libaio's io_setup(int, io_context_t *) returns -errno instead of
 *   setting errno. EINTR is kernel-only.
 */
SYSCALL_DEFINE2(io_setup, unsigned, nr_events, aio_context_t __user *, ctxp)
{
	return 0;
}

/**
 * sys_io_destroy - Destroy an asynchronous I/O context
 * @ctx: handle returned by io_setup
 *
 * long-desc: Cancels what can be cancelled, waits for every outstanding
 *   request of the context to finish, and frees the context.
 *
 * contexts: process, sleepable
 *
 * param: ctx
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: A live handle of the calling process; 0 is never valid.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, ctx is not a live context of this process, or it is already being destroyed
 * error: ENOSYS, the kernel was built without CONFIG_AIO
 *
 * since-version: 2.5
 *
 * notes: The manual page lists EFAULT; 6.12 never reads user memory here
 *   and cannot return it.
 */
SYSCALL_DEFINE1(io_destroy, aio_context_t, ctx)
{
	return 0;
}

/**
 * sys_io_submit - Queue asynchronous I/O requests
 * @ctx_id: handle returned by io_setup
 * @nr: number of entries in iocbpp
 * @iocbpp: array of nr pointers to struct iocb
 *
 * long-desc: Submits the control blocks in order and stops at the first
 *   one that fails. Completions are later read with io_getevents().
 *
 * contexts: process, sleepable
 *
 * param: ctx_id
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: A live handle of the calling process.
 *
 * param: nr
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: Negative values are rejected; values above the context's ring
 *   size are silently clamped to it.
 *
 * param: iocbpp
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: nr pointers, each to a struct iocb with aio_reserved2 zero, a
 *   valid aio_lio_opcode (IOCB_CMD_PREAD, PWRITE, PREADV, PWRITEV, FSYNC,
 *   FDSYNC, POLL) and an open aio_fildes. The kernel writes aio_key.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of control blocks queued. If the first one fails,
 *   its error is returned; a later failure only shortens the count.
 *
 * error: EAGAIN, no free request slot in the context
 * error: EBADF, aio_fildes (or aio_resfd with IOCB_FLAG_RESFD) is not open, or the file is not open for the requested direction
 * error: EFAULT, iocbpp, an iocb, or a buffer it names cannot be accessed
 * error: EINVAL, ctx_id is not a live context, nr is negative, an iocb has aio_reserved2 set, a bad opcode, an oversized buffer, unknown aio_rw_flags, an invalid I/O priority, aio_resfd not an eventfd, or the file cannot do this operation
 * error: EOPNOTSUPP, aio_rw_flags asks for RWF_NOWAIT or another mode the file does not support
 * error: EPERM, IOCB_FLAG_IOPRIO asks for the real-time I/O class without CAP_SYS_ADMIN or CAP_SYS_NICE
 * error: ENOSYS, the kernel was built without CONFIG_AIO
 *
 * since-version: 2.5
 *
 * notes: libaio's io_submit() returns -errno. The errors of the first
 *   iocb come from the file operation and may include any error that
 *   operation can produce.
 */
SYSCALL_DEFINE3(io_submit, aio_context_t, ctx_id, long, nr,
		struct iocb __user * __user *, iocbpp)
{
	return 0;
}

/**
 * sys_io_cancel - Try to cancel a queued asynchronous I/O request
 * @ctx_id: handle returned by io_setup
 * @iocb: the control block that was submitted
 * @result: unused
 *
 * long-desc: Looks up the request submitted with this iocb and, if it
 *   supports cancellation, starts cancelling it. The completion event is
 *   always delivered through the ring and read with io_getevents().
 *
 * contexts: process, sleepable
 *
 * param: ctx_id
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: A live handle of the calling process.
 *
 * param: iocb
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: The same user address that was passed to io_submit(); the
 *   kernel reads its aio_key to recognise it.
 *
 * param: result
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: Ignored by the kernel: nothing is written here.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: -EINPROGRESS
 *   desc: 6.12 never returns 0. When the request was found and its
 *   cancel routine succeeded, the result is -EINPROGRESS; through the C
 *   library this looks like -1 with errno EINPROGRESS, through libaio
 *   like -EINPROGRESS. Either must be treated as success.
 *
 * error: EINPROGRESS, not a failure: cancellation was started and the completion will appear in the ring
 * error: EFAULT, iocb cannot be read
 * error: EINVAL, ctx_id is not a live context, iocb was never submitted to it, or the request is complete or cannot be cancelled
 * error: ENOSYS, the kernel was built without CONFIG_AIO
 *
 * since-version: 2.5
 *
 * notes: Kernel and manual page disagree. The manual page promises 0 and
 *   an io_event in result on success and EAGAIN when the request was not
 *   cancelled; 6.12 returns -EINPROGRESS on success, never touches
 *   result, and returns EINVAL (not EAGAIN) for a request it cannot find
 *   or cancel. Only requests whose driver registered a cancel routine
 *   (IOCB_CMD_POLL, USB gadget functionfs) can be cancelled; a cancel
 *   routine may itself return another error, which is passed through.
 */
SYSCALL_DEFINE3(io_cancel, aio_context_t, ctx_id, struct iocb __user *, iocb,
		struct io_event __user *, result)
{
	return 0;
}

/**
 * sys_io_getevents - Read completed asynchronous I/O events
 * @ctx_id: handle returned by io_setup
 * @min_nr: minimum number of events to wait for
 * @nr: maximum number of events to return
 * @events: array that receives up to nr events
 * @timeout: relative timeout, or NULL to wait indefinitely
 *
 * long-desc: Copies completed events from the context's ring into
 *   events, waiting until at least min_nr are available, the timeout
 *   expires, or a signal arrives.
 *
 * contexts: process, sleepable
 *
 * param: ctx_id
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: A live handle of the calling process.
 *
 * param: min_nr
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: Must not be negative and must not exceed nr.
 *
 * param: nr
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: Capacity of events in elements; must be at least min_nr.
 *
 * param: events
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Room for nr struct io_event entries.
 *
 * param: timeout
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: Relative time to wait; a zero timeout only polls.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of events copied, between 0 and nr; fewer than
 *   min_nr when the timeout expired or a signal arrived after some
 *   events were read.
 *
 * error: EFAULT, events or timeout is not accessible
 * error: EINTR, a signal arrived before any event was read
 * error: EINVAL, ctx_id is not a live context, min_nr is negative, or min_nr > nr
 * error: ENOSYS, the kernel was built without CONFIG_AIO
 *
 * since-version: 2.5
 *
 * notes: 6.12 does not validate the timeout's tv_nsec: an out-of-range
 *   value is converted as is rather than rejected with EINVAL as the
 *   manual page suggests. This definition is the 64-bit one; 32-bit
 *   architectures use io_getevents_time32 / io_pgetevents.
 */
SYSCALL_DEFINE5(io_getevents, aio_context_t, ctx_id,
		long, min_nr,
		long, nr,
		struct io_event __user *, events,
		struct __kernel_timespec __user *, timeout)
{
	return 0;
}

/**
 * sys_io_uring_setup - Create an io_uring instance
 * @entries: requested submission queue size
 * @params: setup parameters in, ring geometry out
 *
 * long-desc: Creates submission and completion rings of at least
 *   entries slots (rounded up to a power of two), fills in params with
 *   their offsets and features, and returns a descriptor that refers to
 *   the instance.
 *
 * contexts: process, sleepable
 *
 * param: entries
 *   type: uint, input
 *   constraint-type: range(1, 32768)
 *   desc: Must be nonzero. Values above 32768 (IORING_MAX_ENTRIES, not
 *   UAPI) are rejected unless params->flags has IORING_SETUP_CLAMP,
 *   which clamps them instead.
 *
 * param: params
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   size: sizeof(struct io_uring_params)
 *   desc: flags must be within IORING_SETUP_IOPOLL | IORING_SETUP_SQPOLL
 *   | IORING_SETUP_SQ_AFF | IORING_SETUP_CQSIZE | IORING_SETUP_CLAMP |
 *   IORING_SETUP_ATTACH_WQ | IORING_SETUP_R_DISABLED |
 *   IORING_SETUP_SUBMIT_ALL | IORING_SETUP_COOP_TASKRUN |
 *   IORING_SETUP_TASKRUN_FLAG | IORING_SETUP_SQE128 | IORING_SETUP_CQE32 |
 *   IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN |
 *   IORING_SETUP_NO_MMAP | IORING_SETUP_REGISTERED_FD_ONLY |
 *   IORING_SETUP_NO_SQARRAY, and resv must be all zero.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: A new descriptor for the ring (close-on-exec), or with
 *   IORING_SETUP_REGISTERED_FD_ONLY the index of a registered ring
 *   descriptor.
 *
 * error: EFAULT, params cannot be read or written, or NO_MMAP user memory is not accessible
 * error: EINVAL, entries is 0 or too large without IORING_SETUP_CLAMP, unknown flags, nonzero resv, a bad cq_entries with IORING_SETUP_CQSIZE, or an invalid flag combination (e.g. REGISTERED_FD_ONLY without NO_MMAP, DEFER_TASKRUN without SINGLE_ISSUER, SQPOLL with a *TASKRUN flag, SQ_AFF with an invalid CPU)
 * error: EPERM, io_uring is disabled by /proc/sys/kernel/io_uring_disabled (or restricted to io_uring_group the caller is not in, without CAP_SYS_ADMIN), or IORING_SETUP_ATTACH_WQ names a ring of another process
 * error: ENXIO, IORING_SETUP_ATTACH_WQ with a wq_fd that is not open or whose SQ thread is gone
 * error: ENOMEM, memory for the rings or context ran out
 * error: EOVERFLOW, the ring sizes overflow
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: EBUSY, IORING_SETUP_REGISTERED_FD_ONLY and the task's registered ring table is full
 * error: EAGAIN, the SQPOLL kernel thread could not be created
 * error: ENOSYS, the kernel was built without CONFIG_IO_URING
 *
 * since-version: 5.1
 *
 * notes: The IORING_SETUP_* flags live in params->flags, so they are in
 *   the desc rather than a mask constraint. The upper bound of entries
 *   assumes IORING_SETUP_CLAMP is not set. liburing's io_uring_queue_init*
 *   return -errno.
 */
SYSCALL_DEFINE2(io_uring_setup, u32, entries,
		struct io_uring_params __user *, params)
{
	return 0;
}

/**
 * sys_io_pgetevents - Read completed asynchronous I/O events with a temporary signal mask
 * @ctx_id: handle returned by io_setup
 * @min_nr: minimum number of events to wait for
 * @nr: maximum number of events to return
 * @events: array that receives up to nr events
 * @timeout: relative timeout, or NULL to wait indefinitely
 * @usig: NULL, or a struct __aio_sigset naming the mask to install while waiting
 *
 * long-desc: io_getevents() with a signal mask: the mask usig names
 *   replaces the caller's for the duration of the wait, as in ppoll(),
 *   so that a signal can be unblocked atomically with the wait.
 *
 * contexts: process, sleepable
 *
 * param: ctx_id
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: A live handle of the calling process.
 *
 * param: min_nr
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: Must not be negative and must not exceed nr.
 *
 * param: nr
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: Capacity of events in elements; must be at least min_nr.
 *
 * param: events
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Room for nr struct io_event entries.
 *
 * param: timeout
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: Relative time to wait; a zero timeout only polls. Read before
 *   anything else.
 *
 * param: usig
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __aio_sigset)
 *   desc: A struct __aio_sigset of two fields: sigmask, a pointer to the
 *   mask (NULL keeps the caller's mask), and sigsetsize, which must be
 *   the kernel's sigset size (8 bytes on x86_64) when sigmask is set.
 *   NULL behaves like io_getevents().
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of events copied, between 0 and nr.
 *
 * error: EFAULT, events, timeout, usig or the mask it names is not accessible
 * error: EINTR, a signal arrived before any event was read
 * error: EINVAL, ctx_id is not a live context, min_nr is negative, min_nr > nr, or usig names a mask with a wrong sigsetsize
 * error: ENOSYS, the kernel was built without CONFIG_AIO
 *
 * constraint: no more wanted than room
 *   desc: min_nr must not exceed nr (EINVAL)
 *   expr: min_nr <= nr
 *
 * since-version: 4.18
 *
 * notes: When a signal is pending on return and no event was read, the
 *   call fails with EINTR even if the wait itself ended otherwise. This
 *   definition is the 64-bit one; 32-bit architectures also have
 *   io_pgetevents_time32. libaio's io_pgetevents(ctx, min_nr, nr,
 *   events, timeout, sigmask) builds the struct __aio_sigset itself
 *   (sigsetsize 8), returns -errno, and returns 0 without entering the
 *   kernel when the ring is empty and the timeout is zero.
 */
SYSCALL_DEFINE6(io_pgetevents,
		aio_context_t, ctx_id,
		long, min_nr,
		long, nr,
		struct io_event __user *, events,
		struct __kernel_timespec __user *, timeout,
		const struct __aio_sigset __user *, usig)
{
	return 0;
}
