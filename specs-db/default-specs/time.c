// SPDX-License-Identifier: MIT
/* Default KAPI specs for interval timers (getitimer, setitimer, alarm).
 * Facts come from the Linux 6.12 source (kernel/time/itimer.c and the
 * helpers it calls) and the manual pages; the words are ours. */

/**
 * sys_getitimer - Read the current value of an interval timer
 * @which: the timer: ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF
 * @value: where the remaining time and the interval are stored
 *
 * long-desc: Stores in value the time left until the timer which next
 *   expires and its reload interval; zero in both means the timer is
 *   disarmed.
 *
 * contexts: process, sleepable
 *
 * param: which
 *   type: int, input
 *   constraint-type: enum(ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF)
 *   desc: Any other value is EINVAL (the switch in do_getitimer()).
 *
 * param: value
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Must be writable for one struct itimerval; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, value cannot be written
 * error: EINVAL, which is not ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE2(getitimer, int, which, struct __kernel_old_itimerval __user *, value)
{
	return 0;
}

/**
 * sys_setitimer - Arm or disarm an interval timer
 * @which: the timer: ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF
 * @value: the new remaining time and interval, or NULL to disarm
 * @ovalue: where the previous setting is stored, or NULL
 *
 * long-desc: Sets the timer which to expire after value->it_value and
 *   then every value->it_interval (SIGALRM, SIGVTALRM or SIGPROF); a zero
 *   it_value disarms it. The previous setting goes to ovalue when given.
 *
 * contexts: process, sleepable
 *
 * param: which
 *   type: int, input
 *   constraint-type: enum(ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF)
 *   desc: Any other value is EINVAL (the switch in do_setitimer()).
 *
 * param: value
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Both timevals must have tv_usec in [0, 999999] and tv_sec >= 0
 *   (EINVAL). NULL is accepted and disarms the timer, with a one-time
 *   kernel warning that this support will be removed.
 *
 * param: ovalue
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the old setting is not returned.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, value cannot be read or ovalue cannot be written (the timer is already changed in the second case)
 * error: EINVAL, which is not ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF, or a timeval in value has a negative field or tv_usec above 999999
 *
 * since-version: 1.0
 *
 * notes: The manual calls a NULL value an error on some systems; Linux
 *   6.12 accepts it as a zero setting (disarm) and prints a warning once.
 */
SYSCALL_DEFINE3(setitimer, int, which, struct __kernel_old_itimerval __user *, value,
		struct __kernel_old_itimerval __user *, ovalue)
{
	return 0;
}

/**
 * sys_alarm - Arrange for SIGALRM after a number of seconds
 * @seconds: delay in seconds, or 0 to cancel the pending alarm
 *
 * long-desc: Arms ITIMER_REAL for seconds seconds without an interval,
 *   replacing any earlier setting; 0 cancels it.
 *
 * contexts: process, sleepable
 *
 * param: seconds
 *   type: uint, input
 *   constraint-type: none
 *   desc: Every value is accepted; values above INT_MAX on 32-bit
 *   systems are clamped by the kernel.
 *
 * return:
 *   type: uint
 *   check-type: range
 *   success: >= 0
 *   desc: The seconds left on the previous alarm (rounded up, and at
 *   least 1 if one was pending), or 0 if none was. Never fails.
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE1(alarm, unsigned int, seconds)
{
	return 0;
}

/* ---- POSIX clocks (kernel/time/posix-timers.c) -----------------------
 * A clockid_t is not a closed set: besides the fixed ids CLOCK_REALTIME
 * (0) to CLOCK_TAI (11), negative ids name the CPU-time clock of a
 * process or thread (clock_getcpuclockid(), pthread_getcpuclockid()) or a
 * dynamic clock reached through an open descriptor of a /dev/ptp* device
 * (an id computed from the descriptor).  No clock id gets an enum; where a syscall works on
 * part of the fixed ids only, a constraint names that part and lets every
 * negative id through.  Which fixed ids a syscall accepts follows the
 * k_clock table of each id in the kernel (posix_clocks[]): an id with no
 * entry (10, the removed CLOCK_SGI_CYCLE, and 12 and up) is EINVAL, an
 * entry without the operation is EINVAL or EOPNOTSUPP as noted. */

