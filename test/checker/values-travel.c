// Values that travel to an argument: the arms of a conditional, a local
// assigned constants in the arms of an if, a static const object.  Each
// value is one the call sees on some path, so an arm or path value that
// breaks the spec is a finding (at the arm for `?:`, at the argument for a
// local); a path the walk cannot follow (a loop that assigns, a label, a
// non-constant assignment, an assignment after the call) stays silent.
//
// RUN: not %kapi-check --checks='-*,kapi-mask,kapi-enum,kapi-arg-constraint' %s -- -D_GNU_SOURCE \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check --checks='-*,kapi-mask,kapi-enum,kapi-arg-constraint' %s -- -D_GNU_SOURCE -DKT_GOOD | count 0
#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef KT_GOOD
static const int bad_flags = O_RDONLY | 0x40000000;

int fire_static_const(const char *p)
{
	return open(p, bad_flags);
	// CHECK: values-travel.c:[[@LINE-1]]:17: warning: argument 'flags' of open{{.*}}[kapi-mask]
}

int fire_arm(const char *p, int rw)
{
	return open(p, rw ? O_RDWR : 0x40000000);
	// CHECK: values-travel.c:[[@LINE-1]]:31: warning: argument 'flags' of open{{.*}}[kapi-mask]
}

int fire_arm_constraint(const char *p, int tmp)
{
	return open(p, tmp ? (O_TMPFILE | O_RDONLY) : O_RDONLY, 0600);
	// CHECK: values-travel.c:[[@LINE-1]]:9: warning: the arguments of open break the constraint 'tmpfile needs write access'{{.*}}[kapi-arg-constraint]
}

int fire_if_else(void *a, size_t n, int random)
{
	int advice;

	if (random)
		advice = MADV_RANDOM;
	else
		advice = 77;
	return madvise(a, n, advice);
	// CHECK: values-travel.c:[[@LINE-1]]:23: warning: argument 'behavior' of madvise is 77{{.*}}[kapi-enum]
}

int fire_init_then_if(void *a, size_t n, int r)
{
	int advice = MADV_NORMAL;

	if (r) {
		advice = 99;
	}
	return madvise(a, n, advice);
	// CHECK: values-travel.c:[[@LINE-1]]:23: warning: argument 'behavior' of madvise is 99{{.*}}[kapi-enum]
}
#endif

int good(const char *p, void *a, size_t n, int r, int k)
{
	int advice = MADV_NORMAL;
	int flags;
	int i;

	/* every arm valid */
	if (open(p, r ? O_RDWR : O_RDONLY) < 0)
		return -1;
	/* an arm that returns does not reach the call */
	if (r) {
		advice = 99;
		return -1;
	}
	if (madvise(a, n, advice) < 0)
		return -1;
	/* assigned in a loop: not followed */
	advice = MADV_NORMAL;
	for (i = 0; i < k; i++)
		advice = 98;
	(void)madvise(a, n, advice);
	/* assigned after the call only */
	flags = O_RDONLY;
	if (open(p, flags) < 0)
		return -1;
	flags = 0x40000000;
	(void)flags;
	/* assigned something unknown on one path */
	advice = MADV_NORMAL;
	if (r)
		advice = k;
	(void)madvise(a, n, advice);
	/* the local decides whether the call runs (util-linux logger.c) */
	flags = -1;
	if (r)
		flags = O_RDONLY;
	if (flags == -1 || open(p, flags) == -1)
		return -1;
	advice = 96;
	if (k)
		advice = MADV_NORMAL;
	if (advice != 96)
		(void)madvise(a, n, advice);
	/* a label between the assignment and the call */
	advice = 97;
	if (k)
		goto again;
	advice = MADV_NORMAL;
again:
	return madvise(a, n, advice);
}
