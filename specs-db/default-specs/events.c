// SPDX-License-Identifier: MIT
/* Default KAPI specs for event descriptors (epoll_*, eventfd2, timerfd_*, signalfd4) and getrandom.
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_epoll_create1 - Create an epoll instance
 * @flags: 0 or EPOLL_CLOEXEC
 *
 * long-desc: Creates a new epoll instance and returns a descriptor that
 *   refers to it. Descriptors are then registered with epoll_ctl() and
 *   waited on with epoll_wait().
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(EPOLL_CLOEXEC)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new epoll descriptor.
 *
 * error: EINVAL, flags has a bit other than EPOLL_CLOEXEC
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENOMEM, memory for the instance ran out
 * error: ENODEV, the anonymous inode could not be obtained
 *
 * side-effect: resource_create | alloc_memory
 *   target: an epoll instance and a file descriptor
 *
 * since-version: 2.6.27
 *
 * notes: The manual page's EMFILE for max_user_instances is historical;
 *   6.12 has no such per-user limit for epoll instances. ENODEV comes from
 *   anon_inode_getfile() and is kernel-only.
 */
SYSCALL_DEFINE1(epoll_create1, int, flags)
{
	return 0;
}

/**
 * sys_epoll_ctl - Add, change or remove a descriptor in an epoll set
 * @epfd: the epoll instance
 * @op: EPOLL_CTL_ADD, EPOLL_CTL_MOD or EPOLL_CTL_DEL
 * @fd: the descriptor to watch
 * @event: events of interest and user data; ignored for EPOLL_CTL_DEL
 *
 * long-desc: Registers fd with the epoll instance, changes the event
 *   mask and data of an existing registration, or removes it.
 *
 * contexts: process, sleepable
 *
 * param: epfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to an epoll instance.
 *
 * param: op
 *   type: int, input
 *   constraint-type: enum(EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD)
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must support poll and must not be epfd itself.
 *
 * param: event
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct epoll_event)
 *   desc: Read only for EPOLL_CTL_ADD and EPOLL_CTL_MOD; NULL is allowed
 *   with EPOLL_CTL_DEL. Its events field combines EPOLLIN, EPOLLPRI,
 *   EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLRDNORM, EPOLLRDBAND, EPOLLWRNORM,
 *   EPOLLWRBAND, EPOLLMSG, EPOLLRDHUP with EPOLLEXCLUSIVE, EPOLLWAKEUP,
 *   EPOLLONESHOT and EPOLLET. EPOLLEXCLUSIVE is allowed only with
 *   EPOLL_CTL_ADD and a few other bits; EPOLLWAKEUP is silently dropped
 *   without CAP_BLOCK_SUSPEND.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, epfd or fd is not an open descriptor
 * error: EEXIST, EPOLL_CTL_ADD and fd is already registered
 * error: EFAULT, event cannot be read for EPOLL_CTL_ADD or EPOLL_CTL_MOD
 * error: EINVAL, epfd is not an epoll instance, fd equals epfd, op is unknown, or EPOLLEXCLUSIVE is misused (with EPOLL_CTL_MOD, on an epoll fd, with bits it does not allow, or MOD of an exclusive registration), or the new link would create too many wakeup paths
 * error: ELOOP, adding an epoll instance would create a cycle or nest deeper than 4 levels
 * error: ENOENT, EPOLL_CTL_MOD or EPOLL_CTL_DEL and fd is not registered
 * error: ENOMEM, memory for the registration ran out
 * error: ENOSPC, /proc/sys/fs/epoll/max_user_watches would be exceeded
 * error: EPERM, fd does not support poll (e.g. a regular file or a directory)
 *
 * since-version: 2.6
 */
SYSCALL_DEFINE4(epoll_ctl, int, epfd, int, op, int, fd,
		struct epoll_event __user *, event)
{
	return 0;
}

/**
 * sys_epoll_wait - Wait for events on an epoll instance
 * @epfd: the epoll instance
 * @events: array that receives ready events
 * @maxevents: capacity of events in elements
 * @timeout: milliseconds to wait; negative waits forever, 0 polls
 *
 * long-desc: Waits until at least one registered descriptor is ready,
 *   the timeout expires, or a signal arrives, then copies up to
 *   maxevents ready events into events.
 *
 * contexts: process, sleepable
 *
 * param: epfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to an epoll instance.
 *
 * param: events
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Room for maxevents struct epoll_event entries; the whole area
 *   must be writable.
 *
 * param: maxevents
 *   type: int, input
 *   constraint-type: range(1, INT_MAX / sizeof(struct epoll_event))
 *   desc: Must be positive.
 *
 * param: timeout
 *   type: int, input
 *   constraint-type: none
 *   desc: Milliseconds. Any negative value (conventionally -1) means no
 *   timeout; 0 returns at once.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of events stored, 0 when the timeout expired.
 *
 * error: EBADF, epfd is not an open descriptor
 * error: EFAULT, the events array is not writable
 * error: EINTR, a signal arrived before any event was ready or the timeout expired
 * error: EINVAL, epfd is not an epoll instance, or maxevents is not in range
 *
 * since-version: 2.6
 *
 * notes: Not every architecture has epoll_wait; arm64, riscv, loongarch
 *   and other newer ports only provide epoll_pwait and epoll_pwait2, and
 *   the C library maps epoll_wait() onto them.
 */
SYSCALL_DEFINE4(epoll_wait, int, epfd, struct epoll_event __user *, events,
		int, maxevents, int, timeout)
{
	return 0;
}

/**
 * sys_eventfd2 - Create an event notification descriptor
 * @count: initial counter value
 * @flags: EFD_* flags
 *
 * long-desc: Creates a descriptor holding a 64-bit counter. write() adds
 *   to it, read() returns and resets it (or decrements it by one with
 *   EFD_SEMAPHORE) and blocks while it is zero.
 *
 * contexts: process, sleepable
 *
 * param: count
 *   type: uint, input
 *   constraint-type: none
 *   desc: Any value; it becomes the counter's starting value.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new eventfd descriptor.
 *
 * error: EINVAL, flags has a bit outside EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENODEV, the anonymous inode could not be obtained
 * error: ENOMEM, memory for the counter ran out
 *
 * side-effect: resource_create | alloc_memory
 *   target: an eventfd object and a file descriptor
 *
 * since-version: 2.6.27
 *
 * notes: EFD_SEMAPHORE exists since 2.6.30. EFD_CLOEXEC and EFD_NONBLOCK
 *   equal O_CLOEXEC and O_NONBLOCK, so their values differ between
 *   architectures (alpha, mips, parisc, sparc).
 */
