// Default database, sched.c specs (sched_yield, sched_get_priority_max/min,
// getpriority, setpriority, sched_setscheduler/getscheduler,
// sched_setparam/getparam, sched_setattr/getattr, sched_setaffinity/
// getaffinity, sched_rr_get_interval, ioprio_get/set, membarrier):
// each syscall with a checkable constraint once misused (a finding with
// its rule), and every syscall once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/ioprio.h>
#include <linux/membarrier.h>

int t_sched_yield(void)
{
	/* Cannot fail, takes nothing: correct use only. */
	return sched_yield() + (int)syscall(SYS_sched_yield);
}

int t_getpriority(id_t who)
{
#ifdef KT_GOOD
	errno = 0;
	if (getpriority(PRIO_PGRP, 0) == -1 && errno)
		return -1;
	return getpriority(PRIO_USER, who);
#else
	// which is a selector 0..2; 3 is EINVAL.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'which' of getpriority is 3, outside the documented range [0, 2]{{.*}}[kapi-range]
	return getpriority(3, who);
#endif
}

int t_setpriority(id_t who)
{
#ifdef KT_GOOD
	/* niceval is clamped, never rejected: 100 is not a misuse. */
	if (setpriority(PRIO_PROCESS, 0, 100) < 0)
		return -1;
	return setpriority(PRIO_PROCESS, who, -5);
#else
	// glibc's which is an unsigned enum; -1 is EINVAL either way.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'which' of setpriority is -1 (4294967295 as __priority_which_t), outside the documented range [0, 2]{{.*}}[kapi-range]
	return setpriority(-1, who, 10);
#endif
}

int t_priority_range(void)
{
#ifdef KT_GOOD
	return sched_get_priority_max(SCHED_FIFO) -
	       sched_get_priority_min(SCHED_RR) + sched_get_priority_min(SCHED_IDLE);
#else
	// The policy must be bare: SCHED_RESET_ON_FORK ORed in is EINVAL here.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'policy' of sched_get_priority_max is 1073741825, not one of the documented values{{.*}}[kapi-enum]
	int hi = sched_get_priority_max(SCHED_FIFO | SCHED_RESET_ON_FORK);
	// 4 was SCHED_ISO, never implemented.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'policy' of sched_get_priority_min is 4, not one of the documented values{{.*}}[kapi-enum]
	return hi - sched_get_priority_min(4);
#endif
}

