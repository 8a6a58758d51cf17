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

// ---- net family helper: poll, ppoll, select, pselect, epoll_create,
// epoll_pwait, epoll_pwait2, eventfd (older syscall), inotify_init,
// inotify_rm_watch, signalfd (older syscall), pipe.
#include <errno.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <unistd.h>

int t_poll(struct pollfd *p)
{
#ifdef KT_GOOD
	(void)p;
	return poll(NULL, 0, 10);
#else
	// A count without an array (EFAULT).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of poll break the constraint 'an array for a nonzero count' of sys_poll{{.*}}[kapi-arg-constraint]
	return poll(NULL, 1, -1);
#endif
}

int t_ppoll(struct pollfd *p, const struct timespec *ts, const sigset_t *ss)
{
#ifdef KT_GOOD
	return ppoll(p, 1, ts, ss);
#else
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of ppoll break the constraint 'an array for a nonzero count' of sys_ppoll{{.*}}[kapi-arg-constraint]
	return ppoll(NULL, 2, ts, ss);
#endif
}

long t_ppoll_raw(struct pollfd *p)
{
	sigset_t set;

	sigemptyset(&set);
#ifdef KT_GOOD
	return syscall(SYS_ppoll, p, 1, NULL, &set, 8);
#else
	// The C library's sigset_t size is not the kernel's (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of {{.*}} break the constraint 'kernel signal set size' of sys_ppoll{{.*}}[kapi-arg-constraint]
	return syscall(SYS_ppoll, p, 1, NULL, &set, sizeof(sigset_t));
#endif
}

int t_select(int fd, fd_set *r)
{
	int n = select(fd + 1, r, NULL, NULL, NULL);
#ifdef KT_GOOD
	if (n < 0 && errno == EINTR)
		return 0;
#else
	// select has no EAGAIN; a timeout returns 0.
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with EAGAIN (11), which select never sets{{.*}}[kapi-impossible-errno]
	if (n < 0 && errno == EAGAIN)
		return 0;
#endif
	return n;
}

int t_pselect(fd_set *r, const struct timespec *ts, const sigset_t *ss)
{
#ifdef KT_GOOD
	return pselect(0, r, NULL, NULL, ts, ss);
#else
	// The highest descriptor of an empty set, not one more (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'n' of pselect is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return pselect(-1, r, NULL, NULL, ts, ss);
#endif
}

int t_epoll_create(void)
{
#ifdef KT_GOOD
	return epoll_create(1);
#else
	// The size hint must be positive (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of epoll_create is 0, outside the documented range [1, 2147483647]{{.*}}[kapi-range]
	return epoll_create(0);
#endif
}

int t_epoll_pwait(int ep, struct epoll_event *evs, const sigset_t *ss)
{
#ifdef KT_GOOD
	return epoll_pwait(ep, evs, 64, -1, ss);
#else
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'maxevents' of epoll_pwait is 0, outside the documented range [1, {{[0-9]+}}]{{.*}}[kapi-range]
	return epoll_pwait(ep, evs, 0, -1, ss);
#endif
}

int t_epoll_pwait2(int ep, struct epoll_event *evs, const struct timespec *ts)
{
#ifdef KT_GOOD
	return epoll_pwait2(ep, evs, 64, ts, NULL);
#else
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'maxevents' of epoll_pwait2 is -1, outside the documented range [1, {{[0-9]+}}]{{.*}}[kapi-range]
	return epoll_pwait2(ep, evs, -1, ts, NULL);
#endif
}

long t_eventfd_raw(void)
{
	long fd = syscall(SYS_eventfd, 0);
#ifdef KT_GOOD
	if (fd < 0 && errno == EMFILE)
		return -1;
#else
	// The older eventfd has no flags to reject (no EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with EINVAL (22), which {{.*}} never sets{{.*}}[kapi-impossible-errno]
	if (fd < 0 && errno == EINVAL)
		return -1;
#endif
	return fd;
}

int t_inotify_init(void)
{
#ifdef KT_GOOD
	int fd = inotify_init();
	if (fd < 0)
		return -1;
	return fd;
#else
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of inotify_init is ignored{{.*}}[kapi-unchecked-return]
	inotify_init();
	return 0;
#endif
}

int t_inotify_rm_watch(int fd)
{
#ifdef KT_GOOD
	return inotify_rm_watch(fd, 1);
#else
	// An unset watch descriptor (-1) names no watch (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'wd' of inotify_rm_watch is -1, outside the documented range [1, 2147483647]{{.*}}[kapi-range]
	return inotify_rm_watch(fd, -1);
#endif
}

