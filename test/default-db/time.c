// Default database, time.c specs (getitimer, setitimer, alarm): each
// syscall with a checkable constraint once misused (a finding with its
// rule), and every syscall once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <stddef.h>
#include <sys/time.h>
#include <unistd.h>

int t_getitimer(struct itimerval *v)
{
#ifdef KT_GOOD
	return getitimer(ITIMER_PROF, v);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'which' of getitimer is 3, not one of the documented values{{.*}}[kapi-enum]
	return getitimer(3, v);
#endif
}

int t_setitimer(const struct itimerval *v, struct itimerval *old)
{
#ifdef KT_GOOD
	if (setitimer(ITIMER_REAL, v, NULL) < 0)
		return -1;
	return setitimer(ITIMER_VIRTUAL, v, old);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'which' of setitimer is 7, not one of the documented values{{.*}}[kapi-enum]
	return setitimer(7, v, old);
#endif
}

unsigned t_alarm(void)
{
	return alarm(5) + alarm(0);
}
