// Default database, signal.c specs (signal actions, masks, waiting for and
// queueing signals, the alternate stack, pidfds, wait4/waitid, exit,
// kcmp): each syscall with a checkable constraint once misused (a finding
// with its rule), and every syscall once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/pidfd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- signal actions and masks ---------------------------------------- */

int t_sigaction(const struct sigaction *sa, struct sigaction *old)
{
	struct sigaction act = *sa;
#ifdef KT_GOOD
	if (sigaction(SIGINT, sa, old) < 0)
		return -1;
	/* The actions of SIGKILL and SIGSTOP may be read. */
	if (sigaction(SIGKILL, NULL, old) < 0)
		return -1;
	return sigaction(SIGRTMAX, NULL, old);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of sigaction break the constraint 'no handler for SIGKILL or SIGSTOP' of sys_rt_sigaction{{.*}}[kapi-arg-constraint]
	if (sigaction(SIGSTOP, &act, NULL) < 0)
		return -1;
	// Signal 0 has no action (EINVAL), unlike kill(pid, 0).
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sig' of sigaction is 0, outside the documented range [1, 64]{{.*}}[kapi-range]
	return sigaction(0, NULL, old);
#endif
}

long t_rt_sigaction(struct sigaction *old)
{
#ifdef KT_GOOD
	return syscall(SYS_rt_sigaction, SIGINT, NULL, old, 8);
#else
	// glibc's sigset_t (128 bytes) is not the kernel's (8): EINVAL.
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sigsetsize' of syscall(SYS_rt_sigaction) is 128, outside the documented range [8, 8]{{.*}}[kapi-range]
	return syscall(SYS_rt_sigaction, SIGINT, NULL, old, sizeof(sigset_t));
#endif
}