SYSCALL_DEFINE2(eventfd2, unsigned int, count, int, flags)
{
	return 0;
}

/**
 * sys_timerfd_create - Create a timer that notifies through a descriptor
 * @clockid: clock that drives the timer
 * @flags: TFD_CLOEXEC, TFD_NONBLOCK or 0
 *
 * long-desc: Creates a disarmed timer on the chosen clock and returns a
 *   descriptor; read() on it returns the number of expirations. The
 *   timer is armed with timerfd_settime().
 *
 * contexts: process, sleepable
 *
 * param: clockid
 *   type: int, input
 *   constraint-type: enum(CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_REALTIME_ALARM, CLOCK_BOOTTIME_ALARM)
 *   desc: The alarm clocks need CAP_WAKE_ALARM.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(TFD_CLOEXEC | TFD_NONBLOCK)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new timerfd descriptor.
 *
 * error: EINVAL, clockid is not one of the five supported clocks, or flags has other bits
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENODEV, the anonymous inode could not be obtained
 * error: ENOMEM, memory for the timer ran out
 * error: EPERM, an alarm clock without CAP_WAKE_ALARM
 *
 * capability: CAP_WAKE_ALARM
 *   type: grant_permission
 *   allows: Use CLOCK_REALTIME_ALARM and CLOCK_BOOTTIME_ALARM
 *   without: EPERM for the alarm clocks
 *
 * since-version: 2.6.25
 *
 * notes: Flags are accepted since 2.6.27. CLOCK_TAI, CLOCK_PROCESS_CPUTIME_ID
 *   and the other clocks are rejected with EINVAL.
 */
SYSCALL_DEFINE2(timerfd_create, int, clockid, int, flags)
{
	return 0;
}

/**
 * sys_timerfd_settime - Arm or disarm a timerfd timer
 * @ufd: the timerfd
 * @flags: TFD_TIMER_ABSTIME, TFD_TIMER_CANCEL_ON_SET or 0
 * @utmr: new initial expiration and interval
 * @otmr: receives the previous setting, or NULL
 *
 * long-desc: Arms the timer with the new expiration and interval, or
 *   disarms it when the expiration is zero, optionally returning the
 *   previous setting.
 *
 * contexts: process, sleepable
 *
 * param: ufd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be a timerfd.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)
 *   desc: TFD_TIMER_CANCEL_ON_SET has effect only with TFD_TIMER_ABSTIME
 *   on a CLOCK_REALTIME or CLOCK_REALTIME_ALARM timer.
 *
 * param: utmr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_itimerspec)
 *   desc: Both timespecs need tv_nsec in [0, 999999999] and a
 *   non-negative tv_sec.
 *
 * param: otmr
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_itimerspec)
 *   desc: Written only on success when not NULL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, ufd is not an open descriptor
 * error: ECANCELED, a CLOCK_REALTIME(_ALARM) timer armed with TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET saw a clock jump that was not yet read; the new setting is armed anyway
 * error: EFAULT, utmr cannot be read or otmr cannot be written
 * error: EINVAL, ufd is not a timerfd, flags has unknown bits, or a timespec in utmr is out of range
 * error: EPERM, the timer uses an alarm clock and the caller lacks CAP_WAKE_ALARM
 *
 * since-version: 2.6.25
 *
 * notes: ECANCELED is a partial success: the new expiration is already
 *   programmed, but otmr is not written and the cancel-on-set state is
 *   not updated. The definition is the 64-bit-time one; 32-bit
 *   architectures also have timerfd_settime32. EPERM for an alarm-clock
 *   timerfd without CAP_WAKE_ALARM is kernel-only (the manual page lists
 *   EPERM only for timerfd_create). TFD_TIMER_CANCEL_ON_SET without
 *   TFD_TIMER_ABSTIME, or on a non-realtime clock, is accepted and has no
 *   effect.
 */
SYSCALL_DEFINE4(timerfd_settime, int, ufd, int, flags,
		const struct __kernel_itimerspec __user *, utmr,
		struct __kernel_itimerspec __user *, otmr)
{
	return 0;
}

/**
 * sys_signalfd4 - Create or update a descriptor that receives signals
 * @ufd: -1 to create a new signalfd, or an existing one to update
 * @user_mask: signals to accept through the descriptor
 * @sizemask: size of the kernel signal set in bytes
 * @flags: SFD_CLOEXEC, SFD_NONBLOCK or 0
 *
 * long-desc: Creates a descriptor from which pending signals in the mask
 *   can be read as struct signalfd_siginfo, or replaces the mask of an
 *   existing signalfd. The signals should be blocked with sigprocmask()
 *   so that they are not delivered the usual way.
 *
 * contexts: process, sleepable
 *
 * param: ufd
 *   type: fd, input
 *   constraint-type: range(-1, INT_MAX)
 *   desc: -1 creates a new descriptor; otherwise it must be a signalfd.
 *
 * param: user_mask
 *   type: user_ptr, input
 *   constraint-type: buffer(2)
 *   desc: The kernel-sized signal set. SIGKILL and SIGSTOP are silently
 *   ignored.
 *
 * param: sizemask
 *   type: uint, input
 *   constraint-type: range(_NSIG / 8, _NSIG / 8)
 *   desc: Must equal the kernel's sigset_t size: 8 bytes everywhere
 *   except mips (16). The C library's sigset_t is larger (128 bytes in
 *   glibc), so passing sizeof(sigset_t) from userspace fails with EINVAL.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(SFD_CLOEXEC | SFD_NONBLOCK)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor, or ufd itself when updating.
 *
 * error: EBADF, ufd is neither -1 nor an open descriptor
 * error: EFAULT, user_mask cannot be read
 * error: EINVAL, sizemask is wrong, flags has other bits, or ufd is not a signalfd
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENODEV, the anonymous inode could not be obtained
 * error: ENOMEM, memory for the signalfd ran out
 *
 * since-version: 2.6.27
 *
 * notes: _NSIG / 8 is 8 with both the kernel's _NSIG (64) and glibc's
 *   (65); on mips it is 16. Any negative ufd other than -1 is looked up
 *   as a descriptor and gives EBADF. The manual page omits EFAULT.
 */
