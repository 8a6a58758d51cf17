// SPDX-License-Identifier: MIT
/* Default KAPI specs for process identity (pids, process groups, sessions,
 * user and group ids, supplementary groups, the umask) and for signals sent
 * to processes and threads (kill, tgkill, tkill).
 * Facts come from the Linux 6.12 source (kernel/sys.c, kernel/groups.c,
 * kernel/signal.c and the helpers they call) and the manual pages; the
 * words are ours. */

/* ---- process and thread ids ------------------------------------------ */

/**
 * sys_getpid - Return the caller's process id
 *
 * long-desc: Returns the thread group id of the caller as seen from its
 *   own pid namespace: the pid shared by every thread of the process.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The process id; always positive, the call cannot fail.
 *
 * since-version: 1.0
 *
 * notes: The kernel's pid is glibc's thread id; what userspace calls the
 *   pid is the kernel's tgid, which this returns. glibc 2.25 and later no
 *   longer cache the value.
 */
SYSCALL_DEFINE0(getpid)
{
	return 0;
}

/**
 * sys_gettid - Return the caller's thread id
 *
 * long-desc: Returns the id of the calling thread in its pid namespace.
 *   It equals getpid() in the thread group leader only.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The thread id; always positive, the call cannot fail.
 *
 * since-version: 2.4.11
 *
 * notes: The C library wraps it as gettid() since glibc 2.30 (with
 *   _GNU_SOURCE); older programs use syscall(SYS_gettid).
 */
SYSCALL_DEFINE0(gettid)
{
	return 0;
}

/**
 * sys_getppid - Return the process id of the caller's parent
 *
 * long-desc: Returns the thread group id of the real parent (the process
 *   that will be told of the caller's exit), read under RCU, in the
 *   caller's pid namespace.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The parent's process id, or 0 when the parent is outside the
 *   caller's pid namespace (for example for the namespace's init). The
 *   call cannot fail.
 *
 * since-version: 1.0
 *
 * notes: After the parent exits the caller is reparented (to a
 *   subreaper or the namespace's init), so the value can change between
 *   two calls.
 */
SYSCALL_DEFINE0(getppid)
{
	return 0;
}

/* ---- user and group ids -------------------------------------------- */

/**
 * sys_getuid - Return the caller's real user id
 *
 * long-desc: Returns the real user id of the calling thread, mapped into
 *   the caller's user namespace.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: uint
 *   check-type: range
 *   success: >= 0
 *   desc: The real uid. An id with no mapping in the caller's user
 *   namespace reads as the overflow uid (65534 by default). The call
 *   cannot fail.
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE0(getuid)
{
	return 0;
}

/**
 * sys_geteuid - Return the caller's effective user id
 *
 * long-desc: Returns the effective user id of the calling thread, mapped
 *   into the caller's user namespace.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: uint
 *   check-type: range
 *   success: >= 0
 *   desc: The effective uid, or the overflow uid when it has no mapping
 *   in the caller's user namespace. The call cannot fail.
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE0(geteuid)
{
	return 0;
}

/**
 * sys_getgid - Return the caller's real group id
 *
 * long-desc: Returns the real group id of the calling thread, mapped into
 *   the caller's user namespace.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: uint
 *   check-type: range
 *   success: >= 0
 *   desc: The real gid, or the overflow gid (65534 by default) when it
 *   has no mapping in the caller's user namespace. The call cannot fail.
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE0(getgid)
{
	return 0;
}

/**
 * sys_getegid - Return the caller's effective group id
 *
 * long-desc: Returns the effective group id of the calling thread, mapped
 *   into the caller's user namespace.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: uint
 *   check-type: range
 *   success: >= 0
 *   desc: The effective gid, or the overflow gid when it has no mapping
 *   in the caller's user namespace. The call cannot fail.
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE0(getegid)
{
	return 0;
}

/* ---- process groups and sessions ----------------------------------- */

