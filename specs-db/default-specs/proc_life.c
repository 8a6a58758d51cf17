// SPDX-License-Identifier: MIT
/* Default KAPI specs for the life of a process: creating one (fork, vfork,
 * clone, clone3), running a program (execve, execveat), per-thread
 * registrations (set_tid_address, rseq; the robust futex list is in
 * futex.c),
 * process controls (prctl, seccomp, capget, capset, ptrace) and reboot.
 * Facts come from the Linux 6.12 source (kernel/fork.c, fs/exec.c,
 * kernel/sys.c, kernel/seccomp.c, kernel/futex/syscalls.c, kernel/rseq.c,
 * kernel/capability.c, kernel/ptrace.c, kernel/reboot.c and the helpers
 * they call) and the manual pages; the words are ours.  The x86-only calls
 * (arch_prctl, modify_ldt, ioperm, iopl, uretprobe) are in x86.c. */

/* ---- creating processes ------------------------------------------------ */

/**
 * sys_fork - Create a child process that copies the caller
 *
 * long-desc: Creates a new process whose address space, open files,
 *   signal handlers and most other state are copies of the caller's. The
 *   child gets SIGCHLD as its exit signal towards the parent.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The child's pid in the parent, 0 in the child; -1 and errno in
 *   the parent on failure (no child is created then).
 *
 * error: EAGAIN, the caller's user reached RLIMIT_NPROC, or the system-wide limit on threads or pids was reached
 * error: ENOMEM, kernel memory for the new task could not be allocated, or the pid namespace's init has exited
 *
 * since-version: 1.0
 *
 * notes: glibc's fork() does not use this syscall: it runs the atfork
 *   handlers and calls clone(CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID |
 *   SIGCHLD), which fails the same ways. A signal that arrives during the
 *   copy makes the kernel restart the call transparently
 *   (ERESTARTNOINTR), so userspace never sees EINTR.
 */
SYSCALL_DEFINE0(fork)
{
	return 0;
}

/**
 * sys_vfork - Create a child that borrows the caller's memory until it execs
 *
 * long-desc: Creates a child that runs in the caller's address space
 *   (CLONE_VM | CLONE_VFORK); the caller is suspended until the child
 *   calls execve or exits.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The child's pid in the parent, 0 in the child; -1 and errno on
 *   failure.
 *
 * error: EAGAIN, the caller's user reached RLIMIT_NPROC, or the system-wide limit on threads or pids was reached
 * error: ENOMEM, kernel memory for the new task could not be allocated
 *
 * since-version: 2.2
 *
 * notes: The child may only call execve or _exit; anything else writes
 *   to the parent's memory and stack. glibc's vfork() is the syscall
 *   itself on x86_64.
 */
SYSCALL_DEFINE0(vfork)
{
	return 0;
}

