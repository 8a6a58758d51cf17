// Default database, futex.c specs (set_robust_list, get_robust_list,
// futex, futex_waitv, futex_wake, futex_wait, futex_requeue): each syscall once misused (a finding with
// its rule), and every syscall once used correctly (silent).  None has a
// glibc wrapper; all bind through syscall().
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>
#include <linux/futex.h>

/* Linux 6.7 numbers and flags; this machine's headers may predate them. */
#ifndef __NR_futex_wake
#define __NR_futex_wake 454
#define __NR_futex_wait 455
#define __NR_futex_requeue 456
#endif
#ifndef FUTEX2_SIZE_U32
#define FUTEX2_SIZE_U8 0x00
#define FUTEX2_SIZE_U32 0x02
#define FUTEX2_NUMA 0x04
#define FUTEX2_PRIVATE FUTEX_PRIVATE_FLAG
#endif

long t_robust_list(struct robust_list_head *head, pid_t tid)
{
	struct robust_list_head *cur;
	size_t len;
#ifdef KT_GOOD
	if (syscall(SYS_get_robust_list, tid, &cur, &len) < 0)
		return -1;
	return syscall(SYS_set_robust_list, head, sizeof(*head));
#else
	// The length is the size of the head, not of the list.
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'len' of syscall(SYS_set_robust_list) is 8, outside the documented range [24, 24]{{.*}}[kapi-range]
	if (syscall(SYS_set_robust_list, head, sizeof(head)) < 0)
		return -1;
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'len_ptr' of syscall(SYS_get_robust_list), which is not optional{{.*}}[kapi-null]
	return syscall(SYS_get_robust_list, tid, &cur, NULL);
#endif
}

long t_futex(uint32_t *word, const struct timespec *abs)
{
#ifdef KT_GOOD
	long r = syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	if (r < 0)
		return -1;
	/* An absolute wait on the realtime clock: the bit-set wait takes it. */
	if (syscall(SYS_futex, word, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME,
		    0, abs, NULL, FUTEX_BITSET_MATCH_ANY) == -1 &&
	    errno != EAGAIN && errno != ETIMEDOUT && errno != EINTR)
		return -1;
	/* The requeue commands carry a count where the timeout would be. */
	return syscall(SYS_futex, word, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)(uintptr_t)16,
		       word + 1, 0);
#else
	// FUTEX_FD (2) is gone since Linux 2.6.26: ENOSYS.
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_futex) break the constraint 'known command' of sys_futex{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_futex, word, FUTEX_FD, 0, NULL, NULL, 0) < 0)
		return -1;
	// FUTEX_WAIT takes a relative timeout; with FUTEX_CLOCK_REALTIME 6.12 says ENOSYS.
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_futex) break the constraint 'realtime clock only for absolute waits' of sys_futex{{.*}}[kapi-arg-constraint]
	return syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE | FUTEX_CLOCK_REALTIME, 0, abs, NULL, 0);
#endif
}

long t_futex_waitv(struct futex_waitv *w, const struct timespec *abs)
{
#ifdef KT_GOOD
	if (syscall(SYS_futex_waitv, w, 2, 0, NULL, 0) < 0)
		return -1;
	return syscall(SYS_futex_waitv, w, FUTEX_WAITV_MAX, 0, abs, CLOCK_MONOTONIC);
#else
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nr_futexes' of syscall(SYS_futex_waitv) is 129, outside the documented range [1, 128]{{.*}}[kapi-range]
	if (syscall(SYS_futex_waitv, w, 129, 0, NULL, 0) < 0)
		return -1;
	// Only CLOCK_MONOTONIC and CLOCK_REALTIME time a futex wait.
	struct timespec ts = *abs;
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_futex_waitv) break the constraint 'clock of the timeout' of sys_futex_waitv{{.*}}[kapi-arg-constraint]
	return syscall(SYS_futex_waitv, w, 1, 0, &ts, CLOCK_BOOTTIME);
#endif
}

long t_futex_wake(uint32_t *word)
{
#ifdef KT_GOOD
	return syscall(__NR_futex_wake, word, FUTEX_BITSET_MATCH_ANY, 1,
		       FUTEX2_SIZE_U32 | FUTEX2_PRIVATE);
#else
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(__NR_futex_wake) has bits 0x4 outside the documented mask 0x83{{.*}}[kapi-mask]
	if (syscall(__NR_futex_wake, word, FUTEX_BITSET_MATCH_ANY, 1, FUTEX2_SIZE_U32 | FUTEX2_NUMA) < 0)
		return -1;
	// Only 32-bit futexes exist: the u8 size is EINVAL.
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(__NR_futex_wake) break the constraint '32-bit futex' of sys_futex_wake{{.*}}[kapi-arg-constraint]
	return syscall(__NR_futex_wake, word, 1, 1, FUTEX2_SIZE_U8 | FUTEX2_PRIVATE);
#endif
}

long t_futex_wait(uint32_t *word, const struct timespec *abs)
{
#ifdef KT_GOOD
	return syscall(__NR_futex_wait, word, 0, FUTEX_BITSET_MATCH_ANY,
		       FUTEX2_SIZE_U32 | FUTEX2_PRIVATE, abs, CLOCK_REALTIME);
#else
	// A bit set of 0 matches no waker: EINVAL.
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mask' of syscall(__NR_futex_wait) is 0, outside the documented range [1, 4294967295]{{.*}}[kapi-range]
	return syscall(__NR_futex_wait, word, 0, 0, FUTEX2_SIZE_U32, abs, CLOCK_REALTIME);
#endif
}

long t_futex_requeue(struct futex_waitv *two)
{
#ifdef KT_GOOD
	return syscall(__NR_futex_requeue, two, 0, 1, 128);
#else
	// CHECK: futex.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nr_wake' of syscall(__NR_futex_requeue) is -1, outside the documented range [0, 2147483647]{{.*}}[kapi-range]
	return syscall(__NR_futex_requeue, two, 0, -1, 128);
#endif
}
