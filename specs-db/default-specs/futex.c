// SPDX-License-Identifier: MIT
/* Default KAPI specs for fast userspace mutexes: the robust-list calls
 * (set_robust_list, get_robust_list), the multiplexed futex() and the
 * futex2 calls (futex_waitv, futex_wake, futex_wait, futex_requeue).  Facts come from the Linux 6.12 source
 * (kernel/futex/syscalls.c, futex.h, waitwake.c, requeue.c, pi.c) and the
 * manual pages; the words are ours. */

/**
 * sys_set_robust_list - Register the caller's list of held robust futexes
 * @head: the head of the thread's robust list, or NULL
 * @len: the size of the head
 *
 * long-desc: Records where the calling thread keeps its list of held
 *   robust futexes. When the thread exits, the kernel walks that list,
 *   marks each futex it still holds with FUTEX_OWNER_DIED and wakes a
 *   waiter.
 *
 * contexts: process
 *
 * param: head
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: The address is only stored, not read now; NULL turns the
 *   clean-up off.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(sizeof(struct robust_list_head), sizeof(struct robust_list_head))
 *   desc: Exactly sizeof(struct robust_list_head) (24 on 64-bit
 *   targets); any other value is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0; the list is registered.
 *
 * error: EINVAL, len is not the size of struct robust_list_head
 *
 * since-version: 2.6.17
 *
 * notes: No glibc wrapper; callers use syscall(). glibc registers a list
 *   for every thread it creates, and a program that replaces it breaks
 *   the robust mutexes of glibc.
 */
SYSCALL_DEFINE2(set_robust_list, struct robust_list_head __user *, head,
		size_t, len)
{
	return 0;
}

/**
 * sys_get_robust_list - Read the robust-list head a thread registered
 * @pid: the thread, 0 for the caller
 * @head_ptr: where to store the head's address
 * @len_ptr: where to store the head's size
 *
 * long-desc: Stores the robust-list head address the thread registered
 *   with set_robust_list and the size of the head.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A thread id in the caller's pid namespace, or 0 for the
 *   caller; an id that names no thread is ESRCH.
 *
 * param: head_ptr
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Receives the head address; NULL is EFAULT.
 *
 * param: len_ptr
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Receives sizeof(struct robust_list_head); NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: ESRCH, pid names no thread
 * error: EPERM, the caller may not trace the thread (ptrace read access)
 * error: EFAULT, head_ptr or len_ptr cannot be written
 *
 * since-version: 2.6.17
 *
 * notes: No glibc wrapper; callers use syscall().
 */
SYSCALL_DEFINE3(get_robust_list, int, pid,
		struct robust_list_head __user * __user *, head_ptr,
		size_t __user *, len_ptr)
{
	return 0;
}