SYSCALL_DEFINE4(signalfd4, int, ufd, sigset_t __user *, user_mask,
		size_t, sizemask, int, flags)
{
	return 0;
}

/**
 * sys_getrandom - Fill a buffer with random bytes
 * @ubuf: destination buffer
 * @len: number of bytes wanted
 * @flags: GRND_* flags
 *
 * long-desc: Copies up to len bytes from the kernel's cryptographic
 *   random number generator into ubuf, waiting first until the generator
 *   is initialised unless GRND_NONBLOCK or GRND_INSECURE says otherwise.
 *
 * contexts: process, sleepable
 *
 * param: ubuf
 *   type: user_ptr, output
 *   constraint-type: buffer(1)
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Requests above MAX_RW_COUNT (INT_MAX rounded down to a page)
 *   are shortened to it.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)
 *   desc: GRND_INSECURE and GRND_RANDOM may not be combined.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes written, which can be less than len when
 *   a signal is pending after a whole page of a large request was copied.
 *
 * error: EAGAIN, GRND_NONBLOCK and the generator is not yet initialised
 * error: EFAULT, ubuf is not writable
 * error: EINTR, a signal arrived while waiting for the generator to be initialised
 * error: EINVAL, flags has unknown bits, or both GRND_INSECURE and GRND_RANDOM
 *
 * since-version: 3.17
 *
 * notes: Since 5.6 GRND_RANDOM draws from the same generator as the
 *   default and is never limited to 512 bytes; the manual page's
 *   description of a separate blocking pool is out of date. GRND_INSECURE
 *   exists since 5.6. The manual page's ENOSYS comes from the C library
 *   wrapper, not from the kernel.
 */
SYSCALL_DEFINE3(getrandom, char __user *, ubuf, size_t, len, unsigned int, flags)
{
	return 0;
}

/* ---- net family helper: poll, ppoll, select, pselect6 (fs/select.c),
 * epoll_create, epoll_pwait, epoll_pwait2, eventfd, inotify_init,
 * inotify_rm_watch, signalfd, pipe -------------------------------------- */

/**
 * sys_poll - Wait for events on a set of descriptors
 * @ufds: array of struct pollfd
 * @nfds: number of entries in ufds
 * @timeout_msecs: milliseconds to wait; negative waits forever, 0 polls
 *
 * long-desc: Waits until one of the descriptors in ufds has one of its
 *   requested events, the timeout expires, or a signal arrives, and
 *   stores the events found in each entry's revents.
 *
 * contexts: process, sleepable
 *
 * param: ufds
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: nfds struct pollfd entries, read and written back. Entries
 *   with a negative fd are skipped (revents 0); an fd that is not open
 *   reports POLLNVAL instead of failing. NULL only with nfds 0.
 *
 * param: nfds
 *   type: uint, input
 *   constraint-type: none
 *   desc: Must not exceed the caller's RLIMIT_NOFILE soft limit
 *   (EINVAL), a value only known at run time.
 *
 * param: timeout_msecs
 *   type: int, input
 *   constraint-type: none
 *   desc: Milliseconds. Any negative value means no timeout; 0 returns
 *   at once.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of entries with a nonzero revents, 0 when the
 *   timeout expired.
 *
 * constraint: an array for a nonzero count
 *   desc: ufds may be NULL only when nfds is 0 (EFAULT otherwise)
 *   expr: nfds == 0 || ufds != NULL
 *
 * error: EFAULT, ufds cannot be read or written for nfds entries
 * error: EINTR, a signal arrived before any event or the timeout
 * error: EINVAL, nfds exceeds the RLIMIT_NOFILE soft limit
 * error: ENOMEM, memory for the kernel copy of ufds ran out
 *
 * since-version: 2.1.23
 *
 * notes: poll with nfds 0 and a timeout is a plain sleep. After a signal
 *   with SA_RESTART the call restarts with the time that was left. Not
 *   every architecture has poll; the newer ports only have ppoll.
 */
SYSCALL_DEFINE3(poll, struct pollfd __user *, ufds, unsigned int, nfds,
		int, timeout_msecs)
{
	return 0;
}

/**
 * sys_ppoll - Wait for events on descriptors with a timespec and a signal mask
 * @ufds: array of struct pollfd
 * @nfds: number of entries in ufds
 * @tsp: timeout, or NULL to wait forever
 * @sigmask: signal mask to use while waiting, or NULL
 * @sigsetsize: size of the kernel signal set in bytes
 *
 * long-desc: Like poll(), with a nanosecond timeout, and with the
 *   signal mask replaced by sigmask for the duration of the wait so that
 *   a signal can be unblocked and waited for without a race.
 *
 * contexts: process, sleepable
 *
 * param: ufds
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: nfds struct pollfd entries, as for poll(). NULL only with nfds
 *   0.
 *
 * param: nfds
 *   type: uint, input
 *   constraint-type: none
 *   desc: Must not exceed the caller's RLIMIT_NOFILE soft limit
 *   (EINVAL), a value only known at run time.
 *
 * param: tsp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: tv_sec must not be negative and tv_nsec must be in [0,
 *   999999999]. The kernel writes the remaining time back; the C
 *   library's ppoll() hides that by passing a copy.
 *
 * param: sigmask
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   desc: The kernel-sized signal set to install while waiting; NULL
 *   keeps the current mask. SIGKILL and SIGSTOP cannot be blocked.
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: none
 *   desc: Checked only when sigmask is not NULL: it must then equal the
 *   kernel's sigset_t size (8 bytes, 16 on mips).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of entries with a nonzero revents, 0 when the
 *   timeout expired.
 *
 * constraint: an array for a nonzero count
 *   desc: ufds may be NULL only when nfds is 0 (EFAULT otherwise)
 *   expr: nfds == 0 || ufds != NULL
 *
 * constraint: kernel signal set size
 *   desc: with a sigmask, sigsetsize must be the kernel's sigset_t size
 *   (EINVAL otherwise)
 *   expr: sigmask == NULL || sigsetsize == _NSIG / 8
 *
 * error: EFAULT, ufds, tsp or sigmask is not accessible
 * error: EINTR, a signal arrived before any event or the timeout
 * error: EINVAL, nfds exceeds the RLIMIT_NOFILE soft limit, tsp holds an invalid timespec, or sigmask is given with a wrong sigsetsize
 * error: ENOMEM, memory for the kernel copy of ufds ran out
 *
 * since-version: 2.6.16
 *
 * notes: _NSIG / 8 is 8 with both the kernel's _NSIG (64) and glibc's
 *   (65). The C library's ppoll() supplies sigsetsize itself. The
 *   definition is the 64-bit-time one; 32-bit architectures also have
 *   ppoll_time32.
 */
