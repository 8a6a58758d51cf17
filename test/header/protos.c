// The wrappers with built-in prototypes added for the *at calls, the stat
// and id families, poll, resource limits, vectored and zero-copy I/O,
// clocks and timers, System V IPC and the 64-bit aliases: each misuse below
// is flagged, through -include and through --dir, in C and C++, fortified
// (poll and ppoll are inline then) and with 64-bit off_t; the correct calls
// in ok() stay silent.  Messages are matched loosely where the values come
// from the curated specs.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db header -o %t/kapi-diagnose.h 2>/dev/null
// RUN: %kapi-db header --dir %t/kd 2>/dev/null
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h -x c++ -std=c++17 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h -O2 -D_FORTIFY_SOURCE=3 -D_FILE_OFFSET_BITS=64 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h -x c++ -std=c++98 -O2 -D_FORTIFY_SOURCE=2 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -isystem %t/kd %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -isystem %t/kd -x c++ -std=c++20 -O2 -D_FORTIFY_SOURCE=3 -D_FILE_OFFSET_BITS=64 %s
// Correct calls alone, under -Werror.
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -DOK_ONLY -include %t/kapi-diagnose.h -std=c11 -pedantic %s
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -DOK_ONLY -include %t/kapi-diagnose.h -O2 -D_FORTIFY_SOURCE=3 -D_FILE_OFFSET_BITS=64 %s
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -DOK_ONLY -isystem %t/kd -x c++ -std=c++17 %s
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -DOK_ONLY -include %t/kapi-diagnose.h -std=gnu89 -DKAPI_DIAGNOSE_ERROR %s
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -DOK_ONLY -include %t/kapi-diagnose.h -std=c11 -D_GNU_SOURCE -DKAPI_DIAGNOSE_KEEP_FEATURES %s
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -DOK_ONLY -include %t/kapi-diagnose.h -x c++ -std=c++98 -O2 -D_FORTIFY_SOURCE=2 -D_FILE_OFFSET_BITS=64 %s
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

int ok(const char *path, int fd, struct pollfd *fds, timer_t t)
{
	struct stat st;
	struct rlimit rl;
	struct timespec ts = {0, 1000};
	struct itimerspec its;
	struct iovec iov;
	char buf[64];

	iov.iov_base = buf;
	iov.iov_len = sizeof(buf);
	its.it_interval = ts;
	its.it_value = ts;
	if (fstatat(AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW) ||
	    fstatat(fd, "", &st, AT_EMPTY_PATH) || stat(path, &st) ||
	    lstat(path, &st) || fstat(fd, &st))
		return -1;
	if (utimensat(AT_FDCWD, path, NULL, 0) || futimens(fd, NULL) ||
	    fchmodat(AT_FDCWD, path, 0644, 0) ||
	    linkat(AT_FDCWD, path, fd, "x", AT_SYMLINK_FOLLOW) ||
	    renameat(fd, "a", fd, "b") || symlinkat(path, AT_FDCWD, "y") ||
	    readlinkat(fd, "y", buf, sizeof(buf)) < 0)
		return -1;
	if (poll(fds, 1, 100) < 0 || poll(NULL, 0, 100) < 0 ||
	    ppoll(fds, 1, &ts, NULL) < 0)
		return -1;
	if (sched_get_priority_max(SCHED_FIFO) < 0 ||
	    setpriority(PRIO_PROCESS, 0, 10) ||
	    getrlimit(RLIMIT_NOFILE, &rl) || setrlimit(RLIMIT_CORE, &rl) ||
	    prlimit(0, RLIMIT_NOFILE, NULL, &rl) || setpgid(0, 0) ||
	    tgkill(getpid(), gettid(), SIGTERM))
		return -1;
	if (preadv2(fd, &iov, 1, 0, RWF_NOWAIT) < 0 ||
	    pwritev(fd, &iov, 1, 4096) < 0 ||
	    splice(fd, NULL, 1, NULL, 4096, 0) < 0 ||
	    tee(fd, 1, 4096, 0) < 0 ||
	    copy_file_range(fd, NULL, 1, NULL, 4096, 0) < 0 ||
	    sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) ||
	    lseek64(fd, 0, SEEK_END) < 0)
		return -1;
	if (clock_gettime(CLOCK_MONOTONIC, &ts) ||
	    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) ||
	    nanosleep(&ts, NULL) || timer_settime(t, 0, &its, NULL) ||
	    setitimer(ITIMER_REAL, NULL, NULL))
		return -1;
	if (shmdt((void *)0x10000) || fork() < 0)
		return -1;
	return 0;
}