/**
 * sys_clock_gettime - Read a clock
 * @which_clock: the clock to read
 * @tp: where the time is stored
 *
 * long-desc: Stores in tp the current value of the clock which_clock:
 *   wall-clock time, time since boot, or the CPU time used by a process
 *   or thread.
 *
 * contexts: process, sleepable
 *
 * param: which_clock
 *   type: int, input
 *   constraint-type: none
 *   desc: A fixed clock id (CLOCK_REALTIME ... CLOCK_TAI, not 10), or a
 *   negative id of a CPU-time clock or a dynamic (PTP) clock.
 *
 * param: tp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: Must be writable; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, tp cannot be written
 * error: EINVAL, which_clock is no clock: an unused fixed id, a CPU-time clock of a process or thread that does not exist (or a thread outside the caller's process), a descriptor that is not a dynamic clock, or an alarm clock on a system without a wakeup-capable RTC
 * error: ENODEV, the device behind a dynamic clock is gone
 * error: EOPNOTSUPP, the dynamic clock cannot be read
 *
 * constraint: known clock id
 *   desc: the fixed ids with a clock behind them, or any negative
 *   (CPU-time or dynamic) clock id
 *   expr: which_clock < 0 || which_clock == CLOCK_REALTIME || which_clock == CLOCK_MONOTONIC || which_clock == CLOCK_PROCESS_CPUTIME_ID || which_clock == CLOCK_THREAD_CPUTIME_ID || which_clock == CLOCK_MONOTONIC_RAW || which_clock == CLOCK_REALTIME_COARSE || which_clock == CLOCK_MONOTONIC_COARSE || which_clock == CLOCK_BOOTTIME || which_clock == CLOCK_REALTIME_ALARM || which_clock == CLOCK_BOOTTIME_ALARM || which_clock == CLOCK_TAI
 *
 * since-version: 2.6.0
 *
 * notes: glibc answers most clocks from the vDSO without entering the
 *   kernel; the contract is the same. Inside a time namespace the
 *   CLOCK_MONOTONIC and CLOCK_BOOTTIME families are shifted by the
 *   namespace's offsets.
 */
SYSCALL_DEFINE2(clock_gettime, const clockid_t, which_clock,
		struct __kernel_timespec __user *, tp)
{
	return 0;
}

/**
 * sys_clock_settime - Set a clock
 * @which_clock: the clock to set
 * @tp: the new time
 *
 * long-desc: Sets the clock which_clock to the time in tp. Of the fixed
 *   clocks only CLOCK_REALTIME can be set; dynamic (PTP) clocks can be set
 *   through a descriptor opened for writing.
 *
 * contexts: process, sleepable
 *
 * param: which_clock
 *   type: int, input
 *   constraint-type: none
 *   desc: CLOCK_REALTIME, or the negative id of a dynamic clock. CPU-time
 *   clocks exist but always fail (EPERM, or EINVAL when the process or
 *   thread is not found).
 *
 * param: tp
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: tv_nsec must be in [0, 999999999]; for CLOCK_REALTIME tv_sec
 *   must be non-negative and leave room before the kernel's time limit
 *   (EINVAL).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EACCES, a dynamic clock whose descriptor is not open for writing
 * error: EFAULT, tp cannot be read
 * error: EINVAL, which_clock is not CLOCK_REALTIME, a CPU-time clock or a dynamic clock, the process or thread of a CPU-time clock is not found, or the time in tp is out of range
 * error: ENODEV, the device behind a dynamic clock is gone
 * error: EOPNOTSUPP, the dynamic clock cannot be set
 * error: EPERM, CLOCK_REALTIME without CAP_SYS_TIME, or any CPU-time clock
 *
 * constraint: settable clock
 *   desc: only CLOCK_REALTIME among the fixed ids has a setter; negative
 *   ids pass (dynamic clocks can be set, CPU-time clocks fail at run time)
 *   expr: which_clock < 0 || which_clock == CLOCK_REALTIME
 *
 * capability: CAP_SYS_TIME
 *   type: grant_permission
 *   allows: Set CLOCK_REALTIME
 *   without: EPERM
 *
 * since-version: 2.6.0
 *
 * notes: Setting CLOCK_REALTIME goes through the same checks as
 *   settimeofday() (and the LSM settime hook). Inside a time namespace
 *   only the host's CLOCK_REALTIME is set; the namespace offsets do not
 *   apply to it.
 */
SYSCALL_DEFINE2(clock_settime, const clockid_t, which_clock,
		const struct __kernel_timespec __user *, tp)
{
	return 0;
}