/**
 * sys_clone - Create a process or thread, choosing what it shares
 * @clone_flags: CLONE_* flags ORed with the exit signal in the low byte
 * @newsp: the child's stack pointer; 0 to use the caller's
 * @parent_tidptr: with CLONE_PARENT_SETTID or CLONE_PIDFD, where the child's tid or the pidfd is stored
 * @child_tidptr: with CLONE_CHILD_SETTID or CLONE_CHILD_CLEARTID, the child's tid word
 * @tls: with CLONE_SETTLS, the child's FS base
 *
 * long-desc: Creates a child that shares with the caller what the flags
 *   name (address space, descriptor table, filesystem context, signal
 *   handlers, thread group, namespaces) and copies the rest. Only the low
 *   32 bits of clone_flags are used; the low byte (CSIGNAL) is the signal
 *   the parent gets when the child exits, 0 for none. x86_64 passes the
 *   arguments in this order (flags, stack, parent tid, child tid, tls).
 *
 * contexts: process, sleepable
 *
 * param: clone_flags
 *   type: uint, input
 *   constraint-type: none
 *   desc: CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND, CLONE_PIDFD,
 *   CLONE_PTRACE, CLONE_VFORK, CLONE_PARENT, CLONE_THREAD, the
 *   CLONE_NEW* namespace flags, CLONE_SYSVSEM, CLONE_SETTLS,
 *   CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID, CLONE_DETACHED (ignored
 *   unless CLONE_PIDFD), CLONE_UNTRACED, CLONE_CHILD_SETTID and CLONE_IO,
 *   ORed with the exit signal number. Every bit of the low 32 has a
 *   meaning, so there is no mask; CLONE_NEWTIME (0x80) lies inside the
 *   signal byte and cannot be asked for here (clone3 and unshare take it).
 *
 * param: newsp
 *   type: uint, input
 *   constraint-type: none
 *   desc: The top of the child's stack, or 0 to keep the caller's stack
 *   pointer (fork-like use).
 *
 * param: parent_tidptr
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: Read only with CLONE_PARENT_SETTID (the child's tid is stored
 *   here) or CLONE_PIDFD (the new pidfd is stored here as an int).
 *
 * param: child_tidptr
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: Read only with CLONE_CHILD_SETTID (the child's tid is stored in
 *   the child's memory) or CLONE_CHILD_CLEARTID (cleared and futex-woken
 *   when the child exits).
 *
 * param: tls
 *   type: uint, input
 *   constraint-type: none
 *   desc: The child's thread pointer (FS base on x86_64), used only with
 *   CLONE_SETTLS.
 *
 * constraint: new mount namespace without a shared fs context
 *   desc: CLONE_NEWNS with CLONE_FS is EINVAL
 *   expr: (clone_flags & (CLONE_NEWNS | CLONE_FS)) != (CLONE_NEWNS | CLONE_FS)
 *
 * constraint: new user namespace without a shared fs context
 *   desc: CLONE_NEWUSER with CLONE_FS is EINVAL
 *   expr: (clone_flags & (CLONE_NEWUSER | CLONE_FS)) != (CLONE_NEWUSER | CLONE_FS)
 *
 * constraint: threads share signal handlers
 *   desc: CLONE_THREAD without CLONE_SIGHAND is EINVAL
 *   expr: (clone_flags & CLONE_THREAD) == 0 || (clone_flags & CLONE_SIGHAND) != 0
 *
 * constraint: shared signal handlers need a shared address space
 *   desc: CLONE_SIGHAND without CLONE_VM is EINVAL
 *   expr: (clone_flags & CLONE_SIGHAND) == 0 || (clone_flags & CLONE_VM) != 0
 *
 * constraint: a thread stays in the caller's user and pid namespaces
 *   desc: CLONE_THREAD with CLONE_NEWUSER or CLONE_NEWPID is EINVAL
 *   expr: (clone_flags & CLONE_THREAD) == 0 || (clone_flags & (CLONE_NEWUSER | CLONE_NEWPID)) == 0
 *
 * constraint: pidfd alone in parent_tidptr
 *   desc: CLONE_PIDFD with CLONE_DETACHED is EINVAL; CLONE_PIDFD with
 *   CLONE_PARENT_SETTID is EINVAL too, since both would be written to
 *   parent_tidptr
 *   expr: (clone_flags & CLONE_PIDFD) == 0 || (clone_flags & (CLONE_DETACHED | CLONE_PARENT_SETTID)) == 0
 *
 * constraint: new ipc namespace without shared semaphore undo
 *   desc: CLONE_NEWIPC with CLONE_SYSVSEM never succeeds: EINVAL, or
 *   EPERM first for a caller without CAP_SYS_ADMIN
 *   expr: (clone_flags & (CLONE_NEWIPC | CLONE_SYSVSEM)) != (CLONE_NEWIPC | CLONE_SYSVSEM)
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: Create the new namespaces CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWPID, CLONE_NEWNET and CLONE_NEWCGROUP ask for (in the caller's user namespace, or in the new one with CLONE_NEWUSER)
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The child's tid in the caller, 0 in the child; -1 and errno on
 *   failure.
 *
 * error: EAGAIN, the caller's user reached RLIMIT_NPROC, or the system-wide limit on threads or pids was reached
 * error: EINVAL, a flag combination in the constraints, CLONE_PARENT from a global or container init, CLONE_THREAD while the caller's pid namespace for children differs from its own, or CLONE_NEWUSER with CLONE_FS
 * error: ENOMEM, kernel memory for the new task could not be allocated
 * error: ENOSPC, a new namespace would exceed the nesting limit of its kind or the user's limit of namespaces of that kind
 * error: EPERM, a CLONE_NEW* flag other than CLONE_NEWUSER without CAP_SYS_ADMIN, CLONE_NEWUSER where unprivileged user namespaces are disabled, or a security module refused
 * error: EFAULT, CLONE_PIDFD and parent_tidptr cannot be written
 *
 * since-version: 1.0
 *
 * notes: glibc's clone(fn, stack, flags, arg, parent_tid, tls, child_tid)
 *   puts fn and arg on the new stack and passes flags, parent_tid,
 *   child_tid and tls to this syscall in its own order; it fails with
 *   EINVAL itself when fn or stack is NULL. Unknown bits are not
 *   rejected: the syscall has no spare bits left, which is why clone3
 *   exists. The EPERM for CLONE_NEWUSER "where disabled" is the
 *   kernel.unprivileged_userns_clone sysctl of the Debian kernel this
 *   source comes from (upstream has only user.max_user_namespaces, which
 *   gives ENOSPC). The manual page's EUSERS for nested user namespaces
 *   is from before Linux 4.9; 6.12 returns ENOSPC.
 */
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		 int __user *, parent_tidptr,
		 int __user *, child_tidptr,
		 unsigned long, tls)
{
	return 0;
}

/**
 * sys_clone3 - Create a process or thread from a struct clone_args
 * @uargs: the arguments: flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid, set_tid_size, cgroup
 * @size: the size of *uargs the caller knows
 *
 * long-desc: The extensible form of clone: every argument is a 64-bit
 *   field of struct clone_args, the exit signal has its own field, the
 *   stack is given as a base and a size, and newer fields (set_tid,
 *   cgroup) are read only when size covers them.
 *
 * contexts: process, sleepable
 *
 * param: uargs
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: A struct clone_args. The kernel checks, with EINVAL: flags
 *   outside the low 32 bits other than CLONE_CLEAR_SIGHAND and
 *   CLONE_INTO_CGROUP; CLONE_DETACHED or any CSIGNAL bit but
 *   CLONE_NEWTIME in flags; CLONE_SIGHAND with CLONE_CLEAR_SIGHAND; an
 *   exit_signal with CLONE_THREAD or CLONE_PARENT, or one that is not a
 *   valid signal; a stack without a stack_size or the reverse;
 *   set_tid_size above 32 or disagreeing with set_tid; CLONE_INTO_CGROUP
 *   with a cgroup above INT_MAX or a size below CLONE_ARGS_SIZE_VER2;
 *   then all the flag rules of clone.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(CLONE_ARGS_SIZE_VER0, PAGE_SIZE)
 *   desc: Usually sizeof(struct clone_args). Below CLONE_ARGS_SIZE_VER0
 *   (64) is EINVAL; above PAGE_SIZE, or larger than the kernel's struct
 *   with a nonzero byte beyond it, is E2BIG.
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: Create namespaces; choose the pids of set_tid (CAP_CHECKPOINT_RESTORE also does that)
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The child's tid in the caller, 0 in the child; -1 and errno on
 *   failure.
 *
 * error: E2BIG, size is above PAGE_SIZE, or the caller's struct is larger than the kernel's and has nonzero bytes beyond it
 * error: EACCES, CLONE_INTO_CGROUP into a cgroup whose cgroup.procs the caller may not write
 * error: EBADF, CLONE_INTO_CGROUP with a cgroup field that is not an open descriptor
 * error: EBUSY, CLONE_INTO_CGROUP into a version 2 cgroup with domain controllers enabled in its children
 * error: EAGAIN, the caller's user reached RLIMIT_NPROC, or the system-wide limit on threads or pids was reached
 * error: EEXIST, a pid in set_tid is already in use
 * error: EFAULT, uargs, set_tid or a pointer field cannot be accessed
 * error: EINVAL, size below CLONE_ARGS_SIZE_VER0 or a field check of uargs failed
 * error: ENODEV, CLONE_INTO_CGROUP into a cgroup that was removed
 * error: ENOMEM, kernel memory for the new task could not be allocated
 * error: ENOSPC, a new namespace would exceed its nesting depth or the user's limit of namespaces
 * error: EOPNOTSUPP, CLONE_INTO_CGROUP into a cgroup in the invalid domain state
 * error: EPERM, a namespace flag or set_tid without the capability, or a security module refused
 *
 * since-version: 5.3
 *
 * notes: glibc 2.36 has no clone3() wrapper (it uses the syscall inside
 *   pthread_create only); call it with syscall(SYS_clone3, ...). The
 *   flags live in the struct, out of reach of argument checks, so this
 *   spec states them only here.
 */
