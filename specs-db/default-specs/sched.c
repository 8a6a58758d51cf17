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

/**
 * sys_sched_setscheduler - Set the scheduling policy and priority of a thread
 * @pid: the thread; 0 for the caller
 * @policy: the new policy, SCHED_RESET_ON_FORK optionally ORed in
 * @param: the new static priority
 *
 * long-desc: Gives the thread pid the policy and param->sched_priority.
 *   The real-time policies take a priority of 1..99, the others only 0.
 *   SCHED_RESET_ON_FORK ORed into policy makes children of the thread
 *   start with a normal policy and nice value.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A thread id in the caller's pid namespace, 0 for the caller; a
 *   negative pid is EINVAL.
 *
 * param: policy
 *   type: int, input
 *   constraint-type: none
 *   desc: SCHED_OTHER (SCHED_NORMAL), SCHED_FIFO, SCHED_RR, SCHED_BATCH or
 *   SCHED_IDLE, each optionally with SCHED_RESET_ON_FORK ORed in.
 *   SCHED_DEADLINE passes valid_policy() but always fails with EINVAL
 *   here, since this call has no runtime or deadline to give it.
 *   SCHED_EXT is accepted only by kernels built with
 *   CONFIG_SCHED_CLASS_EXT (not x86_64 defconfig); the constraint below
 *   lets it pass so that such kernels are not misjudged.
 *
 * param: param
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: One struct sched_param; NULL is EINVAL. sched_priority must be
 *   1..99 for SCHED_FIFO and SCHED_RR and 0 for the other policies
 *   (EINVAL).
 *
 * constraint: known policy
 *   desc: policy without SCHED_RESET_ON_FORK is SCHED_NORMAL, SCHED_FIFO,
 *   SCHED_RR, SCHED_BATCH, SCHED_IDLE or SCHED_EXT; negative values,
 *   SCHED_DEADLINE, 4 and other numbers are EINVAL
 *   expr: policy >= 0 && ((policy & ~SCHED_RESET_ON_FORK) == SCHED_NORMAL || (policy & ~SCHED_RESET_ON_FORK) == SCHED_FIFO || (policy & ~SCHED_RESET_ON_FORK) == SCHED_RR || (policy & ~SCHED_RESET_ON_FORK) == SCHED_BATCH || (policy & ~SCHED_RESET_ON_FORK) == SCHED_IDLE || (policy & ~SCHED_RESET_ON_FORK) == SCHED_EXT)
 *
 * capability: CAP_SYS_NICE
 *   type: bypass_check
 *   allows: Select a real-time policy or raise the priority beyond RLIMIT_RTPRIO, lower the nice value beyond RLIMIT_NICE, change threads of other users, clear the reset-on-fork setting
 *   without: Those changes are EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, pid is negative, param is NULL, the policy is not one the kernel knows or is SCHED_DEADLINE, the priority does not fit the policy, or the thread is a CPU stopper thread
 * error: EFAULT, param cannot be read
 * error: ESRCH, no thread pid exists
 * error: EPERM, the change needs CAP_SYS_NICE (see the capability), or a real-time policy is asked for in a group without real-time runtime (CONFIG_RT_GROUP_SCHED)
 * error: EBUSY, the thread currently runs at a deadline priority inherited through a priority-inheritance lock and the deadline bandwidth check refuses the change
 * error: EACCES, a security module or a loaded sched_ext scheduler refused
 *
 * since-version: 2.0
 *
 * notes: SCHED_DEADLINE needs sched_setattr(); the manual page does not
 *   say that sched_setscheduler() rejects it with EINVAL. Out of range
 *   priorities are checked before permissions, so they are EINVAL even
 *   for a caller without privileges.
 */
SYSCALL_DEFINE3(sched_setscheduler, pid_t, pid, int, policy, struct sched_param __user *, param)
{
	return 0;
}

