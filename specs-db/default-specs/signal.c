// SPDX-License-Identifier: MIT
/* Default KAPI specs for signal handling (actions, masks, waiting for and
 * queueing signals, the alternate stack, signal return), pidfds, waiting
 * for children, process exit and kcmp.
 * Facts come from the Linux 6.12 source (kernel/signal.c, kernel/exit.c,
 * kernel/pid.c, kernel/fork.c, kernel/kcmp.c,
 * arch/x86/kernel/signal_64.c and the helpers they call) and the manual
 * pages; the words are ours.  The kernel's sigset_t is 8 bytes on x86_64
 * (_NSIG / 8); glibc's is 128 bytes, and its wrappers pass the kernel
 * size themselves. */

/* ---- signal actions and masks --------------------------------------- */

/**
 * sys_rt_sigaction - Read or change the action taken on a signal
 * @sig: the signal, 1 to _NSIG
 * @act: the new action, or NULL to leave it unchanged
 * @oact: where the previous action is stored, or NULL
 * @sigsetsize: size of the kernel's sigset_t in bytes
 *
 * long-desc: Installs act (handler, flags, mask and restorer in the
 *   kernel's struct sigaction layout) as the action of sig for the whole
 *   process, and stores the action it replaces in oact. Setting SIG_IGN,
 *   or SIG_DFL for a signal whose default is to ignore it, discards
 *   instances of sig already pending.
 *
 * contexts: process, sleepable
 *
 * param: sig
 *   type: int, input
 *   constraint-type: range(1, _NSIG)
 *   desc: 0 and negative numbers are EINVAL, as is anything above _NSIG
 *   (valid_signal() plus a sig < 1 test in do_sigaction()).
 *
 * param: act
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: NULL only reads the current action. Flag bits the kernel does
 *   not know are cleared; SIGKILL and SIGSTOP are removed from the mask.
 *
 * param: oact
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the old action is not returned.
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: range(_NSIG / 8, _NSIG / 8)
 *   desc: Must equal the kernel's sigset_t size (8 on x86_64), else
 *   EINVAL.
 *
 * side-effect: modify_state
 *   target: the process's action for sig
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, act cannot be read or oact cannot be written
 * error: EINVAL, sigsetsize is wrong, sig is outside 1 to _NSIG, act is given for SIGKILL or SIGSTOP, or the action of sig was made immutable by the kernel (a fatal signal it forced)
 *
 * constraint: no handler for SIGKILL or SIGSTOP
 *   desc: the actions of SIGKILL and SIGSTOP can be read but not changed
 *   expr: act == NULL || (sig != SIGKILL && sig != SIGSTOP)
 *
 * since-version: 2.2
 *
 * notes: The C library's sigaction() converts its own struct sigaction
 *   to the kernel's (and adds SA_RESTORER with its restorer on x86_64);
 *   it also refuses the signals it reserves for threads (32 and 33 in
 *   glibc) before the kernel sees them. The manual page does not list the
 *   EINVAL for an immutable action (SA_IMMUTABLE, internal to the
 *   kernel).
 */
SYSCALL_DEFINE4(rt_sigaction, int, sig,
		const struct sigaction __user *, act,
		struct sigaction __user *, oact,
		size_t, sigsetsize)
{
	return 0;
}

/**
 * sys_rt_sigprocmask - Read or change the calling thread's signal mask
 * @how: SIG_BLOCK, SIG_UNBLOCK or SIG_SETMASK; ignored when nset is NULL
 * @nset: the signals to block, unblock or set, or NULL
 * @oset: where the previous mask is stored, or NULL
 * @sigsetsize: size of the kernel's sigset_t in bytes
 *
 * long-desc: Adds the signals of nset to the blocked set (SIG_BLOCK),
 *   removes them (SIG_UNBLOCK) or replaces the set with them
 *   (SIG_SETMASK), and stores the mask as it was before in oset. SIGKILL
 *   and SIGSTOP are never blocked.
 *
 * contexts: process, sleepable
 *
 * param: how
 *   type: int, input
 *   constraint-type: none
 *   desc: Only read when nset is not NULL; then anything but SIG_BLOCK,
 *   SIG_UNBLOCK and SIG_SETMASK is EINVAL (the switch in sigprocmask()).
 *
 * param: nset
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: NULL leaves the mask alone (how is then not looked at).
 *
 * param: oset
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the old mask is not returned.
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: range(_NSIG / 8, _NSIG / 8)
 *   desc: Must equal the kernel's sigset_t size (8 on x86_64), else
 *   EINVAL.
 *
 * side-effect: modify_state
 *   target: the calling thread's blocked signal set
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, nset cannot be read or oset cannot be written
 * error: EINVAL, sigsetsize is wrong, or nset is given and how is not SIG_BLOCK, SIG_UNBLOCK or SIG_SETMASK
 *
 * constraint: how names an operation
 *   desc: with a new set, how must be SIG_BLOCK, SIG_UNBLOCK or
 *   SIG_SETMASK
 *   expr: nset == NULL || how == SIG_BLOCK || how == SIG_UNBLOCK || how == SIG_SETMASK
 *
 * since-version: 2.2
 *
 * notes: The mask is per thread. glibc's sigprocmask() and
 *   pthread_sigmask() pass how through and silently drop from nset the
 *   two signals glibc reserves for itself; pthread_sigmask() returns the
 *   error number instead of setting errno.
 */