SYSCALL_DEFINE5(ppoll, struct pollfd __user *, ufds, unsigned int, nfds,
		struct __kernel_timespec __user *, tsp, const sigset_t __user *, sigmask,
		size_t, sigsetsize)
{
	return 0;
}

/**
 * sys_select - Wait until descriptors in fd sets become ready
 * @n: one more than the highest descriptor to look at
 * @inp: descriptors to watch for reading, or NULL
 * @outp: descriptors to watch for writing, or NULL
 * @exp: descriptors to watch for exceptional conditions, or NULL
 * @tvp: timeout, or NULL to wait forever
 *
 * long-desc: Waits until one of the descriptors below n in the three
 *   sets is ready, the timeout expires, or a signal arrives, and leaves
 *   only the ready descriptors in the sets.
 *
 * contexts: process, sleepable
 *
 * param: n
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Negative values are rejected. Values above the size of the
 *   caller's descriptor table are lowered to it. The sets are read and
 *   written for n bits, so with the C library's fd_set n must not exceed
 *   FD_SETSIZE (1024).
 *
 * param: inp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: A bit set of n bits, replaced by the ready subset.
 *
 * param: outp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: A bit set of n bits, replaced by the ready subset.
 *
 * param: exp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: A bit set of n bits, replaced by the ready subset.
 *
 * param: tvp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_old_timeval)
 *   desc: Neither field may be negative; microseconds of a million or
 *   more carry into the seconds. The remaining time is written back.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of ready descriptors over the three sets, 0 when
 *   the timeout expired.
 *
 * error: EBADF, a set holds a descriptor that is not open
 * error: EFAULT, a set or tvp is not accessible
 * error: EINTR, a signal arrived before any descriptor was ready or the timeout expired
 * error: EINVAL, n is negative, or tvp holds a negative value
 * error: ENOMEM, memory for the kernel copies of the sets ran out
 *
 * since-version: 1.0
 *
 * notes: The glibc 2.36 select() reaches this call or pselect6; the
 *   checks on n and the sets are the same. The time written back to tvp
 *   is what Linux does; other systems leave it alone.
 */
SYSCALL_DEFINE5(select, int, n, fd_set __user *, inp, fd_set __user *, outp,
		fd_set __user *, exp, struct __kernel_old_timeval __user *, tvp)
{
	return 0;
}

/**
 * sys_pselect6 - Wait on fd sets with a timespec and a signal mask
 * @n: one more than the highest descriptor to look at
 * @inp: descriptors to watch for reading, or NULL
 * @outp: descriptors to watch for writing, or NULL
 * @exp: descriptors to watch for exceptional conditions, or NULL
 * @tsp: timeout, or NULL to wait forever
 * @sig: pointer to a pair (signal set pointer, signal set size), or NULL
 *
 * long-desc: Like select(), with a nanosecond timeout, and with the
 *   signal mask replaced for the duration of the wait. The sixth
 *   argument packs the mask pointer and its size because most
 *   architectures pass at most six arguments.
 *
 * contexts: process, sleepable
 *
 * param: n
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: As for select(): negative values are rejected, values above
 *   the descriptor table size are lowered to it, and n must not exceed
 *   FD_SETSIZE with the C library's fd_set.
 *
 * param: inp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: A bit set of n bits, replaced by the ready subset.
 *
 * param: outp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: A bit set of n bits, replaced by the ready subset.
 *
 * param: exp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: A bit set of n bits, replaced by the ready subset.
 *
 * param: tsp
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: tv_sec must not be negative and tv_nsec must be in [0,
 *   999999999]. The remaining time is written back (the C library's
 *   pselect() passes a copy).
 *
 * param: sig
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   desc: Two words: a pointer to the kernel-sized signal set (NULL
 *   keeps the mask) and its size, which must then be the kernel's
 *   sigset_t size (8 bytes, 16 on mips).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of ready descriptors over the three sets, 0 when
 *   the timeout expired.
 *
 * error: EBADF, a set holds a descriptor that is not open
 * error: EFAULT, a set, tsp, sig or the signal set is not accessible
 * error: EINTR, a signal arrived before any descriptor was ready or the timeout expired
 * error: EINVAL, n is negative, tsp holds an invalid timespec, or the signal set size is wrong
 * error: ENOMEM, memory for the kernel copies of the sets ran out
 *
 * since-version: 2.6.16
 *
 * notes: The C library's pselect(n, r, w, e, timeout, sigmask) builds
 *   the pair with the right size itself. The definition is the
 *   64-bit-time one; 32-bit architectures also have pselect6_time32.
 */
SYSCALL_DEFINE6(pselect6, int, n, fd_set __user *, inp, fd_set __user *, outp,
		fd_set __user *, exp, struct __kernel_timespec __user *, tsp,
		void __user *, sig)
{
	return 0;
}

/**
 * sys_epoll_create - Create an epoll instance (older form)
 * @size: historical size hint; only its sign matters
 *
 * long-desc: Creates a new epoll instance and returns a descriptor for
 *   it, as epoll_create1(0) does. size is no longer used beyond the
 *   check that it is positive.
 *
 * contexts: process, sleepable
 *
 * param: size
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: Must be greater than zero; the value is otherwise ignored.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new epoll descriptor, without close-on-exec.
 *
 * error: EINVAL, size is zero or negative
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENOMEM, memory for the instance ran out
 * error: ENODEV, the anonymous inode could not be obtained
 *
 * side-effect: resource_create | alloc_memory
 *   target: an epoll instance and a file descriptor
 *
 * since-version: 2.6
 *
 * notes: The size hint has been ignored since 2.6.8. Newer
 *   architectures (arm64, riscv, loongarch ...) have only epoll_create1.
 */
SYSCALL_DEFINE1(epoll_create, int, size)
{
	return 0;
}