/**
 * sys_sched_setparam - Set the static priority of a thread, keeping its policy
 * @pid: the thread; 0 for the caller
 * @param: the new static priority
 *
 * long-desc: Like sched_setscheduler() with the thread's current policy
 *   and reset-on-fork setting: only param->sched_priority changes.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A thread id, 0 for the caller; negative is EINVAL.
 *
 * param: param
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: One struct sched_param; NULL is EINVAL. The priority must suit
 *   the current policy: 1..99 for SCHED_FIFO and SCHED_RR, 0 otherwise.
 *
 * capability: CAP_SYS_NICE
 *   type: bypass_check
 *   allows: Raise a real-time priority beyond RLIMIT_RTPRIO, change threads of other users
 *   without: Those changes are EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, pid is negative, param is NULL, the priority does not fit the thread's policy (a SCHED_DEADLINE thread always), or the thread is a CPU stopper thread
 * error: EFAULT, param cannot be read
 * error: ESRCH, no thread pid exists
 * error: EPERM, the change needs CAP_SYS_NICE, or real-time runtime is missing in the thread's group (CONFIG_RT_GROUP_SCHED)
 * error: EBUSY, the thread currently runs at a deadline priority inherited through a priority-inheritance lock and the deadline bandwidth check refuses the change
 * error: EACCES, a security module or a loaded sched_ext scheduler refused
 *
 * since-version: 2.0
 */
SYSCALL_DEFINE2(sched_setparam, pid_t, pid, struct sched_param __user *, param)
{
	return 0;
}

/**
 * sys_sched_setattr - Set the policy and all scheduling attributes of a thread
 * @pid: the thread; 0 for the caller
 * @uattr: the new attributes (struct sched_attr)
 * @flags: reserved, must be 0
 *
 * long-desc: The extended form of sched_setscheduler(): the struct carries
 *   the policy, sched_flags, nice value, real-time priority, the
 *   SCHED_DEADLINE runtime, deadline and period, and the utilization
 *   clamps. It is the only way to select SCHED_DEADLINE.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A thread id, 0 for the caller; negative is EINVAL.
 *
 * param: uattr
 *   type: user_ptr, input, output
 *   constraint-type: user_ptr
 *   desc: NULL is EINVAL. Its size field gives the struct size the
 *   caller knows: 0 means SCHED_ATTR_SIZE_VER0 (48); below 48 or above
 *   PAGE_SIZE, or larger than the kernel's struct with nonzero bytes in
 *   the excess, is E2BIG and the kernel writes its own size into size.
 *   sched_flags may hold only SCHED_FLAG_ALL bits (EINVAL otherwise);
 *   the SCHED_FLAG_UTIL_CLAMP bits need size >= SCHED_ATTR_SIZE_VER1
 *   (56) and a kernel with CONFIG_UCLAMP_TASK (else EOPNOTSUPP). A
 *   sched_policy that is negative as an int is EINVAL even with
 *   SCHED_FLAG_KEEP_POLICY, which otherwise makes the field ignored;
 *   sched_nice is clamped to -20..19.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * capability: CAP_SYS_NICE
 *   type: bypass_check
 *   allows: Select SCHED_DEADLINE or a real-time policy beyond RLIMIT_RTPRIO, lower the nice value beyond RLIMIT_NICE, change threads of other users
 *   without: Those changes are EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, pid is negative, uattr is NULL, flags is not 0, or the attributes are invalid (unknown policy or sched_flags bit, priority not fitting the policy, bad deadline parameters, bad clamp values, clamps with a version 0 struct)
 * error: E2BIG, the size field is out of range, or the struct is larger than the kernel's and the excess is not zero
 * error: EFAULT, uattr cannot be read
 * error: ESRCH, no thread pid exists
 * error: EPERM, the change needs CAP_SYS_NICE, SCHED_DEADLINE is asked for a thread whose affinity is narrower than its root domain or with no deadline bandwidth, or real-time runtime is missing in the group
 * error: EBUSY, not enough deadline bandwidth for the SCHED_DEADLINE parameters
 * error: EOPNOTSUPP, utilization clamps are asked for and the kernel lacks CONFIG_UCLAMP_TASK
 * error: EACCES, a security module or a loaded sched_ext scheduler refused
 *
 * since-version: 3.14
 *
 * notes: glibc 2.36 has no wrapper; call it through syscall(). The checks
 *   on the struct's fields cannot be stated on the arguments and are
 *   described only.
 */