/**
 * sys_setpgid - Move a process into a process group
 * @pid: process to move; 0 for the caller
 * @pgid: group to join or create; 0 for the group whose id is pid
 *
 * long-desc: Puts the process pid (the caller or one of its children) into
 *   the process group pgid of the same session. When pgid equals pid a new
 *   group led by pid is created. Shells use it for job control.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: 0 means the caller. Otherwise the caller itself or a child of
 *   the caller; any other process, and any negative value, gives ESRCH.
 *
 * param: pgid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: 0 means the same value as pid. A negative value gives EINVAL.
 *   A pgid other than pid must name an existing group of the caller's
 *   session.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once pid is in the group.
 *
 * error: EACCES, pid is a child of the caller that has already called execve(), or a security module refused
 * error: EINVAL, pgid is negative, or pid is a thread that is not its thread group's leader
 * error: EPERM, the child is in another session, pid is a session leader, or pgid names no group of the caller's session
 * error: ESRCH, pid is negative, names no process, or names a process that is neither the caller nor a child of it
 *
 * since-version: 1.0
 *
 * notes: Kernel and manual page disagree in detail: the manual does not
 *   list the EINVAL for a pid that is a non-leader thread (6.12 checks
 *   thread_group_leader()), nor EACCES from a security module (SELinux
 *   and Smack check setpgid). A negative pid is looked up and not found,
 *   so it fails with ESRCH, or with EINVAL when pgid is 0 (pgid then takes
 *   the negative pid).
 */
SYSCALL_DEFINE2(setpgid, pid_t, pid, pid_t, pgid)
{
	return 0;
}

/**
 * sys_getpgid - Return the process group id of a process
 * @pid: process to ask about; 0 for the caller
 *
 * long-desc: Returns the id of the process group that pid belongs to, as
 *   seen from the caller's pid namespace.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: 0 means the caller. A negative value names no process (ESRCH).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The process group id; 0 when the group lies outside the
 *   caller's pid namespace.
 *
 * error: EACCES, a security module refused to reveal pid's group
 * error: ESRCH, no process pid exists in the caller's pid namespace
 *
 * since-version: 1.0
 *
 * notes: The manual page lists only ESRCH; an LSM (SELinux, Smack) can
 *   refuse with EACCES. Unlike getsid(), the group of any process in the
 *   namespace can be read, not only the caller's session's.
 */
SYSCALL_DEFINE1(getpgid, pid_t, pid)
{
	return 0;
}

/**
 * sys_getpgrp - Return the caller's process group id
 *
 * long-desc: The same as getpgid(0): the id of the caller's process
 *   group in its pid namespace.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The process group id; 0 when the group lies outside the
 *   caller's pid namespace. The call cannot fail.
 *
 * since-version: 1.0
 *
 * notes: Built only where the architecture defines
 *   __ARCH_WANT_SYS_GETPGRP (x86 does; arm64, riscv and the other
 *   asm-generic ports do not, and the C library uses getpgid(0) there).
 */
SYSCALL_DEFINE0(getpgrp)
{
	return 0;
}

/**
 * sys_getsid - Return the session id of a process
 * @pid: process to ask about; 0 for the caller
 *
 * long-desc: Returns the id of the session that pid belongs to (the pid
 *   of its session leader) in the caller's pid namespace.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: 0 means the caller. A negative value names no process (ESRCH).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The session id; 0 when the session leader lies outside the
 *   caller's pid namespace.
 *
 * error: EACCES, a security module refused to reveal pid's session
 * error: ESRCH, no process pid exists in the caller's pid namespace
 *
 * since-version: 2.0
 *
 * notes: The manual page lists EPERM for a process of another session;
 *   Linux never returns it (the manual says so too). An LSM (SELinux,
 *   Smack) can refuse with EACCES, which the manual does not list.
 */
SYSCALL_DEFINE1(getsid, pid_t, pid)
{
	return 0;
}

/**
 * sys_setsid - Start a new session with the caller as its leader
 *
 * long-desc: Makes the caller's process the leader of a new session and
 *   of a new process group, both with its pid as id, and drops its
 *   controlling terminal.
 *
 * contexts: process, sleepable
 *
 * side-effect: process_state
 *   target: the caller's session, process group and controlling terminal
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The new session id, which is the caller's process id.
 *
 * error: EPERM, the caller is already a session leader, or a process group with the caller's pid as id exists (the caller leads one)
 *
 * since-version: 1.0
 *
 * notes: Call it from a child after fork(): a child is never a group
 *   leader, so it cannot fail there.
 */
