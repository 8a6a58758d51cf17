// SPDX-License-Identifier: MIT
/* Default KAPI specs for io_uring_enter (io_uring/io_uring.c) and
 * io_uring_register (io_uring/register.c); io_uring_setup is in aio.c.
 * Facts come from the Linux 6.12 source; the words are ours. */

/**
 * sys_io_uring_enter - Submit queued requests and wait for completions
 * @fd: ring descriptor, or with IORING_ENTER_REGISTERED_RING its registered index
 * @to_submit: number of submission queue entries to consume
 * @min_complete: number of completions to wait for with IORING_ENTER_GETEVENTS
 * @flags: IORING_ENTER_* flags
 * @argp: signal mask, or struct io_uring_getevents_arg with IORING_ENTER_EXT_ARG
 * @argsz: size of what argp points to
 *
 * long-desc: Consumes up to to_submit entries from the submission ring
 *   and starts them, then, with IORING_ENTER_GETEVENTS, waits until at
 *   least min_complete completions are in the completion ring, a timeout
 *   expires or a signal arrives. On a ring with an SQ polling thread no
 *   entries are consumed here: IORING_ENTER_SQ_WAKEUP wakes the thread
 *   and IORING_ENTER_SQ_WAIT waits for room in the submission ring.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A descriptor returned by io_uring_setup(), or with
 *   IORING_ENTER_REGISTERED_RING an index below 16 into the calling
 *   task's registered rings (IORING_REGISTER_RING_FDS).
 *
 * param: to_submit
 *   type: uint, input
 *   constraint-type: none
 *   desc: Any value: it is clamped to the entries queued in the ring.
 *   With an SQ polling thread it is not used except as the return value.
 *
 * param: min_complete
 *   type: uint, input
 *   constraint-type: none
 *   desc: Any value: it is clamped to the completion ring size. Only read
 *   with IORING_ENTER_GETEVENTS.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(IORING_ENTER_GETEVENTS | IORING_ENTER_SQ_WAKEUP | IORING_ENTER_SQ_WAIT | IORING_ENTER_EXT_ARG | IORING_ENTER_REGISTERED_RING | IORING_ENTER_ABS_TIMER)
 *   desc: IORING_ENTER_GETEVENTS waits for completions; SQ_WAKEUP and
 *   SQ_WAIT act on an SQ polling thread and are ignored without one;
 *   EXT_ARG makes argp a struct io_uring_getevents_arg; REGISTERED_RING
 *   makes fd a registered index; ABS_TIMER makes the EXT_ARG timeout an
 *   absolute time on the ring's clock (IORING_REGISTER_CLOCK).
 *
 * param: argp
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Only read with IORING_ENTER_GETEVENTS. Without EXT_ARG, NULL or
 *   a signal mask to install while waiting; with EXT_ARG, a struct
 *   io_uring_getevents_arg holding a signal mask pointer and size, a
 *   timeout pointer and a minimum wait time.
 *
 * param: argsz
 *   type: uint, input
 *   constraint-type: none
 *   desc: With EXT_ARG the size of struct io_uring_getevents_arg (24);
 *   otherwise the size of the signal mask, which must be the kernel's
 *   (8 bytes on x86_64) when one is given and the call has to wait.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of submission entries consumed (to_submit on a ring
 *   with an SQ polling thread). A failure to wait is reported only when
 *   nothing was submitted; errors of single requests arrive in their
 *   completion entries.
 *
 * error: EAGAIN, no request could be allocated for the first entry
 * error: EBADF, fd is not open, or the registered ring slot is empty
 * error: EBADFD, the ring was created with IORING_SETUP_R_DISABLED and is not enabled yet
 * error: EBADR, completions were dropped for lack of memory; reported once
 * error: EBUSY, not returned by 6.12: older kernels reported completions that had overflowed and could not be flushed; listed so that portable code testing for it is not reported
 * error: EEXIST, a IORING_SETUP_SINGLE_ISSUER or DEFER_TASKRUN ring entered by a task that is not its submitter
 * error: EFAULT, argp, the extended argument, its timeout or signal mask is not accessible
 * error: EINTR, a signal arrived while waiting
 * error: EINVAL, unknown flags, a registered index of 16 or more or no registered rings, a wrong argsz, or a bad signal mask size
 * error: ENOMEM, the task's io_uring context could not be allocated
 * error: EOPNOTSUPP, fd is not an io_uring descriptor
 * error: EOWNERDEAD, the ring's SQ polling thread is gone
 * error: ETIME, the timeout expired before min_complete completions
 * error: ENOSYS, the kernel was built without CONFIG_IO_URING
 *
 * constraint: extended argument size
 *   desc: waiting with IORING_ENTER_EXT_ARG needs argsz equal to
 *   sizeof(struct io_uring_getevents_arg), 24
 *   expr: (flags & (IORING_ENTER_EXT_ARG | IORING_ENTER_GETEVENTS)) != (IORING_ENTER_EXT_ARG | IORING_ENTER_GETEVENTS) || argsz == 24
 *
 * constraint: extended argument given
 *   desc: waiting with IORING_ENTER_EXT_ARG reads the extended argument
 *   through argp; a null one fails with EFAULT
 *   expr: (flags & (IORING_ENTER_EXT_ARG | IORING_ENTER_GETEVENTS)) != (IORING_ENTER_EXT_ARG | IORING_ENTER_GETEVENTS) || argp != NULL
 *
 * constraint: registered ring index
 *   desc: with IORING_ENTER_REGISTERED_RING, fd indexes a table of 16
 *   registered rings
 *   expr: (flags & IORING_ENTER_REGISTERED_RING) == 0 || fd < 16
 *
 * since-version: 5.1
 *
 * notes: IORING_ENTER_EXT_ARG exists since 5.11, REGISTERED_RING since
 *   5.18 and ABS_TIMER since 6.12; older headers may lack them. The
 *   argsz checks happen only where the call gets to wait: when the
 *   submission stopped short, or on an SQ polling ring that was asked to
 *   submit, the call returns the count and the bad argument goes
 *   unnoticed. 16 is IO_RINGFD_REG_MAX, and 24 the size of struct
 *   io_uring_getevents_arg on every architecture. The manual page's EBUSY
 *   for an overflowing completion ring is gone in 6.12 (the wait returns
 *   0 instead); the error list keeps it for code written for older
 *   kernels. liburing's io_uring_enter() passes _NSIG / 8 as argsz,
 *   io_uring_enter2() the caller's; both return -errno.
 */