#ifndef OK_ONLY
int misuse(const char *path, int fd, timer_t t, void *p)
{
	struct stat st;
	struct rlimit rl;
	struct timespec ts = {0, 0};
	struct itimerspec its;
	struct itimerval itv;
	struct iovec iov;
	char buf[64];

	its.it_interval = ts;
	its.it_value = ts;
	iov.iov_base = buf;
	iov.iov_len = sizeof(buf);
	(void)fstatat(-200, path, &st, 0); // expected-warning-re {{argument 'dfd' of fstatat is outside the documented range [-100, {{[0-9]+}}] [kapi-range]}}
	(void)fstatat(AT_FDCWD, path, &st, 0x80000000); // expected-warning-re {{argument 'flag' of fstatat has bits outside the documented mask 0x{{[0-9a-f]+}}{{.*}} [kapi-mask]}}
	(void)linkat(AT_FDCWD, path, AT_FDCWD, "x", AT_SYMLINK_NOFOLLOW); // expected-warning-re {{argument 'flags' of linkat has bits outside the documented mask 0x{{[0-9a-f]+}}{{.*}} [kapi-mask]}}
	(void)renameat(fd, path, -200, "y"); // expected-warning-re {{argument 'newdfd' of renameat is outside the documented range [-100, {{[0-9]+}}] [kapi-range]}}
	(void)utimensat(-200, path, NULL, 0); // expected-warning-re {{argument 'dfd' of utimensat is outside the documented range {{.*}} [kapi-range]}}
	(void)readlinkat(AT_FDCWD, path, buf, 0); // expected-warning-re {{argument 'bufsiz' of readlinkat is outside the documented range [1, {{[0-9]+}}] [kapi-range]}}
	(void)poll(NULL, 2, 0); // expected-warning {{the arguments of poll break the constraint 'an array for a nonzero count' of sys_poll}}
	(void)ppoll(NULL, 1, NULL, NULL); // expected-warning {{the arguments of ppoll break the constraint 'an array for a nonzero count' of sys_ppoll}}
	(void)sched_get_priority_max(42); // expected-warning {{argument 'policy' of sched_get_priority_max is not one of the documented values [kapi-enum]}}
	(void)getpriority((__priority_which_t)7, 0); // expected-warning-re {{argument 'which' of getpriority is outside the documented range [0, {{[0-9]+}}] [kapi-range]}}
	(void)getrlimit((__rlimit_resource_t)99, &rl); // expected-warning-re {{argument 'resource' of getrlimit is outside the documented range [0, {{[0-9]+}}] [kapi-range]}}
	(void)setitimer((__itimer_which_t)5, &itv, NULL); // expected-warning {{argument 'which' of setitimer is not one of the documented values [kapi-enum]}}
	(void)tgkill(getpid(), 0, SIGTERM); // expected-warning-re {{argument 'pid' of tgkill is outside the documented range [1, {{[0-9]+}}] [kapi-range]}}
	(void)preadv2(fd, &iov, 2000, 0, 0); // expected-warning-re {{argument 'vlen' of preadv2 is outside the documented range [0, {{[0-9]+}}] [kapi-range]}}
	(void)splice(fd, NULL, -3, NULL, 4096, 0); // expected-warning-re {{argument 'fd_out' of splice is outside the documented range [0, {{[0-9]+}}] [kapi-range]}}
	(void)copy_file_range(fd, NULL, 1, NULL, 4096, 1); // expected-warning {{argument 'flags' of copy_file_range is outside the documented range [0, 0] [kapi-range]}}
	(void)sync_file_range(fd, -1, 0, 0); // expected-warning-re {{argument 'offset' of sync_file_range is outside the documented range [0, {{[0-9]+}}] [kapi-range]}}
	(void)lseek64(fd, 0, 17); // expected-warning {{argument 'whence' of lseek64 is not one of the documented values [kapi-enum]}}
	(void)clock_gettime(1234, &ts); // expected-warning {{the arguments of clock_gettime break the constraint 'known clock id' of sys_clock_gettime}}
	(void)clock_nanosleep(CLOCK_MONOTONIC, 0x10, &ts, NULL); // expected-warning-re {{argument 'flags' of clock_nanosleep has bits outside the documented mask 0x{{[0-9a-f]+}}{{.*}} [kapi-mask]}}
	(void)timer_settime(t, 0x10, &its, NULL); // expected-warning-re {{argument 'flags' of timer_settime has bits outside the documented mask 0x{{[0-9a-f]+}}{{.*}} [kapi-mask]}}
	(void)shmdt((char *)p + 1); // silent: not a constant
	(void)shmdt((void *)0x10001); // expected-warning-re {{argument 'shmaddr' of shmdt is not aligned {{.*}}[kapi-alignment]}}
	/* C++98 has no nodiscard with a message */
	fstat(fd, &st); // expected-warning-re {{{{result of fstat is ignored, but it can fail with .*\[kapi-unchecked-return\]|ignoring return value of function declared with 'warn_unused_result' attribute}}}}
	fork(); // expected-warning-re {{{{result of fork is ignored, but it can fail with .*\[kapi-unchecked-return\]|ignoring return value of function declared with 'warn_unused_result' attribute}}}}
	return 0;
}
#endif