SYSCALL_DEFINE3(sched_setattr, pid_t, pid, struct sched_attr __user *, uattr,
			       unsigned int, flags)
{
	return 0;
}

/**
 * sys_sched_getscheduler - Read the scheduling policy of a thread
 * @pid: the thread; 0 for the caller
 *
 * long-desc: Returns the thread's policy, with SCHED_RESET_ON_FORK ORed in
 *   when that setting is on.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A thread id, 0 for the caller; negative is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The policy (SCHED_OTHER, SCHED_FIFO, ...), possibly with
 *   SCHED_RESET_ON_FORK set.
 *
 * error: EINVAL, pid is negative
 * error: ESRCH, no thread pid exists
 * error: EACCES, a security module refused
 *
 * since-version: 2.0
 */
SYSCALL_DEFINE1(sched_getscheduler, pid_t, pid)
{
	return 0;
}

/**
 * sys_sched_getparam - Read the static priority of a thread
 * @pid: the thread; 0 for the caller
 * @param: where the priority is stored
 *
 * long-desc: Stores the real-time priority of the thread in
 *   param->sched_priority, 0 for a thread not under SCHED_FIFO or
 *   SCHED_RR.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A thread id, 0 for the caller; negative is EINVAL.
 *
 * param: param
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: One struct sched_param; NULL is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, pid is negative or param is NULL
 * error: EFAULT, param cannot be written
 * error: ESRCH, no thread pid exists
 * error: EACCES, a security module refused
 *
 * since-version: 2.0
 */
SYSCALL_DEFINE2(sched_getparam, pid_t, pid, struct sched_param __user *, param)
{
	return 0;
}

/**
 * sys_sched_getattr - Read the policy and scheduling attributes of a thread
 * @pid: the thread; 0 for the caller
 * @uattr: where the attributes are stored
 * @usize: size of the caller's struct sched_attr
 * @flags: reserved, must be 0
 *
 * long-desc: Fills a struct sched_attr with the thread's policy, flags,
 *   nice value or priority, deadline parameters and clamps. At most usize
 *   bytes are written and the size field says how many.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A thread id, 0 for the caller; negative is EINVAL.
 *
 * param: uattr
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: NULL is EINVAL. min(usize, the kernel's struct size) bytes are
 *   written, so a usize larger than the object is not an overflow.
 *
 * param: usize
 *   type: uint, input
 *   constraint-type: range(SCHED_ATTR_SIZE_VER0, PAGE_SIZE)
 *   desc: From SCHED_ATTR_SIZE_VER0 (48) to PAGE_SIZE; other values are
 *   EINVAL.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, pid is negative, uattr is NULL, usize is below 48 or above PAGE_SIZE, or flags is not 0
 * error: EFAULT, uattr cannot be written
 * error: ESRCH, no thread pid exists
 * error: EACCES, a security module refused
 *
 * since-version: 3.14
 *
 * notes: glibc 2.36 has no wrapper; call it through syscall().
 */
SYSCALL_DEFINE4(sched_getattr, pid_t, pid, struct sched_attr __user *, uattr,
		unsigned int, usize, unsigned int, flags)
{
	return 0;
}