/**
 * sys_epoll_pwait - Wait for epoll events with a signal mask
 * @epfd: the epoll instance
 * @events: array that receives ready events
 * @maxevents: capacity of events in elements
 * @timeout: milliseconds to wait; negative waits forever, 0 polls
 * @sigmask: signal mask to use while waiting, or NULL
 * @sigsetsize: size of the kernel signal set in bytes
 *
 * long-desc: Like epoll_wait(), with the signal mask replaced by
 *   sigmask for the duration of the wait.
 *
 * contexts: process, sleepable
 *
 * param: epfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to an epoll instance.
 *
 * param: events
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Room for maxevents struct epoll_event entries; the whole area
 *   must be writable.
 *
 * param: maxevents
 *   type: int, input
 *   constraint-type: range(1, INT_MAX / sizeof(struct epoll_event))
 *   desc: Must be positive and at most the kernel's EP_MAX_EVENTS.
 *
 * param: timeout
 *   type: int, input
 *   constraint-type: none
 *   desc: Milliseconds. Any negative value means no timeout; 0 returns
 *   at once.
 *
 * param: sigmask
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   desc: The kernel-sized signal set to install while waiting; NULL
 *   keeps the current mask.
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: none
 *   desc: Checked only when sigmask is not NULL: it must then equal the
 *   kernel's sigset_t size (8 bytes, 16 on mips).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of events stored, 0 when the timeout expired.
 *
 * constraint: kernel signal set size
 *   desc: with a sigmask, sigsetsize must be the kernel's sigset_t size
 *   (EINVAL otherwise)
 *   expr: sigmask == NULL || sigsetsize == _NSIG / 8
 *
 * error: EBADF, epfd is not an open descriptor
 * error: EFAULT, the events array is not writable, or sigmask cannot be read
 * error: EINTR, a signal arrived before any event was ready or the timeout expired
 * error: EINVAL, epfd is not an epoll instance, maxevents is not in range, or sigmask is given with a wrong sigsetsize
 *
 * since-version: 2.6.19
 *
 * notes: EP_MAX_EVENTS is INT_MAX / sizeof(struct epoll_event). The
 *   signal mask is installed before the other arguments are checked. The
 *   C library's epoll_pwait() supplies sigsetsize itself.
 */
SYSCALL_DEFINE6(epoll_pwait, int, epfd, struct epoll_event __user *, events,
		int, maxevents, int, timeout, const sigset_t __user *, sigmask,
		size_t, sigsetsize)
{
	return 0;
}

/**
 * sys_epoll_pwait2 - Wait for epoll events with a timespec and a signal mask
 * @epfd: the epoll instance
 * @events: array that receives ready events
 * @maxevents: capacity of events in elements
 * @timeout: timeout, or NULL to wait forever
 * @sigmask: signal mask to use while waiting, or NULL
 * @sigsetsize: size of the kernel signal set in bytes
 *
 * long-desc: Like epoll_pwait(), with a nanosecond timeout given as a
 *   timespec.
 *
 * contexts: process, sleepable
 *
 * param: epfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to an epoll instance.
 *
 * param: events
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Room for maxevents struct epoll_event entries; the whole area
 *   must be writable.
 *
 * param: maxevents
 *   type: int, input
 *   constraint-type: range(1, INT_MAX / sizeof(struct epoll_event))
 *   desc: Must be positive and at most the kernel's EP_MAX_EVENTS.
 *
 * param: timeout
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: A relative timeout; tv_sec must not be negative and tv_nsec
 *   must be in [0, 999999999]. NULL waits forever; zero returns at once.
 *   It is not written back.
 *
 * param: sigmask
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   desc: The kernel-sized signal set to install while waiting; NULL
 *   keeps the current mask.
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: none
 *   desc: Checked only when sigmask is not NULL: it must then equal the
 *   kernel's sigset_t size (8 bytes, 16 on mips).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of events stored, 0 when the timeout expired.
 *
 * constraint: kernel signal set size
 *   desc: with a sigmask, sigsetsize must be the kernel's sigset_t size
 *   (EINVAL otherwise)
 *   expr: sigmask == NULL || sigsetsize == _NSIG / 8
 *
 * error: EBADF, epfd is not an open descriptor
 * error: EFAULT, the events array is not writable, or timeout or sigmask cannot be read
 * error: EINTR, a signal arrived before any event was ready or the timeout expired
 * error: EINVAL, epfd is not an epoll instance, maxevents is not in range, timeout is not a valid timespec, or sigmask is given with a wrong sigsetsize
 *
 * since-version: 5.11
 *
 * notes: The C library's epoll_pwait2() (glibc 2.35 and later)
 *   supplies sigsetsize itself.
 */
SYSCALL_DEFINE6(epoll_pwait2, int, epfd, struct epoll_event __user *, events,
		int, maxevents, const struct __kernel_timespec __user *, timeout,
		const sigset_t __user *, sigmask, size_t, sigsetsize)
{
	return 0;
}

/**
 * sys_eventfd - Create an event notification descriptor (older form)
 * @count: initial counter value
 *
 * long-desc: Creates an eventfd with the given initial counter and no
 *   flags, as eventfd2(count, 0) does.
 *
 * contexts: process, sleepable
 *
 * param: count
 *   type: uint, input
 *   constraint-type: none
 *   desc: Any value; it becomes the counter's starting value.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new eventfd descriptor, blocking and without
 *   close-on-exec.
 *
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENODEV, the anonymous inode could not be obtained
 * error: ENOMEM, memory for the counter ran out
 *
 * side-effect: resource_create | alloc_memory
 *   target: an eventfd object and a file descriptor
 *
 * since-version: 2.6.22
 *
 * notes: The C library's eventfd(count, flags) calls eventfd2, not this
 *   one; this one is reached only through syscall(SYS_eventfd, ...).
 *   Newer architectures have only eventfd2.
 */
SYSCALL_DEFINE1(eventfd, unsigned int, count)
{
	return 0;
}

/**
 * sys_inotify_init - Create an inotify instance (older form)
 *
 * long-desc: Creates a new inotify event queue and returns a descriptor
 *   for it, as inotify_init1(0) does.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new inotify descriptor, blocking and without
 *   close-on-exec.
 *
 * error: EMFILE, the user reached fs.inotify.max_user_instances, or the caller has RLIMIT_NOFILE descriptors open
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENOMEM, kernel memory could not be allocated
 *
 * since-version: 2.6.13
 *
 * notes: Newer architectures have only inotify_init1.
 */