long t_signalfd_raw(const sigset_t *mask)
{
#ifdef KT_GOOD
	return syscall(SYS_signalfd, -1, mask, 8);
#else
	// glibc's sigset_t is 128 bytes; the kernel wants its own 8 (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'sizemask' of {{.*}} is 128, outside the documented range [8, 8]{{.*}}[kapi-range]
	return syscall(SYS_signalfd, -1, mask, sizeof(sigset_t));
#endif
}

int t_pipe(int fds[2])
{
	int r = pipe(fds);
#ifdef KT_GOOD
	if (r < 0 && errno == EMFILE)
		return -1;
#else
	// Copied from pipe2's error path: pipe has no flags to reject.
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with EINVAL (22), which pipe never sets{{.*}}[kapi-impossible-errno]
	if (r < 0 && errno == EINVAL)
		return -1;
#endif
	return r;
}

// config family: fanotify (fs/notify/fanotify/fanotify_user.c).
#include <sys/fanotify.h>

int t_fanotify_init(void)
{
#ifdef KT_GOOD
	return fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_REPORT_DFID_NAME,
			     O_RDONLY | O_CLOEXEC);
#else
	// An open flag where FAN_CLOEXEC belongs (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of fanotify_init has bits 0x80000 outside the documented mask 0x3fff [kapi-mask]
	return fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID | O_CLOEXEC, O_RDONLY);
#endif
}

int t_fanotify_init_name(void)
{
#ifdef KT_GOOD
	return fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_DIR_FID | FAN_REPORT_NAME, O_RDONLY);
#else
	// FAN_REPORT_NAME needs FAN_REPORT_DIR_FID (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fanotify_init break the constraint 'name needs the directory fid' of sys_fanotify_init{{.*}}[kapi-arg-constraint]
	return fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID | FAN_REPORT_NAME, O_RDONLY);
#endif
}

int t_fanotify_init_event_flags(void)
{
#ifdef KT_GOOD
	return fanotify_init(FAN_CLASS_CONTENT, O_RDWR | O_LARGEFILE);
#else
	// O_DIRECTORY is no flag of the event descriptors (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'event_f_flags' of fanotify_init has bits 0x10000 outside the documented mask 0x1c9c03 [kapi-mask]
	return fanotify_init(FAN_CLASS_CONTENT, O_RDONLY | O_DIRECTORY);
#endif
}

int t_fanotify_mark(int fan, int dfd)
{
#ifdef KT_GOOD
	return fanotify_mark(fan, FAN_MARK_ADD | FAN_MARK_MOUNT,
			     FAN_OPEN | FAN_CLOSE_WRITE | FAN_OPEN_PERM, AT_FDCWD, "/");
#else
	// An inotify bit (IN_DONT_FOLLOW, 0x2000000) is no fanotify event (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mask' of fanotify_mark has bits 0x2000000 outside the documented mask 0x58079fff [kapi-mask]
	return fanotify_mark(fan, FAN_MARK_ADD, FAN_OPEN | 0x2000000, dfd, NULL);
#endif
}

int t_fanotify_mark_cmd(int fan)
{
#ifdef KT_GOOD
	return fanotify_mark(fan, FAN_MARK_FLUSH | FAN_MARK_FILESYSTEM, 0, AT_FDCWD, NULL);
#else
	// An object kind alone is no operation: ADD, REMOVE or FLUSH is required.
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fanotify_mark break the constraint 'one operation' of sys_fanotify_mark{{.*}}[kapi-arg-constraint]
	return fanotify_mark(fan, FAN_MARK_MOUNT, FAN_OPEN, AT_FDCWD, "/");
#endif
}

int t_fanotify_mark_mount_events(int fan)
{
#ifdef KT_GOOD
	return fanotify_mark(fan, FAN_MARK_ADD | FAN_MARK_FILESYSTEM,
			     FAN_CREATE | FAN_DELETE | FAN_ONDIR, AT_FDCWD, "/");
#else
	// Directory-entry events cannot be filtered by mount (EINVAL).
	// CHECK: events.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fanotify_mark break the constraint 'no inode events on mount marks' of sys_fanotify_mark{{.*}}[kapi-arg-constraint]
	return fanotify_mark(fan, FAN_MARK_ADD | FAN_MARK_MOUNT, FAN_CREATE, AT_FDCWD, "/");
#endif
}
