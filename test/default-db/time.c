// Default database, time.c specs (getitimer, setitimer, alarm; the POSIX
// clocks and timers, nanosleep, adjtimex, getrusage, sysinfo,
// timerfd_gettime): each syscall with a checkable constraint once misused
// (a finding with its rule), and every syscall once used correctly
// (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <signal.h>
#include <stddef.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <time.h>
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

int t_clock_gettime(struct timespec *ts)
{
#ifdef KT_GOOD
	// A negative id (another process's CPU-time clock, a PTP descriptor)
	// is never flagged.
	if (clock_gettime(-6, ts) < 0)
		return -1;
	return clock_gettime(CLOCK_BOOTTIME, ts);
#else
	// 10 was CLOCK_SGI_CYCLE; no clock is behind it.
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of clock_gettime break the constraint 'known clock id' of sys_clock_gettime{{.*}}[kapi-arg-constraint]
	return clock_gettime(10, ts);
#endif
}

int t_clock_settime(const struct timespec *ts)
{
#ifdef KT_GOOD
	return clock_settime(CLOCK_REALTIME, ts);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of clock_settime break the constraint 'settable clock' of sys_clock_settime{{.*}}[kapi-arg-constraint]
	return clock_settime(CLOCK_MONOTONIC, ts);
#endif
}

int t_clock_getres(void)
{
#ifdef KT_GOOD
	// A NULL result only asks whether the clock exists.
	return clock_getres(CLOCK_MONOTONIC_COARSE, NULL);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of clock_getres break the constraint 'known clock id' of sys_clock_getres{{.*}}[kapi-arg-constraint]
	return clock_getres(12, NULL);
#endif
}

int t_clock_nanosleep(const struct timespec *ts, struct timespec *rem)
{
#ifdef KT_GOOD
	if (clock_nanosleep(CLOCK_MONOTONIC, 0, ts, rem) != 0)
		return -1;
	return clock_nanosleep(CLOCK_TAI, TIMER_ABSTIME, ts, NULL);
#else
	// clock_nanosleep returns the error number, never -1.
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: clock_nanosleep returns {{.*}}[kapi-error-convention]
	if (clock_nanosleep(CLOCK_MONOTONIC, 0, ts, rem) < 0)
		return -1;
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of clock_nanosleep has bits 0x2 outside the documented mask 0x1 [kapi-mask]
	if (clock_nanosleep(CLOCK_MONOTONIC, 2, ts, rem) != 0)
		return -1;
	// The raw and coarse clocks cannot be slept on.
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of clock_nanosleep break the constraint 'clock with sleep support' of sys_clock_nanosleep{{.*}}[kapi-arg-constraint]
	return clock_nanosleep(CLOCK_MONOTONIC_RAW, 0, ts, rem);
#endif
}

int t_nanosleep(const struct timespec *ts)
{
#ifdef KT_GOOD
	return nanosleep(ts, NULL);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'rqtp' of nanosleep, which is not optional [kapi-null]
	return nanosleep(NULL, NULL);
#endif
}

int t_clock_adjtime(struct timex *tx)
{
#ifdef KT_GOOD
	return clock_adjtime(CLOCK_REALTIME, tx);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of clock_adjtime break the constraint 'adjustable clock' of sys_clock_adjtime{{.*}}[kapi-arg-constraint]
	return clock_adjtime(CLOCK_BOOTTIME, tx);
#endif
}

int t_adjtimex(struct timex *tx)
{
#ifdef KT_GOOD
	if (adjtimex(tx) < 0)
		return -1;
	return ntp_adjtime(tx);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'txc_p' of adjtimex, which is not optional [kapi-null]
	if (adjtimex(NULL) < 0)
		return -1;
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'txc_p' of ntp_adjtime, which is not optional [kapi-null]
	return ntp_adjtime(NULL);
#endif
}

int t_timers(timer_t *t, struct sigevent *ev, const struct itimerspec *its,
	     struct itimerspec *old)
{
#ifdef KT_GOOD
	if (timer_create(CLOCK_THREAD_CPUTIME_ID, ev, t) < 0)
		return -1;
	if (timer_settime(*t, TIMER_ABSTIME, its, old) < 0)
		return -1;
	if (timer_gettime(*t, old) < 0)
		return -1;
	if (timer_getoverrun(*t) < 0)
		return -1;
	return timer_delete(*t);
#else
	// timer_create is not bound (glibc's SIGEV_THREAD code adds errors of
	// its own); syscall() reaches the spec.
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_timer_create) break the constraint 'clock with timer support' of sys_timer_create{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_timer_create, CLOCK_REALTIME_COARSE, ev, t) < 0)
		return -1;
	if (timer_create(CLOCK_REALTIME_COARSE, ev, t) < 0)
		return -1;
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of timer_settime has bits 0x4 outside the documented mask 0x1 [kapi-mask]
	if (timer_settime(*t, 4, its, old) < 0)
		return -1;
	// A NULL new setting is EINVAL.
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'new_setting' of timer_settime, which is not optional [kapi-null]
	if (timer_settime(*t, 0, NULL, old) < 0)
		return -1;
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'setting' of timer_gettime, which is not optional [kapi-null]
	if (timer_gettime(*t, NULL) < 0)
		return -1;
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of timer_delete is ignored{{.*}}[kapi-unchecked-return]
	timer_delete(*t);
	return timer_getoverrun(*t);
#endif
}

int t_getrusage(struct rusage *ru)
{
#ifdef KT_GOOD
	if (getrusage(RUSAGE_CHILDREN, ru) < 0)
		return -1;
	return getrusage(RUSAGE_THREAD, ru);
#else
	// -2 is the kernel's internal RUSAGE_BOTH, EINVAL from userspace.
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'who' of getrusage is -2, not one of the documented values{{.*}}[kapi-enum]
	return getrusage(-2, ru);
#endif
}

int t_sysinfo(struct sysinfo *si)
{
#ifdef KT_GOOD
	return sysinfo(si);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'info' of sysinfo, which is not optional [kapi-null]
	return sysinfo(NULL);
#endif
}

int t_timerfd_gettime(int fd, struct itimerspec *cur)
{
#ifdef KT_GOOD
	return timerfd_gettime(fd, cur);
#else
	// CHECK: time.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'ufd' of timerfd_gettime is -1, outside the documented range [0, {{[0-9]+}}]{{.*}}[kapi-range]
	return timerfd_gettime(-1, cur);
#endif
}

// Unbound wrappers (see checker/bindings.txt) stay silent.
long t_unbound(struct timeval *tv, struct tms *tb)
{
	time(NULL);
	gettimeofday(tv, NULL);
	times(tb);
	return settimeofday(tv, NULL);
}
