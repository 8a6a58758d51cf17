// SPDX-License-Identifier: MIT
/* Default KAPI specs for namespaces and system administration:
 * unshare, setns, syslog, acct, vhangup and sysfs.  Facts come from the
 * Linux 6.12 source (kernel/fork.c, kernel/nsproxy.c,
 * kernel/printk/printk.c, kernel/acct.c, fs/open.c, fs/filesystems.c and
 * the helpers they call) and the manual pages; the words are ours. */

/**
 * sys_unshare - Give the calling thread private copies of shared context
 * @unshare_flags: CLONE_* flags naming what to unshare
 *
 * long-desc: Stops sharing the attributes named by unshare_flags (file
 *   descriptors, file-system information, System V semaphore undo
 *   lists) with other processes, and moves the caller into new
 *   namespaces for each CLONE_NEW* flag.
 *
 * contexts: process, sleepable
 *
 * param: unshare_flags
 *   type: uint, input
 *   constraint-type: mask(CLONE_THREAD | CLONE_FS | CLONE_NEWNS | CLONE_SIGHAND | CLONE_VM | CLONE_FILES | CLONE_SYSVSEM | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWCGROUP | CLONE_NEWTIME)
 *   desc: Any other bit is EINVAL. CLONE_THREAD, CLONE_SIGHAND and
 *   CLONE_VM succeed only when there is nothing to unshare (a
 *   single-threaded caller); CLONE_NEWUSER implies CLONE_THREAD and
 *   CLONE_FS, CLONE_NEWNS implies CLONE_FS.
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: New namespaces other than a user namespace
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the caller has its own copies.
 *
 * error: EINVAL, an unknown flag bit, CLONE_THREAD, CLONE_SIGHAND or CLONE_VM in a multi-threaded process (or with shared signal handlers or memory), or a namespace type the kernel was built without
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, a per-user namespace count limit (/proc/sys/user/max_*_namespaces), or the nesting depth of user or PID namespaces, is reached
 * error: EPERM, a new namespace other than a user namespace without CAP_SYS_ADMIN, a new user namespace from a chrooted caller, or unprivileged user namespaces are disabled
 * error: EUSERS, kernels before 4.9 only: a namespace nesting limit (ENOSPC since)
 *
 * since-version: 2.6.16
 *
 * notes: The mask is the test of check_unshare_flags() in kernel/fork.c.
 *   The x86-64 defconfig of 6.12 has no CONFIG_USER_NS, so there
 *   CLONE_NEWUSER fails with EINVAL; distribution kernels enable it, and
 *   the mask keeps it.
 */
SYSCALL_DEFINE1(unshare, unsigned long, unshare_flags)
{
	return 0;
}

/**
 * sys_setns - Move the calling thread into other namespaces
 * @fd: a namespace file (under /proc/PID/ns) or a pidfd
 * @flags: the namespace type(s) expected or wanted, as CLONE_NEW* flags
 *
 * long-desc: With a namespace file, joins that namespace. With a pidfd,
 *   joins the namespaces of that process named by flags, all at once.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A namespace file or a pidfd; another file is EINVAL.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWTIME | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWCGROUP)
 *   desc: For a namespace file 0 (any type) or exactly its type; for a
 *   pidfd a non-empty set of these flags. Any other bit is EINVAL.
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Joining a namespace (in the user namespace owning it, and in the caller's own for most types)
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the caller is in the namespaces.
 *
 * error: EBADF, fd is not an open descriptor
 * error: EINVAL, fd is neither a namespace file nor a pidfd, flags does not match the namespace type, flags is 0 or has other bits with a pidfd, or the move is not possible (a multi-threaded caller joining a user or mount namespace, a user namespace that is the caller's own or an ancestor)
 * error: ENOMEM, kernel memory could not be allocated
 * error: EPERM, the caller lacks the capabilities needed over the target namespace
 * error: ESRCH, the process behind the pidfd has exited
 *
 * since-version: 3.0
 *
 * notes: The pidfd mask is check_setns_flags() in kernel/nsproxy.c, which
 *   also refuses the types whose CONFIG_*_NS is off (CONFIG_USER_NS in
 *   the x86-64 defconfig); pidfd support is 5.8.
 */
SYSCALL_DEFINE2(setns, int, fd, int, flags)
{
	return 0;
}