/**
 * sys_clock_getres - Read the resolution of a clock
 * @which_clock: the clock
 * @tp: where the resolution is stored, or NULL
 *
 * long-desc: Stores in tp the resolution the kernel reports for the clock
 *   which_clock (1 ns with high-resolution timers, one tick for the coarse
 *   clocks). With tp NULL it only tells whether the clock exists.
 *
 * contexts: process, sleepable
 *
 * param: which_clock
 *   type: int, input
 *   constraint-type: none
 *   desc: As for clock_gettime().
 *
 * param: tp
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(struct __kernel_timespec)
 *   desc: NULL is accepted.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, tp is not NULL and cannot be written
 * error: EINVAL, which_clock is no clock (see clock_gettime), or an alarm clock on a system without a wakeup-capable RTC
 * error: ENODEV, the device behind a dynamic clock is gone
 * error: EOPNOTSUPP, the dynamic clock does not report a resolution
 *
 * constraint: known clock id
 *   desc: the fixed ids with a clock behind them, or any negative
 *   (CPU-time or dynamic) clock id
 *   expr: which_clock < 0 || which_clock == CLOCK_REALTIME || which_clock == CLOCK_MONOTONIC || which_clock == CLOCK_PROCESS_CPUTIME_ID || which_clock == CLOCK_THREAD_CPUTIME_ID || which_clock == CLOCK_MONOTONIC_RAW || which_clock == CLOCK_REALTIME_COARSE || which_clock == CLOCK_MONOTONIC_COARSE || which_clock == CLOCK_BOOTTIME || which_clock == CLOCK_REALTIME_ALARM || which_clock == CLOCK_BOOTTIME_ALARM || which_clock == CLOCK_TAI
 *
 * since-version: 2.6.0
 *
 * notes: The resolution reported is not the precision of the hardware;
 *   the kernel does not round times given to clock_settime() to it.
 */
SYSCALL_DEFINE2(clock_getres, const clockid_t, which_clock,
		struct __kernel_timespec __user *, tp)
{
	return 0;
}

/**
 * sys_clock_adjtime - Read or tune a clock
 * @which_clock: the clock
 * @utx: the adjustment to make, and where the clock's state is returned
 *
 * long-desc: Applies the adjustments selected by utx->modes to the clock
 *   (as adjtimex() does for CLOCK_REALTIME) and stores its current
 *   parameters back in utx. modes 0 only reads them.
 *
 * contexts: process, sleepable
 *
 * param: which_clock
 *   type: int, input
 *   constraint-type: none
 *   desc: CLOCK_REALTIME or the negative id of a dynamic clock; other
 *   fixed clocks and CPU-time clocks are EOPNOTSUPP.
 *
 * param: utx
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timex)
 *   desc: Read and written back; the rules on its contents are those of
 *   adjtimex().
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: For CLOCK_REALTIME the clock state (TIME_OK ... TIME_ERROR).
 *
 * error: EACCES, modes is not 0 for a dynamic clock whose descriptor is not open for writing
 * error: EFAULT, utx cannot be read or written back
 * error: EINVAL, which_clock is no clock, or utx holds invalid values (see adjtimex)
 * error: ENODEV, the device behind a dynamic clock is gone
 * error: EOPNOTSUPP, the clock cannot be adjusted (every fixed clock but CLOCK_REALTIME, every CPU-time clock, some dynamic clocks)
 * error: EPERM, modes asks CLOCK_REALTIME for a change without CAP_SYS_TIME
 *
 * constraint: adjustable clock
 *   desc: only CLOCK_REALTIME among the fixed ids can be adjusted;
 *   negative ids pass (dynamic clocks may be, CPU-time clocks are not)
 *   expr: which_clock < 0 || which_clock == CLOCK_REALTIME
 *
 * capability: CAP_SYS_TIME
 *   type: grant_permission
 *   allows: Change CLOCK_REALTIME's parameters
 *   without: EPERM unless modes is 0 (or ADJ_OFFSET_SS_READ)
 *
 * since-version: 2.6.39
 */
SYSCALL_DEFINE2(clock_adjtime, const clockid_t, which_clock,
		struct __kernel_timex __user *, utx)
{
	return 0;
}