/**
 * sys_futex - Wait on, wake or requeue waiters of a 32-bit futex word
 * @uaddr: the futex word
 * @op: a FUTEX_* command, optionally ORed with FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME
 * @val: a count or the expected value of the word, by command
 * @utime: a timeout, or for the requeue and wake-op commands a second count
 * @uaddr2: the second futex word of the requeue and wake-op commands
 * @val3: a comparison value, bit set or encoded operation, by command
 *
 * long-desc: One entry point for all classic futex operations. The low
 *   bits of op (op & FUTEX_CMD_MASK) select a command: wait while the word
 *   holds val, wake up to val waiters, requeue waiters onto a second word,
 *   wake after an atomic operation on the second word, the bit-set
 *   variants of wait and wake, and the priority-inheritance lock, unlock
 *   and requeue commands. FUTEX_PRIVATE_FLAG declares that the word is not
 *   shared with other processes; FUTEX_CLOCK_REALTIME measures an absolute
 *   timeout on CLOCK_REALTIME instead of CLOCK_MONOTONIC.
 *
 * contexts: process, sleepable
 *
 * param: uaddr
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   desc: A 32-bit word aligned to 4 bytes (misaligned is EINVAL); an
 *   address that is not mapped is EFAULT for the commands that read it.
 *
 * param: op
 *   type: int, input
 *   constraint-type: none
 *   desc: The command (FUTEX_WAIT, FUTEX_WAKE, FUTEX_REQUEUE,
 *   FUTEX_CMP_REQUEUE, FUTEX_WAKE_OP, FUTEX_LOCK_PI, FUTEX_UNLOCK_PI,
 *   FUTEX_TRYLOCK_PI, FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET,
 *   FUTEX_WAIT_REQUEUE_PI, FUTEX_CMP_REQUEUE_PI or FUTEX_LOCK_PI2) with
 *   FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME optionally ORed in. Any
 *   other bit becomes part of the command and gives ENOSYS, as does the
 *   retired FUTEX_FD (2).
 *
 * param: val
 *   type: uint, input
 *   constraint-type: none
 *   desc: For the wait commands the value the word must still hold; for
 *   the wake and requeue commands the number of waiters to wake.
 *
 * param: utime
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: For FUTEX_WAIT, FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI,
 *   FUTEX_LOCK_PI and FUTEX_LOCK_PI2 a struct timespec timeout or NULL for
 *   none (relative for FUTEX_WAIT, absolute otherwise; an invalid timespec
 *   is EINVAL). For FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE_PI
 *   and FUTEX_WAKE_OP the pointer value itself is a second count. Ignored
 *   by the other commands.
 *
 * param: uaddr2
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: The target word of the requeue commands and FUTEX_WAKE_OP;
 *   ignored by the others.
 *
 * param: val3
 *   type: uint, input
 *   constraint-type: none
 *   desc: The expected value of uaddr for the CMP_REQUEUE commands, the
 *   bit set of the BITSET commands (0 is EINVAL), the encoded operation of
 *   FUTEX_WAKE_OP; ignored by the others.
 *
 * constraint: known command
 *   desc: op without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME is one of
 *   the commands the switch of do_futex() handles; anything else,
 *   FUTEX_FD included, is ENOSYS
 *   expr: (op & FUTEX_CMD_MASK) == FUTEX_WAIT || (op & FUTEX_CMD_MASK) == FUTEX_WAKE || (op & FUTEX_CMD_MASK) == FUTEX_REQUEUE || (op & FUTEX_CMD_MASK) == FUTEX_CMP_REQUEUE || (op & FUTEX_CMD_MASK) == FUTEX_WAKE_OP || (op & FUTEX_CMD_MASK) == FUTEX_LOCK_PI || (op & FUTEX_CMD_MASK) == FUTEX_UNLOCK_PI || (op & FUTEX_CMD_MASK) == FUTEX_TRYLOCK_PI || (op & FUTEX_CMD_MASK) == FUTEX_WAIT_BITSET || (op & FUTEX_CMD_MASK) == FUTEX_WAKE_BITSET || (op & FUTEX_CMD_MASK) == FUTEX_WAIT_REQUEUE_PI || (op & FUTEX_CMD_MASK) == FUTEX_CMP_REQUEUE_PI || (op & FUTEX_CMD_MASK) == FUTEX_LOCK_PI2
 *
 * constraint: realtime clock only for absolute waits
 *   desc: FUTEX_CLOCK_REALTIME is accepted with FUTEX_WAIT_BITSET,
 *   FUTEX_WAIT_REQUEUE_PI and FUTEX_LOCK_PI2 only; with any other command
 *   (FUTEX_WAIT included) do_futex() fails with ENOSYS
 *   expr: (op & FUTEX_CLOCK_REALTIME) == 0 || (op & FUTEX_CMD_MASK) == FUTEX_WAIT_BITSET || (op & FUTEX_CMD_MASK) == FUTEX_WAIT_REQUEUE_PI || (op & FUTEX_CMD_MASK) == FUTEX_LOCK_PI2
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 for the wait and lock commands; the number of waiters woken
 *   (or woken and requeued, for the CMP_REQUEUE commands) for the others.
 *
 * error: EAGAIN, a wait found the word no longer equal to val, a CMP_REQUEUE found uaddr no longer equal to val3, or a PI lock owner is exiting
 * error: ETIMEDOUT, the timeout expired before the wait or lock ended
 * error: EINTR, a signal handler interrupted a wait
 * error: EINVAL, uaddr or uaddr2 misaligned, an invalid timespec, a bit set of 0, a negative count for the requeue commands, the same word for both addresses of a PI requeue, or an inconsistent PI state
 * error: EFAULT, a futex word or the timeout could not be accessed
 * error: ENOSYS, an unknown command, FUTEX_FD, or FUTEX_CLOCK_REALTIME with a command that does not take it
 * error: EPERM, FUTEX_UNLOCK_PI on a lock the caller does not own, or a PI word whose owner thread id cannot be attached
 * error: ESRCH, the thread id in a PI word names no thread
 * error: EDEADLK, the caller already holds the PI lock, or a lock chain would deadlock
 * error: ENOMEM, no memory for the PI state
 *
 * since-version: 2.6.0
 *
 * notes: The manual page says FUTEX_CLOCK_REALTIME works with FUTEX_WAIT
 *   since Linux 4.5; do_futex() in 6.12 returns ENOSYS for that pair, so
 *   an absolute realtime wait must use FUTEX_WAIT_BITSET with
 *   FUTEX_BITSET_MATCH_ANY. glibc has no wrapper: callers use syscall().
 *   A wait without a timeout that a handler installed with SA_RESTART
 *   interrupts is restarted instead of failing with EINTR; with a timeout
 *   any handler makes it fail with EINTR.
 */