SYSCALL_DEFINE4(rt_sigprocmask, int, how, sigset_t __user *, nset,
		sigset_t __user *, oset, size_t, sigsetsize)
{
	return 0;
}

/**
 * sys_rt_sigpending - Return the signals that are pending and blocked
 * @uset: where the set is stored
 * @sigsetsize: number of bytes to store, at most the kernel's sigset_t size
 *
 * long-desc: Stores the blocked signals pending for the calling thread or
 *   for its process as a whole.
 *
 * contexts: process, sleepable
 *
 * param: uset
 *   type: user_ptr, output
 *   constraint-type: buffer(1)
 *   desc: Receives sigsetsize bytes of the set.
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: range(0, _NSIG / 8)
 *   desc: Above the kernel's sigset_t size (8 on x86_64) is EINVAL; a
 *   smaller size stores only the first bytes of the set.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, uset cannot be written
 * error: EINVAL, sigsetsize is larger than the kernel's sigset_t
 *
 * since-version: 2.2
 *
 * notes: Unlike the other rt_sig* calls, a size smaller than sigset_t
 *   is accepted here.
 */
SYSCALL_DEFINE2(rt_sigpending, sigset_t __user *, uset, size_t, sigsetsize)
{
	return 0;
}

/* ---- waiting for signals -------------------------------------------- */

/**
 * sys_rt_sigsuspend - Wait for a signal with a temporary signal mask
 * @unewset: the mask to use while waiting
 * @sigsetsize: size of the kernel's sigset_t in bytes
 *
 * long-desc: Replaces the calling thread's signal mask with unewset and
 *   sleeps until a signal is delivered that runs a handler or ends the
 *   process; the old mask is put back when the handler returns.
 *
 * contexts: process, sleepable
 *
 * param: unewset
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: Must be readable (EFAULT). SIGKILL and SIGSTOP cannot be
 *   blocked by it.
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: range(_NSIG / 8, _NSIG / 8)
 *   desc: Must equal the kernel's sigset_t size (8 on x86_64), else
 *   EINVAL.
 *
 * return:
 *   type: int
 *   check-type: error_check
 *   desc: Never returns success: -1 with errno EINTR once a handler ran,
 *   or EINVAL or EFAULT for a wrong size or an unreadable mask, before
 *   any waiting.
 *
 * since-version: 2.2
 *
 * notes: The errors are described here and not listed as error: lines,
 *   so that the usual call whose result is discarded (it is always -1
 *   and EINTR) is not reported. The kernel returns ERESTARTNOHAND, which
 *   userspace sees as EINTR.
 */
SYSCALL_DEFINE2(rt_sigsuspend, sigset_t __user *, unewset, size_t, sigsetsize)
{
	return 0;
}

/**
 * sys_pause - Sleep until a signal is delivered
 *
 * long-desc: Sleeps until a signal runs a handler or ends the process.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: error_check
 *   desc: Returns only after a handler ran, always -1 with errno EINTR.
 *
 * since-version: 1.0
 *
 * notes: Built where the architecture defines __ARCH_WANT_SYS_PAUSE (x86
 *   does; the asm-generic ports use ppoll() instead). EINTR is its only
 *   result, so it is described here and not listed as an error: a
 *   discarded result is the normal use.
 */
SYSCALL_DEFINE0(pause)
{
	return 0;
}