SYSCALL_DEFINE0(setsid)
{
	return 0;
}

/* ---- set user and group ids ---------------------------------------- */

/**
 * sys_setregid - Set the real and effective group ids
 * @rgid: new real gid, or -1 to keep it
 * @egid: new effective gid, or -1 to keep it
 *
 * long-desc: Changes the real and effective group ids of the calling
 *   thread. Without CAP_SETGID the real gid may only be set to the real or
 *   effective gid, and the effective gid to the real, effective or saved
 *   gid. The saved gid follows the new effective gid when the real gid
 *   is set, or the effective gid is set to something other than the old
 *   real gid. The filesystem gid always follows the effective gid.
 *
 * contexts: process, sleepable
 *
 * param: rgid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (gid_t)-1 leaves the real gid unchanged. Any other value must
 *   be mapped in the caller's user namespace (EINVAL otherwise).
 *
 * param: egid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (gid_t)-1 leaves the effective gid unchanged; any other value
 *   must be mapped in the caller's user namespace.
 *
 * capability: CAP_SETGID
 *   type: bypass_check
 *   allows: Set the real and effective gids to any mapped gid
 *   without: Only the real, effective or saved gid may be chosen (EPERM)
 *
 * side-effect: modify_state
 *   target: the calling thread's credentials (gid, egid, sgid, fsgid)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new credentials are installed.
 *
 * error: EINVAL, rgid or egid is not -1 and has no mapping in the caller's user namespace
 * error: ENOMEM, the new credentials could not be allocated
 * error: EPERM, a change the rules above forbid without CAP_SETGID, or a security module (such as SafeSetID) refused
 *
 * since-version: 1.0
 *
 * notes: Credentials are per thread in the kernel; the C library's
 *   wrapper applies the change to every thread of the process (see
 *   nptl(7)). The manual page does not list ENOMEM.
 */
SYSCALL_DEFINE2(setregid, gid_t, rgid, gid_t, egid)
{
	return 0;
}

/**
 * sys_setgid - Set the group id
 * @gid: the new gid
 *
 * long-desc: With CAP_SETGID sets the real, effective, saved and
 *   filesystem gids to gid. Without it only the effective and filesystem
 *   gids change, and gid must be the real or saved gid.
 *
 * contexts: process, sleepable
 *
 * param: gid
 *   type: uint, input
 *   constraint-type: range(0, UINT_MAX - 1)
 *   desc: (gid_t)-1 is no gid and always gives EINVAL; unlike setregid()
 *   it does not mean "unchanged". Any other value must be mapped in the
 *   caller's user namespace.
 *
 * capability: CAP_SETGID
 *   type: bypass_check
 *   allows: Set all four gids to any mapped gid
 *   without: gid must be the real or saved gid; only egid and fsgid change
 *
 * side-effect: modify_state
 *   target: the calling thread's credentials (gid, egid, sgid, fsgid)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new credentials are installed.
 *
 * error: EINVAL, gid is -1 or has no mapping in the caller's user namespace
 * error: ENOMEM, the new credentials could not be allocated
 * error: EPERM, no CAP_SETGID and gid is neither the real nor the saved gid, or a security module refused
 *
 * since-version: 1.0
 *
 * notes: The C library's wrapper applies the change to every thread of
 *   the process. The manual page does not list ENOMEM.
 */
SYSCALL_DEFINE1(setgid, gid_t, gid)
{
	return 0;
}