SYSCALL_DEFINE0(inotify_init)
{
	return 0;
}

/**
 * sys_inotify_rm_watch - Remove a watch from an inotify instance
 * @fd: inotify descriptor
 * @wd: watch descriptor returned by inotify_add_watch()
 *
 * long-desc: Removes the watch wd; an IN_IGNORED event for it is then
 *   queued on the instance.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be an inotify descriptor.
 *
 * param: wd
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: Watch descriptors are allocated from 1 upwards, so 0 and
 *   negative values never name a watch (EINVAL).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, fd is not an open descriptor
 * error: EINVAL, fd is not an inotify descriptor, or wd is not a watch of this instance
 *
 * since-version: 2.6.13
 *
 * notes: The kernel type of wd is __s32.
 */
SYSCALL_DEFINE2(inotify_rm_watch, int, fd, __s32, wd)
{
	return 0;
}

/**
 * sys_signalfd - Create or update a signalfd (older form, no flags)
 * @ufd: -1 to create a new signalfd, or an existing one to update
 * @user_mask: signals to accept through the descriptor
 * @sizemask: size of the kernel signal set in bytes
 *
 * long-desc: Like signalfd4() with flags 0: creates a descriptor from
 *   which pending signals in the mask can be read, or replaces the mask
 *   of an existing signalfd.
 *
 * contexts: process, sleepable
 *
 * param: ufd
 *   type: fd, input
 *   constraint-type: range(-1, INT_MAX)
 *   desc: -1 creates a new descriptor; otherwise it must be a signalfd.
 *
 * param: user_mask
 *   type: user_ptr, input
 *   constraint-type: buffer(2)
 *   desc: The kernel-sized signal set. SIGKILL and SIGSTOP are silently
 *   ignored.
 *
 * param: sizemask
 *   type: uint, input
 *   constraint-type: range(_NSIG / 8, _NSIG / 8)
 *   desc: Must equal the kernel's sigset_t size: 8 bytes everywhere
 *   except mips (16). sizeof(sigset_t) in glibc is 128 and fails.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor, or ufd itself when updating.
 *
 * error: EBADF, ufd is neither -1 nor an open descriptor
 * error: EFAULT, user_mask cannot be read
 * error: EINVAL, sizemask is wrong, or ufd is not a signalfd
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENODEV, the anonymous inode could not be obtained
 * error: ENOMEM, memory for the signalfd ran out
 *
 * since-version: 2.6.22
 *
 * notes: The C library's signalfd() calls signalfd4; this one is
 *   reached only through syscall(SYS_signalfd, ...). Newer architectures
 *   have only signalfd4.
 */
SYSCALL_DEFINE3(signalfd, int, ufd, sigset_t __user *, user_mask,
		size_t, sizemask)
{
	return 0;
}

/**
 * sys_pipe - Create a pipe
 * @fildes: user array that receives the read and write descriptors
 *
 * long-desc: Creates a unidirectional data channel and stores two new
 *   descriptors: fildes[0] reads, fildes[1] writes. The same as pipe2()
 *   with flags 0.
 *
 * contexts: process, sleepable
 *
 * param: fildes
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(int)
 *   desc: Two int slots; written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once both descriptors are stored in fildes.
 *
 * error: EFAULT, fildes is not a writable user address
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached, or the user's pipe buffer limit is exhausted
 * error: ENOMEM, memory for a file structure ran out
 *
 * side-effect: resource_create | alloc_memory
 *   target: two file descriptors and a pipe buffer
 *
 * since-version: 1.0
 *
 * notes: Some architectures (alpha, mips, sparc, sh) return the
 *   descriptors in registers instead; x86_64 stores them in fildes.
 */
SYSCALL_DEFINE1(pipe, int __user *, fildes)
{
	return 0;
}

/* ---- fanotify (fs/notify/fanotify/fanotify_user.c, CONFIG_FANOTIFY) ---- */