/**
 * sys_rt_sigtimedwait - Wait for one of a set of signals and take it
 * @uthese: the signals to wait for
 * @uinfo: where the taken signal's siginfo is stored, or NULL
 * @uts: the longest time to wait, or NULL to wait without a limit
 * @sigsetsize: size of the kernel's sigset_t in bytes
 *
 * long-desc: Removes a pending signal of uthese from the calling thread's
 *   or the process's queue and returns its number, waiting if none is
 *   pending. The signals are normally blocked beforehand so that they are
 *   not delivered to a handler instead.
 *
 * contexts: process, sleepable
 *
 * param: uthese
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: SIGKILL and SIGSTOP in the set are ignored.
 *
 * param: uinfo
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the siginfo is not returned.
 *
 * param: uts
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A zero time only polls. tv_sec must not be negative and
 *   tv_nsec must be 0 to 999999999 (EINVAL).
 *
 * param: sigsetsize
 *   type: uint, input
 *   constraint-type: range(_NSIG / 8, _NSIG / 8)
 *   desc: Must equal the kernel's sigset_t size (8 on x86_64), else
 *   EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 1
 *   desc: The number of the signal taken.
 *
 * error: EAGAIN, no signal of the set arrived within uts (at once for a zero time)
 * error: EFAULT, uthese or uts cannot be read, or uinfo cannot be written (the signal is taken all the same)
 * error: EINTR, a signal outside the set ran a handler while waiting
 * error: EINVAL, sigsetsize is wrong, or uts holds a negative tv_sec or a tv_nsec outside 0 to 999999999
 *
 * since-version: 2.2
 *
 * notes: glibc's sigtimedwait() and sigwaitinfo() (uts NULL) call it
 *   with the kernel's set size. On x86_64 uts is a struct
 *   __kernel_timespec (64-bit seconds). The manual page does not list
 *   EFAULT.
 */
SYSCALL_DEFINE4(rt_sigtimedwait, const sigset_t __user *, uthese,
		siginfo_t __user *, uinfo,
		const struct __kernel_timespec __user *, uts,
		size_t, sigsetsize)
{
	return 0;
}

/* ---- queueing signals with data ------------------------------------- */

/**
 * sys_rt_sigqueueinfo - Queue a signal with its siginfo to a process
 * @pid: the target process
 * @sig: signal number, or 0 to probe
 * @uinfo: the siginfo to deliver with it
 *
 * long-desc: Sends sig to the process pid with the siginfo the caller
 *   supplies (its si_signo is replaced by sig). Only negative si_code
 *   values other than SI_TKILL may be sent to another process, so that no
 *   caller can pose as the kernel or as kill().
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: A single process; 0 and negative values name none (ESRCH, or
 *   EPERM for a si_code that may only be sent to oneself).
 *
 * param: sig
 *   type: int, input
 *   constraint-type: range(0, _NSIG)
 *   desc: 0 or a signal number up to _NSIG (valid_signal()); 0 only
 *   checks that pid exists and may be signalled.
 *
 * param: uinfo
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: Must be readable (EFAULT). With an si_code whose layout the
 *   kernel does not know, the bytes beyond the kernel's own siginfo must
 *   be zero (E2BIG).
 *
 * side-effect: signal_send
 *   target: the process pid
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the signal is queued.
 *
 * error: E2BIG, uinfo has an si_code the kernel does not know and nonzero bytes past its own siginfo
 * error: EACCES, a security module refused the signal
 * error: EAGAIN, sig is a real-time signal and the queue is full (RLIMIT_SIGPENDING) or no memory was left for it
 * error: EFAULT, uinfo cannot be read
 * error: EINVAL, sig is not a valid signal number (checked once pid is found)
 * error: ENOMEM, signal auditing could not record the target
 * error: EPERM, si_code is not negative, or is SI_TKILL, and pid is not the caller; or the caller may not signal pid
 * error: ESRCH, no process pid exists
 *
 * since-version: 2.2
 *
 * notes: glibc's sigqueue() builds the siginfo itself (SI_QUEUE, the
 *   caller's pid and uid, the value) and calls this. The manual page does
 *   not list E2BIG, EACCES or ENOMEM.
 */
SYSCALL_DEFINE3(rt_sigqueueinfo, pid_t, pid, int, sig,
		siginfo_t __user *, uinfo)
{
	return 0;
}