SYSCALL_DEFINE6(futex, u32 __user *, uaddr, int, op, u32, val,
		const struct __kernel_timespec __user *, utime,
		u32 __user *, uaddr2, u32, val3)
{
	return 0;
}

/**
 * sys_futex_waitv - Wait on several futexes at once
 * @waiters: array of struct futex_waitv, one per futex
 * @nr_futexes: number of entries in waiters
 * @flags: reserved, 0
 * @timeout: absolute timeout, or NULL to wait without one
 * @clockid: clock of the timeout, CLOCK_MONOTONIC or CLOCK_REALTIME
 *
 * long-desc: Sleeps until one of the listed futex words is woken, the
 *   timeout passes or a signal arrives. Returns at once with EAGAIN when
 *   one of the words no longer holds its expected value. Each entry has
 *   its own FUTEX2_* flags (size and private).
 *
 * contexts: process, sleepable
 *
 * param: waiters
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: nr_futexes entries of struct futex_waitv; NULL is EINVAL. In
 *   each entry flags may hold only FUTEX2_SIZE_U32 (required: other sizes
 *   are EINVAL) and FUTEX2_PRIVATE, __reserved must be 0 and val must fit
 *   in 32 bits.
 *
 * param: nr_futexes
 *   type: uint, input
 *   constraint-type: range(1, FUTEX_WAITV_MAX)
 *   desc: 1 to FUTEX_WAITV_MAX (128); 0 or more is EINVAL.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * param: timeout
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: An absolute struct __kernel_timespec on clockid; NULL waits
 *   without a limit.
 *
 * param: clockid
 *   type: int, input
 *   constraint-type: none
 *   desc: CLOCK_MONOTONIC or CLOCK_REALTIME when timeout is given (any
 *   other clock is EINVAL); ignored without a timeout.
 *
 * constraint: clock of the timeout
 *   desc: with a timeout, clockid must be CLOCK_MONOTONIC or CLOCK_REALTIME
 *   expr: timeout == NULL || clockid == CLOCK_MONOTONIC || clockid == CLOCK_REALTIME
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The index in waiters of a futex that was woken; others may have
 *   been woken as well.
 *
 * error: EINVAL, flags not 0, nr_futexes 0 or above FUTEX_WAITV_MAX, waiters NULL, an unknown clock, an invalid timespec, or an entry with bad flags, a reserved field set or a value too large
 * error: EFAULT, waiters or timeout could not be read, or a futex word could not be accessed
 * error: EAGAIN, a futex word did not hold its expected value
 * error: ETIMEDOUT, the timeout passed
 * error: EINTR, a signal handler interrupted the wait
 * error: ENOMEM, no memory for the wait vector
 *
 * since-version: 5.16
 *
 * notes: No glibc wrapper; callers use syscall(). Unlike futex(), the
 *   timeout is always absolute.
 */
SYSCALL_DEFINE5(futex_waitv, struct futex_waitv __user *, waiters,
		unsigned int, nr_futexes, unsigned int, flags,
		struct __kernel_timespec __user *, timeout, clockid_t, clockid)
{
	return 0;
}

/**
 * sys_futex_wake - Wake waiters of a futex whose bit sets match
 * @uaddr: the futex word
 * @mask: bit set the waiters must share at least one bit with
 * @nr: the most waiters to wake
 * @flags: FUTEX2_* size and private flags
 *
 * long-desc: The futex2 form of FUTEX_WAKE_BITSET: wakes up to nr
 *   waiters of uaddr whose bit set intersects mask.
 *
 * contexts: process, sleepable
 *
 * param: uaddr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: The futex word, aligned to its size (misaligned is EINVAL).
 *
 * param: mask
 *   type: uint, input
 *   constraint-type: range(1, UINT_MAX)
 *   desc: A nonzero bit set that fits in 32 bits (FUTEX_BITSET_MATCH_ANY
 *   for all waiters); 0 or a wider value is EINVAL.
 *
 * param: nr
 *   type: int, input
 *   constraint-type: none
 *   desc: How many waiters to wake at most; 0 wakes none and returns 0.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(FUTEX2_SIZE_MASK | FUTEX2_PRIVATE)
 *   desc: FUTEX2_SIZE_U32, optionally with FUTEX2_PRIVATE. Bits outside
 *   FUTEX2_SIZE_MASK | FUTEX2_PRIVATE (FUTEX2_NUMA included) are EINVAL,
 *   and so is any size other than 32 bits, which is all 6.12 implements.
 *
 * constraint: 32-bit futex
 *   desc: the size field must be FUTEX2_SIZE_U32
 *   expr: (flags & FUTEX2_SIZE_MASK) == FUTEX2_SIZE_U32
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of waiters woken.
 *
 * error: EINVAL, unknown flags, a size other than 32 bits, a mask of 0 or wider than 32 bits, or a misaligned uaddr
 * error: EFAULT, uaddr is not a valid address for a shared futex
 *
 * since-version: 6.7
 *
 * notes: No glibc wrapper; callers use syscall().
 */