/**
 * sys_setreuid - Set the real and effective user ids
 * @ruid: new real uid, or -1 to keep it
 * @euid: new effective uid, or -1 to keep it
 *
 * long-desc: Changes the real and effective user ids of the calling
 *   thread. Without CAP_SETUID the real uid may only be set to the real or
 *   effective uid, and the effective uid to the real, effective or saved
 *   uid. The saved uid follows the new effective uid when the real uid is
 *   set, or the effective uid is set to something other than the old real
 *   uid. The filesystem uid always follows the effective uid.
 *
 * contexts: process, sleepable
 *
 * param: ruid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (uid_t)-1 leaves the real uid unchanged. Any other value must
 *   be mapped in the caller's user namespace (EINVAL otherwise).
 *
 * param: euid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (uid_t)-1 leaves the effective uid unchanged; any other value
 *   must be mapped in the caller's user namespace.
 *
 * capability: CAP_SETUID
 *   type: bypass_check
 *   allows: Set the real and effective uids to any mapped uid
 *   without: Only the real, effective or saved uid may be chosen (EPERM)
 *
 * side-effect: modify_state
 *   target: the calling thread's credentials (uid, euid, suid, fsuid)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new credentials are installed.
 *
 * error: EAGAIN, the real uid changes and the kernel's per-user accounting structures could not be allocated
 * error: EINVAL, ruid or euid is not -1 and has no mapping in the caller's user namespace
 * error: ENOMEM, the new credentials could not be allocated
 * error: EPERM, a change the rules above forbid without CAP_SETUID, or a security module (such as SafeSetID) refused
 *
 * since-version: 1.0
 *
 * notes: Exceeding RLIMIT_NPROC is no error since 3.1: the kernel flags
 *   the process and a later execve() fails instead. The C library's
 *   wrapper applies the change to every thread. The manual page does not
 *   list ENOMEM.
 */
SYSCALL_DEFINE2(setreuid, uid_t, ruid, uid_t, euid)
{
	return 0;
}

/**
 * sys_setuid - Set the user id
 * @uid: the new uid
 *
 * long-desc: With CAP_SETUID sets the real, effective, saved and
 *   filesystem uids to uid (dropping root for good). Without it only the
 *   effective and filesystem uids change, and uid must be the real or
 *   saved uid.
 *
 * contexts: process, sleepable
 *
 * param: uid
 *   type: uint, input
 *   constraint-type: range(0, UINT_MAX - 1)
 *   desc: (uid_t)-1 is no uid and always gives EINVAL; unlike setreuid()
 *   it does not mean "unchanged". Any other value must be mapped in the
 *   caller's user namespace.
 *
 * capability: CAP_SETUID
 *   type: bypass_check
 *   allows: Set all four uids to any mapped uid
 *   without: uid must be the real or saved uid; only euid and fsuid change
 *
 * side-effect: modify_state
 *   target: the calling thread's credentials (uid, euid, suid, fsuid)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new credentials are installed. Always check it: a
 *   privileged caller can fail too.
 *
 * error: EAGAIN, the real uid changes and the kernel's per-user accounting structures could not be allocated
 * error: EINVAL, uid is -1 or has no mapping in the caller's user namespace
 * error: ENOMEM, the new credentials could not be allocated
 * error: EPERM, no CAP_SETUID and uid is neither the real nor the saved uid, or a security module refused
 *
 * since-version: 1.0
 *
 * notes: The manual page's EAGAIN for RLIMIT_NPROC no longer happens
 *   since 3.1 (a later execve() fails instead); EAGAIN remains for
 *   allocation failures. The manual page does not list ENOMEM.
 */
SYSCALL_DEFINE1(setuid, uid_t, uid)
{
	return 0;
}

/**
 * sys_setresuid - Set the real, effective and saved user ids
 * @ruid: new real uid, or -1 to keep it
 * @euid: new effective uid, or -1 to keep it
 * @suid: new saved uid, or -1 to keep it
 *
 * long-desc: Changes any of the three user ids of the calling thread.
 *   Without CAP_SETUID each new id must be one of the current real,
 *   effective or saved uids. The filesystem uid follows the effective
 *   uid. A call that changes nothing returns 0 at once.
 *
 * contexts: process, sleepable
 *
 * param: ruid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (uid_t)-1 keeps the real uid; any other value must be mapped
 *   in the caller's user namespace (EINVAL otherwise).
 *
 * param: euid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (uid_t)-1 keeps the effective uid.
 *
 * param: suid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (uid_t)-1 keeps the saved uid.
 *
 * capability: CAP_SETUID
 *   type: bypass_check
 *   allows: Set any of the three uids to any mapped uid
 *   without: Each new uid must be a current real, effective or saved uid (EPERM)
 *
 * side-effect: modify_state
 *   target: the calling thread's credentials (uid, euid, suid, fsuid)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new credentials are installed, or when nothing had
 *   to change.
 *
 * error: EAGAIN, the real uid changes and the kernel's per-user accounting structures could not be allocated
 * error: EINVAL, an id other than -1 has no mapping in the caller's user namespace
 * error: ENOMEM, the new credentials could not be allocated
 * error: EPERM, a new id is none of the current ones and the caller lacks CAP_SETUID, or a security module refused
 *
 * since-version: 2.1.44
 *
 * notes: The C library's seteuid(e) is setresuid(-1, e, -1) here. The
 *   manual page's EAGAIN for RLIMIT_NPROC no longer happens since 3.1;
 *   it does not list ENOMEM.
 */