/**
 * sys_rt_tgsigqueueinfo - Queue a signal with its siginfo to one thread
 * @tgid: the process (thread group) the thread must belong to
 * @pid: the thread id
 * @sig: signal number, or 0 to probe
 * @uinfo: the siginfo to deliver with it
 *
 * long-desc: The thread-directed form of rt_sigqueueinfo(): sends sig with
 *   the caller's siginfo to the thread pid if it belongs to tgid.
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
 *   desc: A thread id; must be positive (EINVAL).
 *
 * param: sig
 *   type: int, input
 *   constraint-type: range(0, _NSIG)
 *   desc: 0 or a signal number up to _NSIG, as for rt_sigqueueinfo().
 *
 * param: uinfo
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: As for rt_sigqueueinfo(); its si_signo is replaced by sig.
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
 * error: E2BIG, uinfo has an si_code the kernel does not know and nonzero bytes past its own siginfo
 * error: EACCES, a security module refused the signal
 * error: EAGAIN, sig is a real-time signal and the queue is full (RLIMIT_SIGPENDING) or no memory was left for it
 * error: EFAULT, uinfo cannot be read
 * error: EINVAL, tgid or pid is not positive, or sig is not a valid signal number
 * error: ENOMEM, signal auditing could not record the target
 * error: EPERM, si_code is not negative, or is SI_TKILL, and pid is not the calling thread; or the caller may not signal the thread
 * error: ESRCH, no thread pid exists, or it does not belong to tgid
 *
 * since-version: 2.6.31
 *
 * notes: No glibc wrapper: syscall(SYS_rt_tgsigqueueinfo, ...). uinfo is
 *   read before the ids are checked, so an unreadable uinfo is EFAULT
 *   even with a bad id.
 */
SYSCALL_DEFINE4(rt_tgsigqueueinfo, pid_t, tgid, pid_t, pid, int, sig,
		siginfo_t __user *, uinfo)
{
	return 0;
}

/* ---- alternate stack and signal return ------------------------------ */

/**
 * sys_sigaltstack - Set or read the alternate stack for signal handlers
 * @uss: the new alternate stack, or NULL
 * @uoss: where the current one is stored, or NULL
 *
 * long-desc: Defines (or with SS_DISABLE removes) the memory that handlers
 *   installed with SA_ONSTACK run on, and reports the current one with
 *   SS_ONSTACK while the caller is running on it.
 *
 * contexts: process, sleepable
 *
 * param: uss
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: ss_flags must be 0, SS_ONSTACK or SS_DISABLE, optionally with
 *   SS_AUTODISARM (EINVAL); without SS_DISABLE ss_size must be at least
 *   MINSIGSTKSZ and large enough for the signal frame of the CPU's
 *   enabled state (ENOMEM). NULL only reads.
 *
 * param: uoss
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the current stack is not returned.
 *
 * side-effect: modify_state
 *   target: the calling thread's alternate signal stack
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EFAULT, uss cannot be read or uoss cannot be written
 * error: EINVAL, ss_flags of uss is not 0, SS_ONSTACK or SS_DISABLE (SS_AUTODISARM aside)
 * error: ENOMEM, ss_size is below MINSIGSTKSZ, or too small for the signal frame the thread's enabled CPU state (AMX) needs
 * error: EPERM, uss is given while the caller is running on the alternate stack
 *
 * since-version: 2.2
 *
 * notes: A request identical to the current setting succeeds before the
 *   flag and size checks (not before EPERM). The manual does not describe
 *   the extra ENOMEM check of x86 for dynamically enabled CPU state
 *   (sigaltstack_size_valid()).
 */
SYSCALL_DEFINE2(sigaltstack,const stack_t __user *,uss, stack_t __user *,uoss)
{
	return 0;
}

/**
 * sys_rt_sigreturn - Return from a signal handler
 *
 * long-desc: Called by the restorer code a handler returns to: restores
 *   the registers, signal mask, alternate stack setting and FPU state the
 *   kernel saved in the signal frame on the user stack, and resumes the
 *   interrupted code.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: no_return
 *   desc: Does not return to its caller: execution continues where the
 *   signal interrupted it, with that code's registers. A frame that cannot
 *   be read or is invalid kills the process with SIGSEGV.
 *
 * since-version: 2.2
 *
 * notes: Never called directly; the C library installs the restorer with
 *   SA_RESTORER. This is the x86_64 version, in
 *   arch/x86/kernel/signal_64.c.
 */
SYSCALL_DEFINE0(rt_sigreturn)
{
	return 0;
}

/**
 * sys_restart_syscall - Resume an interrupted sleep with its remaining time
 *
 * long-desc: Used by the kernel's signal return path to resume a sleeping
 *   call (nanosleep(), clock_nanosleep(), poll(), futex waits...) after a
 *   handler ran, with the time that was left, rather than restarting it
 *   with its original arguments.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: custom
 *   desc: What the resumed call returns; with nothing to resume, EINTR.
 *
 * since-version: 2.6
 *
 * notes: Not meant to be called by programs: without a pending restart
 *   the call fails with EINTR.
 */
SYSCALL_DEFINE0(restart_syscall)
{
	return 0;
}

/* ---- pidfds ----------------------------------------------------------- */