/**
 * sys_clock_nanosleep - Sleep on a chosen clock
 * @which_clock: the clock the sleep is measured on
 * @flags: 0 for a relative sleep, TIMER_ABSTIME for an absolute one
 * @rqtp: the interval, or the absolute wake-up time
 * @rmtp: where the time left is stored after an interruption, or NULL
 *
 * long-desc: Suspends the caller until the interval rqtp has passed on
 *   which_clock, or with TIMER_ABSTIME until the clock reaches rqtp, or
 *   until a signal handler runs.
 *
 * contexts: process, sleepable
 *
 * param: which_clock
 *   type: int, input
 *   constraint-type: none
 *   desc: CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_TAI,
 *   CLOCK_PROCESS_CPUTIME_ID, the two alarm clocks (CAP_WAKE_ALARM), or
 *   the negative id of another process's CPU-time clock.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(TIMER_ABSTIME)
 *   desc: Other bits are EINVAL for the alarm clocks and ignored for the
 *   others.
 *
 * param: rqtp
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: tv_nsec must be in [0, 999999999] and tv_sec non-negative
 *   (EINVAL).
 *
 * param: rmtp
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(struct __kernel_timespec)
 *   desc: Written only when a relative sleep is interrupted; ignored with
 *   TIMER_ABSTIME. NULL is accepted.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 after the full sleep.
 *
 * error: EFAULT, rqtp cannot be read, or rmtp cannot be written after an interruption
 * error: EINTR, a signal handler interrupted the sleep
 * error: EINVAL, which_clock is no clock, the timespec in rqtp is out of range, flags has bits other than TIMER_ABSTIME with an alarm clock, or the clock is the caller's own thread CPU-time clock or one of a missing process
 * error: EOPNOTSUPP, the clock cannot be slept on (CLOCK_THREAD_CPUTIME_ID, the raw and coarse clocks, dynamic clocks), or an alarm clock without a wakeup-capable RTC
 * error: EPERM, an alarm clock without CAP_WAKE_ALARM
 *
 * constraint: clock with sleep support
 *   desc: the fixed ids whose clock can be slept on; negative ids pass
 *   (other processes' CPU-time clocks can, dynamic clocks cannot)
 *   expr: which_clock < 0 || which_clock == CLOCK_REALTIME || which_clock == CLOCK_MONOTONIC || which_clock == CLOCK_PROCESS_CPUTIME_ID || which_clock == CLOCK_BOOTTIME || which_clock == CLOCK_REALTIME_ALARM || which_clock == CLOCK_BOOTTIME_ALARM || which_clock == CLOCK_TAI
 *
 * capability: CAP_WAKE_ALARM
 *   type: grant_permission
 *   allows: Sleep on CLOCK_REALTIME_ALARM and CLOCK_BOOTTIME_ALARM
 *   without: EPERM for the alarm clocks
 *
 * since-version: 2.6.0
 *
 * notes: glibc's clock_nanosleep() returns the error number instead of
 *   -1 with errno, and fails CLOCK_THREAD_CPUTIME_ID with EINVAL itself.
 *   The kernel tests only TIMER_ABSTIME in flags (the alarm clocks reject
 *   other bits); the mask is the one flag that has a meaning.
 */
SYSCALL_DEFINE4(clock_nanosleep, const clockid_t, which_clock, int, flags,
		const struct __kernel_timespec __user *, rqtp,
		struct __kernel_timespec __user *, rmtp)
{
	return 0;
}

/**
 * sys_nanosleep - Sleep for an interval
 * @rqtp: the interval
 * @rmtp: where the time left is stored after an interruption, or NULL
 *
 * long-desc: Suspends the caller for the interval rqtp, measured on
 *   CLOCK_MONOTONIC, or until a signal handler runs.
 *
 * contexts: process, sleepable
 *
 * param: rqtp
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: tv_nsec must be in [0, 999999999] and tv_sec non-negative
 *   (EINVAL).
 *
 * param: rmtp
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(struct __kernel_timespec)
 *   desc: Written only when the sleep is interrupted. NULL is accepted.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 after the full sleep.
 *
 * error: EFAULT, rqtp cannot be read, or rmtp cannot be written after an interruption
 * error: EINTR, a signal handler interrupted the sleep
 * error: EINVAL, the timespec in rqtp is out of range
 *
 * since-version: 2.0
 *
 * notes: glibc 2.36 implements nanosleep() with the clock_nanosleep
 *   syscall (CLOCK_REALTIME, relative), which has the same contract: a
 *   relative CLOCK_REALTIME sleep is not affected by clock changes.
 */