/**
 * sys_syslog - Read or control the kernel message ring buffer
 * @type: the action, SYSLOG_ACTION_* (0..10)
 * @buf: where messages are copied, for the read actions
 * @len: size of buf for the reads, the level for SYSLOG_ACTION_CONSOLE_LEVEL
 *
 * long-desc: Reads kernel log messages (waiting for new ones, or all that
 *   are kept, optionally clearing them), clears the buffer, switches
 *   console logging off and on, sets the console log level, or reports
 *   the unread or total buffer size.
 *
 * contexts: process, sleepable
 *
 * param: type
 *   type: int, input
 *   constraint-type: enum(SYSLOG_ACTION_CLOSE, SYSLOG_ACTION_OPEN, SYSLOG_ACTION_READ, SYSLOG_ACTION_READ_ALL, SYSLOG_ACTION_READ_CLEAR, SYSLOG_ACTION_CLEAR, SYSLOG_ACTION_CONSOLE_OFF, SYSLOG_ACTION_CONSOLE_ON, SYSLOG_ACTION_CONSOLE_LEVEL, SYSLOG_ACTION_SIZE_UNREAD, SYSLOG_ACTION_SIZE_BUFFER)
 *   desc: 0 to 10; another value is EINVAL (EPERM first for a caller
 *   without CAP_SYSLOG). CLOSE and OPEN do nothing.
 *
 * param: buf
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: Needed by SYSLOG_ACTION_READ, READ_ALL and READ_CLEAR; ignored
 *   otherwise.
 *
 * param: len
 *   type: int, input
 *   constraint-type: none
 *   desc: The size of buf for the reads (0 returns 0 at once); the new
 *   level, 1 to 8, for CONSOLE_LEVEL; ignored otherwise.
 *
 * constraint: reads need a buffer
 *   desc: the read actions need a buffer and a length that is not
 *   negative
 *   expr: (type != SYSLOG_ACTION_READ && type != SYSLOG_ACTION_READ_ALL && type != SYSLOG_ACTION_READ_CLEAR) || (buf != NULL && len >= 0)
 *
 * constraint: console level 1 to 8
 *   desc: SYSLOG_ACTION_CONSOLE_LEVEL takes a level of 1 to 8 in len
 *   expr: type != SYSLOG_ACTION_CONSOLE_LEVEL || (len >= 1 && len <= 8)
 *
 * capability: CAP_SYSLOG
 *   type: grant_permission
 *   allows: All actions; without it only READ_ALL and SIZE_BUFFER, and those only when kernel.dmesg_restrict is 0
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The bytes copied for the reads, the size for SIZE_UNREAD and
 *   SIZE_BUFFER, otherwise 0.
 *
 * error: EFAULT, buf is not a writable user address
 * error: EINTR, a signal interrupted SYSLOG_ACTION_READ while it waited for messages
 * error: EINVAL, an unknown type, a read without a buffer or with a negative len, or a console level outside 1 to 8
 * error: ENOMEM, kernel memory could not be allocated
 * error: EPERM, the action needs CAP_SYSLOG (or CAP_SYS_ADMIN) and the caller lacks it, or an LSM refused
 *
 * since-version: 1.0
 *
 * notes: The values are the case labels of do_syslog() in
 *   kernel/printk/printk.c; the SYSLOG_ACTION_* names come from the
 *   kernel's include/linux/syslog.h, not a user header. glibc's klogctl()
 *   passes its arguments unchanged.
 */
SYSCALL_DEFINE3(syslog, int, type, char __user *, buf, int, len)
{
	return 0;
}