SYSCALL_DEFINE3(setresuid, uid_t, ruid, uid_t, euid, uid_t, suid)
{
	return 0;
}

/**
 * sys_getresuid - Read the real, effective and saved user ids
 * @ruidp: receives the real uid
 * @euidp: receives the effective uid
 * @suidp: receives the saved uid
 *
 * long-desc: Stores the caller's three user ids, mapped into its user
 *   namespace, one after the other.
 *
 * contexts: process, sleepable
 *
 * param: ruidp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: One uid_t. None of the three pointers may be NULL.
 *
 * param: euidp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *
 * param: suidp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once all three ids are stored.
 *
 * error: EFAULT, one of the pointers is not writable (the ids before it are already stored)
 *
 * since-version: 2.1.44
 *
 * notes: An id with no mapping reads as the overflow uid (65534).
 */
SYSCALL_DEFINE3(getresuid, uid_t __user *, ruidp, uid_t __user *, euidp, uid_t __user *, suidp)
{
	return 0;
}

/**
 * sys_setresgid - Set the real, effective and saved group ids
 * @rgid: new real gid, or -1 to keep it
 * @egid: new effective gid, or -1 to keep it
 * @sgid: new saved gid, or -1 to keep it
 *
 * long-desc: Changes any of the three group ids of the calling thread.
 *   Without CAP_SETGID each new id must be one of the current real,
 *   effective or saved gids. The filesystem gid follows the effective
 *   gid. A call that changes nothing returns 0 at once.
 *
 * contexts: process, sleepable
 *
 * param: rgid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (gid_t)-1 keeps the real gid; any other value must be mapped
 *   in the caller's user namespace (EINVAL otherwise).
 *
 * param: egid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (gid_t)-1 keeps the effective gid.
 *
 * param: sgid
 *   type: uint, input
 *   constraint-type: none
 *   desc: (gid_t)-1 keeps the saved gid.
 *
 * capability: CAP_SETGID
 *   type: bypass_check
 *   allows: Set any of the three gids to any mapped gid
 *   without: Each new gid must be a current real, effective or saved gid (EPERM)
 *
 * side-effect: modify_state
 *   target: the calling thread's credentials (gid, egid, sgid, fsgid)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new credentials are installed, or when nothing had
 *   to change.
 *
 * error: EINVAL, an id other than -1 has no mapping in the caller's user namespace
 * error: ENOMEM, the new credentials could not be allocated
 * error: EPERM, a new id is none of the current ones and the caller lacks CAP_SETGID, or a security module refused
 *
 * since-version: 2.1.44
 *
 * notes: The manual page shares its text with setresuid() and lists
 *   EAGAIN; the gid path of 6.12 never returns EAGAIN (there is no
 *   per-user accounting to allocate), and it does not list ENOMEM.
 */
SYSCALL_DEFINE3(setresgid, gid_t, rgid, gid_t, egid, gid_t, sgid)
{
	return 0;
}

/**
 * sys_getresgid - Read the real, effective and saved group ids
 * @rgidp: receives the real gid
 * @egidp: receives the effective gid
 * @sgidp: receives the saved gid
 *
 * long-desc: Stores the caller's three group ids, mapped into its user
 *   namespace, one after the other.
 *
 * contexts: process, sleepable
 *
 * param: rgidp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: One gid_t. None of the three pointers may be NULL.
 *
 * param: egidp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *
 * param: sgidp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once all three ids are stored.
 *
 * error: EFAULT, one of the pointers is not writable (the ids before it are already stored)
 *
 * since-version: 2.1.44
 *
 * notes: An id with no mapping reads as the overflow gid (65534).
 */
SYSCALL_DEFINE3(getresgid, gid_t __user *, rgidp, gid_t __user *, egidp, gid_t __user *, sgidp)
{
	return 0;
}