int t_sigprocmask(const sigset_t *set, sigset_t *old)
{
	sigset_t mine = *set;
#ifdef KT_GOOD
	if (sigprocmask(SIG_BLOCK, set, old) < 0)
		return -1;
	if (sigprocmask(SIG_SETMASK, old, NULL) < 0)
		return -1;
	/* Without a new set, how is not looked at. */
	if (sigprocmask(-1, NULL, old) < 0)
		return -1;
	return pthread_sigmask(SIG_UNBLOCK, set, NULL);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of sigprocmask break the constraint 'how names an operation' of sys_rt_sigprocmask{{.*}}[kapi-arg-constraint]
	if (sigprocmask(3, &mine, old) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of pthread_sigmask break the constraint 'how names an operation' of sys_rt_sigprocmask{{.*}}[kapi-arg-constraint]
	return pthread_sigmask(-1, &mine, NULL);
#endif
}

long t_sigpending(sigset_t *set)
{
#ifdef KT_GOOD
	if (sigpending(set) < 0)
		return -1;
	/* A smaller size is fine here. */
	return syscall(SYS_rt_sigpending, set, 4);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sigsetsize' of syscall(SYS_rt_sigpending) is 128, outside the documented range [0, 8]{{.*}}[kapi-range]
	return syscall(SYS_rt_sigpending, set, sizeof(*set));
#endif
}

/* ---- waiting for signals ---------------------------------------------- */

int t_sigsuspend(const sigset_t *mask)
{
#ifdef KT_GOOD
	/* It always returns -1 (EINTR): discarding that is normal. */
	sigsuspend(mask);
	pause();
	return 0;
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'unewset' of sigsuspend, which is not optional{{.*}}[kapi-null]
	return sigsuspend(NULL);
#endif
}

int t_sigtimedwait(const sigset_t *set, siginfo_t *info)
{
	struct timespec ts = { 1, 0 };
#ifdef KT_GOOD
	if (sigtimedwait(set, NULL, &ts) < 0)
		return -1;
	if (sigtimedwait(set, info, NULL) < 0)
		return -1;
	if (sigwaitinfo(set, NULL) < 0)
		return -1;
	int sig;
	return sigwait(set, &sig) == 0 ? sig : -1;
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'uthese' of sigtimedwait, which is not optional{{.*}}[kapi-null]
	if (sigtimedwait(NULL, info, &ts) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'uthese' of sigwaitinfo, which is not optional{{.*}}[kapi-null]
	if (sigwaitinfo(NULL, info) < 0)
		return -1;
	// sigwait() returns the error number, never -1.
	int sig;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: sigwait returns the (positive) errno number on failure and never sets errno{{.*}}[kapi-error-convention]
	if (sigwait(set, &sig) < 0)
		return -1;
	return sig;
#endif
}

/* ---- queueing signals with data --------------------------------------- */

int t_sigqueue(pid_t pid)
{
	union sigval v = { .sival_int = 1 };
#ifdef KT_GOOD
	if (sigqueue(pid, SIGRTMIN, v) < 0)
		return -1;
	return sigqueue(pid, 0, v);
#else
	// Process groups are kill()'s business: pid 0 names no process.
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pid' of sigqueue is 0, outside the documented range [1, 2147483647]{{.*}}[kapi-range]
	if (sigqueue(0, SIGUSR1, v) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sig' of sigqueue is 65, outside the documented range [0, 64]{{.*}}[kapi-range]
	return sigqueue(pid, 65, v);
#endif
}

long t_rt_tgsigqueueinfo(pid_t tid, siginfo_t *info)
{
#ifdef KT_GOOD
	return syscall(SYS_rt_tgsigqueueinfo, getpid(), tid, SIGUSR1, info);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pid' of syscall(SYS_rt_tgsigqueueinfo) is -1, outside the documented range [1, 2147483647]{{.*}}[kapi-range]
	return syscall(SYS_rt_tgsigqueueinfo, getpid(), -1, SIGUSR1, info);
#endif
}

/* ---- nothing to check: correct use only ------------------------------- */

long t_unchecked(const stack_t *ss, stack_t *old)
{
	if (sigaltstack(ss, old) < 0)
		return -1;
	if (sigaltstack(NULL, old) < 0)
		return -1;
	return syscall(SYS_restart_syscall);
}

void t_exit(int status)
{
	if (status > 1)
		syscall(SYS_exit, status);
	if (status)
		_Exit(status);
	_exit(256); /* only the low 8 bits count: 0 */
}

/* ---- pidfds ------------------------------------------------------------ */

int t_pidfd_open(pid_t pid)
{
#ifdef KT_GOOD
	int fd = pidfd_open(pid, PIDFD_NONBLOCK);
	if (fd < 0)
		return -1;
	return fd;
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of pidfd_open has bits {{.*}}[kapi-mask]
	int fd = pidfd_open(pid, O_CLOEXEC);
	if (fd < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pid' of pidfd_open is 0, outside the documented range [1, 2147483647]{{.*}}[kapi-range]
	fd = pidfd_open(0, 0);
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: 'fd' holds the result of pidfd_open, a file descriptor, and 0 is a valid one{{.*}}[kapi-success-check]
	if (fd > 0)
		return fd;
	return -1;
#endif
}

int t_pidfd_send_signal(int pidfd, siginfo_t *info)
{
#ifdef KT_GOOD
	if (pidfd_send_signal(pidfd, 0, NULL, 0) < 0)
		return -1;
	/* 4 is PIDFD_SIGNAL_PROCESS_GROUP (6.9; not in glibc 2.36's header). */
	return pidfd_send_signal(pidfd, SIGTERM, info, 4);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sig' of pidfd_send_signal is 65, outside the documented range [0, 64]{{.*}}[kapi-range]
	if (pidfd_send_signal(pidfd, 65, NULL, 0) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of pidfd_send_signal has bits 0x8 outside the documented mask 0x7 [kapi-mask]
	if (pidfd_send_signal(pidfd, SIGTERM, NULL, 8) < 0)
		return -1;
	// PIDFD_SIGNAL_THREAD | PIDFD_SIGNAL_PROCESS_GROUP: one scope only.
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of pidfd_send_signal break the constraint 'one scope flag' of sys_pidfd_send_signal{{.*}}[kapi-arg-constraint]
	return pidfd_send_signal(pidfd, SIGTERM, info, 1 | 4);
#endif
}

int t_pidfd_getfd(int pidfd, int fd)
{
#ifdef KT_GOOD
	return pidfd_getfd(pidfd, fd, 0);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of pidfd_getfd is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return pidfd_getfd(pidfd, fd, 1);
#endif
}

/* ---- waiting for children ---------------------------------------------- */

pid_t t_wait4(pid_t pid, int *status, struct rusage *ru)
{
#ifdef KT_GOOD
	if (waitpid(pid, status, WNOHANG | WUNTRACED | WCONTINUED) < 0)
		return -1;
	if (wait4(-1, status, __WALL, ru) < 0)
		return -1;
	if (wait3(status, WNOHANG, NULL) < 0)
		return -1;
	return waitpid(pid, NULL, 0);
#else
	// WEXITED is waitid's; wait4 always waits for exited children.
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'options' of waitpid has bits 0x4 outside the documented mask {{.*}}[kapi-mask]
	if (waitpid(pid, status, WEXITED) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'options' of wait4 has bits 0x1000000 outside the documented mask {{.*}}[kapi-mask]
	if (wait4(pid, status, WNOWAIT, ru) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'options' of wait3 has bits 0x4 outside the documented mask {{.*}}[kapi-mask]
	return wait3(status, WNOHANG | WEXITED, ru);
#endif
}

int t_waitid(pid_t pid, int pidfd, siginfo_t *info)
{
#ifdef KT_GOOD
	if (waitid(P_ALL, 0, info, WEXITED | WNOHANG) < 0)
		return -1;
	if (waitid(P_PGID, 0, info, WSTOPPED | WCONTINUED) < 0)
		return -1;
	if (waitid(P_PIDFD, pidfd, info, WEXITED | WNOWAIT) < 0)
		return -1;
	return waitid(P_PID, pid, NULL, WEXITED);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of waitid break the constraint 'a state to wait for' of sys_waitid{{.*}}[kapi-arg-constraint]
	if (waitid(P_PID, pid, info, WNOHANG) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of waitid break the constraint 'P_PID needs a positive pid' of sys_waitid{{.*}}[kapi-arg-constraint]
	if (waitid(P_PID, 0, info, WEXITED) < 0)
		return -1;
	// Through syscall(): glibc's waitid() takes an unsigned id_t, so a -1
	// there reaches the checker as 4294967295 and stays unreported.
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_waitid) break the constraint 'no negative id' of sys_waitid{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_waitid, P_PIDFD, -1, info, WEXITED, NULL) < 0)
		return -1;
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'which' of waitid is 4, not one of the documented values{{.*}}[kapi-enum]
	if (waitid(4, pid, info, WEXITED) < 0)
		return -1;
	// WUNTRACED is wait4's spelling of WSTOPPED, so it is accepted; 0x10 is not.
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'options' of waitid has bits 0x10 outside the documented mask {{.*}}[kapi-mask]
	return waitid(P_ALL, 0, info, WEXITED | WUNTRACED | 0x10);
#endif
}

/* ---- kcmp -------------------------------------------------------------- */

long t_kcmp(pid_t a, pid_t b)
{
#ifdef KT_GOOD
	/* 1 is KCMP_VM (<linux/kcmp.h>); the other arguments are ignored. */
	return syscall(SYS_kcmp, a, b, 1, 0, 0);
#else
	// CHECK: signal.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'type' of syscall(SYS_kcmp) is 8, not one of the documented values{{.*}}[kapi-enum]
	return syscall(SYS_kcmp, a, b, 8, 0, 0);
#endif
}