/**
 * sys_acct - Switch BSD process accounting on or off
 * @name: the accounting file, or NULL to switch accounting off
 *
 * long-desc: Starts appending a record for each terminating process to
 *   the regular file name, or stops accounting when name is NULL.
 *
 * contexts: process, sleepable
 *
 * param: name
 *   type: path, input, optional
 *   constraint-type: none
 *   desc: An existing regular file, opened for appending; NULL turns
 *   accounting off.
 *
 * capability: CAP_SYS_PACCT
 *   type: perform_operation
 *   allows: Switching accounting
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once accounting is switched.
 *
 * error: EACCES, name is not a regular file, or write permission on it or search permission on a component is missing
 * error: EFAULT, name is not an accessible user address
 * error: EINVAL, the file is on a kernel-internal or special file system (such as proc)
 * error: EIO, the file cannot be written
 * error: ELOOP, too many symlinks while resolving name
 * error: ENAMETOOLONG, name or one of its components is too long
 * error: ENOENT, the file does not exist
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of name is not a directory
 * error: EPERM, the caller lacks CAP_SYS_PACCT
 * error: EROFS, the file is on a read-only file system
 * error: ENOSYS, the kernel was built without CONFIG_BSD_PROCESS_ACCT
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE1(acct, const char __user *, name)
{
	return 0;
}

/**
 * sys_vhangup - Hang up the calling process's controlling terminal
 *
 * long-desc: Simulates a hangup on the caller's controlling terminal, so
 *   that other processes holding it lose access.
 *
 * contexts: process, sleepable
 *
 * capability: CAP_SYS_TTY_CONFIG
 *   type: perform_operation
 *   allows: The hangup
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0, also when there is no controlling terminal.
 *
 * error: EPERM, the caller lacks CAP_SYS_TTY_CONFIG
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE0(vhangup)
{
	return 0;
}

/**
 * sys_sysfs - Translate between file-system type names and indexes
 * @option: 1 name to index, 2 index to name, 3 count of types
 * @arg1: the name (option 1) or the index (option 2)
 * @arg2: the buffer for the name (option 2)
 *
 * long-desc: Works on the kernel's list of registered file-system types:
 *   the index of a name, the name at an index, or the number of types.
 *
 * contexts: process, sleepable
 *
 * param: option
 *   type: int, input
 *   constraint-type: range(1, 3)
 *   desc: Any other value is EINVAL.
 *
 * param: arg1
 *   type: uint, input
 *   constraint-type: none
 *   desc: A user pointer to the name for option 1, an index for option 2,
 *   unused for option 3.
 *
 * param: arg2
 *   type: uint, input
 *   constraint-type: none
 *   desc: A user pointer to a buffer for the name for option 2 (no size is
 *   given; 16 bytes hold every name on a usual kernel, but the kernel
 *   does not promise it); unused otherwise.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The index (option 1), 0 (option 2) or the number of types
 *   (option 3).
 *
 * error: EFAULT, the name or buffer is not an accessible user address
 * error: EINVAL, option is not 1 to 3, the name is not a registered type, or the index is out of range
 * error: ENAMETOOLONG, the name given to option 1 is longer than PATH_MAX
 * error: ENOENT, the name given to option 1 is empty
 * error: ENOSYS, the kernel was built without CONFIG_SYSFS_SYSCALL
 *
 * since-version: 1.3.57
 *
 * notes: Built with CONFIG_SYSFS_SYSCALL (on in the x86-64 defconfig).
 *   glibc 2.36 declares no wrapper; use syscall(SYS_sysfs, ...).
 */
SYSCALL_DEFINE3(sysfs, int, option, unsigned long, arg1, unsigned long, arg2)
{
	return 0;
}

