// SPDX-License-Identifier: MIT
/*
 * Kernel-side specs for the kapi-check tests.  Values are literal numbers
 * (x86-64 values) because `kapi-db import` of a C file does not resolve
 * symbolic ones; sys_madvise keeps one symbolic value on purpose so that
 * the rules can be seen skipping what is unresolved.
 */

/**
 * sys_open - Open a file
 * @filename: path to open
 * @flags: O_* flags
 * @mode: permissions for a new file
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(0x80000 | 0x800 | 0x40 | 0x200 | 0x400 | 0x3)
 *   arch-mask: x86 = 0x8000
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: range(0, 07777)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *
 * error: EACCES, search or open permission denied
 * error: ENOENT, the file does not exist
 * error: EINVAL, bad flags
 */
SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, umode_t, mode)
{
	return do_sys_open(AT_FDCWD, filename, flags, mode);
}

/**
 * sys_read - Read from a file descriptor
 * @fd: descriptor
 * @buf: where the data goes
 * @count: bytes to read at most
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, 2147483647)
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(2)
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, 0x7ffff000)
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *
 * error: EBADF, fd is not open for reading
 * error: EFAULT, buf is outside the accessible address space
 * error: EINTR, interrupted by a signal
 */
SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	return ksys_read(fd, buf, count);
}

/**
 * sys_close - Close a file descriptor
 * @fd: descriptor
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, 2147483647)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, fd is not open
 * error: EINTR, interrupted by a signal
 * error: EIO, an I/O error occurred
 */
SYSCALL_DEFINE1(close, unsigned int, fd)
{
	return file_close_fd(fd);
}

/**
 * sys_getpid - Get the process ID
 *
 * contexts: process
 * api-type: syscall
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 */
SYSCALL_DEFINE0(getpid)
{
	return task_tgid_vnr(current);
}

/**
 * sys_madvise - Give advice about use of memory
 * @start: start of the range
 * @len_in: length of the range
 * @behavior: advice
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: page_aligned
 *
 * param: len_in
 *   type: uint, input
 *   constraint-type: range(0, 0x7fffffffffffffff)
 *
 * param: behavior
 *   type: int, input
 *   constraint-type: enum(0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, bad advice or unaligned start
 * error: ENOMEM, the range is not mapped
 */
SYSCALL_DEFINE3(madvise, unsigned long, start, size_t, len_in, int, behavior)
{
	return do_madvise(current->mm, start, len_in, behavior);
}

/**
 * sys_io_setup - Create an asynchronous I/O context
 * @nr_events: number of events the context must hold
 * @ctxp: where the context handle is stored
 *
 * contexts: process, sleepable
 *
 * param: nr_events
 *   type: uint, input
 *   constraint-type: range(1, 0x7fffffff)
 *
 * param: ctxp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, nr_events is 0 or too large, or *ctxp is not 0
 * error: EAGAIN, the system-wide limit of events was reached
 */
SYSCALL_DEFINE2(io_setup, unsigned, nr_events, aio_context_t __user *, ctxp)
{
	return do_io_setup(nr_events, ctxp);
}

/**
 * sys_rseq - Register restartable sequences
 * @rseq: the thread's rseq area
 * @rseq_len: its length
 * @flags: 0 or RSEQ_FLAG_UNREGISTER
 * @sig: signature checked before aborting
 *
 * contexts: process
 *
 * param: rseq
 *   type: user_ptr, input, optional
 *   constraint-type: alignment(32)
 *
 * param: rseq_len
 *   type: uint, input
 *   constraint-type: nonzero
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(0x1)
 *   arch-mask: arm64 = 0x100
 *
 * param: sig
 *   type: uint, input
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, rseq is misaligned or rseq_len is wrong
 */
SYSCALL_DEFINE4(rseq, struct rseq __user *, rseq, u32, rseq_len, int, flags, u32, sig)
{
	return do_rseq(rseq, rseq_len, flags, sig);
}

/**
 * sys_ring_create - Create a ring (a test-only API bound through a user
 *   bindings file)
 * @entries: ring slots
 * @fadvice: access pattern hint
 *
 * contexts: process
 *
 * param: entries
 *   type: uint, input
 *   constraint-type: power_of_two
 *
 * param: fadvice
 *   type: int, input
 *   constraint-type: enum(0, 1, 2)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *
 * error: EINVAL, entries is not a power of two
 */
SYSCALL_DEFINE2(ring_create, unsigned int, entries, int, fadvice)
{
	return do_ring_create(entries, fadvice);
}