/**
 * sys_sched_setaffinity - Set the CPUs a thread may run on
 * @pid: the thread; 0 for the caller
 * @len: size in bytes of the mask at user_mask_ptr
 * @user_mask_ptr: the CPU bit mask
 *
 * long-desc: Restricts the thread to the CPUs whose bits are set, within
 *   what its cpuset allows. A mask shorter than the kernel's is extended
 *   with zero bits; a longer one is cut to the kernel's size.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A thread id, 0 for the caller. Unlike the other sched_ calls
 *   there is no sign test: a negative pid finds no thread (ESRCH).
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Any length; only min(len, the kernel's cpumask size) bytes are
 *   read.
 *
 * param: user_mask_ptr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: The mask, an array of unsigned long; NULL is EFAULT (or EINVAL
 *   for len 0, as the mask is then empty).
 *
 * capability: CAP_SYS_NICE
 *   type: bypass_check
 *   allows: Change the affinity of threads of other users
 *   without: That is EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, the mask cannot be read
 * error: EINVAL, the mask holds no CPU that is online and allowed by the cpuset, or the thread's affinity cannot be changed (PF_NO_SETAFFINITY kernel threads)
 * error: ESRCH, no thread pid exists
 * error: EPERM, the thread belongs to another user and the caller lacks CAP_SYS_NICE
 * error: EBUSY, the thread is SCHED_DEADLINE and the mask does not cover its root domain
 * error: ENOMEM, no memory for the kernel's copies of the mask
 * error: EACCES, a security module refused
 *
 * since-version: 2.5.8
 *
 * notes: glibc's sched_setaffinity(pid, cpusetsize, mask) passes its
 *   arguments unchanged.
 */
SYSCALL_DEFINE3(sched_setaffinity, pid_t, pid, unsigned int, len,
		unsigned long __user *, user_mask_ptr)
{
	return 0;
}

/**
 * sys_sched_getaffinity - Read the CPUs a thread may run on
 * @pid: the thread; 0 for the caller
 * @len: size in bytes of the buffer at user_mask_ptr
 * @user_mask_ptr: where the CPU bit mask is stored
 *
 * long-desc: Stores the thread's allowed CPUs that are active as a bit
 *   mask and returns the number of bytes written, the smaller of len and
 *   the kernel's cpumask size.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A thread id, 0 for the caller; a negative pid finds no thread
 *   (ESRCH).
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Must hold nr_cpu_ids bits (len * 8 >= nr_cpu_ids, a run-time
 *   value) and be a multiple of sizeof(unsigned long); else EINVAL.
 *
 * param: user_mask_ptr
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: The buffer; NULL is EFAULT.
 *
 * constraint: whole longs
 *   desc: len is a nonzero multiple of sizeof(unsigned long) (the
 *   nr_cpu_ids test rejects 0 on every machine)
 *   expr: len != 0 && (len & (__BITS_PER_LONG / 8 - 1)) == 0
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes written by the syscall. glibc's
 *   sched_getaffinity() returns 0 instead and zeroes the rest of the
 *   caller's buffer.
 *
 * error: EINVAL, len is too small for nr_cpu_ids bits or not a multiple of sizeof(unsigned long)
 * error: EFAULT, the buffer cannot be written
 * error: ESRCH, no thread pid exists
 * error: ENOMEM, no memory for the kernel's copy of the mask
 * error: EACCES, a security module refused
 *
 * since-version: 2.5.8
 *
 * notes: glibc 2.36 passes min(cpusetsize, INT_MAX) as len; INT_MAX is
 *   odd, so an oversized size fails the same way.
 */
SYSCALL_DEFINE3(sched_getaffinity, pid_t, pid, unsigned int, len,
		unsigned long __user *, user_mask_ptr)
{
	return 0;
}

/**
 * sys_sched_rr_get_interval - Read the time slice of a thread
 * @pid: the thread; 0 for the caller
 * @interval: where the time slice is stored
 *
 * long-desc: Stores the length of the thread's time slice: the round
 *   robin quantum for SCHED_RR, the current fair share slice for the fair
 *   policies, 0 (no limit) for SCHED_FIFO and others without slices.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A thread id, 0 for the caller; negative is EINVAL.
 *
 * param: interval
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: One struct timespec; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, pid is negative
 * error: EFAULT, interval cannot be written
 * error: ESRCH, no thread pid exists
 * error: EACCES, a security module refused
 *
 * since-version: 2.0
 */
