// SPDX-License-Identifier: MIT
/* Default KAPI specs for resource limits (getrlimit, setrlimit,
 * prlimit64), the UTS names (newuname, sethostname, setdomainname), the
 * execution domain (personality) and getcpu.  Facts come from the Linux
 * 6.12 source (kernel/sys.c, kernel/exec_domain.c and the helpers they
 * call) and the manual pages; the words are ours. */

/**
 * sys_getrlimit - Read a resource limit of the calling process
 * @resource: the limit: RLIMIT_CPU ... RLIMIT_RTTIME
 * @rlim: where the soft and hard limits are stored
 *
 * long-desc: Stores the current soft and hard limits of resource for the
 *   caller's process in rlim.
 *
 * contexts: process, sleepable
 *
 * param: resource
 *   type: uint, input
 *   constraint-type: range(0, RLIM_NLIMITS - 1)
 *   desc: One of the RLIMIT_* numbers, below RLIM_NLIMITS (16); larger
 *   values are EINVAL.
 *
 * param: rlim
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: One struct rlimit; NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, resource is not below RLIM_NLIMITS
 * error: EFAULT, rlim cannot be written
 *
 * since-version: 1.0
 *
 * notes: glibc 2.36 on x86_64 implements getrlimit() with prlimit64 (pid
 *   0, no new limit), so its getrlimit(resource, NULL) succeeds; only
 *   the raw syscall fails with EFAULT.
 */
SYSCALL_DEFINE2(getrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	return 0;
}

/**
 * sys_prlimit64 - Read and set a resource limit of any process
 * @pid: the process; 0 for the caller
 * @resource: the limit: RLIMIT_CPU ... RLIMIT_RTTIME
 * @new_rlim: the new limits, or NULL to leave them
 * @old_rlim: where the previous limits are stored, or NULL
 *
 * long-desc: Stores the limits of resource of process pid in old_rlim
 *   when given, then replaces them with new_rlim when given. Both NULL
 *   checks only that the call would be allowed.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A process id, 0 for the caller; one naming no process
 *   (negative ones included) is ESRCH.
 *
 * param: resource
 *   type: uint, input
 *   constraint-type: range(0, RLIM_NLIMITS - 1)
 *   desc: One of the RLIMIT_* numbers, below RLIM_NLIMITS (16); larger
 *   values are EINVAL (tested after the pid and permission checks).
 *
 * param: new_rlim
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: One struct rlimit64, or NULL. rlim_cur above rlim_max is
 *   EINVAL; a hard RLIMIT_NOFILE above fs.nr_open is EPERM; values at or
 *   above RLIM64_INFINITY mean no limit.
 *
 * param: old_rlim
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL, or where one struct rlimit64 is written.
 *
 * capability: CAP_SYS_RESOURCE
 *   type: bypass_check
 *   allows: Raise a hard limit, and act on a process whose ids do not all match the caller's
 *   without: Those are EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, new_rlim cannot be read or old_rlim cannot be written
 * error: ESRCH, no process pid exists
 * error: EPERM, the caller's uid and gid do not match all of the target's ids and it lacks CAP_SYS_RESOURCE in the target's user namespace, a hard limit is raised without CAP_SYS_RESOURCE, or a hard RLIMIT_NOFILE exceeds fs.nr_open
 * error: EINVAL, resource is not below RLIM_NLIMITS, or rlim_cur is above rlim_max in new_rlim
 * error: EACCES, a security module refused
 *
 * since-version: 2.6.36
 *
 * notes: glibc's prlimit() passes its arguments unchanged; on x86_64
 *   glibc 2.36 getrlimit() and setrlimit() also call this syscall, with
 *   pid 0 and the other pointer NULL.
 */
SYSCALL_DEFINE4(prlimit64, pid_t, pid, unsigned int, resource,
		const struct rlimit64 __user *, new_rlim,
		struct rlimit64 __user *, old_rlim)
{
	return 0;
}

/**
 * sys_setrlimit - Set a resource limit of the calling process
 * @resource: the limit: RLIMIT_CPU ... RLIMIT_RTTIME
 * @rlim: the new soft and hard limits
 *
 * long-desc: Replaces the soft and hard limits of resource for the
 *   caller's process. Raising the hard limit needs CAP_SYS_RESOURCE.
 *
 * contexts: process, sleepable
 *
 * param: resource
 *   type: uint, input
 *   constraint-type: range(0, RLIM_NLIMITS - 1)
 *   desc: One of the RLIMIT_* numbers, below RLIM_NLIMITS (16); larger
 *   values are EINVAL.
 *
 * param: rlim
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: One struct rlimit; NULL is EFAULT. rlim_cur above rlim_max is
 *   EINVAL.
 *
 * capability: CAP_SYS_RESOURCE
 *   type: bypass_check
 *   allows: Raise the hard limit
 *   without: Raising it is EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, rlim cannot be read
 * error: EINVAL, resource is not below RLIM_NLIMITS, or rlim_cur is above rlim_max
 * error: EPERM, the hard limit is raised without CAP_SYS_RESOURCE, or a hard RLIMIT_NOFILE exceeds fs.nr_open
 * error: EACCES, a security module refused
 *
 * since-version: 1.0
 *
 * notes: glibc 2.36 on x86_64 implements setrlimit() with prlimit64 (pid
 *   0, no old limit), so its setrlimit(resource, NULL) does nothing and
 *   succeeds; only the raw syscall fails with EFAULT.
 */