SYSCALL_DEFINE2(nanosleep, struct __kernel_timespec __user *, rqtp,
		struct __kernel_timespec __user *, rmtp)
{
	return 0;
}

/* ---- POSIX per-process timers (kernel/time/posix-timers.c) ----------
 * The kernel's timer_t is an int, the id timer_create() stored; glibc's
 * timer_t is a pointer-sized handle that it maps to that id (and, for
 * SIGEV_THREAD, to its own helper thread), so the glibc wrappers bind no
 * argument to timer_id. */

/**
 * sys_timer_create - Create a per-process timer
 * @which_clock: the clock the timer runs on
 * @timer_event_spec: how expiry is notified, or NULL for SIGALRM
 * @created_timer_id: where the new timer's id is stored
 *
 * long-desc: Creates a disarmed timer on which_clock, owned by the
 *   calling process, and stores its id; timer_settime() arms it. Expiry
 *   sends the signal described by timer_event_spec (SIGEV_SIGNAL, to a
 *   thread with SIGEV_THREAD_ID) or nothing (SIGEV_NONE).
 *
 * contexts: process, sleepable
 *
 * param: which_clock
 *   type: int, input
 *   constraint-type: none
 *   desc: CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_TAI, the
 *   two CPU-time clocks, the alarm clocks (CAP_WAKE_ALARM), or the
 *   negative id of a process's or thread's CPU-time clock.
 *
 * param: timer_event_spec
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: sigev_notify must be SIGEV_NONE, SIGEV_SIGNAL, SIGEV_THREAD
 *   (which the kernel treats as SIGEV_SIGNAL) or SIGEV_SIGNAL |
 *   SIGEV_THREAD_ID (with a thread of the caller's process in
 *   sigev_notify_thread_id); a signal must be in [1, SIGRTMAX] (EINVAL). NULL means SIGEV_SIGNAL with SIGALRM and the timer id as
 *   the signal's value.
 *
 * param: created_timer_id
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(int)
 *   desc: Must be writable; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EAGAIN, no memory for the timer, the caller's RLIMIT_SIGPENDING is reached, or no free timer id is left in the process
 * error: EFAULT, timer_event_spec cannot be read or created_timer_id cannot be written
 * error: EINVAL, which_clock is no clock, the CPU-time clock's process or thread is not found, or timer_event_spec has an unknown notification, a bad signal or a thread outside the caller's process
 * error: EOPNOTSUPP, the clock has no timers (the raw and coarse clocks, dynamic clocks), or an alarm clock without a wakeup-capable RTC
 * error: EPERM, an alarm clock without CAP_WAKE_ALARM
 *
 * constraint: clock with timer support
 *   desc: the fixed ids whose clock can drive a timer; negative ids pass
 *   (CPU-time clocks can, dynamic clocks cannot)
 *   expr: which_clock < 0 || which_clock == CLOCK_REALTIME || which_clock == CLOCK_MONOTONIC || which_clock == CLOCK_PROCESS_CPUTIME_ID || which_clock == CLOCK_THREAD_CPUTIME_ID || which_clock == CLOCK_BOOTTIME || which_clock == CLOCK_REALTIME_ALARM || which_clock == CLOCK_BOOTTIME_ALARM || which_clock == CLOCK_TAI
 *
 * capability: CAP_WAKE_ALARM
 *   type: grant_permission
 *   allows: Create timers on CLOCK_REALTIME_ALARM and CLOCK_BOOTTIME_ALARM
 *   without: EPERM for the alarm clocks
 *
 * since-version: 2.6.0
 *
 * notes: The manual lists ENOMEM for a failed allocation; 6.12 reports
 *   it as EAGAIN. glibc's timer_create() implements SIGEV_THREAD itself
 *   (a helper thread and SIGEV_THREAD_ID) and passes the CPU-time clock
 *   ids on as the calling process's or thread's negative id; the id it
 *   returns is its own handle.
 */
SYSCALL_DEFINE3(timer_create, const clockid_t, which_clock,
		struct sigevent __user *, timer_event_spec,
		timer_t __user *, created_timer_id)
{
	return 0;
}