SYSCALL_DEFINE2(sched_rr_get_interval, pid_t, pid,
		struct __kernel_timespec __user *, interval)
{
	return 0;
}

/**
 * sys_ioprio_get - Read the I/O priority of a process, group or user
 * @which: what who names: IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP or IOPRIO_WHO_USER
 * @who: the thread, process group or user id; 0 for the caller's own
 *
 * long-desc: Returns the I/O priority (class and level, as built by
 *   IOPRIO_PRIO_VALUE) of the thread who, or the highest one among the
 *   threads of a process group or of a user.
 *
 * contexts: process, sleepable
 *
 * param: which
 *   type: int, input
 *   constraint-type: enum(IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP, IOPRIO_WHO_USER)
 *   desc: 1, 2 or 3; any other value is EINVAL (the switch's default).
 *
 * param: who
 *   type: int, input
 *   constraint-type: none
 *   desc: A thread id, process group id or uid according to which; 0
 *   means the caller, its process group or its real uid.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The I/O priority; a thread that never set one reports
 *   IOPRIO_DEFAULT (class IOPRIO_CLASS_NONE).
 *
 * error: EINVAL, which is not IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP or IOPRIO_WHO_USER
 * error: ESRCH, no thread matches which and who
 * error: EACCES, a security module refused to reveal the thread's priority (IOPRIO_WHO_PROCESS; for groups and users such threads are skipped)
 *
 * since-version: 2.6.13
 *
 * notes: glibc has no wrapper; call it through syscall(). The value the
 *   kernel reports for one thread is its raw setting, while for groups
 *   and users the effective priority of each thread is compared.
 */
SYSCALL_DEFINE2(ioprio_get, int, which, int, who)
{
	return 0;
}

/**
 * sys_ioprio_set - Set the I/O priority of a process, group or user
 * @which: what who names: IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP or IOPRIO_WHO_USER
 * @who: the thread, process group or user id; 0 for the caller's own
 * @ioprio: the new priority, IOPRIO_PRIO_VALUE(class, level)
 *
 * long-desc: Sets the I/O priority of the thread who, or of every thread
 *   of a process group or of a user. The priority value is checked first,
 *   before which and who.
 *
 * contexts: process, sleepable
 *
 * param: which
 *   type: int, input
 *   constraint-type: enum(IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP, IOPRIO_WHO_USER)
 *   desc: 1, 2 or 3; any other value is EINVAL.
 *
 * param: who
 *   type: int, input
 *   constraint-type: none
 *   desc: A thread id, process group id or uid according to which; 0
 *   means the caller, its process group or its real uid.
 *
 * param: ioprio
 *   type: int, input
 *   constraint-type: none
 *   desc: The class in bits 13..15 (IOPRIO_CLASS_NONE, _RT, _BE or _IDLE;
 *   4..7 are EINVAL), the level in bits 0..2 and, since 6.5, a hint in
 *   bits 3..12. IOPRIO_CLASS_NONE takes level 0 only; IOPRIO_CLASS_RT
 *   needs CAP_SYS_ADMIN or CAP_SYS_NICE.
 *
 * constraint: known class
 *   desc: the class of ioprio is IOPRIO_CLASS_NONE, IOPRIO_CLASS_RT,
 *   IOPRIO_CLASS_BE or IOPRIO_CLASS_IDLE
 *   expr: ((ioprio >> IOPRIO_CLASS_SHIFT) & IOPRIO_CLASS_MASK) <= IOPRIO_CLASS_IDLE
 *
 * constraint: no level without a class
 *   desc: IOPRIO_CLASS_NONE comes with level 0
 *   expr: ((ioprio >> IOPRIO_CLASS_SHIFT) & IOPRIO_CLASS_MASK) != IOPRIO_CLASS_NONE || (ioprio & (IOPRIO_NR_LEVELS - 1)) == 0
 *
 * capability: CAP_SYS_NICE
 *   type: bypass_check
 *   allows: Use the real-time class (CAP_SYS_ADMIN does too), change threads of other users
 *   without: Those are EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, the class of ioprio is not NONE, RT, BE or IDLE, class NONE has a nonzero level, or which is not one of the three selectors
 * error: EPERM, the real-time class without CAP_SYS_ADMIN or CAP_SYS_NICE, or a thread whose real uid is not the caller's real or effective uid without CAP_SYS_NICE
 * error: ESRCH, no thread matches which and who
 * error: ENOMEM, no memory for a thread's I/O context
 * error: EACCES, a security module refused
 *
 * since-version: 2.6.13
 *
 * notes: glibc has no wrapper; call it through syscall(). For process
 *   groups and users the first failure stops the walk and earlier threads
 *   keep their new priority.
 */