/**
 * sys_setfsuid - Set the user id used for file system access checks
 * @uid: the new filesystem uid
 *
 * long-desc: Sets the filesystem uid of the calling thread, if uid is its
 *   real, effective, saved or current filesystem uid, or the caller has
 *   CAP_SETUID. Whether or not anything changed, returns the previous
 *   filesystem uid.
 *
 * contexts: process, sleepable
 *
 * param: uid
 *   type: uint, input
 *   constraint-type: none
 *   desc: A uid with no mapping, such as (uid_t)-1, changes nothing:
 *   setfsuid(-1) is the usual way to read the current value.
 *
 * capability: CAP_SETUID
 *   type: bypass_check
 *   allows: Set the filesystem uid to any mapped uid
 *   without: Only the real, effective, saved or current filesystem uid
 *
 * side-effect: modify_state
 *   target: the calling thread's filesystem uid
 *
 * return:
 *   type: uint
 *   check-type: range
 *   success: >= 0
 *   desc: The filesystem uid before the call, on success and on refusal
 *   alike; compare with a second call to learn whether it changed.
 *
 * since-version: 1.2
 *
 * notes: No error is ever returned, as the manual page's BUGS section
 *   says; the C library returns the value unchanged.
 */
SYSCALL_DEFINE1(setfsuid, uid_t, uid)
{
	return 0;
}

/**
 * sys_setfsgid - Set the group id used for file system access checks
 * @gid: the new filesystem gid
 *
 * long-desc: Sets the filesystem gid of the calling thread, if gid is its
 *   real, effective, saved or current filesystem gid, or the caller has
 *   CAP_SETGID. Whether or not anything changed, returns the previous
 *   filesystem gid.
 *
 * contexts: process, sleepable
 *
 * param: gid
 *   type: uint, input
 *   constraint-type: none
 *   desc: A gid with no mapping, such as (gid_t)-1, changes nothing:
 *   setfsgid(-1) reads the current value.
 *
 * capability: CAP_SETGID
 *   type: bypass_check
 *   allows: Set the filesystem gid to any mapped gid
 *   without: Only the real, effective, saved or current filesystem gid
 *
 * side-effect: modify_state
 *   target: the calling thread's filesystem gid
 *
 * return:
 *   type: uint
 *   check-type: range
 *   success: >= 0
 *   desc: The filesystem gid before the call, on success and on refusal
 *   alike.
 *
 * since-version: 1.2
 *
 * notes: No error is ever returned.
 */
SYSCALL_DEFINE1(setfsgid, gid_t, gid)
{
	return 0;
}

/* ---- supplementary groups ------------------------------------------- */

/**
 * sys_getgroups - Read the supplementary group list
 * @gidsetsize: capacity of grouplist in gid_t entries, or 0 to count only
 * @grouplist: array that receives the gids
 *
 * long-desc: Stores the caller's supplementary group ids in grouplist and
 *   returns how many there are. With gidsetsize 0 nothing is stored and
 *   only the number is returned.
 *
 * contexts: process, sleepable
 *
 * param: gidsetsize
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative size gives EINVAL. A nonzero size smaller than the
 *   number of groups gives EINVAL too (nothing is stored).
 *
 * param: grouplist
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: Room for gidsetsize gid_t entries. Not touched (so may be NULL)
 *   when gidsetsize is 0.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of supplementary groups, at most NGROUPS_MAX.
 *
 * error: EFAULT, grouplist is not writable for the number of groups
 * error: EINVAL, gidsetsize is negative, or nonzero and smaller than the number of groups
 *
 * since-version: 1.0
 *
 * notes: The manual page does not say that a negative gidsetsize is
 *   EINVAL. The effective gid may or may not be in the list.
 */
SYSCALL_DEFINE2(getgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	return 0;
}