/**
 * sys_fanotify_init - Create a fanotify notification group
 * @flags: notification class, FAN_REPORT_* information modes and descriptor flags
 * @event_f_flags: open flags of the descriptors handed out with events
 *
 * long-desc: Creates a fanotify group and returns a descriptor for it.
 *   Marks are added with fanotify_mark(); events are then read from the
 *   descriptor, each with an open descriptor of the object or, in the
 *   FAN_REPORT_*FID modes, a file handle.
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(FAN_CLOEXEC | FAN_NONBLOCK | FAN_CLASS_NOTIF | FAN_CLASS_CONTENT | FAN_CLASS_PRE_CONTENT | FAN_UNLIMITED_QUEUE | FAN_UNLIMITED_MARKS | FAN_ENABLE_AUDIT | FAN_REPORT_PIDFD | FAN_REPORT_TID | FAN_REPORT_FID | FAN_REPORT_DIR_FID | FAN_REPORT_NAME | FAN_REPORT_TARGET_FID | FAN_REPORT_FD_ERROR)
 *   desc: One class (FAN_CLASS_NOTIF, which is 0, FAN_CLASS_CONTENT or
 *   FAN_CLASS_PRE_CONTENT) plus flags. Without CAP_SYS_ADMIN only
 *   FAN_CLASS_NOTIF with at least one FAN_REPORT_*FID mode, FAN_CLOEXEC
 *   and FAN_NONBLOCK are allowed (EPERM otherwise). FAN_ENABLE_AUDIT
 *   needs CAP_AUDIT_WRITE and a kernel with CONFIG_AUDITSYSCALL.
 *
 * param: event_f_flags
 *   type: uint, input
 *   constraint-type: mask(O_ACCMODE | O_APPEND | O_NONBLOCK | O_SYNC | O_DSYNC | O_CLOEXEC | O_LARGEFILE | O_NOATIME)
 *   desc: The status flags of the event descriptors: O_RDONLY, O_WRONLY
 *   or O_RDWR plus a few open flags; an access mode of 3 is EINVAL.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   failure: -1
 *   desc: The descriptor of the new group.
 *
 * error: EINVAL, flags or event_f_flags has an unknown bit, both content classes, FAN_REPORT_PIDFD with FAN_REPORT_TID, a FID mode with a class other than FAN_CLASS_NOTIF, FAN_REPORT_NAME without FAN_REPORT_DIR_FID, FAN_REPORT_TARGET_FID without FAN_REPORT_NAME and FAN_REPORT_FID, or an access mode of 3
 * error: EPERM, a flag or class that needs CAP_SYS_ADMIN (or CAP_AUDIT_WRITE for FAN_ENABLE_AUDIT), or no FID mode without CAP_SYS_ADMIN
 * error: EMFILE, the per-user limit of fanotify groups or the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENOMEM, memory for the group ran out
 *
 * constraint: one class
 *   desc: FAN_CLASS_CONTENT and FAN_CLASS_PRE_CONTENT exclude each other
 *   expr: (flags & (FAN_CLASS_CONTENT | FAN_CLASS_PRE_CONTENT)) != (FAN_CLASS_CONTENT | FAN_CLASS_PRE_CONTENT)
 *
 * constraint: pidfd or tid
 *   desc: FAN_REPORT_PIDFD and FAN_REPORT_TID exclude each other
 *   expr: (flags & FAN_REPORT_PIDFD) == 0 || (flags & FAN_REPORT_TID) == 0
 *
 * constraint: fid modes are notification only
 *   desc: the FAN_REPORT_*FID and FAN_REPORT_NAME modes need FAN_CLASS_NOTIF
 *   expr: (flags & (FAN_REPORT_FID | FAN_REPORT_DIR_FID | FAN_REPORT_NAME | FAN_REPORT_TARGET_FID)) == 0 || (flags & (FAN_CLASS_CONTENT | FAN_CLASS_PRE_CONTENT)) == 0
 *
 * constraint: name needs the directory fid
 *   desc: FAN_REPORT_NAME needs FAN_REPORT_DIR_FID
 *   expr: (flags & FAN_REPORT_NAME) == 0 || (flags & FAN_REPORT_DIR_FID) != 0
 *
 * constraint: target fid needs name and fid
 *   desc: FAN_REPORT_TARGET_FID needs FAN_REPORT_NAME and FAN_REPORT_FID
 *   expr: (flags & FAN_REPORT_TARGET_FID) == 0 || (flags & (FAN_REPORT_NAME | FAN_REPORT_FID)) == (FAN_REPORT_NAME | FAN_REPORT_FID)
 *
 * constraint: valid access mode
 *   desc: the access mode of event_f_flags is O_RDONLY, O_WRONLY or O_RDWR
 *   expr: (event_f_flags & O_ACCMODE) != O_ACCMODE
 *
 * side-effect: resource_create | alloc_memory
 *
 * since-version: 2.6.37
 *
 * notes: The flags mask is FANOTIFY_INIT_FLAGS of include/linux/fanotify.h
 *   plus FAN_ENABLE_AUDIT, which the kernel accepts only when built with
 *   CONFIG_AUDITSYSCALL (as x86_64_defconfig and distribution kernels are).
 *   FAN_REPORT_FD_ERROR is in the 6.12 UAPI header but not in older ones.
 *   The event_f_flags mask is FANOTIFY_INIT_ALL_EVENT_F_BITS of
 *   fanotify_user.c; O_SYNC is __O_SYNC | O_DSYNC. Without
 *   CONFIG_FANOTIFY the call fails with ENOSYS.
 */
SYSCALL_DEFINE2(fanotify_init, unsigned int, flags, unsigned int, event_f_flags)
{
	return 0;
}

