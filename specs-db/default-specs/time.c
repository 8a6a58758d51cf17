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