/**
 * sys_setgroups - Replace the supplementary group list
 * @gidsetsize: number of gids in grouplist
 * @grouplist: the new gids
 *
 * long-desc: Replaces the calling thread's supplementary groups with the
 *   gidsetsize gids in grouplist (sorted by the kernel). Needs CAP_SETGID
 *   in the caller's user namespace, and that namespace must allow
 *   setgroups (/proc/PID/setgroups).
 *
 * contexts: process, sleepable
 *
 * param: gidsetsize
 *   type: int, input
 *   constraint-type: range(0, NGROUPS_MAX)
 *   desc: 0 clears the list. Negative values (taken as unsigned) and
 *   values above NGROUPS_MAX (65536) give EINVAL.
 *
 * param: grouplist
 *   type: user_ptr, input, optional
 *   constraint-type: user_ptr
 *   desc: gidsetsize gid_t entries, each mapped in the caller's user
 *   namespace. Not read (so may be NULL) when gidsetsize is 0.
 *
 * capability: CAP_SETGID
 *   type: grant_permission
 *   allows: Change the supplementary group list
 *   without: EPERM
 *
 * side-effect: modify_state | alloc_memory
 *   target: the calling thread's credentials (group_info)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new list is installed.
 *
 * error: EFAULT, grouplist is not readable for gidsetsize entries
 * error: EINVAL, gidsetsize is negative or above NGROUPS_MAX, or a gid in grouplist has no mapping in the caller's user namespace
 * error: ENOMEM, the new list or credentials could not be allocated
 * error: EPERM, the caller lacks CAP_SETGID, setgroups is denied in its user namespace, or a security module refused
 *
 * since-version: 1.0
 *
 * notes: EPERM is checked before the size, so an unprivileged caller gets
 *   EPERM even for a bad gidsetsize. The manual page does not list the
 *   EINVAL for an unmapped gid nor for a negative size. The C library's
 *   wrapper applies the change to every thread.
 */
SYSCALL_DEFINE2(setgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	return 0;
}

/* ---- file mode creation mask ---------------------------------------- */

/**
 * sys_umask - Set the file mode creation mask
 * @mask: the new mask
 *
 * long-desc: Sets the permission bits that are cleared from the mode of
 *   files, directories and other objects the process creates, and returns
 *   the old mask. The mask is shared with threads that share the
 *   filesystem information (CLONE_FS).
 *
 * contexts: process, sleepable
 *
 * param: mask
 *   type: int, input
 *   constraint-type: none
 *   desc: Only the permission bits (0777) are kept; the kernel silently
 *   drops the others, so umask(~S_IRWXU) and umask(077) set the same
 *   mask.
 *
 * side-effect: modify_state
 *   target: the process's umask
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The previous mask, between 0 and 0777. The call cannot fail.
 *
 * since-version: 1.0
 *
 * notes: There is no way to read the mask without setting it other than
 *   the Umask line of /proc/self/status (since 4.7).
 */
SYSCALL_DEFINE1(umask, int, mask)
{
	return 0;
}

/* ---- signals to processes and threads ------------------------------- */

/**
 * sys_kill - Send a signal to a process or a process group
 * @pid: the target: a process, a process group, or every process
 * @sig: signal number, or 0 to probe
 *
 * long-desc: Sends sig to the process pid (pid > 0), to the caller's
 *   process group (0), to every process the caller may signal except init
 *   and itself (-1), or to the process group -pid (pid < -1). Signal 0
 *   sends nothing and only checks that a target exists and may be
 *   signalled.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: Every value has a meaning; INT_MIN (whose negation overflows)
 *   gives ESRCH.
 *
 * param: sig
 *   type: int, input
 *   constraint-type: range(0, _NSIG)
 *   desc: 0 or a signal number up to _NSIG (64 on most architectures,
 *   128 on mips): the test is valid_signal(). Negative numbers are out of
 *   range.
 *
 * capability: CAP_KILL
 *   type: bypass_check
 *   allows: Signal processes of other users
 *   without: The caller's real or effective uid must equal the target's real or saved uid, except SIGCONT within the session (EPERM)
 *
 * side-effect: signal_send
 *   target: the processes pid selects
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 when the signal was sent to pid, or to at least one member
 *   of the group. For -1, 0 unless the last process that did not refuse
 *   with EPERM failed otherwise: a broadcast every process refuses still
 *   returns 0.
 *
 * error: EACCES, a security module (SELinux, Smack, AppArmor) refused the signal
 * error: EINVAL, sig is not a valid signal number (reported once a target is found)
 * error: ENOMEM, signal auditing could not record an additional target
 * error: EPERM, the caller may not signal the process pid, or any member of the group
 * error: ESRCH, no process or process group matches pid (a zombie still matches), -1 finds no process but init and the caller, or pid is INT_MIN
 *
 * since-version: 1.0
 *
 * notes: Kernel and manual page disagree in detail: the signal number is
 *   checked per target, so an invalid sig with no matching target gives
 *   ESRCH, not EINVAL; for pid -1 the kernel ignores EPERM from single
 *   processes and returns 0 when all of them refuse, where the manual
 *   promises EPERM; and EACCES (security modules) and ENOMEM (audit) are
 *   not in the manual. Unlike tgkill(), kill() never fails with
 *   EAGAIN: its real-time signals ignore RLIMIT_SIGPENDING, and when no
 *   queue entry can be allocated the signal is still made pending, without
 *   its siginfo.
 */