SYSCALL_DEFINE2(clone3, struct clone_args __user *, uargs, size_t, size)
{
	return 0;
}

/**
 * sys_set_tid_address - Set the word cleared when the calling thread exits
 * @tidptr: the new clear-child-tid address, or NULL
 *
 * long-desc: Records tidptr as the caller's clear_child_tid: when the
 *   thread exits, the kernel writes 0 there and wakes one futex waiter on
 *   it. Thread libraries use it to join threads.
 *
 * contexts: process, sleepable
 *
 * param: tidptr
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Any address, NULL to turn the clearing off. It is not checked
 *   now; a bad address is ignored at exit.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The caller's thread id; the call cannot fail.
 *
 * since-version: 2.5.48
 *
 * notes: No glibc wrapper. glibc sets the address itself at start-up and
 *   for each thread it creates (pthread_join waits on it), so a program
 *   that changes it can keep the calling thread from being joined.
 */
SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	return 0;
}

/* ---- running a program ------------------------------------------------- */

/**
 * sys_execve - Replace the process image with a program
 * @filename: the path of the program or script
 * @argv: NULL-terminated array of argument strings
 * @envp: NULL-terminated array of environment strings
 *
 * long-desc: Loads the executable (ELF, a #! script, or a binfmt_misc
 *   format) named by filename into a new address space of the calling
 *   process and starts it with the given arguments and environment. Other
 *   threads of the process are ended; descriptors stay open unless marked
 *   close-on-exec.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A path resolved like open's, following symlinks; NULL is
 *   EFAULT and an empty string is ENOENT.
 *
 * param: argv
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: The arguments, ended by a NULL pointer. Linux 6.12 accepts NULL
 *   (and an empty array) and then gives the program one empty argument,
 *   with a warning in the kernel log; more than MAX_ARG_STRINGS entries is
 *   E2BIG.
 *
 * param: envp
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: The environment, ended by a NULL pointer; NULL means an empty
 *   environment.
 *
 * return:
 *   type: int
 *   check-type: no_return
 *   desc: Does not return on success (the new program starts); -1 and
 *   errno on failure.
 *
 * error: E2BIG, the strings of argv and envp together are too large for the new stack, or one string is longer than MAX_ARG_STRLEN
 * error: EACCES, search permission missing on a path component, the file is not a regular file or not executable, or its file system is mounted noexec
 * error: EAGAIN, the real uid's RLIMIT_NPROC was exceeded after a set*uid (the failure deferred to execve)
 * error: EFAULT, filename, argv, envp or one of their strings is not a readable user address
 * error: EINVAL, the loadable segments of the ELF file or of its interpreter have sizes or addresses the loader rejects
 * error: EIO, an I/O error reading the file
 * error: ELIBBAD, the ELF interpreter is not in a known format
 * error: ELOOP, too many symlinks while resolving filename, or too deep a chain of #! interpreters
 * error: EMFILE, the per-process descriptor limit was reached while loading
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENOENT, filename or the interpreter it names does not exist
 * error: ENOEXEC, the file is in no format the kernel can run
 * error: ENOMEM, kernel memory ran out
 * error: ENOTDIR, a component of the path is not a directory
 * error: EPERM, the file system is mounted nosuid and the caller is traced, no_new_privs forbids the transition, or a security module refused
 * error: ETXTBSY, the file is open for writing
 *
 * since-version: 1.0
 *
 * notes: A failure after the point of no return (the old image already
 *   gone) kills the process with SIGSEGV instead of returning. glibc's
 *   execve() is the syscall; execv, execvp, execl and the others build
 *   argv themselves and end in it. The manual's EISDIR (an ELF
 *   interpreter that is a directory) is EACCES in 6.12: may_open()
 *   refuses a directory opened for execution with EACCES.
 */
SYSCALL_DEFINE3(execve,
		const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp)
{
	return 0;
}