int t_sched_setscheduler(pid_t pid)
{
	struct sched_param sp = { .sched_priority = 0 };
#ifdef KT_GOOD
	if (sched_setscheduler(0, SCHED_BATCH | SCHED_RESET_ON_FORK, &sp) < 0)
		return -1;
	return sched_setscheduler(pid, SCHED_IDLE, &sp);
#else
	// SCHED_DEADLINE needs sched_setattr(): always EINVAL here.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of sched_setscheduler break the constraint 'known policy' of sys_sched_setscheduler{{.*}}[kapi-arg-constraint]
	if (sched_setscheduler(pid, SCHED_DEADLINE, &sp) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pid' of sched_setscheduler is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	if (sched_setscheduler(-1, SCHED_OTHER, &sp) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'param' of sched_setscheduler, which is not optional [kapi-null]
	return sched_setscheduler(pid, SCHED_OTHER, NULL);
#endif
}

int t_sched_params(pid_t pid)
{
	struct sched_param sp;
#ifdef KT_GOOD
	if (sched_getparam(pid, &sp) < 0 || sched_setparam(0, &sp) < 0)
		return -1;
	return sched_getscheduler(0) + sched_getscheduler(pid);
#else
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'param' of sched_getparam, which is not optional [kapi-null]
	if (sched_getparam(pid, NULL) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'param' of sched_setparam, which is not optional [kapi-null]
	if (sched_setparam(pid, NULL) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pid' of sched_getscheduler is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return sched_getscheduler(-1) + (sp.sched_priority = 0);
#endif
}

long t_sched_attr(pid_t pid)
{
	/* struct sched_attr (56 bytes); glibc 2.36's <sched.h> has none, and
	 * <linux/sched/types.h> clashes with its struct sched_param. */
	unsigned int attr[14] = { sizeof(attr) };
#ifdef KT_GOOD
	/* usize above the struct is fine: the kernel writes min(usize, its size). */
	if (syscall(SYS_sched_getattr, pid, &attr, 4096, 0) < 0)
		return -1;
	return syscall(SYS_sched_setattr, 0, &attr, 0);
#else
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'usize' of syscall(SYS_sched_getattr) is 32, outside the documented range [48, 4096]{{.*}}[kapi-range]
	if (syscall(SYS_sched_getattr, pid, &attr, 32, 0) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_sched_setattr) is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return syscall(SYS_sched_setattr, pid, &attr, 1);
#endif
}

int t_sched_affinity(pid_t pid)
{
	cpu_set_t set;
#ifdef KT_GOOD
	if (sched_getaffinity(pid, sizeof(set), &set) < 0)
		return -1;
	/* The raw syscall returns the bytes written. */
	if (syscall(SYS_sched_getaffinity, 0, 64, &set) < 0)
		return -1;
	return sched_setaffinity(0, sizeof(set), &set);
#else
	// len must be a whole number of unsigned longs.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of sched_getaffinity break the constraint 'whole longs' of sys_sched_getaffinity{{.*}}[kapi-arg-constraint]
	if (sched_getaffinity(pid, 12, &set) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'user_mask_ptr' of sched_setaffinity, which is not optional [kapi-null]
	return sched_setaffinity(pid, sizeof(set), NULL);
#endif
}

int t_sched_rr_get_interval(pid_t pid)
{
	struct timespec ts;
#ifdef KT_GOOD
	return sched_rr_get_interval(pid, &ts);
#else
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'interval' of sched_rr_get_interval, which is not optional [kapi-null]
	if (sched_rr_get_interval(pid, NULL) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'pid' of sched_rr_get_interval is -5, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return sched_rr_get_interval(-5, &ts);
#endif
}

long t_ioprio(int who)
{
#ifdef KT_GOOD
	long prio = syscall(SYS_ioprio_get, IOPRIO_WHO_PGRP, 0);

	if (prio < 0)
		return -1;
	if (syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0)) < 0)
		return -1;
	return syscall(SYS_ioprio_set, IOPRIO_WHO_USER, who, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 7));
#else
	// which counts from 1: 0 is not IOPRIO_WHO_PROCESS.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'which' of syscall(SYS_ioprio_get) is 0, not one of the documented values{{.*}}[kapi-enum]
	if (syscall(SYS_ioprio_get, 0, who) < 0)
		return -1;
	// Class 4 and above are EINVAL.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_ioprio_set) break the constraint 'known class' of sys_ioprio_set{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, who, IOPRIO_PRIO_VALUE(4, 0)) < 0)
		return -1;
	// A level needs a class.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_ioprio_set) break the constraint 'no level without a class' of sys_ioprio_set{{.*}}[kapi-arg-constraint]
	return syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, who, 3);
#endif
}

long t_membarrier(void)
{
#ifdef KT_GOOD
	long mask = syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);

	if (mask < 0)
		return -1;
	if (syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ, 0, 0) < 0)
		return -1;
	return syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 3);
#else
	// One command at a time, not a mask.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of syscall(SYS_membarrier) is 24, not one of the documented values{{.*}}[kapi-enum]
	if (syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED | MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) < 0)
		return -1;
	// The CPU flag belongs to the RSEQ command only.
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_membarrier) break the constraint 'CPU flag for RSEQ only' of sys_membarrier{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, MEMBARRIER_CMD_FLAG_CPU, 0) < 0)
		return -1;
	// CHECK: sched.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_membarrier) has bits 0x2{{.*}}[kapi-mask]
	return syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, 2, 0);
#endif
}