/**
 * sys_quotactl - Manage disk quotas of the file system on a block device
 * @cmd: QCMD(subcmd, type): the Q_* operation shifted left by 8, the quota type in the low byte
 * @special: path of the block device of the mounted file system, or NULL for Q_SYNC
 * @id: the user, group or project id, for the operations on one id
 * @addr: the operation's argument or result structure, or a quota file path for Q_QUOTAON
 *
 * long-desc: Switches quotas on and off, reads and sets quota limits and
 *   usage and the quota information of the file system mounted from the
 *   block device special, for the user, group or project quota type the
 *   low byte of cmd selects.
 *
 * contexts: process, sleepable
 *
 * param: cmd
 *   type: uint, input
 *   constraint-type: none
 *   desc: The operations are the Q_* and Q_X* values (the latter for XFS
 *   style quotas); an unknown one is EINVAL. The type (low byte) is
 *   USRQUOTA, GRPQUOTA or PRJQUOTA, below MAXQUOTAS.
 *
 * param: special
 *   type: path, input, optional
 *   constraint-type: none
 *   desc: A block device path; NULL is accepted only for Q_SYNC, which
 *   then syncs every file system with quotas (ENODEV otherwise).
 *
 * param: id
 *   type: uint, input
 *   constraint-type: none
 *   desc: Used by the per-id get and set operations; ignored otherwise.
 *
 * param: addr
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: Depends on the operation: a struct if_dqblk, if_dqinfo,
 *   fs_disk_quota and so on, the quota file path for Q_QUOTAON, or
 *   unused.
 *
 * constraint: known quota type
 *   desc: the low byte of cmd is a quota type below MAXQUOTAS
 *   expr: (cmd & SUBCMDMASK) < MAXQUOTAS
 *
 * constraint: a device unless Q_SYNC
 *   desc: special may be NULL only for Q_SYNC
 *   expr: special != NULL || ((cmd >> SUBCMDSHIFT) & 0xffffff) == Q_SYNC
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: All operations; without it only reading the format, info and
 *     state, syncing, and reading the quota of one's own user or group
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EACCES, search permission is missing on a path component, or the quota file for Q_QUOTAON is not a regular file
 * error: EBUSY, Q_QUOTAON while quotas are already on
 * error: EEXIST, quotas (or the XFS accounting asked for) are already on
 * error: EFAULT, special or addr is not an accessible user address
 * error: EINVAL, the quota type is not below MAXQUOTAS or not supported by the file system, the operation is unknown, or the data in addr is invalid
 * error: EIO, the quota file cannot be read or written
 * error: ENODEV, special names no mounted file system, or special is NULL with an operation other than Q_SYNC
 * error: ENOENT, special or the quota file does not exist
 * error: ENOSYS, the file system has no quota support, or the kernel was built without CONFIG_QUOTACTL
 * error: ENOTBLK, special is not a block device
 * error: EPERM, the operation needs CAP_SYS_ADMIN, or the quota file is immutable or append-only
 * error: ERANGE, a limit in addr is out of the range the quota format can store
 * error: EROFS, a quota change on a read-only file system
 * error: ESRCH, quotas of the type are not on, or no quota exists for id
 *
 * since-version: 1.3.48
 *
 * notes: The type test (cmd & SUBCMDMASK) >= MAXQUOTAS and the NULL
 *   special rule are the first steps of the syscall. The kernel's cmd is
 *   unsigned, so cmd >> SUBCMDSHIFT has 24 bits; the expression masks
 *   them so that glibc's int cmd (negative for QCMD of a Q_* above
 *   0x7fffff) reads the same. glibc's quotactl()
 *   takes cmd as an int and passes its arguments unchanged.
 */
SYSCALL_DEFINE4(quotactl, unsigned int, cmd, const char __user *, special,
		qid_t, id, void __user *, addr)
{
	return 0;
}

/**
 * sys_quotactl_fd - Manage disk quotas of the file system an open file is on
 * @fd: any descriptor on the file system (O_PATH included)
 * @cmd: QCMD(subcmd, type), as for quotactl
 * @id: the user, group or project id, for the operations on one id
 * @addr: the operation's argument or result structure
 *
 * long-desc: As quotactl, for the file system of fd, so that file systems
 *   without a block device can be managed too.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor on the file system.
 *
 * param: cmd
 *   type: uint, input
 *   constraint-type: none
 *   desc: As for quotactl. Q_QUOTAON cannot name a quota file here (its
 *   path lookup is EINVAL); file systems with hidden quota files accept
 *   it.
 *
 * param: id
 *   type: uint, input
 *   constraint-type: none
 *   desc: Used by the per-id get and set operations.
 *
 * param: addr
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: Depends on the operation, as for quotactl.
 *
 * constraint: known quota type
 *   desc: the low byte of cmd is a quota type below MAXQUOTAS
 *   expr: (cmd & SUBCMDMASK) < MAXQUOTAS
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: All operations, as for quotactl
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, fd is not an open descriptor
 * error: EEXIST, quotas (or the XFS accounting asked for) are already on
 * error: EFAULT, addr is not an accessible user address
 * error: EINVAL, the quota type is not below MAXQUOTAS or not supported, the operation is unknown, Q_QUOTAON with a quota file, or the data in addr is invalid
 * error: EIO, the quota file cannot be read or written
 * error: ENOSYS, the file system has no quota support
 * error: EPERM, the operation needs CAP_SYS_ADMIN
 * error: ERANGE, a limit in addr is out of the range the quota format can store
 * error: EROFS, a quota change on a read-only mount
 * error: ESRCH, quotas of the type are not on, or no quota exists for id
 * error: ENOSYS, kernels before 5.14 (or without CONFIG_QUOTACTL) have no such syscall
 *
 * since-version: 5.14
 *
 * notes: glibc 2.36 has no wrapper; use syscall(SYS_quotactl_fd, ...).
 */
SYSCALL_DEFINE4(quotactl_fd, unsigned int, fd, unsigned int, cmd,
		qid_t, id, void __user *, addr)
{
	return 0;
}
