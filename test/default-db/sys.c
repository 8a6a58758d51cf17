// Default database, sys.c specs (getrlimit, setrlimit, prlimit64,
// newuname, sethostname, setdomainname, getcpu, personality): each syscall
// with a checkable constraint once misused (a finding with its rule), and
// every syscall once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <sched.h>
#include <stddef.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

int t_rlimit(pid_t pid)
{
	struct rlimit rl;
#ifdef KT_GOOD
	if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
		return -1;
	/* glibc 2.36 makes these prlimit64 with no other pointer: NULL is
	 * accepted and does nothing. */
	if (getrlimit(RLIMIT_STACK, NULL) < 0 || setrlimit(RLIMIT_CORE, NULL) < 0)
		return -1;
	if (prlimit(pid, RLIMIT_RTTIME, NULL, &rl) < 0)
		return -1;
	if (syscall(SYS_getrlimit, RLIMIT_AS, &rl) < 0)
		return -1;
	return setrlimit(RLIMIT_NOFILE, &rl);
#else
	// RLIM_NLIMITS itself is one past the last limit.
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'resource' of getrlimit is 16, outside the documented range [0, 15]{{.*}}[kapi-range]
	if (getrlimit(RLIM_NLIMITS, &rl) < 0)
		return -1;
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'resource' of setrlimit is -1 (4294967295 as __rlimit_resource_t), outside the documented range [0, 15]{{.*}}[kapi-range]
	if (setrlimit(-1, &rl) < 0)
		return -1;
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'resource' of prlimit is 20, outside the documented range [0, 15]{{.*}}[kapi-range]
	if (prlimit(pid, 20, &rl, NULL) < 0)
		return -1;
	// The raw syscall, unlike glibc's getrlimit, faults on NULL.
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'rlim' of syscall(SYS_getrlimit), which is not optional [kapi-null]
	return syscall(SYS_getrlimit, RLIMIT_AS, NULL);
#endif
}

int t_uname(void)
{
	struct utsname u;
#ifdef KT_GOOD
	return uname(&u);
#else
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'name' of uname, which is not optional [kapi-null]
	if (uname(NULL) < 0)
		return -1;
	// uname fails with EFAULT only.
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with EINVAL{{.*}}[kapi-impossible-errno]
	if (uname(&u) < 0 && errno == EINVAL)
		return -2;
	return 0;
#endif
}

int t_names(void)
{
	char name[8] = "box";
#ifdef KT_GOOD
	if (sethostname(name, 3) < 0)
		return -1;
	/* len 0 reads nothing: NULL is fine. */
	if (setdomainname(NULL, 0) < 0)
		return -1;
	return sethostname("a-host-name-of-exactly-sixty-four-characters-is-the-longest-ones", 64);
#else
	// The kernel's limit is __NEW_UTS_LEN, 64 bytes.
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'len' of sethostname is 65{{.*}}outside the documented range [0, 64]{{.*}}[kapi-range]
	if (sethostname("x", 65) < 0)
		return -1;
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'len' of setdomainname is 16, larger than the 8-byte object 'name' passed as 'name' [kapi-buffer-size]
	if (setdomainname(name, 16) < 0)
		return -1;
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'name' of setdomainname, which is not optional [kapi-null]
	return setdomainname(NULL, 4);
#endif
}

int t_getcpu(void)
{
	unsigned int cpu, node;
#ifdef KT_GOOD
	if (getcpu(&cpu, NULL) < 0 || getcpu(NULL, &node) < 0)
		return -1;
	return (int)(cpu + node) + (int)syscall(SYS_getcpu, &cpu, &node, NULL);
#else
	// getcpu fails with EFAULT only.
	// CHECK: sys.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with ENOSPC{{.*}}[kapi-impossible-errno]
	if (getcpu(&cpu, &node) < 0 && errno == ENOSPC)
		return -1;
	return (int)cpu;
#endif
}

int t_personality(void)
{
	/* Never fails, takes any value: correct use only. */
	int old = personality(0xffffffff);

	return personality(old | ADDR_NO_RANDOMIZE) + (int)syscall(SYS_personality, old);
}