/**
 * sys_pidfd_open - Obtain a file descriptor that refers to a process
 * @pid: the process (or with PIDFD_THREAD the thread)
 * @flags: PIDFD_NONBLOCK, PIDFD_THREAD or 0
 *
 * long-desc: Returns a close-on-exec descriptor for pid that stays bound
 *   to that process even after its id is reused: it can be polled for the
 *   process's exit and used with pidfd_send_signal(), pidfd_getfd(),
 *   waitid(P_PIDFD) and setns().
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: Must be positive (EINVAL). Without PIDFD_THREAD it must be a
 *   thread group leader (EINVAL otherwise).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(PIDFD_NONBLOCK | PIDFD_THREAD)
 *   desc: PIDFD_NONBLOCK makes waitid() on the descriptor not block;
 *   PIDFD_THREAD (6.9) refers to the single thread pid.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor.
 *
 * error: EINVAL, flags has other bits, pid is not positive, or pid is not a thread group leader (without PIDFD_THREAD) or has no task left
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENOMEM, memory for the descriptor ran out
 * error: ESRCH, no process pid exists in the caller's pid namespace
 *
 * since-version: 5.3
 *
 * notes: PIDFD_THREAD (O_EXCL) exists since 6.9 and may be missing from
 *   older headers; glibc 2.36's <sys/pidfd.h> defines PIDFD_NONBLOCK only.
 *   The manual's ENODEV (no anonymous inode mount) is gone: since 6.9
 *   pidfds live in pidfs.
 */
SYSCALL_DEFINE2(pidfd_open, pid_t, pid, unsigned int, flags)
{
	return 0;
}

/**
 * sys_pidfd_send_signal - Send a signal to the process a pidfd refers to
 * @pidfd: a pidfd, or a descriptor of a /proc/PID directory
 * @sig: signal number, or 0 to probe
 * @info: the siginfo to send, or NULL for what kill() would send
 * @flags: 0, or one of the PIDFD_SIGNAL_* scope flags
 *
 * long-desc: Sends sig to the process, thread or process group of the
 *   process pidfd refers to, which cannot have been replaced by a process
 *   that reused its id. Without a scope flag the scope follows the pidfd
 *   (a thread for a PIDFD_THREAD pidfd, else the process).
 *
 * contexts: process, sleepable
 *
 * param: pidfd
 *   type: fd, input
 *   constraint-type: none
 *   desc: A pidfd from pidfd_open() or clone(CLONE_PIDFD), or an open
 *   /proc/PID directory; any other descriptor is EBADF.
 *
 * param: sig
 *   type: int, input
 *   constraint-type: range(0, _NSIG)
 *   desc: 0 or a signal number up to _NSIG (valid_signal()).
 *
 * param: info
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Its si_signo must equal sig (EINVAL). A non-negative si_code,
 *   or SI_TKILL, may only be sent to the caller's own process (EPERM).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(PIDFD_SIGNAL_THREAD | PIDFD_SIGNAL_THREAD_GROUP | PIDFD_SIGNAL_PROCESS_GROUP)
 *   desc: At most one of the three scope flags (6.9); any other bit is
 *   EINVAL.
 *
 * side-effect: signal_send
 *   target: the process, thread or process group of pidfd
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the signal is sent.
 *
 * error: E2BIG, info has an si_code the kernel does not know and nonzero bytes past its own siginfo
 * error: EACCES, a security module refused the signal
 * error: EAGAIN, sig is a real-time signal and the queue is full or no memory was left for it
 * error: EBADF, pidfd is not open, or is neither a pidfd nor a /proc/PID directory
 * error: EFAULT, info cannot be read
 * error: EINVAL, flags has unknown bits or more than one scope flag, sig is not a valid signal number, info's si_signo differs from sig, or the process is in a pid namespace the caller cannot see
 * error: ENOMEM, signal auditing could not record the target
 * error: EPERM, the caller may not signal the target, or info carries an si_code reserved for the kernel or kill() and the target is not the caller's own process
 * error: ESRCH, the process has been reaped (or, with PIDFD_SIGNAL_PROCESS_GROUP, its group is empty)
 *
 * constraint: one scope flag
 *   desc: PIDFD_SIGNAL_THREAD, PIDFD_SIGNAL_THREAD_GROUP and
 *   PIDFD_SIGNAL_PROCESS_GROUP exclude each other
 *   expr: ((flags & PIDFD_SIGNAL_THREAD) == 0 || (flags & (PIDFD_SIGNAL_THREAD_GROUP | PIDFD_SIGNAL_PROCESS_GROUP)) == 0) && ((flags & PIDFD_SIGNAL_THREAD_GROUP) == 0 || (flags & PIDFD_SIGNAL_PROCESS_GROUP) == 0)
 *
 * since-version: 5.1
 *
 * notes: The scope flags exist since 6.9 and may be missing from older
 *   headers. The manual page lists only EBADF, EINVAL, EPERM and ESRCH.
 *   A zombie can still be signalled (nothing happens); ESRCH comes only
 *   once it is reaped.
 */
