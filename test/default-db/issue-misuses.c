// The misuses the coverage and checker issues name, each found by its rule
// with the default database.
// RUN: not %kapi-check %s -- | FileCheck %s --implicit-check-not=warning:
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <unistd.h>
#include <errno.h>
int bad(int fd, pid_t pid, siginfo_t *si)
{
	int r = 0;
	struct rlimit rl;
	r |= waitid(P_ALL, 0, si, 0);
	// CHECK: issue-misuses.c:[[@LINE-1]]:7: warning: the arguments of waitid break the constraint 'a state to wait for'{{.*}}[kapi-arg-constraint]
	r |= setrlimit(RLIM_NLIMITS, &rl);
	// CHECK: issue-misuses.c:[[@LINE-1]]:17: warning: argument 'resource' of setrlimit is 16, outside the documented range [0, 15] [kapi-range]
	r |= tgkill(pid, pid, 99);
	// CHECK: issue-misuses.c:[[@LINE-1]]:24: warning: argument 'sig' of tgkill is 99, outside the documented range [0, 64] [kapi-range]
	r |= sigprocmask(5, NULL, NULL) + sigprocmask(5, &(sigset_t){0}, NULL);
	// CHECK: issue-misuses.c:[[@LINE-1]]:36: warning: the arguments of sigprocmask break the constraint 'how names an operation'{{.*}}[kapi-arg-constraint]
	r |= mount("a", "b", "c", MS_NOUSER, NULL);
	// CHECK: issue-misuses.c:[[@LINE-1]]:7: warning: the arguments of mount break the constraint 'no kernel-internal MS_NOUSER'{{.*}}[kapi-arg-constraint]
	r |= umount2("/m", MNT_EXPIRE | MNT_DETACH);
	// CHECK: issue-misuses.c:[[@LINE-1]]:7: warning: the arguments of umount2 break the constraint 'expiry alone'{{.*}}[kapi-arg-constraint]
	r |= unshare(0x1);
	// CHECK: issue-misuses.c:[[@LINE-1]]:15: warning: argument 'unshare_flags' of unshare has bits 0x1 outside the documented mask {{.*}}[kapi-mask]
	r |= open("f", O_CREAT | O_WRONLY);
	// CHECK: issue-misuses.c:[[@LINE-1]]:7: warning: open reads its argument 3 ('mode'){{.*}}[kapi-missing-argument]
	if (shmat(fd, NULL, 0) == NULL)
	// CHECK: issue-misuses.c:[[@LINE-1]]:6: warning: shmat returns (void *) -1 on failure, never NULL{{.*}}[kapi-failure-sentinel]
		return 1;
	while (close(fd) == -1 && errno == EINTR)
	// CHECK: issue-misuses.c:[[@LINE-1]]:9: warning: close is repeated after EINTR{{.*}}[kapi-eintr-retry]
		;
	return r;
}