SYSCALL_DEFINE2(kill, pid_t, pid, int, sig)
{
	return 0;
}

/**
 * sys_tgkill - Send a signal to one thread of a given process
 * @tgid: the process (thread group) the thread must belong to
 * @pid: the thread id
 * @sig: signal number, or 0 to probe
 *
 * long-desc: Sends sig to the thread pid, but only if it still belongs to
 *   the thread group tgid, so that a thread id reused by another process
 *   is not hit by mistake.
 *
 * contexts: process, sleepable
 *
 * param: tgid
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: Must be positive (EINVAL).
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: A thread id from gettid(); must be positive (EINVAL).
 *
 * param: sig
 *   type: int, input
 *   constraint-type: range(0, _NSIG)
 *   desc: 0 or a signal number up to _NSIG, as for kill().
 *
 * capability: CAP_KILL
 *   type: bypass_check
 *   allows: Signal threads of other users
 *   without: The same uid rules as kill() (EPERM)
 *
 * side-effect: signal_send
 *   target: the thread pid
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the signal is queued (or, for sig 0, the thread may be
 *   signalled).
 *
 * error: EACCES, a security module refused the signal
 * error: EAGAIN, sig is a real-time signal and it could not be queued (RLIMIT_SIGPENDING reached or no memory)
 * error: EINVAL, tgid or pid is not positive, or sig is not a valid signal number
 * error: ENOMEM, signal auditing could not record the target
 * error: EPERM, the caller may not signal the thread
 * error: ESRCH, no thread pid exists, or it does not belong to tgid
 *
 * since-version: 2.5.75
 *
 * notes: glibc has a tgkill() wrapper since 2.30. As for kill(), the
 *   signal number is checked only once the thread is found, so an invalid
 *   sig aimed at a missing thread gives ESRCH. EACCES (security modules)
 *   and ENOMEM (audit) are not in the manual page.
 */
SYSCALL_DEFINE3(tgkill, pid_t, tgid, pid_t, pid, int, sig)
{
	return 0;
}

/**
 * sys_tkill - Send a signal to one thread (obsolete)
 * @pid: the thread id
 * @sig: signal number, or 0 to probe
 *
 * long-desc: Sends sig to the thread pid. Superseded by tgkill(), which
 *   also checks the process the thread belongs to.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: Must be positive (EINVAL).
 *
 * param: sig
 *   type: int, input
 *   constraint-type: range(0, _NSIG)
 *   desc: 0 or a signal number up to _NSIG, as for kill().
 *
 * capability: CAP_KILL
 *   type: bypass_check
 *   allows: Signal threads of other users
 *   without: The same uid rules as kill() (EPERM)
 *
 * side-effect: signal_send
 *   target: the thread pid
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the signal is queued.
 *
 * error: EACCES, a security module refused the signal
 * error: EAGAIN, sig is a real-time signal and it could not be queued (RLIMIT_SIGPENDING reached or no memory)
 * error: EINVAL, pid is not positive, or sig is not a valid signal number
 * error: ENOMEM, signal auditing could not record the target
 * error: EPERM, the caller may not signal the thread
 * error: ESRCH, no thread pid exists
 *
 * since-version: 2.4.19
 *
 * notes: The C library has no wrapper; call it as syscall(SYS_tkill, ...).
 *   A thread id may be reused after the thread exits, which is why
 *   tgkill() exists.
 */
SYSCALL_DEFINE2(tkill, pid_t, pid, int, sig)
{
	return 0;
}