/**
 * sys_fanotify_mark - Add, remove or flush fanotify marks
 * @fanotify_fd: the fanotify group descriptor
 * @flags: the operation, the kind of object marked and modifiers
 * @mask: the events (and event flags) to add or remove
 * @dfd: directory for a relative pathname, or the object when pathname is NULL
 * @pathname: the object to mark, or NULL
 *
 * long-desc: Adds events to, or removes them from, the mark of a group
 *   on an inode, a mount or a whole filesystem, or drops all marks of
 *   one kind (FAN_MARK_FLUSH). With FAN_MARK_IGNORE or
 *   FAN_MARK_IGNORED_MASK the events go to the ignore mask instead.
 *
 * contexts: process, sleepable
 *
 * param: fanotify_fd
 *   type: fd, input
 *   constraint-type: none
 *   desc: A descriptor returned by fanotify_init(); another open file is
 *   EINVAL, a closed one EBADF.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(FAN_MARK_ADD | FAN_MARK_REMOVE | FAN_MARK_FLUSH | FAN_MARK_INODE | FAN_MARK_MOUNT | FAN_MARK_FILESYSTEM | FAN_MARK_DONT_FOLLOW | FAN_MARK_ONLYDIR | FAN_MARK_IGNORED_MASK | FAN_MARK_IGNORE | FAN_MARK_IGNORED_SURV_MODIFY | FAN_MARK_EVICTABLE)
 *   desc: Exactly one of FAN_MARK_ADD, FAN_MARK_REMOVE and FAN_MARK_FLUSH;
 *   at most one of FAN_MARK_MOUNT and FAN_MARK_FILESYSTEM (neither means
 *   an inode mark, FAN_MARK_INODE is 0). Mount and filesystem marks need
 *   CAP_SYS_ADMIN and a group created with it (EPERM).
 *
 * param: mask
 *   type: uint, input
 *   constraint-type: mask(FAN_ACCESS | FAN_MODIFY | FAN_ATTRIB | FAN_CLOSE_WRITE | FAN_CLOSE_NOWRITE | FAN_OPEN | FAN_MOVED_FROM | FAN_MOVED_TO | FAN_CREATE | FAN_DELETE | FAN_DELETE_SELF | FAN_MOVE_SELF | FAN_OPEN_EXEC | FAN_FS_ERROR | FAN_RENAME | FAN_OPEN_PERM | FAN_ACCESS_PERM | FAN_OPEN_EXEC_PERM | FAN_EVENT_ON_CHILD | FAN_ONDIR)
 *   desc: A 64-bit value of which only the low 32 bits are used; any
 *   higher bit is EINVAL. The permission events (FAN_*_PERM) need a group
 *   of class FAN_CLASS_CONTENT or FAN_CLASS_PRE_CONTENT and a kernel with
 *   CONFIG_FANOTIFY_ACCESS_PERMISSIONS; the directory-entry and inode
 *   events (FAN_CREATE, FAN_DELETE, FAN_MOVED_*, FAN_RENAME, FAN_ATTRIB,
 *   the *_SELF events, FAN_FS_ERROR) need a group with a FID mode;
 *   FAN_RENAME needs FAN_REPORT_NAME.
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: none
 *   desc: With a relative pathname the directory it starts from, or
 *   AT_FDCWD; ignored for an absolute one. With pathname NULL the object
 *   marked is the file of dfd itself (AT_FDCWD is then EBADF).
 *
 * param: pathname
 *   type: path, input, optional
 *   constraint-type: none
 *   desc: The file, directory, mount point or filesystem to mark; NULL
 *   means dfd itself.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   failure: -1
 *   desc: 0 on success.
 *
 * error: EBADF, fanotify_fd is not an open descriptor, or pathname is NULL and dfd is not one
 * error: EINVAL, an unknown flag or mask bit, not exactly one operation, two object kinds, an empty mask to add or remove, FAN_MARK_FLUSH with other flags, both ignore flags, FAN_MARK_EVICTABLE or FAN_FS_ERROR on the wrong object kind, an event the group's class or reporting mode cannot deliver, or fanotify_fd is not a fanotify descriptor
 * error: EPERM, a mount or filesystem mark without CAP_SYS_ADMIN or on a group created without it
 * error: ENOENT, the path does not exist, or FAN_MARK_REMOVE of events that are not marked
 * error: ENOTDIR, FAN_MARK_ONLYDIR on something that is not a directory, or a directory-only event on an inode mark of a file
 * error: EACCES, the caller may not read the object
 * error: EEXIST, FAN_MARK_ADD changes the evictable state or the ignore mode of an existing mark
 * error: EISDIR, FAN_MARK_IGNORE without FAN_MARK_IGNORED_SURV_MODIFY on a directory
 * error: ENOSPC, the group's mark limit was reached
 * error: ENODEV, a FID group and an object whose filesystem has no fsid
 * error: EOPNOTSUPP, a FID group and a filesystem that cannot encode file handles
 * error: EXDEV, a FID group and an object on a filesystem whose fsid differs from its root's (e.g. a btrfs subvolume)
 * error: ENOMEM, memory for the mark ran out
 * error: EFAULT, pathname cannot be read
 *
 * constraint: one operation
 *   desc: exactly one of FAN_MARK_ADD, FAN_MARK_REMOVE and FAN_MARK_FLUSH
 *   expr: (flags & (FAN_MARK_ADD | FAN_MARK_REMOVE | FAN_MARK_FLUSH)) == FAN_MARK_ADD || (flags & (FAN_MARK_ADD | FAN_MARK_REMOVE | FAN_MARK_FLUSH)) == FAN_MARK_REMOVE || (flags & (FAN_MARK_ADD | FAN_MARK_REMOVE | FAN_MARK_FLUSH)) == FAN_MARK_FLUSH
 *
 * constraint: one object kind
 *   desc: FAN_MARK_MOUNT and FAN_MARK_FILESYSTEM exclude each other
 *   expr: (flags & (FAN_MARK_MOUNT | FAN_MARK_FILESYSTEM)) != (FAN_MARK_MOUNT | FAN_MARK_FILESYSTEM)
 *
 * constraint: events to add or remove
 *   desc: FAN_MARK_ADD and FAN_MARK_REMOVE need a nonzero mask
 *   expr: (flags & FAN_MARK_FLUSH) != 0 || mask != 0
 *
 * constraint: flush takes only the object kind
 *   desc: FAN_MARK_FLUSH goes with FAN_MARK_MOUNT or FAN_MARK_FILESYSTEM at most
 *   expr: (flags & FAN_MARK_FLUSH) == 0 || (flags & (FAN_MARK_ADD | FAN_MARK_REMOVE | FAN_MARK_DONT_FOLLOW | FAN_MARK_ONLYDIR | FAN_MARK_IGNORED_MASK | FAN_MARK_IGNORE | FAN_MARK_IGNORED_SURV_MODIFY | FAN_MARK_EVICTABLE)) == 0
 *
 * constraint: one ignore flag
 *   desc: FAN_MARK_IGNORE and FAN_MARK_IGNORED_MASK exclude each other
 *   expr: (flags & (FAN_MARK_IGNORE | FAN_MARK_IGNORED_MASK)) != (FAN_MARK_IGNORE | FAN_MARK_IGNORED_MASK)
 *
 * constraint: evictable inode marks only
 *   desc: FAN_MARK_EVICTABLE only on an inode mark
 *   expr: (flags & FAN_MARK_EVICTABLE) == 0 || (flags & (FAN_MARK_MOUNT | FAN_MARK_FILESYSTEM)) == 0
 *
 * constraint: fs errors on filesystem marks only
 *   desc: FAN_FS_ERROR only with FAN_MARK_FILESYSTEM
 *   expr: (mask & FAN_FS_ERROR) == 0 || (flags & (FAN_MARK_MOUNT | FAN_MARK_FILESYSTEM)) == FAN_MARK_FILESYSTEM
 *
 * constraint: no inode events on mount marks
 *   desc: a mount mark takes only the events that carry a path (access, modify, open, close and the permission events)
 *   expr: (flags & (FAN_MARK_MOUNT | FAN_MARK_FILESYSTEM)) != FAN_MARK_MOUNT || (mask & (FAN_ATTRIB | FAN_MOVED_FROM | FAN_MOVED_TO | FAN_CREATE | FAN_DELETE | FAN_DELETE_SELF | FAN_MOVE_SELF | FAN_RENAME | FAN_FS_ERROR)) == 0
 *
 * side-effect: modify_state | alloc_memory
 *
 * since-version: 2.6.37
 *
 * notes: The flags mask is FANOTIFY_MARK_FLAGS of include/linux/fanotify.h.
 *   The mask is FANOTIFY_EVENTS | FANOTIFY_EVENT_FLAGS plus
 *   FANOTIFY_PERM_EVENTS, which the kernel accepts only with
 *   CONFIG_FANOTIFY_ACCESS_PERMISSIONS (distribution kernels set it;
 *   without it they are EINVAL). FAN_Q_OVERFLOW is an event the group
 *   reports, not one to ask for (EINVAL). Among the constraints, only
 *   the checks the kernel makes from the arguments alone are written as
 *   expressions; those that depend on the group (its class and FID mode)
 *   are in the descriptions.
 */
SYSCALL_DEFINE5(fanotify_mark, int, fanotify_fd, unsigned int, flags,
			      __u64, mask, int, dfd,
			      const char  __user *, pathname)
{
	return 0;
}
