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