SYSCALL_DEFINE4(pidfd_send_signal, int, pidfd, int, sig,
		siginfo_t __user *, info, unsigned int, flags)
{
	return 0;
}

/**
 * sys_pidfd_getfd - Duplicate a file descriptor of another process
 * @pidfd: a pidfd of the process to take the descriptor from
 * @fd: the descriptor number in that process
 * @flags: must be 0
 *
 * long-desc: Installs in the caller a close-on-exec duplicate of the
 *   open file that fd refers to in the process of pidfd. The caller needs
 *   ptrace access to that process.
 *
 * contexts: process, sleepable
 *
 * param: pidfd
 *   type: fd, input
 *   constraint-type: none
 *   desc: Must be a pidfd (EBADF otherwise); /proc/PID directories are not
 *   accepted here.
 *
 * param: fd
 *   type: int, input
 *   constraint-type: none
 *   desc: A descriptor number of the target, not of the caller; one that
 *   is not open there is EBADF.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything else is EINVAL.
 *
 * capability: CAP_SYS_PTRACE
 *   type: bypass_check
 *   allows: Take descriptors of processes of other users
 *   without: The caller must pass the PTRACE_MODE_ATTACH_REALCREDS check (same uids, no higher privilege, Yama's scope) (EPERM)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor in the caller.
 *
 * error: EBADF, pidfd is not an open pidfd, or fd is not open in the target
 * error: EINTR, a fatal signal arrived while waiting for the target's exec lock
 * error: EINVAL, flags is not 0
 * error: EMFILE, the caller's descriptor limit was reached
 * error: EPERM, the caller may not ptrace the target, or a security module refused the file
 * error: ESRCH, the process has exited or is exiting
 *
 * since-version: 5.6
 *
 * notes: The manual lists ENFILE, but no new open file is created (the
 *   target's is shared), so 6.12 cannot return it; it does not list the
 *   EINTR of the killable wait for the target's exec lock.
 */
SYSCALL_DEFINE3(pidfd_getfd, int, pidfd, int, fd,
		unsigned int, flags)
{
	return 0;
}

/* ---- waiting for children --------------------------------------------- */

/**
 * sys_wait4 - Wait for a child to change state, with its resource usage
 * @upid: which children: a pid, -1 for any, 0 or -pgid for a process group
 * @stat_addr: where the wait status is stored, or NULL
 * @options: WNOHANG, WUNTRACED, WCONTINUED and the __W* selectors
 * @ru: where the child's resource usage is stored, or NULL
 *
 * long-desc: Waits until a child selected by upid has exited (and reaps
 *   it), or with WUNTRACED has stopped, or with WCONTINUED has continued,
 *   and returns its pid. upid > 0 is that child, -1 any child, 0 any child
 *   in the caller's process group, and < -1 any child in group -upid.
 *
 * contexts: process, sleepable
 *
 * param: upid
 *   type: int, input
 *   constraint-type: none
 *   desc: Every value has a meaning; INT_MIN (whose negation overflows)
 *   is ESRCH.
 *
 * param: stat_addr
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the status is not returned.
 *
 * param: options
 *   type: int, input
 *   constraint-type: mask(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)
 *   desc: Exited children are always waited for; WEXITED, WNOWAIT and
 *   other bits are EINVAL (kernel_wait4()).
 *
 * param: ru
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the usage is not returned.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The pid of the child whose state is reported, or 0 with
 *   WNOHANG when no selected child has changed state yet.
 *
 * error: ECHILD, no child (or traced process) matches upid and the __W* selectors
 * error: EFAULT, stat_addr or ru cannot be written (a reaped child is gone all the same)
 * error: EINTR, a signal ran a handler while waiting (without SA_RESTART)
 * error: EINVAL, options has a bit outside WNOHANG, WUNTRACED, WCONTINUED, __WNOTHREAD, __WCLONE and __WALL
 * error: ESRCH, upid is INT_MIN
 *
 * since-version: 1.0
 *
 * notes: glibc's waitpid(p, s, o) is wait4(p, s, o, NULL) on x86_64,
 *   wait3(s, o, r) is wait4(-1, s, o, r). The manual page does not list
 *   the ESRCH for INT_MIN. WUNTRACED is the same bit as WSTOPPED.
 */