/**
 * sys_execveat - Replace the process image with a program named relative to a directory or by a descriptor
 * @fd: directory descriptor filename is relative to, AT_FDCWD, or with AT_EMPTY_PATH the program's own descriptor
 * @filename: the path of the program; "" with AT_EMPTY_PATH
 * @argv: NULL-terminated array of argument strings
 * @envp: NULL-terminated array of environment strings
 * @flags: AT_EMPTY_PATH, AT_SYMLINK_NOFOLLOW
 *
 * long-desc: Like execve, with the path resolved from fd as the *at calls
 *   do. With AT_EMPTY_PATH and an empty filename the program is the file
 *   fd refers to (what fexecve does).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: none
 *   desc: AT_FDCWD, a directory descriptor, or (AT_EMPTY_PATH with an
 *   empty filename) the descriptor of the program; an absolute filename
 *   ignores it.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: The path; NULL is EFAULT. "" needs AT_EMPTY_PATH (ENOENT
 *   otherwise).
 *
 * param: argv
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: As for execve: NULL becomes one empty argument.
 *
 * param: envp
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: As for execve.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW)
 *   desc: AT_EMPTY_PATH and AT_SYMLINK_NOFOLLOW (ELOOP when the last
 *   component is a symlink); any other bit is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: no_return
 *   desc: Does not return on success; -1 and errno on failure.
 *
 * error: E2BIG, the strings of argv and envp together are too large for the new stack
 * error: EAGAIN, the real uid's RLIMIT_NPROC was exceeded after a set*uid (the failure deferred to execveat)
 * error: EACCES, search permission missing, the file is not a regular executable file, or its file system is mounted noexec
 * error: EBADF, fd is not a valid descriptor and filename is relative
 * error: EFAULT, filename, argv, envp or one of their strings is not a readable user address
 * error: EINVAL, flags has a bit other than AT_EMPTY_PATH and AT_SYMLINK_NOFOLLOW
 * error: ELOOP, too many symlinks, AT_SYMLINK_NOFOLLOW and filename is a symlink, or too deep a chain of interpreters
 * error: ENOENT, filename or the interpreter does not exist, or it is empty without AT_EMPTY_PATH; also a #! script run through a close-on-exec descriptor, whose /dev/fd path the interpreter could not open
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENOEXEC, the file is in no format the kernel can run
 * error: ENOMEM, kernel memory ran out
 * error: ENOTDIR, filename is relative and fd is not a directory, or a path component is not a directory
 * error: EPERM, no_new_privs, nosuid with tracing, or a security module refused
 * error: ETXTBSY, the file is open for writing
 *
 * since-version: 3.19
 *
 * notes: glibc 2.34 and later declare execveat() in <unistd.h> and call
 *   the syscall; fexecve(fd, argv, envp) is execveat(fd, "", argv, envp,
 *   AT_EMPTY_PATH) there, after rejecting fd < 0 and NULL argv or envp
 *   with EINVAL itself. AT_EXECVE_CHECK is Linux 6.14, not 6.12.
 */
SYSCALL_DEFINE5(execveat,
		int, fd, const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp,
		int, flags)
{
	return 0;
}

/* ---- per-thread registrations (the robust futex list: futex.c) ---------- */

/**
 * sys_rseq - Register or unregister the thread's restartable sequences area
 * @rseq: the thread's struct rseq
 * @rseq_len: the size of *rseq
 * @flags: 0 to register, RSEQ_FLAG_UNREGISTER to unregister
 * @sig: the signature that must precede abort handlers
 *
 * long-desc: Registers a struct rseq the kernel keeps updated with the
 *   current CPU and node, and whose rseq_cs field lets a critical section
 *   be aborted and restarted at preemption, migration or signal delivery.
 *   A thread has at most one registration.
 *
 * contexts: process, sleepable
 *
 * param: rseq
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   desc: The area, aligned to 32 bytes when rseq_len is 32, else to
 *   the alignment of struct rseq (EINVAL otherwise). For unregistering,
 *   the registered area itself.
 *
 * param: rseq_len
 *   type: uint, input
 *   constraint-type: range(32, UINT_MAX)
 *   desc: 32 (the original struct rseq) or at least the size of the
 *   fields this kernel knows (offsetof(struct rseq, end), told to the
 *   program by AT_RSEQ_FEATURE_SIZE); below 32 is EINVAL. For
 *   unregistering, the registered length.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(RSEQ_FLAG_UNREGISTER)
 *   desc: 0 or RSEQ_FLAG_UNREGISTER; any other bit is EINVAL.
 *
 * param: sig
 *   type: uint, input
 *   constraint-type: none
 *   desc: Any 32-bit value; unregistering needs the one given at
 *   registration (EPERM otherwise).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0, or -1 and errno.
 *
 * error: EBUSY, the thread has already registered this same area (a different one is EINVAL)
 * error: EFAULT, the area is not a writable user address
 * error: EINVAL, bad flags, length or alignment, another area already registered, or unregistering an area or length that is not the registered one
 * error: EPERM, sig differs from the signature registered with the area
 *
 * since-version: 4.18
 *
 * notes: glibc 2.35 and later register an area for every thread at
 *   start (unless the tunable glibc.pthread.rseq is 0), so a program's own
 *   registration fails with EBUSY or EINVAL; use __rseq_offset instead.
 *   No glibc wrapper.
 */
SYSCALL_DEFINE4(rseq, struct rseq __user *, rseq, u32, rseq_len,
		int, flags, u32, sig)
{
	return 0;
}

/* ---- process controls -------------------------------------------------- */

