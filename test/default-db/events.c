// Default database, events.c specs (epoll, eventfd, timerfd, signalfd,
// getrandom): each syscall once misused (a finding with its rule) and once
// used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/random.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <time.h>

int t_epoll_create1(void)
{
#ifdef KT_GOOD
	return epoll_create1(EPOLL_CLOEXEC);
#else
	// epoll_create1 takes EPOLL_CLOEXEC only (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of epoll_create1 has bits 0x800 outside the documented mask 0x80000 [kapi-mask]
	return epoll_create1(EPOLL_CLOEXEC | O_NONBLOCK);
#endif
}

int t_epoll_ctl(int ep, int fd, struct epoll_event *ev)
{
#ifdef KT_GOOD
	return epoll_ctl(ep, EPOLL_CTL_ADD, fd, ev);
#else
	// An event bit where the operation belongs.
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'op' of epoll_ctl is 4, not one of the documented values{{.*}}[kapi-enum]
	return epoll_ctl(ep, EPOLLOUT, fd, ev);
#endif
}

int t_epoll_wait(int ep, struct epoll_event *evs)
{
#ifdef KT_GOOD
	return epoll_wait(ep, evs, 16, -1);
#else
	// maxevents must be at least 1 (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'maxevents' of epoll_wait is 0, outside the documented range [1, {{[0-9]+}}]{{.*}}[kapi-range]
	return epoll_wait(ep, evs, 0, -1);
#endif
}

int t_eventfd(void)
{
#ifdef KT_GOOD
	return eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
#else
	// An access mode is no eventfd flag (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of eventfd has bits 0x2 outside the documented mask {{.*}}[kapi-mask]
	return eventfd(0, O_RDWR | EFD_CLOEXEC);
#endif
}

int t_timerfd_create(void)
{
#ifdef KT_GOOD
	return timerfd_create(CLOCK_BOOTTIME, TFD_CLOEXEC);
#else
	// CPU-time clocks have no timerfd (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'clockid' of timerfd_create is 2, not one of the documented values{{.*}}[kapi-enum]
	return timerfd_create(CLOCK_PROCESS_CPUTIME_ID, TFD_CLOEXEC);
#endif
}

int t_timerfd_settime(int fd, const struct itimerspec *its)
{
#ifdef KT_GOOD
	return timerfd_settime(fd, TFD_TIMER_ABSTIME, its, NULL);
#else
	// TFD_CLOEXEC is a timerfd_create flag (EINVAL here).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of timerfd_settime has bits 0x80000 outside the documented mask 0x3 [kapi-mask]
	return timerfd_settime(fd, TFD_CLOEXEC, its, NULL);
#endif
}

int t_signalfd(const sigset_t *mask)
{
#ifdef KT_GOOD
	return signalfd(-1, mask, SFD_NONBLOCK | SFD_CLOEXEC);
#else
	// An sigaction flag where an SFD_* flag belongs (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of signalfd has bits 0x10000000 outside the documented mask 0x80800 [kapi-mask]
	return signalfd(-1, mask, SA_RESTART);
#endif
}

long t_getrandom(void)
{
	unsigned char key[16];
#ifdef KT_GOOD
	return getrandom(key, sizeof(key), GRND_NONBLOCK);
#else
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'len' of getrandom is 32, larger than the 16-byte object 'key' passed as 'ubuf' [kapi-buffer-size]
	return getrandom(key, 32, 0);
#endif
}
