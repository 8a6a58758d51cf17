// Default database, process.c specs (ids, process groups and sessions,
// credentials, supplementary groups, umask, kill/tgkill/tkill): each
// syscall with a checkable constraint once misused (a finding with its
// rule), the set*id calls once with their result ignored, and every
// syscall once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

/* ---- calls that cannot fail and take nothing to check: correct use only */

long t_ids(void)
{
	long sum = 0;

	sum += getpid();
	sum += getppid();
	sum += gettid();
	sum += getuid();
	sum += geteuid();
	sum += getgid();
	sum += getegid();
	sum += getpgrp();
	sum += umask(022);
	sum += umask(~S_IRWXU); /* bits beyond 0777 are dropped, no error */
	sum += setfsuid(-1);    /* -1 reads the filesystem uid */
	sum += setfsgid(-1);
	sum += syscall(SYS_gettid);
	return sum;
}

/* ---- process groups and sessions ----------------------------------- */

int t_setpgid(pid_t child)
{
#ifdef KT_GOOD
	if (setpgid(0, 0) < 0)
		return -1;
	return setpgid(child, getpgrp());
#else
	// A negative group id is EINVAL.
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pgid' of setpgid is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return setpgid(child, -1);
#endif
}

pid_t t_getpgid(void)
{
#ifdef KT_GOOD
	return getpgid(0);
#else
	// A negative pid names no process (ESRCH).
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pid' of getpgid is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return getpgid(-1);
#endif
}

pid_t t_getsid(pid_t pid)
{
#ifdef KT_GOOD
	pid_t sid = getsid(pid);
	if (sid == -1 && errno == ESRCH)
		return 0;
	return sid;
#else
	// The manual lists EPERM for getsid, and says itself Linux never
	// returns it.
	// CHECK: process.c:[[@LINE+2]]:{{[0-9]+}}: warning: errno is compared with EPERM (1), which getsid never sets according to its spec{{.*}}[kapi-impossible-errno]
	pid_t sid = getsid(pid);
	if (sid == -1 && errno == EPERM)
		return 0;
	return sid;
#endif
}

pid_t t_setsid(void)
{
#ifdef KT_GOOD
	return setsid();
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of setsid is ignored{{.*}}[kapi-unchecked-return]
	setsid();
	return 0;
#endif
}

/* ---- user and group ids -------------------------------------------- */

int t_setuid(uid_t uid)
{
#ifdef KT_GOOD
	return setuid(uid);
#else
	// -1 means "unchanged" for setreuid, not for setuid: EINVAL.
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'uid' of setuid is -1 (4294967295 as {{.*}}), outside the documented range [0, 4294967294]{{.*}}[kapi-range]
	return setuid(-1);
#endif
}

int t_setgid(void)
{
#ifdef KT_GOOD
	return setgid(getgid());
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'gid' of setgid is 4294967295, outside the documented range [0, 4294967294]{{.*}}[kapi-range]
	return setgid((gid_t)-1);
#endif
}

int t_setreuid(uid_t uid)
{
#ifdef KT_GOOD
	/* -1 keeps the real uid: never flagged. */
	return setreuid(-1, uid);
#else
	// Dropping privileges without checking is a security bug.
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of setreuid is ignored{{.*}}[kapi-unchecked-return]
	setreuid(-1, uid);
	return 0;
#endif
}

int t_setregid(gid_t gid)
{
#ifdef KT_GOOD
	return setregid(gid, -1);
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of setregid is ignored{{.*}}[kapi-unchecked-return]
	setregid(gid, -1);
	return 0;
#endif
}

int t_setresuid(uid_t uid)
{
#ifdef KT_GOOD
	if (setresuid(uid, uid, uid) < 0)
		return -1;
	return setresuid(-1, -1, -1);
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of setresuid is ignored{{.*}}[kapi-unchecked-return]
	setresuid(uid, uid, uid);
	return 0;
#endif
}

int t_setresgid(gid_t gid)
{
#ifdef KT_GOOD
	return setresgid(gid, -1, gid);
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of setresgid is ignored{{.*}}[kapi-unchecked-return]
	setresgid(gid, gid, gid);
	return 0;
#endif
}

int t_getresuid(void)
{
	uid_t r, e, s;
#ifdef KT_GOOD
	return getresuid(&r, &e, &s);
#else
	// Every pointer is written (EFAULT).
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'euidp' of getresuid, which is not optional{{.*}}[kapi-null]
	return getresuid(&r, NULL, &s);
#endif
}

int t_getresgid(void)
{
	gid_t r, e, s;
#ifdef KT_GOOD
	return getresgid(&r, &e, &s);
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'sgidp' of getresgid, which is not optional{{.*}}[kapi-null]
	return getresgid(&r, &e, NULL);
#endif
}

/* ---- supplementary groups ------------------------------------------ */

int t_getgroups(void)
{
	gid_t list[32];
#ifdef KT_GOOD
	/* 0 asks for the count: NULL is fine. */
	if (getgroups(0, NULL) < 0)
		return -1;
	return getgroups(32, list);
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'gidsetsize' of getgroups is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return getgroups(-1, list);
#endif
}

int t_setgroups(const gid_t *list)
{
#ifdef KT_GOOD
	if (setgroups(0, NULL) < 0)
		return -1;
	return setgroups(NGROUPS_MAX, list);
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'gidsetsize' of setgroups is 65537, outside the documented range [0, 65536]{{.*}}[kapi-range]
	return setgroups(NGROUPS_MAX + 1, list);
#endif
}

/* ---- signals -------------------------------------------------------- */

int t_kill(pid_t pid)
{
#ifdef KT_GOOD
	/* Every pid is meaningful; 0 probes; 64 is the last valid number. */
	if (kill(-1, SIGTERM) < 0 || kill(-pid, 0) < 0 || kill(0, SIGHUP) < 0)
		return -1;
	return kill(pid, 64);
#else
	// A negated signal number is no signal (EINVAL).
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sig' of kill is -9, outside the documented range [0, 64]{{.*}}[kapi-range]
	return kill(pid, -SIGKILL);
#endif
}

int t_tgkill(pid_t tid)
{
#ifdef KT_GOOD
	return tgkill(getpid(), tid, SIGUSR1);
#else
	// tgkill wants a real thread group id; 0 is EINVAL, unlike kill.
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'tgid' of tgkill is 0, outside the documented range [1, 2147483647]{{.*}}[kapi-range]
	return tgkill(0, tid, SIGUSR1);
#endif
}

long t_tkill(pid_t tid)
{
#ifdef KT_GOOD
	return syscall(SYS_tkill, tid, SIGUSR1);
#else
	// CHECK: process.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sig' of syscall(SYS_tkill) is 65, outside the documented range [0, 64]{{.*}}[kapi-range]
	return syscall(SYS_tkill, tid, 65);
#endif
}