/**
 * sys_prctl - Read or change a property of the calling thread or process
 * @option: which property (PR_*)
 * @arg2: the first argument of option
 * @arg3: the second argument of option
 * @arg4: the third argument of option
 * @arg5: the fourth argument of option
 *
 * long-desc: A multiplexer over many per-thread and per-process settings:
 *   the parent-death signal, the dumpable flag, the thread name, seccomp,
 *   no_new_privs, the child subreaper flag, speculation controls, the
 *   capability bounding and ambient sets, and more. The security modules
 *   see every call first and may handle an option themselves.
 *
 * contexts: process, sleepable
 *
 * param: option
 *   type: int, input
 *   constraint-type: none
 *   desc: A PR_* value. The constraint's set is every case of the
 *   switch in prctl (kernel/sys.c) and every option an in-tree security
 *   module handles in its task_prctl hook, which runs first: commoncap
 *   (always built in) takes PR_CAPBSET_READ, PR_CAPBSET_DROP,
 *   PR_SET/GET_SECUREBITS, PR_SET/GET_KEEPCAPS and PR_CAP_AMBIENT; Yama
 *   takes PR_SET_PTRACER. The arm64, powerpc, RISC-V and MPX options are
 *   in the switch but always fail with EINVAL on x86_64; they are let
 *   through. PR_SCHED_CORE and PR_SET/GET_MEMORY_MERGE need
 *   CONFIG_SCHED_CORE and CONFIG_KSM (not in x86_64 defconfig, common in
 *   distributions). Because the set depends on configuration and
 *   modules, it is a constraint and not an enum. Many options require
 *   the unused arguments to be 0 (EINVAL otherwise).
 *
 * param: arg2
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on option.
 *
 * param: arg3
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on option.
 *
 * param: arg4
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on option.
 *
 * param: arg5
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on option.
 *
 * constraint: known option
 *   desc: option is one prctl or a security module handles; any other
 *   value is EINVAL
 *   expr: option == PR_SET_PDEATHSIG || option == PR_GET_PDEATHSIG || option == PR_GET_DUMPABLE || option == PR_SET_DUMPABLE || option == PR_SET_UNALIGN || option == PR_GET_UNALIGN || option == PR_SET_FPEMU || option == PR_GET_FPEMU || option == PR_SET_FPEXC || option == PR_GET_FPEXC || option == PR_GET_TIMING || option == PR_SET_TIMING || option == PR_SET_NAME || option == PR_GET_NAME || option == PR_GET_ENDIAN || option == PR_SET_ENDIAN || option == PR_GET_SECCOMP || option == PR_SET_SECCOMP || option == PR_GET_TSC || option == PR_SET_TSC || option == PR_TASK_PERF_EVENTS_DISABLE || option == PR_TASK_PERF_EVENTS_ENABLE || option == PR_GET_TIMERSLACK || option == PR_SET_TIMERSLACK || option == PR_MCE_KILL || option == PR_MCE_KILL_GET || option == PR_SET_MM || option == PR_GET_TID_ADDRESS || option == PR_SET_CHILD_SUBREAPER || option == PR_GET_CHILD_SUBREAPER || option == PR_SET_NO_NEW_PRIVS || option == PR_GET_NO_NEW_PRIVS || option == PR_GET_THP_DISABLE || option == PR_SET_THP_DISABLE || option == PR_MPX_ENABLE_MANAGEMENT || option == PR_MPX_DISABLE_MANAGEMENT || option == PR_SET_FP_MODE || option == PR_GET_FP_MODE || option == PR_SVE_SET_VL || option == PR_SVE_GET_VL || option == PR_SME_SET_VL || option == PR_SME_GET_VL || option == PR_GET_SPECULATION_CTRL || option == PR_SET_SPECULATION_CTRL || option == PR_PAC_RESET_KEYS || option == PR_PAC_SET_ENABLED_KEYS || option == PR_PAC_GET_ENABLED_KEYS || option == PR_SET_TAGGED_ADDR_CTRL || option == PR_GET_TAGGED_ADDR_CTRL || option == PR_SET_IO_FLUSHER || option == PR_GET_IO_FLUSHER || option == PR_SET_SYSCALL_USER_DISPATCH || option == PR_SCHED_CORE || option == PR_SET_MDWE || option == PR_GET_MDWE || option == PR_PPC_GET_DEXCR || option == PR_PPC_SET_DEXCR || option == PR_SET_VMA || option == PR_GET_AUXV || option == PR_SET_MEMORY_MERGE || option == PR_GET_MEMORY_MERGE || option == PR_RISCV_V_SET_CONTROL || option == PR_RISCV_V_GET_CONTROL || option == PR_RISCV_SET_ICACHE_FLUSH_CTX || option == PR_CAPBSET_READ || option == PR_CAPBSET_DROP || option == PR_SET_SECUREBITS || option == PR_GET_SECUREBITS || option == PR_GET_KEEPCAPS || option == PR_SET_KEEPCAPS || option == PR_CAP_AMBIENT || option == PR_SET_PTRACER
 *
 * constraint: no_new_privs can only be set
 *   desc: PR_SET_NO_NEW_PRIVS takes arg2 == 1 and zero arg3, arg4 and
 *   arg5 (EINVAL otherwise); the flag cannot be cleared
 *   expr: option != PR_SET_NO_NEW_PRIVS || (arg2 == 1 && arg3 == 0 && arg4 == 0 && arg5 == 0)
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 for most options; the value read for the PR_GET_* options
 *   that return one (PR_GET_DUMPABLE, PR_GET_SECCOMP, PR_GET_TIMERSLACK,
 *   PR_CAPBSET_READ, ...); -1 and errno on failure.
 *
 * error: EINVAL, an unknown option, a bad value for option's arguments, or unused arguments that are not 0
 * error: EFAULT, an address argument cannot be read or written
 * error: EPERM, the option needs a capability the caller lacks (CAP_SYS_RESOURCE for PR_SET_MM and PR_SET_IO_FLUSHER, CAP_SETPCAP for the bounding set and securebits), or a security module refused
 * error: EACCES, PR_SET_MM_EXE_FILE on a file that is not executable
 * error: EBADF, PR_SET_MM_EXE_FILE with a bad descriptor
 * error: EBUSY, PR_SET_MM_EXE_FILE while the old executable is still mapped
 * error: ENOMEM, kernel memory ran out
 * error: EINTR, PR_SET_THP_DISABLE or PR_SET_MEMORY_MERGE interrupted while waiting for the memory map lock
 * error: ENODEV, PR_GET_SPECULATION_CTRL or PR_SET_SPECULATION_CTRL for a speculation feature the kernel does not know
 * error: ENXIO, PR_SET_SPECULATION_CTRL for a mitigation that cannot be controlled per task (absent, or forced on or off)
 * error: ERANGE, PR_SET_SPECULATION_CTRL with a control value the mitigation does not take
 * error: ESRCH, PR_SCHED_CORE on a pid that does not exist
 *
 * since-version: 2.1.57
 *
 * notes: A BPF security module program attached to the task_prctl hook
 *   could claim option numbers of its own; the constraint follows the
 *   modules in the 6.12 tree. glibc's prctl() is variadic and passes the
 *   five words through.
 */
