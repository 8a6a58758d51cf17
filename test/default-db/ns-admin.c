// Default database, ns_admin.c specs (unshare, setns, syslog, acct,
// vhangup, sysfs, quotactl, quotactl_fd): each syscall with a checkable constraint once misused
// (a finding with its rule), and every syscall once used correctly
// (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <sched.h>
#include <stddef.h>
#include <sys/klog.h>
#include <sys/quota.h>
#include <sys/syscall.h>
#include <unistd.h>

int t_unshare(void)
{
#ifdef KT_GOOD
	if (unshare(CLONE_NEWNS | CLONE_NEWUSER | CLONE_NEWPID) < 0)
		return -1;
	return unshare(CLONE_FILES | CLONE_FS | CLONE_SYSVSEM | CLONE_NEWTIME);
#else
	// CLONE_VFORK and CLONE_PARENT belong to clone only.
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'unshare_flags' of unshare has bits 0x4000 outside the documented mask 0x7e070f80 [kapi-mask]
	return unshare(CLONE_NEWNET | CLONE_VFORK);
#endif
}

int t_setns(int fd)
{
#ifdef KT_GOOD
	if (setns(fd, 0) < 0)
		return -1;
	return setns(fd, CLONE_NEWNET | CLONE_NEWUTS);
#else
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of setns has bits 0x100 outside the documented mask 0x7e020080 [kapi-mask]
	return setns(fd, CLONE_VM | CLONE_NEWNS);
#endif
}

int t_klogctl(char *buf, int len)
{
#ifdef KT_GOOD
	if (klogctl(10, NULL, 0) < 0)
		return -1;
	if (klogctl(8, NULL, 4) < 0)
		return -1;
	if (unshare(CLONE_NEWUSER) < 0 && (errno == ENOSPC || errno == EPERM))
		return -1;
	return klogctl(3, buf, len);
#else
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with EBADF (9), which klogctl never sets{{.*}}[kapi-impossible-errno]
	if (klogctl(10, NULL, 0) < 0 && errno == EBADF)
		return -1;
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'type' of klogctl is 11, not one of the documented values{{.*}}[kapi-enum]
	if (klogctl(11, buf, len) < 0)
		return -1;
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of klogctl break the constraint 'reads need a buffer' of sys_syslog{{.*}}[kapi-arg-constraint]
	if (klogctl(3, NULL, len) < 0)
		return -1;
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of klogctl break the constraint 'console level 1 to 8' of sys_syslog{{.*}}[kapi-arg-constraint]
	return klogctl(8, NULL, 9);
#endif
}

int t_acct(const char *file)
{
	if (acct(file) < 0)
		return -1;
	// NULL switches accounting off.
	return acct(NULL);
}

int t_vhangup(void)
{
	return vhangup();
}

long t_sysfs(char *name)
{
#ifdef KT_GOOD
	if (syscall(SYS_sysfs, 2, 0UL, name) < 0)
		return -1;
	return syscall(SYS_sysfs, 3);
#else
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'option' of syscall(SYS_sysfs) is 4, outside the documented range [1, 3]{{.*}}[kapi-range]
	return syscall(SYS_sysfs, 4);
#endif
}

int t_quotactl(const char *dev, struct dqblk *q)
{
#ifdef KT_GOOD
	if (quotactl(QCMD(Q_GETQUOTA, PRJQUOTA), dev, 1000, (caddr_t)q) < 0)
		return -1;
	// Q_SYNC alone may go without a device.
	return quotactl(QCMD(Q_SYNC, USRQUOTA), NULL, 0, NULL);
#else
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of quotactl break the constraint 'known quota type' of sys_quotactl{{.*}}[kapi-arg-constraint]
	return quotactl(QCMD(Q_GETQUOTA, 3), dev, 1000, (caddr_t)q);
#endif
}

long t_quotactl_fd(int fd, struct dqblk *q)
{
#ifdef KT_GOOD
	return syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, GRPQUOTA), 100, q);
#else
	// CHECK: ns-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_quotactl_fd) break the constraint 'known quota type' of sys_quotactl_fd{{.*}}[kapi-arg-constraint]
	return syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, 4), 100, q);
#endif
}
