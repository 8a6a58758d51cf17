// Default database, sched.c specs (sched_yield, sched_get_priority_max/min,
// getpriority, setpriority):
// each syscall with a checkable constraint once misused (a finding with
// its rule), and every syscall once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

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