/**
 * sys_timer_gettime - Read a timer's remaining time and interval
 * @timer_id: the timer, as timer_create() returned it
 * @setting: where the time left and the interval are stored
 *
 * long-desc: Stores the time until the timer next expires and its reload
 *   interval; both zero mean it is disarmed.
 *
 * contexts: process, sleepable
 *
 * param: timer_id
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An id of a timer of the calling process; others are EINVAL.
 *
 * param: setting
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_itimerspec)
 *   desc: Must be writable; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, setting cannot be written
 * error: EINVAL, timer_id is not a timer of the calling process
 *
 * since-version: 2.6.0
 */
SYSCALL_DEFINE2(timer_gettime, timer_t, timer_id,
		struct __kernel_itimerspec __user *, setting)
{
	return 0;
}

/**
 * sys_timer_getoverrun - Count the expirations a timer signal stands for
 * @timer_id: the timer, as timer_create() returned it
 *
 * long-desc: Returns how many further expirations happened between the
 *   one that queued the timer's last signal and its delivery.
 *
 * contexts: process, sleepable
 *
 * param: timer_id
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An id of a timer of the calling process; others are EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The overrun count of the last delivered signal, at most
 *   INT_MAX.
 *
 * error: EINVAL, timer_id is not a timer of the calling process
 *
 * since-version: 2.6.0
 */
SYSCALL_DEFINE1(timer_getoverrun, timer_t, timer_id)
{
	return 0;
}

/**
 * sys_timer_settime - Arm or disarm a timer
 * @timer_id: the timer, as timer_create() returned it
 * @flags: 0 for a relative expiry, TIMER_ABSTIME for an absolute one
 * @new_setting: the first expiry and the reload interval
 * @old_setting: where the previous setting is stored, or NULL
 *
 * long-desc: Arms the timer to expire at new_setting->it_value (an
 *   interval, or a time on the timer's clock with TIMER_ABSTIME) and then
 *   every it_interval; a zero it_value disarms it.
 *
 * contexts: process, sleepable
 *
 * param: timer_id
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An id of a timer of the calling process; others are EINVAL.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(TIMER_ABSTIME)
 *   desc: Other bits are ignored by the kernel.
 *
 * param: new_setting
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_itimerspec)
 *   desc: Both timespecs need tv_nsec in [0, 999999999] and a
 *   non-negative tv_sec (EINVAL). NULL is EINVAL, not EFAULT.
 *
 * param: old_setting
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(struct __kernel_itimerspec)
 *   desc: NULL means the previous setting is not returned.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, new_setting cannot be read or old_setting cannot be written (the timer is already changed in the second case)
 * error: EINVAL, new_setting is NULL or holds an out-of-range timespec, or timer_id is not a timer of the calling process
 * error: ESRCH, the process or thread of a CPU-time timer has been reaped
 *
 * since-version: 2.6.0
 *
 * notes: Only TIMER_ABSTIME is tested in flags; the mask is the one flag
 *   with a meaning, the kernel does not reject the others.
 */
SYSCALL_DEFINE4(timer_settime, timer_t, timer_id, int, flags,
		const struct __kernel_itimerspec __user *, new_setting,
		struct __kernel_itimerspec __user *, old_setting)
{
	return 0;
}

/**
 * sys_timer_delete - Delete a timer
 * @timer_id: the timer, as timer_create() returned it
 *
 * long-desc: Disarms the timer and frees it; its id becomes invalid and
 *   may be handed out again. A signal it already queued stays pending.
 *
 * contexts: process, sleepable
 *
 * param: timer_id
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An id of a timer of the calling process; others are EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, timer_id is not a timer of the calling process
 *
 * since-version: 2.6.0
 */
SYSCALL_DEFINE1(timer_delete, timer_t, timer_id)
{
	return 0;
}

/* ---- wall-clock time (kernel/time/time.c) ---------------------------- */

/**
 * sys_time - Read the wall-clock time in seconds
 * @tloc: where the seconds are also stored, or NULL
 *
 * long-desc: Returns the seconds since the Epoch of CLOCK_REALTIME and
 *   stores them in tloc as well when it is not NULL.
 *
 * contexts: process, sleepable
 *
 * param: tloc
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(__kernel_old_time_t)
 *   desc: NULL is accepted.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The seconds since 1970-01-01 00:00:00 UTC.
 *
 * error: EFAULT, tloc is not NULL and cannot be written
 *
 * since-version: 1.0
 *
 * notes: glibc on x86-64 answers time() from the vDSO, where a bad tloc
 *   crashes instead of failing with EFAULT.
 */