SYSCALL_DEFINE6(io_uring_enter, unsigned int, fd, u32, to_submit,
		u32, min_complete, u32, flags, const void __user *, argp,
		size_t, argsz)
{
	return 0;
}

/**
 * sys_io_uring_register - Register resources with an io_uring instance or change it
 * @fd: ring descriptor, or with IORING_REGISTER_USE_REGISTERED_RING its registered index
 * @opcode: IORING_REGISTER_* or IORING_UNREGISTER_* operation, optionally OR-ed with IORING_REGISTER_USE_REGISTERED_RING
 * @arg: operation-specific user pointer (a descriptor number for IORING_UNREGISTER_PERSONALITY is in nr_args)
 * @nr_args: operation-specific count or value
 *
 * long-desc: Registers or unregisters fixed buffers, fixed files,
 *   eventfds, personalities, ring descriptors and provided buffer rings,
 *   applies restrictions, enables a disabled ring, tunes the async worker
 *   pool, NAPI busy polling and the clock, cancels requests
 *   synchronously, and probes the supported operations.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A descriptor returned by io_uring_setup(), or with
 *   IORING_REGISTER_USE_REGISTERED_RING an index below 16 into the
 *   calling task's registered rings.
 *
 * param: opcode
 *   type: uint, input
 *   constraint-type: none
 *   desc: One of the 31 operations IORING_REGISTER_BUFFERS (0) to
 *   IORING_REGISTER_CLONE_BUFFERS (30), with bit 31
 *   (IORING_REGISTER_USE_REGISTERED_RING) optionally set; that bit makes
 *   the set no plain enum, so it is a constraint below. That bit makes
 *   fd an index into the task's registered rings.
 *
 * param: arg
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: What the operation reads or writes: an array of struct iovec,
 *   descriptors, struct io_uring_rsrc_register or _update, an eventfd
 *   number, struct io_uring_probe, restrictions, a CPU mask, two worker
 *   limits, struct io_uring_buf_reg, struct io_uring_sync_cancel_reg,
 *   struct io_uring_file_index_range, struct io_uring_buf_status, struct
 *   io_uring_napi, struct io_uring_clock_register or struct
 *   io_uring_clone_buffers. Operations that take nothing require NULL.
 *
 * param: nr_args
 *   type: uint, input
 *   constraint-type: none
 *   desc: The element count of arg's array, 1 for a single struct, 2 for
 *   IORING_REGISTER_IOWQ_MAX_WORKERS, the CPU mask size in bytes for
 *   IORING_REGISTER_IOWQ_AFF, the personality id for
 *   IORING_UNREGISTER_PERSONALITY, and 0 for operations without an
 *   argument.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 for most operations; the new personality id for
 *   IORING_REGISTER_PERSONALITY; the number of ring descriptors handled
 *   for IORING_REGISTER_RING_FDS and IORING_UNREGISTER_RING_FDS; the
 *   number of slots updated for the update operations.
 *
 * error: EACCES, the ring's restrictions do not allow opcode
 * error: EBADF, fd is not open or the registered slot is empty, or a descriptor in arg is not open
 * error: EBADFD, IORING_REGISTER_ENABLE_RINGS or IORING_REGISTER_RESTRICTIONS on a ring that is not, or no longer, disabled (IORING_SETUP_R_DISABLED)
 * error: EBUSY, files, buffers, an eventfd or restrictions are already registered
 * error: EEXIST, a IORING_SETUP_SINGLE_ISSUER ring used by a task that is not its submitter, or the provided buffer group already exists
 * error: EFAULT, arg or memory it names is not accessible
 * error: EINVAL, opcode unknown, arg or nr_args wrong for opcode, reserved fields set, an index out of range, or a registered index of 16 or more
 * error: EMFILE, more files than RLIMIT_NOFILE allows
 * error: ENOENT, no provided buffer ring of that group, or no request matched IORING_REGISTER_SYNC_CANCEL
 * error: ENOMEM, memory for the tables or pinned pages ran out
 * error: ENXIO, unregistering something that is not registered, or files and buffers are not registered for an update
 * error: EOPNOTSUPP, fd, or a descriptor arg gives as a ring (IORING_REGISTER_RING_FDS, IORING_REGISTER_CLONE_BUFFERS), is not an io_uring descriptor
 * error: EOVERFLOW, a size or count overflows
 * error: ETIME, IORING_REGISTER_SYNC_CANCEL timed out
 * error: EINTR, IORING_REGISTER_SYNC_CANCEL was interrupted by a signal
 * error: ENOSYS, the kernel was built without CONFIG_IO_URING
 *
 * constraint: known operation
 *   desc: apart from IORING_REGISTER_USE_REGISTERED_RING, opcode must be
 *   one of the operations 0 to IORING_REGISTER_CLONE_BUFFERS (30)
 *   expr: (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) <= IORING_REGISTER_CLONE_BUFFERS
 *
 * constraint: registered ring index
 *   desc: with IORING_REGISTER_USE_REGISTERED_RING, fd indexes a table
 *   of 16 registered rings
 *   expr: (opcode & IORING_REGISTER_USE_REGISTERED_RING) == 0 || fd < 16
 *
 * constraint: operations without an argument
 *   desc: IORING_UNREGISTER_BUFFERS, IORING_UNREGISTER_FILES,
 *   IORING_UNREGISTER_EVENTFD, IORING_REGISTER_PERSONALITY,
 *   IORING_REGISTER_ENABLE_RINGS and IORING_UNREGISTER_IOWQ_AFF take
 *   nothing, so arg must be NULL and nr_args 0 (EINVAL)
 *   expr: ((opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_UNREGISTER_BUFFERS && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_UNREGISTER_FILES && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_UNREGISTER_EVENTFD && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_PERSONALITY && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_ENABLE_RINGS && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_UNREGISTER_IOWQ_AFF) || (arg == NULL && nr_args == 0)
 *
 * constraint: table registration needs an array
 *   desc: IORING_REGISTER_BUFFERS and IORING_REGISTER_FILES read their
 *   array through arg; a null one fails with EFAULT
 *   expr: ((opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_BUFFERS && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_FILES) || arg != NULL
 *
 * constraint: one eventfd or NAPI setting
 *   desc: IORING_REGISTER_EVENTFD, IORING_REGISTER_EVENTFD_ASYNC and
 *   IORING_UNREGISTER_NAPI need nr_args 1 (EINVAL)
 *   expr: ((opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_EVENTFD && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_EVENTFD_ASYNC && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_UNREGISTER_NAPI) || nr_args == 1
 *
 * constraint: one structure
 *   desc: IORING_REGISTER_PBUF_RING, IORING_UNREGISTER_PBUF_RING,
 *   IORING_REGISTER_SYNC_CANCEL, IORING_REGISTER_PBUF_STATUS,
 *   IORING_REGISTER_NAPI and IORING_REGISTER_CLONE_BUFFERS read one
 *   structure, so arg must not be NULL and nr_args must be 1 (EINVAL)
 *   expr: ((opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_PBUF_RING && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_UNREGISTER_PBUF_RING && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_SYNC_CANCEL && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_PBUF_STATUS && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_NAPI && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_CLONE_BUFFERS) || (arg != NULL && nr_args == 1)
 *
 * constraint: one structure and a zero count
 *   desc: IORING_REGISTER_FILE_ALLOC_RANGE and IORING_REGISTER_CLOCK read
 *   one structure, so arg must not be NULL and nr_args must be 0 (EINVAL)
 *   expr: ((opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_FILE_ALLOC_RANGE && (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_CLOCK) || (arg != NULL && nr_args == 0)
 *
 * constraint: probe size
 *   desc: IORING_REGISTER_PROBE needs a struct io_uring_probe and at most
 *   256 operation slots (EINVAL)
 *   expr: (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_PROBE || (arg != NULL && nr_args <= 256)
 *
 * constraint: personality id in nr_args
 *   desc: IORING_UNREGISTER_PERSONALITY takes the id in nr_args; arg must
 *   be NULL (EINVAL)
 *   expr: (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_UNREGISTER_PERSONALITY || arg == NULL
 *
 * constraint: CPU mask
 *   desc: IORING_REGISTER_IOWQ_AFF needs a CPU mask in arg and its size in
 *   nr_args (EINVAL)
 *   expr: (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_IOWQ_AFF || (arg != NULL && nr_args != 0)
 *
 * constraint: two worker limits
 *   desc: IORING_REGISTER_IOWQ_MAX_WORKERS reads and writes two counts
 *   through arg: nr_args must be 2 (EINVAL)
 *   expr: (opcode & ~IORING_REGISTER_USE_REGISTERED_RING) != IORING_REGISTER_IOWQ_MAX_WORKERS || (arg != NULL && nr_args == 2)
 *
 * since-version: 5.1
 *
 * notes: The operations after IORING_REGISTER_FILE_ALLOC_RANGE (25) are
 *   6.8 to 6.12 additions, and IORING_REGISTER_USE_REGISTERED_RING dates
 *   from 6.3; older headers may lack them. liburing's io_uring_register()
 *   is the raw syscall and returns -errno.
 */
SYSCALL_DEFINE4(io_uring_register, unsigned int, fd, unsigned int, opcode,
		void __user *, arg, unsigned int, nr_args)
{
	return 0;
}