SYSCALL_DEFINE4(wait4, pid_t, upid, int __user *, stat_addr,
		int, options, struct rusage __user *, ru)
{
	return 0;
}

/**
 * sys_waitid - Wait for a child to change state, reported as a siginfo
 * @which: P_ALL, P_PID, P_PGID or P_PIDFD
 * @upid: the pid, process group or pidfd which selects
 * @infop: where the child's pid, uid, state and status are stored, or NULL
 * @options: the states to wait for, WNOHANG, WNOWAIT and the __W* selectors
 * @ru: where the child's resource usage is stored, or NULL
 *
 * long-desc: Waits until a selected child has exited (WEXITED), stopped
 *   (WSTOPPED) or continued (WCONTINUED) and describes it in infop; the
 *   child is reaped unless WNOWAIT is given.
 *
 * contexts: process, sleepable
 *
 * param: which
 *   type: int, input
 *   constraint-type: enum(P_ALL, P_PID, P_PGID, P_PIDFD)
 *   desc: Any other value is EINVAL (the switch in
 *   kernel_waitid_prepare()).
 *
 * param: upid
 *   type: int, input
 *   constraint-type: none
 *   desc: Ignored for P_ALL. For P_PID a pid > 0; for P_PGID a group id,
 *   0 meaning the caller's group; for P_PIDFD a pidfd. A negative value,
 *   or 0 with P_PID, is EINVAL.
 *
 * param: infop
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL is accepted by Linux (the state is then not returned).
 *   With WNOHANG and nothing to report, si_pid and si_signo are 0.
 *
 * param: options
 *   type: int, input
 *   constraint-type: mask(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL)
 *   desc: At least one of WEXITED, WSTOPPED and WCONTINUED is required;
 *   other bits are EINVAL.
 *
 * param: ru
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL means the usage is not returned (glibc always passes NULL).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 when a child was reported, and with WNOHANG also when none
 *   has changed state (infop's si_pid is then 0).
 *
 * error: EAGAIN, P_PIDFD with a PIDFD_NONBLOCK pidfd, no WNOHANG, and the child has not changed state
 * error: EBADF, P_PIDFD and upid is not an open pidfd
 * error: ECHILD, no child (or traced process) matches which, upid and the __W* selectors
 * error: EFAULT, infop or ru cannot be written
 * error: EINTR, a signal ran a handler while waiting (without SA_RESTART)
 * error: EINVAL, options has unknown bits or none of WEXITED, WSTOPPED and WCONTINUED, which is unknown, or upid is negative (or 0 for P_PID)
 *
 * constraint: a state to wait for
 *   desc: options must hold WEXITED, WSTOPPED or WCONTINUED
 *   expr: (options & (WEXITED | WSTOPPED | WCONTINUED)) != 0
 *
 * constraint: P_PID needs a positive pid
 *   desc: with P_PID, upid must be above 0
 *   expr: which != P_PID || upid > 0
 *
 * constraint: no negative id
 *   desc: with P_PGID and P_PIDFD, upid must not be negative
 *   expr: (which != P_PGID && which != P_PIDFD) || upid >= 0
 *
 * since-version: 2.6.9
 *
 * notes: P_PIDFD exists since 5.4. glibc's waitid() passes its four
 *   arguments and NULL for ru; its id parameter is an unsigned id_t, the
 *   kernel's a signed pid_t. The manual page does not list EBADF or
 *   EFAULT. A PIDFD_NONBLOCK pidfd makes the wait non-blocking, and then
 *   EAGAIN replaces the 0 that WNOHANG would give.
 */
SYSCALL_DEFINE5(waitid, int, which, pid_t, upid, struct siginfo __user *,
		infop, int, options, struct rusage __user *, ru)
{
	return 0;
}

/* ---- exit --------------------------------------------------------------- */

/**
 * sys_exit - End the calling thread
 * @error_code: the exit status; only its low 8 bits are kept
 *
 * long-desc: Ends the calling thread only; the process ends when its last
 *   thread does, and its status is then that thread's.
 *
 * contexts: process, sleepable
 *
 * param: error_code
 *   type: int, input
 *   constraint-type: none
 *   desc: Any value; the parent sees error_code & 0xff.
 *
 * return:
 *   type: int
 *   check-type: no_return
 *   desc: Does not return.
 *
 * since-version: 1.0
 *
 * notes: The C library's _exit() calls exit_group(), not this; exit()
 *   runs atexit handlers and flushes stdio first. Calling this directly
 *   in a multi-threaded program leaves the other threads running.
 */
SYSCALL_DEFINE1(exit, int, error_code)
{
	return 0;
}