SYSCALL_DEFINE2(setrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	return 0;
}

/**
 * sys_newuname - Read the system's names and version
 * @name: where the names are stored
 *
 * long-desc: Fills a struct utsname (the kernel's new_utsname) with the
 *   operating system name, the host name, the release, the version, the
 *   machine and the NIS domain name of the caller's UTS namespace.
 *
 * contexts: process, sleepable
 *
 * param: name
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: One struct utsname (six 65-byte fields); NULL is EFAULT.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, name cannot be written
 *
 * since-version: 1.0
 *
 * notes: glibc's uname() is this syscall (x86_64's uname system call is
 *   sys_newuname). With the UNAME26 personality the release reads as
 *   2.6.x.
 */
SYSCALL_DEFINE1(newuname, struct new_utsname __user *, name)
{
	return 0;
}

/**
 * sys_sethostname - Set the host name of the UTS namespace
 * @name: the new name, not NUL-terminated
 * @len: its length in bytes
 *
 * long-desc: Replaces the node name of the caller's UTS namespace with the
 *   len bytes at name, padded with NUL bytes.
 *
 * contexts: process, sleepable
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: buffer(1)
 *   desc: len bytes are read; with len 0 the name becomes empty and name
 *   is not read.
 *
 * param: len
 *   type: int, input
 *   constraint-type: range(0, __NEW_UTS_LEN)
 *   desc: 0 to __NEW_UTS_LEN (64); other values are EINVAL.
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: Change the host name (in the user namespace owning the UTS namespace)
 *   without: The call is EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the UTS namespace (tested before len)
 * error: EINVAL, len is negative or above 64
 * error: EFAULT, name cannot be read
 *
 * since-version: 1.0
 *
 * notes: glibc's sethostname(name, size_t len) passes len on and the
 *   kernel reads it as an int.
 */
SYSCALL_DEFINE2(sethostname, char __user *, name, int, len)
{
	return 0;
}

/**
 * sys_setdomainname - Set the NIS domain name of the UTS namespace
 * @name: the new name, not NUL-terminated
 * @len: its length in bytes
 *
 * long-desc: Replaces the domain name of the caller's UTS namespace with
 *   the len bytes at name, padded with NUL bytes.
 *
 * contexts: process, sleepable
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: buffer(1)
 *   desc: len bytes are read; with len 0 the name becomes empty and name
 *   is not read.
 *
 * param: len
 *   type: int, input
 *   constraint-type: range(0, __NEW_UTS_LEN)
 *   desc: 0 to __NEW_UTS_LEN (64); other values are EINVAL.
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: Change the domain name (in the user namespace owning the UTS namespace)
 *   without: The call is EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the UTS namespace (tested before len)
 * error: EINVAL, len is negative or above 64
 * error: EFAULT, name cannot be read
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE2(setdomainname, char __user *, name, int, len)
{
	return 0;
}

/**
 * sys_getcpu - Find out which CPU and NUMA node the caller runs on
 * @cpup: where the CPU number is stored, or NULL
 * @nodep: where the NUMA node number is stored, or NULL
 * @unused: ignored (was a cache for older kernels)
 *
 * long-desc: Stores the number of the CPU the caller is running on and its
 *   NUMA node. The answer may be out of date as soon as it is read.
 *
 * contexts: process, sleepable
 *
 * param: cpup
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the CPU is not wanted.
 *
 * param: nodep
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the node is not wanted.
 *
 * param: unused
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Not used since 2.6.24; pass NULL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, cpup or nodep cannot be written
 *
 * since-version: 2.6.19
 *
 * notes: glibc 2.29 and later declare getcpu(cpu, node) in <sched.h>
 *   (_GNU_SOURCE) and pass NULL for the third argument; on x86_64 it goes
 *   through the vDSO, which does the same.
 */
SYSCALL_DEFINE3(getcpu, unsigned __user *, cpup, unsigned __user *, nodep,
		struct getcpu_cache __user *, unused)
{
	return 0;
}

/**
 * sys_personality - Set the execution domain of the calling process
 * @personality: the new persona, or 0xffffffff to only read it
 *
 * long-desc: Replaces the caller's personality (PER_LINUX and the like,
 *   with flags such as ADDR_NO_RANDOMIZE or UNAME26) and returns the
 *   previous one; 0xffffffff leaves it unchanged.
 *
 * contexts: process, sleepable
 *
 * param: personality
 *   type: uint, input
 *   constraint-type: none
 *   desc: Any value is stored as given; there is no check.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The previous personality. The call cannot fail (no PER_* value
 *   or flag uses bit 31, so glibc's int result is not negative unless a
 *   caller stored such a value).
 *
 * since-version: 1.1.20
 *
 * notes: The manual page lists EINVAL for a persona the kernel cannot
 *   change to; 6.12's sys_personality() stores any value and never
 *   fails.
 */
SYSCALL_DEFINE1(personality, unsigned int, personality)
{
	return 0;
}
