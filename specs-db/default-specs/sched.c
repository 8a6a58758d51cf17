// SPDX-License-Identifier: MIT
/* Default KAPI specs for scheduling and priorities: sched_yield and the
 * nice value of processes, groups and users (getpriority, setpriority).
 * Facts come from the Linux 6.12 source (kernel/sched/syscalls.c,
 * kernel/sys.c and the helpers they call) and the manual pages; the words
 * are ours. */

/**
 * sys_sched_yield - Give up the CPU to another runnable task
 *
 * long-desc: Moves the caller to the end of its run queue for its policy
 *   and static priority and lets the scheduler pick another task; when no
 *   other task is runnable the caller goes on running.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: Always 0; the call cannot fail.
 *
 * since-version: 1.3.81
 *
 * notes: Mostly meaningful for SCHED_FIFO and SCHED_RR tasks; for
 *   SCHED_OTHER the fair class only marks the task as skipped once.
 */
SYSCALL_DEFINE0(sched_yield)
{
	return 0;
}

/**
 * sys_getpriority - Read the best nice value of a process, group or user
 * @which: what who names: PRIO_PROCESS, PRIO_PGRP or PRIO_USER
 * @who: the process, process group or user id; 0 for the caller's own
 *
 * long-desc: Looks up every task which and who select (a process, each
 *   member of a process group, or each process of a user) and returns the
 *   highest priority (lowest nice value) among them, encoded as 20 - nice
 *   so that the result is never negative.
 *
 * contexts: process, sleepable
 *
 * param: which
 *   type: int, input
 *   constraint-type: range(PRIO_PROCESS, PRIO_USER)
 *   desc: PRIO_PROCESS (0), PRIO_PGRP (1) or PRIO_USER (2); the kernel
 *   tests which < PRIO_PROCESS || which > PRIO_USER and fails with EINVAL.
 *
 * param: who
 *   type: int, input
 *   constraint-type: none
 *   desc: A pid, process group id or uid according to which; 0 means the
 *   caller, its process group or its real uid. A value naming nothing
 *   gives ESRCH.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 1
 *   desc: 20 - nice, between 1 (nice 19) and 40 (nice -20); -1 and errno
 *   on failure.
 *
 * error: EINVAL, which is not PRIO_PROCESS, PRIO_PGRP or PRIO_USER
 * error: ESRCH, no process matches which and who
 *
 * since-version: 1.0
 *
 * notes: The glibc wrapper turns the kernel's 20 - nice back into the nice
 *   value (-20..19), so through it -1 is also a valid result and callers
 *   must clear errno first to tell it from a failure. The manual page
 *   describes that wrapper; the raw syscall returns 1..40 as above.
 */
SYSCALL_DEFINE2(getpriority, int, which, int, who)
{
	return 0;
}

/**
 * sys_setpriority - Set the nice value of a process, group or user
 * @which: what who names: PRIO_PROCESS, PRIO_PGRP or PRIO_USER
 * @who: the process, process group or user id; 0 for the caller's own
 * @niceval: the new nice value
 *
 * long-desc: Sets the nice value of every task which and who select. The
 *   value is clamped to -20..19 first. Each task is tried in turn; the
 *   last failure is reported, but tasks already changed stay changed.
 *
 * contexts: process, sleepable
 *
 * param: which
 *   type: int, input
 *   constraint-type: range(PRIO_PROCESS, PRIO_USER)
 *   desc: PRIO_PROCESS (0), PRIO_PGRP (1) or PRIO_USER (2); anything else
 *   is EINVAL.
 *
 * param: who
 *   type: int, input
 *   constraint-type: none
 *   desc: A pid, process group id or uid according to which; 0 means the
 *   caller, its process group or its real uid.
 *
 * param: niceval
 *   type: int, input
 *   constraint-type: none
 *   desc: Any int: values below -20 become -20 and values above 19
 *   become 19 (MIN_NICE and MAX_NICE); no value is rejected.
 *
 * capability: CAP_SYS_NICE
 *   type: bypass_check
 *   allows: Lower the nice value below the RLIMIT_NICE ceiling, and change tasks of other users
 *   without: Lowering the nice value beyond RLIMIT_NICE is EACCES; a task whose owner differs from the caller's euid is EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 when at least one task was changed and none refused.
 *
 * error: EINVAL, which is not PRIO_PROCESS, PRIO_PGRP or PRIO_USER
 * error: ESRCH, no process matches which and who
 * error: EPERM, a matching task belongs to another user (its uid and euid differ from the caller's euid) and the caller lacks CAP_SYS_NICE, or a security module refused
 * error: EACCES, the new value is below the task's current nice and beyond what RLIMIT_NICE allows without CAP_SYS_NICE
 *
 * since-version: 1.0
 *
 * notes: The kernel clamps niceval instead of rejecting it, so out of range
 *   values are not a misuse. Lowering the value without CAP_SYS_NICE is
 *   allowed down to the RLIMIT_NICE ceiling (can_nice()); the manual page's
 *   EACCES entry speaks of the capability only and leaves the limit to its
 *   notes.
 */
SYSCALL_DEFINE3(setpriority, int, which, int, who, int, niceval)
{
	return 0;
}

/**
 * sys_sched_get_priority_max - Highest static priority of a policy
 * @policy: a scheduling policy
 *
 * long-desc: Returns the largest sched_priority a thread of the given
 *   policy may have: 99 for the real-time policies, 0 for the others.
 *
 * contexts: process, sleepable
 *
 * param: policy
 *   type: int, input
 *   constraint-type: enum(SCHED_NORMAL, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE, SCHED_DEADLINE, SCHED_EXT)
 *   desc: One policy value exactly; SCHED_RESET_ON_FORK ORed in is not a
 *   policy here and gives EINVAL, as does 4 (the retired SCHED_ISO).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: MAX_RT_PRIO - 1 (99) for SCHED_FIFO and SCHED_RR, 0 otherwise.
 *
 * error: EINVAL, policy is not one of the values above
 *
 * since-version: 2.0
 *
 * notes: 6.12 answers for SCHED_EXT even in a kernel built without
 *   CONFIG_SCHED_CLASS_EXT; the manual page does not list SCHED_EXT yet.
 */
SYSCALL_DEFINE1(sched_get_priority_max, int, policy)
{
	return 0;
}

/**
 * sys_sched_get_priority_min - Lowest static priority of a policy
 * @policy: a scheduling policy
 *
 * long-desc: Returns the smallest sched_priority a thread of the given
 *   policy may have: 1 for the real-time policies, 0 for the others.
 *
 * contexts: process, sleepable
 *
 * param: policy
 *   type: int, input
 *   constraint-type: enum(SCHED_NORMAL, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE, SCHED_DEADLINE, SCHED_EXT)
 *   desc: One policy value exactly; SCHED_RESET_ON_FORK ORed in gives
 *   EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 1 for SCHED_FIFO and SCHED_RR, 0 otherwise.
 *
 * error: EINVAL, policy is not one of the values above
 *
 * since-version: 2.0
 *
 * notes: As for sched_get_priority_max, SCHED_EXT is accepted in 6.12
 *   whatever the configuration.
 */
SYSCALL_DEFINE1(sched_get_priority_min, int, policy)
{
	return 0;
}