SYSCALL_DEFINE5(prctl, int, option, unsigned long, arg2, unsigned long, arg3,
		unsigned long, arg4, unsigned long, arg5)
{
	return 0;
}

/**
 * sys_seccomp - Put the calling thread into secure computing mode or query it
 * @op: the operation (SECCOMP_SET_MODE_STRICT, SECCOMP_SET_MODE_FILTER, SECCOMP_GET_ACTION_AVAIL, SECCOMP_GET_NOTIF_SIZES)
 * @flags: for SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_* bits; 0 for the others
 * @uargs: the operation's argument
 *
 * long-desc: Installs the strict mode (only read, write, _exit and
 *   sigreturn allowed) or a BPF filter that judges each later syscall,
 *   or asks whether a filter return action is supported, or reports the
 *   sizes of the user-notification structures.
 *
 * contexts: process, sleepable
 *
 * param: op
 *   type: uint, input
 *   constraint-type: enum(SECCOMP_SET_MODE_STRICT, SECCOMP_SET_MODE_FILTER, SECCOMP_GET_ACTION_AVAIL, SECCOMP_GET_NOTIF_SIZES)
 *   desc: One of the four operations; anything else is EINVAL.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: none
 *   desc: SECCOMP_FILTER_FLAG_TSYNC, _LOG, _SPEC_ALLOW, _NEW_LISTENER,
 *   _TSYNC_ESRCH and _WAIT_KILLABLE_RECV for SECCOMP_SET_MODE_FILTER; 0
 *   for the other operations.
 *
 * param: uargs
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: NULL for SECCOMP_SET_MODE_STRICT; a struct sock_fprog for
 *   SECCOMP_SET_MODE_FILTER; a u32 action for SECCOMP_GET_ACTION_AVAIL; a
 *   struct seccomp_notif_sizes to fill for SECCOMP_GET_NOTIF_SIZES.
 *
 * constraint: flags only for a filter
 *   desc: flags must be 0 for every operation but SECCOMP_SET_MODE_FILTER
 *   expr: op == SECCOMP_SET_MODE_FILTER || flags == 0
 *
 * constraint: known filter flags
 *   desc: SECCOMP_SET_MODE_FILTER rejects flags outside
 *   SECCOMP_FILTER_FLAG_MASK with EINVAL
 *   expr: (flags & ~(SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_LOG | SECCOMP_FILTER_FLAG_SPEC_ALLOW | SECCOMP_FILTER_FLAG_NEW_LISTENER | SECCOMP_FILTER_FLAG_TSYNC_ESRCH | SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV)) == 0
 *
 * constraint: tsync with a listener needs tsync_esrch
 *   desc: SECCOMP_FILTER_FLAG_TSYNC with SECCOMP_FILTER_FLAG_NEW_LISTENER
 *   is EINVAL unless SECCOMP_FILTER_FLAG_TSYNC_ESRCH is also given
 *   expr: (flags & (SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_NEW_LISTENER)) != (SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_NEW_LISTENER) || (flags & SECCOMP_FILTER_FLAG_TSYNC_ESRCH) != 0
 *
 * constraint: killable wait needs a listener
 *   desc: SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV without
 *   SECCOMP_FILTER_FLAG_NEW_LISTENER is EINVAL
 *   expr: (flags & SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV) == 0 || (flags & SECCOMP_FILTER_FLAG_NEW_LISTENER) != 0
 *
 * constraint: strict mode takes no argument
 *   desc: SECCOMP_SET_MODE_STRICT with a non-NULL uargs is EINVAL
 *   expr: op != SECCOMP_SET_MODE_STRICT || uargs == NULL
 *
 * constraint: the other operations need their argument
 *   desc: SECCOMP_SET_MODE_FILTER, SECCOMP_GET_ACTION_AVAIL and
 *   SECCOMP_GET_NOTIF_SIZES read or write *uargs: NULL is EFAULT
 *   expr: op == SECCOMP_SET_MODE_STRICT || uargs != NULL
 *
 * capability: CAP_SYS_ADMIN
 *   type: bypass_check
 *   allows: Install a filter without no_new_privs set (in the caller's user namespace)
 *   without: EACCES unless the thread has no_new_privs
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0; with SECCOMP_FILTER_FLAG_NEW_LISTENER the new listener
 *   descriptor; with SECCOMP_FILTER_FLAG_TSYNC (without _TSYNC_ESRCH) the
 *   id of a thread that could not be synchronized is returned as a
 *   positive value and no filter is installed; -1 and errno on failure.
 *
 * error: EACCES, a filter without CAP_SYS_ADMIN in the user namespace and without no_new_privs
 * error: EBUSY, SECCOMP_FILTER_FLAG_NEW_LISTENER while a filter with a listener is already installed in the thread's chain
 * error: EFAULT, uargs cannot be read or written
 * error: EINVAL, an unknown op or flag, a flag combination in the constraints, a bad filter program, a mode change the thread's current mode forbids, or an unknown action for SECCOMP_GET_ACTION_AVAIL
 * error: ENOMEM, kernel memory ran out, or the filters of the thread would exceed MAX_INSNS_PER_PATH instructions
 * error: EOPNOTSUPP, SECCOMP_GET_ACTION_AVAIL with an action this kernel does not have
 * error: ESRCH, SECCOMP_FILTER_FLAG_TSYNC with SECCOMP_FILTER_FLAG_TSYNC_ESRCH and another thread could not be synchronized
 *
 * since-version: 3.17
 *
 * notes: No glibc wrapper (libseccomp's seccomp_load or syscall(SYS_seccomp)).
 *   prctl(PR_SET_SECCOMP, ...) reaches the same code with op and flags
 *   0.
 */