/**
 * sys_exit_group - End every thread of the calling process
 * @error_code: the exit status; only its low 8 bits are kept
 *
 * long-desc: Ends all threads of the process with the status
 *   error_code & 0xff, unless another group exit (or a fatal signal) is
 *   already under way, whose status then wins.
 *
 * contexts: process, sleepable
 *
 * param: error_code
 *   type: int, input
 *   constraint-type: none
 *   desc: Any value; the parent sees error_code & 0xff.
 *
 * return:
 *   type: int
 *   check-type: no_return
 *   desc: Does not return.
 *
 * since-version: 2.5.35
 *
 * notes: glibc's _exit() and _Exit() call it (and exit() ends with it).
 */
SYSCALL_DEFINE1(exit_group, int, error_code)
{
	return 0;
}

/* ---- kcmp --------------------------------------------------------------- */

/**
 * sys_kcmp - Tell whether two processes share a kernel resource
 * @pid1: the first process
 * @pid2: the second process
 * @type: which resource to compare (KCMP_*)
 * @idx1: for KCMP_FILE and KCMP_EPOLL_TFD, a descriptor of pid1
 * @idx2: for KCMP_FILE, a descriptor of pid2; for KCMP_EPOLL_TFD, a pointer to a struct kcmp_epoll_slot
 *
 * long-desc: Compares a kernel object of pid1 with one of pid2 (an open
 *   file, the address space, the descriptor table, the filesystem
 *   context, the signal handler table, the I/O context, the System V
 *   semaphore undo list, or a file an epoll instance watches) and reports
 *   equal, or an order that stays the same while the objects live.
 *
 * contexts: process, sleepable
 *
 * param: pid1
 *   type: int, input
 *   constraint-type: none
 *   desc: A process of the caller's pid namespace (ESRCH otherwise).
 *
 * param: pid2
 *   type: int, input
 *   constraint-type: none
 *   desc: As pid1; may equal it.
 *
 * param: type
 *   type: int, input
 *   constraint-type: enum(KCMP_FILE, KCMP_VM, KCMP_FILES, KCMP_FS, KCMP_SIGHAND, KCMP_IO, KCMP_SYSVSEM, KCMP_EPOLL_TFD)
 *   desc: Any other value is EINVAL (the switch in sys_kcmp()).
 *
 * param: idx1
 *   type: uint, input
 *   constraint-type: none
 *   desc: Ignored except for KCMP_FILE and KCMP_EPOLL_TFD.
 *
 * param: idx2
 *   type: uint, input
 *   constraint-type: none
 *   desc: Ignored except for KCMP_FILE and KCMP_EPOLL_TFD (where it is the
 *   address of a struct kcmp_epoll_slot naming the epoll descriptor of
 *   pid2 and the watched descriptor).
 *
 * capability: CAP_SYS_PTRACE
 *   type: bypass_check
 *   allows: Compare processes of other users
 *   without: The caller must pass the PTRACE_MODE_READ_REALCREDS check on both processes (EPERM)
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 when the two objects are the same, 1 or 2 when they differ
 *   (the first sorts before or after the second in a hidden order).
 *
 * error: EBADF, KCMP_FILE or KCMP_EPOLL_TFD with a descriptor that is not open in its process
 * error: EFAULT, KCMP_EPOLL_TFD and idx2 does not point to a readable slot
 * error: EINTR, a fatal signal arrived while waiting for the processes' exec locks
 * error: EINVAL, type is unknown, or KCMP_EPOLL_TFD and the slot's efd is not an epoll descriptor
 * error: ENOENT, KCMP_EPOLL_TFD and the epoll instance does not watch the slot's descriptor
 * error: EOPNOTSUPP, KCMP_SYSVSEM in a kernel without System V IPC, or KCMP_EPOLL_TFD without epoll
 * error: EPERM, the caller may not inspect one of the processes
 * error: ESRCH, pid1 or pid2 names no process in the caller's pid namespace
 *
 * since-version: 3.5
 *
 * notes: Built with CONFIG_KCMP (x86_64_defconfig has it; it is also
 *   selected by CHECKPOINT_RESTORE). No glibc wrapper:
 *   syscall(SYS_kcmp, ...). The value 3 (unequal but unordered) is
 *   reserved and 6.12 never returns it. KCMP_EPOLL_TFD exists since 4.13.
 *   The manual page does not list EINTR or EOPNOTSUPP.
 */
SYSCALL_DEFINE5(kcmp, pid_t, pid1, pid_t, pid2, int, type,
		unsigned long, idx1, unsigned long, idx2)
{
	return 0;
}