SYSCALL_DEFINE4(futex_wake,
		void __user *, uaddr,
		unsigned long, mask,
		int, nr,
		unsigned int, flags)
{
	return 0;
}

/**
 * sys_futex_wait - Wait on a futex with a bit set
 * @uaddr: the futex word
 * @val: the value the word must hold for the caller to sleep
 * @mask: the caller's bit set
 * @flags: FUTEX2_* size and private flags
 * @timeout: absolute timeout, or NULL to wait without one
 * @clockid: clock of the timeout, CLOCK_MONOTONIC or CLOCK_REALTIME
 *
 * long-desc: The futex2 form of FUTEX_WAIT_BITSET: sleeps while uaddr
 *   holds val until a wake whose bit set intersects mask, the timeout or
 *   a signal.
 *
 * contexts: process, sleepable
 *
 * param: uaddr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: The futex word, aligned to its size (misaligned is EINVAL).
 *
 * param: val
 *   type: uint, input
 *   constraint-type: range(0, UINT_MAX)
 *   desc: The expected value; it must fit in 32 bits (EINVAL).
 *
 * param: mask
 *   type: uint, input
 *   constraint-type: range(1, UINT_MAX)
 *   desc: A nonzero bit set that fits in 32 bits; 0 or a wider value is
 *   EINVAL.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(FUTEX2_SIZE_MASK | FUTEX2_PRIVATE)
 *   desc: FUTEX2_SIZE_U32, optionally with FUTEX2_PRIVATE; other bits and
 *   other sizes are EINVAL.
 *
 * param: timeout
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: An absolute struct __kernel_timespec on clockid; NULL waits
 *   without a limit.
 *
 * param: clockid
 *   type: int, input
 *   constraint-type: none
 *   desc: CLOCK_MONOTONIC or CLOCK_REALTIME when timeout is given (others
 *   are EINVAL); ignored without a timeout.
 *
 * constraint: 32-bit futex
 *   desc: the size field must be FUTEX2_SIZE_U32
 *   expr: (flags & FUTEX2_SIZE_MASK) == FUTEX2_SIZE_U32
 *
 * constraint: clock of the timeout
 *   desc: with a timeout, clockid must be CLOCK_MONOTONIC or CLOCK_REALTIME
 *   expr: timeout == NULL || clockid == CLOCK_MONOTONIC || clockid == CLOCK_REALTIME
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once woken.
 *
 * error: EINVAL, unknown flags, a size other than 32 bits, val or mask too wide, a mask of 0, a misaligned uaddr, an unknown clock or an invalid timespec
 * error: EFAULT, uaddr or timeout could not be read
 * error: EAGAIN, the word did not hold val
 * error: ETIMEDOUT, the timeout passed
 * error: EINTR, a signal handler interrupted the wait
 *
 * since-version: 6.7
 *
 * notes: No glibc wrapper; callers use syscall().
 */
SYSCALL_DEFINE6(futex_wait,
		void __user *, uaddr,
		unsigned long, val,
		unsigned long, mask,
		unsigned int, flags,
		struct __kernel_timespec __user *, timeout,
		clockid_t, clockid)
{
	return 0;
}

/**
 * sys_futex_requeue - Wake waiters of one futex and move others to another
 * @waiters: two struct futex_waitv: the source futex and the target
 * @flags: reserved, 0
 * @nr_wake: the most waiters to wake
 * @nr_requeue: the most waiters to move to the target
 *
 * long-desc: The futex2 form of FUTEX_CMP_REQUEUE: if the source word
 *   still holds waiters[0].val, wakes up to nr_wake of its waiters and
 *   moves up to nr_requeue of the rest onto the target futex.
 *
 * contexts: process, sleepable
 *
 * param: waiters
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: Exactly two entries; NULL is EINVAL. Both need the same flags
 *   (FUTEX2_SIZE_U32, optionally FUTEX2_PRIVATE) and __reserved 0.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * param: nr_wake
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Negative is EINVAL.
 *
 * param: nr_requeue
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Negative is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of waiters woken plus those requeued.
 *
 * error: EINVAL, flags not 0, waiters NULL, entries with bad or differing flags, a negative count, or a misaligned address
 * error: EFAULT, waiters or a futex word could not be read
 * error: EAGAIN, the source word did not hold waiters[0].val
 *
 * since-version: 6.7
 *
 * notes: No glibc wrapper; callers use syscall().
 */
SYSCALL_DEFINE4(futex_requeue,
		struct futex_waitv __user *, waiters,
		unsigned int, flags,
		int, nr_wake,
		int, nr_requeue)
{
	return 0;
}