SYSCALL_DEFINE3(seccomp, unsigned int, op, unsigned int, flags,
			 void __user *, uargs)
{
	return 0;
}

/**
 * sys_capget - Read the capability sets of a thread
 * @header: version and pid of the request (struct __user_cap_header_struct)
 * @dataptr: where the effective, permitted and inheritable sets are stored
 *
 * long-desc: Copies the three capability sets of the thread header->pid
 *   (0 for the caller) to dataptr, in as many 32-bit words as
 *   header->version says (one for version 1, two for versions 2 and 3).
 *
 * contexts: process, sleepable
 *
 * param: header
 *   type: ptr, inout, user
 *   constraint-type: user_ptr
 *   desc: version must be _LINUX_CAPABILITY_VERSION_1, _2 or _3; on
 *   another version the kernel writes its preferred version (3) back into
 *   header->version and fails with EINVAL. pid must not be negative.
 *
 * param: dataptr
 *   type: ptr, output, user, optional
 *   constraint-type: none
 *   desc: An array of two struct __user_cap_data_struct for versions 2
 *   and 3, one for version 1. NULL is allowed to probe the version: the
 *   call then returns 0 even for an unknown version.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0, or -1 and errno.
 *
 * error: EFAULT, header or dataptr is not a valid user address
 * error: EINVAL, header->version is unknown (the kernel's is written back) with a non-NULL dataptr, or header->pid is negative
 * error: ESRCH, no thread has id header->pid
 *
 * since-version: 2.2
 *
 * notes: libcap declares capget() in <sys/capability.h>; glibc provides
 *   the symbol. Version 1 has only 32 bits per set and the kernel warns
 *   about its use.
 */
SYSCALL_DEFINE2(capget, cap_user_header_t, header, cap_user_data_t, dataptr)
{
	return 0;
}

/**
 * sys_capset - Set the capability sets of the calling thread
 * @header: version and pid of the request (struct __user_cap_header_struct)
 * @data: the new effective, permitted and inheritable sets
 *
 * long-desc: Replaces the caller's effective, permitted and inheritable
 *   capability sets, within the rules of the security modules: no
 *   permitted bit may be gained, inheritable bits beyond the bounding set
 *   need CAP_SETPCAP, and effective must be a subset of permitted.
 *
 * contexts: process, sleepable
 *
 * param: header
 *   type: ptr, inout, user
 *   constraint-type: user_ptr
 *   desc: version as for capget (EINVAL on another one, with the kernel's
 *   written back); pid must be 0 or the caller's own thread id (EPERM).
 *
 * param: data
 *   type: ptr, input, user
 *   constraint-type: user_ptr
 *   desc: Two struct __user_cap_data_struct for versions 2 and 3, one for
 *   version 1.
 *
 * capability: CAP_SETPCAP
 *   type: grant_permission
 *   allows: Add inheritable capabilities outside the permitted set (within the bounding set)
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0, or -1 and errno.
 *
 * error: EFAULT, header or data is not a valid user address
 * error: EINVAL, header->version is unknown
 * error: ENOMEM, new credentials could not be allocated
 * error: EPERM, header->pid names another thread, a permitted bit would be added, effective is not within permitted, an inheritable bit is outside the permitted set without CAP_SETPCAP or outside the bounding set, or a security module refused
 *
 * since-version: 2.2
 *
 * notes: Since 2.6.24 a thread can change only its own sets.
 */
SYSCALL_DEFINE2(capset, cap_user_header_t, header, const cap_user_data_t, data)
{
	return 0;
}

/**
 * sys_ptrace - Observe and control another process
 * @request: the PTRACE_* operation
 * @pid: the tracee's thread id
 * @addr: an address in the tracee, or the request's extra argument
 * @data: the request's data word or buffer
 *
 * long-desc: Attaches to a thread as its tracer, or operates on a thread
 *   already traced and stopped: reads and writes its memory, registers
 *   and signal state, resumes it (optionally until the next syscall or
 *   single step), and sets the options for its events.
 *
 * contexts: process, sleepable
 *
 * param: request
 *   type: int, input
 *   constraint-type: none
 *   desc: PTRACE_TRACEME, PTRACE_ATTACH, PTRACE_SEIZE, the PEEK and POKE
 *   requests, PTRACE_CONT, PTRACE_SYSCALL, PTRACE_SINGLESTEP,
 *   PTRACE_GETREGS and the other x86 register requests, PTRACE_GETREGSET,
 *   PTRACE_SETOPTIONS, PTRACE_GETEVENTMSG, PTRACE_INTERRUPT,
 *   PTRACE_LISTEN, PTRACE_DETACH, PTRACE_KILL and more. The set is the
 *   union of the arch_ptrace() and ptrace_request() switches and differs
 *   by architecture and configuration, so it is not enumerated; an
 *   unknown request fails with EIO.
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: The tracee; ignored by PTRACE_TRACEME.
 *
 * param: addr
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on request.
 *
 * param: data
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on request: a signal to deliver when resuming, an
 *   options mask, a pointer to a buffer.
 *
 * capability: CAP_SYS_PTRACE
 *   type: bypass_check
 *   allows: Attach to processes of other users and to non-dumpable ones
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 for most requests. The raw PEEK requests store the word read
 *   at *data and return 0; glibc's ptrace() instead returns the word
 *   itself, so through it -1 is a valid result and errno must be cleared
 *   first to tell.
 *
 * error: EFAULT, tracee memory or a user buffer cannot be accessed
 * error: EINVAL, a bad option mask, signal number or register-set size
 * error: EIO, an unknown request, or a PEEK/POKE at an invalid tracee address
 * error: EPERM, the process cannot be traced by the caller (another user, not dumpable, Yama, init), or it is already traced
 * error: ESRCH, the tracee does not exist, is not traced by the caller, or is not stopped for a request that needs it stopped
 *
 * since-version: 1.0
 *
 * notes: Not bound to glibc's ptrace(): its PEEK results are not the
 *   syscall's.
 */