SYSCALL_DEFINE3(ioprio_set, int, which, int, who, int, ioprio)
{
	return 0;
}

/**
 * sys_membarrier - Issue or register for memory barriers on other threads
 * @cmd: one MEMBARRIER_CMD_* command
 * @flags: 0, or MEMBARRIER_CMD_FLAG_CPU with MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ
 * @cpu_id: the CPU to target when flags is MEMBARRIER_CMD_FLAG_CPU
 *
 * long-desc: Makes every thread of the process (private commands) or of
 *   the system (global commands) pass a full memory barrier, registers the
 *   process for the expedited forms, or reports the supported commands
 *   (MEMBARRIER_CMD_QUERY) or the process's registrations.
 *
 * contexts: process, sleepable
 *
 * param: cmd
 *   type: int, input
 *   constraint-type: enum(MEMBARRIER_CMD_QUERY, MEMBARRIER_CMD_GLOBAL, MEMBARRIER_CMD_GLOBAL_EXPEDITED, MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED, MEMBARRIER_CMD_PRIVATE_EXPEDITED, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_GET_REGISTRATIONS)
 *   desc: Exactly one command. The values are single bits (QUERY is 0)
 *   so that QUERY's answer can be a mask of them, but two commands
 *   cannot be ORed together; any other value is EINVAL.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MEMBARRIER_CMD_FLAG_CPU)
 *   desc: Must be 0, except that MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ
 *   also takes MEMBARRIER_CMD_FLAG_CPU; else EINVAL.
 *
 * param: cpu_id
 *   type: int, input
 *   constraint-type: none
 *   desc: Read only with MEMBARRIER_CMD_FLAG_CPU. A CPU that is not
 *   online (or out of range) makes the call a successful no-op.
 *
 * constraint: CPU flag for RSEQ only
 *   desc: MEMBARRIER_CMD_FLAG_CPU only with MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ
 *   expr: flags == 0 || cmd == MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: MEMBARRIER_CMD_QUERY: the mask of supported commands;
 *   MEMBARRIER_CMD_GET_REGISTRATIONS: the mask of the process's
 *   registrations; 0 for the other commands.
 *
 * error: EINVAL, cmd is not a command, flags is not allowed for cmd, MEMBARRIER_CMD_GLOBAL on a nohz_full system, or a SYNC_CORE or RSEQ command on a kernel without support for it
 * error: EPERM, a private expedited command without the matching registration first
 * error: ENOMEM, no memory for the temporary CPU mask
 *
 * since-version: 4.3
 *
 * notes: glibc has no wrapper; call it through syscall(). The RSEQ
 *   commands need CONFIG_RSEQ, and the SYNC_CORE ones an architecture
 *   with membarrier sync-core support (x86 has it). The whole call needs
 *   CONFIG_MEMBARRIER (on by default). MEMBARRIER_CMD_GET_REGISTRATIONS
 *   is new in 6.3, MEMBARRIER_CMD_FLAG_CPU in 5.10.
 */
SYSCALL_DEFINE3(membarrier, int, cmd, unsigned int, flags, int, cpu_id)
{
	return 0;
}