SYSCALL_DEFINE1(time, __kernel_old_time_t __user *, tloc)
{
	return 0;
}

/**
 * sys_gettimeofday - Read the wall-clock time and the kernel's time zone
 * @tv: where the seconds and microseconds are stored, or NULL
 * @tz: where the time zone set by settimeofday() is stored, or NULL
 *
 * long-desc: Stores the current CLOCK_REALTIME time in microseconds in
 *   tv and the kernel's time zone record in tz; either may be NULL.
 *
 * contexts: process, sleepable
 *
 * param: tv
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(struct __kernel_old_timeval)
 *   desc: NULL is accepted.
 *
 * param: tz
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(struct timezone)
 *   desc: NULL is accepted; the record holds only what settimeofday()
 *   last stored, not the system's real time zone.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, tv or tz is not NULL and cannot be written
 *
 * since-version: 1.0
 *
 * notes: glibc on x86-64 answers gettimeofday() from the vDSO, where a
 *   bad pointer crashes instead of failing with EFAULT.
 */
SYSCALL_DEFINE2(gettimeofday, struct __kernel_old_timeval __user *, tv,
		struct timezone __user *, tz)
{
	return 0;
}

/**
 * sys_settimeofday - Set the wall-clock time and/or the kernel's time zone
 * @tv: the new time, or NULL to leave it
 * @tz: the new time zone record, or NULL to leave it
 *
 * long-desc: Sets CLOCK_REALTIME to tv and the kernel's time zone record
 *   to tz; either may be NULL. The first call that sets tz without tv
 *   also shifts the clock by the zone offset (a hardware clock kept in
 *   local time).
 *
 * contexts: process, sleepable
 *
 * param: tv
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   size: sizeof(struct __kernel_old_timeval)
 *   desc: tv_usec must be in [0, 999999] and tv_sec non-negative and
 *   below the kernel's time limit (EINVAL). NULL leaves the time.
 *
 * param: tz
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   size: sizeof(struct timezone)
 *   desc: tz_minuteswest must be in [-900, 900] (EINVAL). NULL leaves
 *   the record.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, tv or tz is not NULL and cannot be read
 * error: EINVAL, a field of tv or tz is out of range
 * error: EPERM, the caller lacks CAP_SYS_TIME (even with both pointers NULL)
 *
 * capability: CAP_SYS_TIME
 *   type: grant_permission
 *   allows: Set the time and the time zone record
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: glibc 2.36's settimeofday() does not make this call: it fails
 *   with EINVAL itself when both tv and tz are given, sets tz alone
 *   through this syscall and tv alone through clock_settime().
 */
SYSCALL_DEFINE2(settimeofday, struct __kernel_old_timeval __user *, tv,
		struct timezone __user *, tz)
{
	return 0;
}

/**
 * sys_adjtimex - Read or tune the kernel's clock discipline
 * @txc_p: the adjustments to make, and where the clock's state is returned
 *
 * long-desc: Applies the adjustments selected by the bits of
 *   txc_p->modes (offset, frequency, error estimates, status, time
 *   constant, tick, a time step with ADJ_SETOFFSET, the TAI offset) to
 *   CLOCK_REALTIME and returns the resulting parameters in txc_p. modes 0
 *   only reads them.
 *
 * contexts: process, sleepable
 *
 * param: txc_p
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timex)
 *   desc: Read and written back. With ADJ_TICK, tick must be within 10%
 *   of 10000 (USER_HZ 100); with ADJ_SETOFFSET, time.tv_usec must be
 *   non-negative and below one second (in ns with ADJ_NANO); with
 *   ADJ_FREQUENCY, freq must not overflow when scaled; the bit 0x8000
 *   of the old adjtime() modes (ADJ_OFFSET_SINGLESHOT, ADJ_OFFSET_SS_READ)
 *   needs ADJ_OFFSET with it. Each breach is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The clock state: TIME_OK, TIME_INS, TIME_DEL, TIME_OOP,
 *   TIME_WAIT or TIME_ERROR (the clock is not synchronized).
 *
 * error: EFAULT, txc_p cannot be read or written back
 * error: EINVAL, a field selected by modes is out of range, or the offset of ADJ_SETOFFSET would move the clock out of range
 * error: EPERM, modes asks for a change (anything but 0 and ADJ_OFFSET_SS_READ) without CAP_SYS_TIME
 *
 * capability: CAP_SYS_TIME
 *   type: grant_permission
 *   allows: Change the clock's parameters
 *   without: EPERM unless modes is 0 or ADJ_OFFSET_SS_READ
 *
 * since-version: 1.0
 *
 * notes: glibc 2.36 implements adjtimex() and ntp_adjtime() with
 *   clock_adjtime(CLOCK_REALTIME, ...), which reaches the same code.
 */