SYSCALL_DEFINE4(ptrace, long, request, long, pid, unsigned long, addr,
		unsigned long, data)
{
	return 0;
}

/* ---- reboot ------------------------------------------------------------ */

/**
 * sys_reboot - Restart, halt or power off the system, or set Ctrl-Alt-Del handling
 * @magic1: LINUX_REBOOT_MAGIC1
 * @magic2: LINUX_REBOOT_MAGIC2, _MAGIC2A, _MAGIC2B or _MAGIC2C
 * @cmd: the action (LINUX_REBOOT_CMD_*)
 * @arg: for LINUX_REBOOT_CMD_RESTART2, the command string for the firmware
 *
 * long-desc: Restarts, halts or powers off the machine (after the
 *   reboot notifiers, without syncing file systems), jumps into a kernel
 *   loaded by kexec_load, hibernates, or sets whether Ctrl-Alt-Del
 *   restarts at once or sends SIGINT to init. Inside a pid namespace
 *   other than the initial one, restart and halt end the namespace's init
 *   instead.
 *
 * contexts: process, sleepable
 *
 * param: magic1
 *   type: int, input
 *   constraint-type: none
 *   desc: Must be LINUX_REBOOT_MAGIC1 (0xfee1dead); EINVAL otherwise.
 *
 * param: magic2
 *   type: int, input
 *   constraint-type: none
 *   desc: Must be one of LINUX_REBOOT_MAGIC2, _MAGIC2A, _MAGIC2B,
 *   _MAGIC2C; EINVAL otherwise.
 *
 * param: cmd
 *   type: uint, input
 *   constraint-type: enum(LINUX_REBOOT_CMD_RESTART, LINUX_REBOOT_CMD_HALT, LINUX_REBOOT_CMD_CAD_ON, LINUX_REBOOT_CMD_CAD_OFF, LINUX_REBOOT_CMD_POWER_OFF, LINUX_REBOOT_CMD_RESTART2, LINUX_REBOOT_CMD_SW_SUSPEND, LINUX_REBOOT_CMD_KEXEC)
 *   desc: One of the cases of the switch; LINUX_REBOOT_CMD_KEXEC needs
 *   CONFIG_KEXEC_CORE and LINUX_REBOOT_CMD_SW_SUSPEND CONFIG_HIBERNATION
 *   (both in x86_64 defconfig). In a non-initial pid namespace only
 *   RESTART, RESTART2, HALT and POWER_OFF are accepted.
 *
 * param: arg
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Read only for LINUX_REBOOT_CMD_RESTART2: a string of up to 255
 *   bytes.
 *
 * constraint: first magic number
 *   desc: magic1 must be LINUX_REBOOT_MAGIC1; the test comes before cmd is
 *   looked at
 *   expr: magic1 == LINUX_REBOOT_MAGIC1
 *
 * constraint: second magic number
 *   desc: magic2 must be one of the four LINUX_REBOOT_MAGIC2 values
 *   expr: magic2 == LINUX_REBOOT_MAGIC2 || magic2 == LINUX_REBOOT_MAGIC2A || magic2 == LINUX_REBOOT_MAGIC2B || magic2 == LINUX_REBOOT_MAGIC2C
 *
 * capability: CAP_SYS_BOOT
 *   type: grant_permission
 *   allows: Any use of reboot (in the user namespace of the caller's pid namespace)
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 for the Ctrl-Alt-Del settings, a namespaced restart, or after
 *   a resume from hibernation; the restart, halt and power-off commands do
 *   not return when they succeed. -1 and errno on failure.
 *
 * error: EPERM, the caller lacks CAP_SYS_BOOT, or LINUX_REBOOT_CMD_SW_SUSPEND while hibernation is unavailable (kernel lockdown, nohibernate)
 * error: EINVAL, a bad magic number, an unknown cmd, a cmd a non-initial pid namespace does not take, or LINUX_REBOOT_CMD_KEXEC with no kernel loaded
 * error: EFAULT, LINUX_REBOOT_CMD_RESTART2 with an unreadable arg
 * error: EBUSY, LINUX_REBOOT_CMD_KEXEC while kexec is busy, or LINUX_REBOOT_CMD_SW_SUSPEND while another hibernation or snapshot is in progress
 * error: EOPNOTSUPP, LINUX_REBOOT_CMD_SW_SUSPEND when the compressor for the image is not available
 *
 * since-version: 1.0
 *
 * notes: glibc's reboot(howto) from <sys/reboot.h> passes
 *   LINUX_REBOOT_MAGIC1 and LINUX_REBOOT_MAGIC2 itself and howto as cmd
 *   (RB_AUTOBOOT, RB_HALT_SYSTEM, RB_POWER_OFF, RB_ENABLE_CAD,
 *   RB_DISABLE_CAD, RB_SW_SUSPEND, RB_KEXEC are the same numbers).
 *   magic1's value does not fit an int: the kernel compares it after the
 *   usual conversions, so the int -18751827 is the same value.
 */
SYSCALL_DEFINE4(reboot, int, magic1, int, magic2, unsigned int, cmd,
		void __user *, arg)
{
	return 0;
}