SYSCALL_DEFINE1(adjtimex, struct __kernel_timex __user *, txc_p)
{
	return 0;
}

/* ---- process times and system statistics (kernel/sys.c) -------------- */

/**
 * sys_times - Read the CPU times of the process and its children
 * @tbuf: where the times are stored, or NULL
 *
 * long-desc: Stores the user and system CPU time of the calling process
 *   and of its waited-for children, in clock ticks (sysconf(_SC_CLK_TCK)),
 *   and returns the ticks since an arbitrary point in the past.
 *
 * contexts: process, sleepable
 *
 * param: tbuf
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   size: sizeof(struct tms)
 *   desc: NULL is accepted; only the return value is produced then.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Clock ticks elapsed since a point fixed at boot.
 *
 * error: EFAULT, tbuf is not NULL and cannot be written
 *
 * since-version: 1.0
 *
 * notes: glibc's times() reads tbuf itself when the kernel returns
 *   -EFAULT, to tell an error from a tick count that happens to equal
 *   it, so a bad tbuf crashes rather than failing.
 */
SYSCALL_DEFINE1(times, struct tms __user *, tbuf)
{
	return 0;
}

/**
 * sys_getrusage - Read resource usage
 * @who: RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD
 * @ru: where the usage is stored
 *
 * long-desc: Stores in ru the CPU times, peak resident set, page faults,
 *   block I/O and context switch counts of the calling process, of its
 *   waited-for descendants, or of the calling thread.
 *
 * contexts: process, sleepable
 *
 * param: who
 *   type: int, input
 *   constraint-type: enum(RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD)
 *   desc: Any other value is EINVAL, RUSAGE_BOTH (-2) included: the
 *   kernel uses that one internally only.
 *
 * param: ru
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct rusage)
 *   desc: Must be writable; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, ru cannot be written
 * error: EINVAL, who is not RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD
 *
 * since-version: 1.0
 *
 * notes: RUSAGE_THREAD exists since 2.6.26 (glibc: with _GNU_SOURCE).
 */
SYSCALL_DEFINE2(getrusage, int, who, struct rusage __user *, ru)
{
	return 0;
}

/**
 * sys_sysinfo - Read overall system statistics
 * @info: where the statistics are stored
 *
 * long-desc: Stores the uptime, load averages, memory and swap totals and
 *   free amounts (in units of info->mem_unit bytes) and the number of
 *   threads.
 *
 * contexts: process, sleepable
 *
 * param: info
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct sysinfo)
 *   desc: Must be writable; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, info cannot be written
 *
 * since-version: 1.0
 *
 * notes: Inside a time namespace the uptime includes the namespace's
 *   boot-time offset.
 */
SYSCALL_DEFINE1(sysinfo, struct sysinfo __user *, info)
{
	return 0;
}

/* ---- timerfd (fs/timerfd.c; timerfd_create and timerfd_settime are in
 * events.c) ------------------------------------------------------------ */

/**
 * sys_timerfd_gettime - Read a timerfd timer's remaining time and interval
 * @ufd: the timerfd
 * @otmr: where the time left and the interval are stored
 *
 * long-desc: Stores the time until the timer next expires and its reload
 *   interval; both zero mean it is disarmed.
 *
 * contexts: process, sleepable
 *
 * param: ufd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be a timerfd.
 *
 * param: otmr
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_itimerspec)
 *   desc: Must be writable; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, ufd is not an open descriptor
 * error: EFAULT, otmr cannot be written
 * error: EINVAL, ufd is not a timerfd
 *
 * since-version: 2.6.25
 *
 * notes: An interval timer that expired since the last read is moved
 *   forward first; the expirations skipped are added to the count that
 *   read() returns.
 */
SYSCALL_DEFINE2(timerfd_gettime, int, ufd, struct __kernel_itimerspec __user *, otmr)
{
	return 0;
}
