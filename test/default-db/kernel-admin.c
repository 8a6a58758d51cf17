// Default database, kernel_admin.c specs (add_key, request_key, keyctl,
// init_module, finit_module, delete_module, kexec_load, perf_event_open,
// lsm_set_self_attr, lsm_get_self_attr, lsm_list_modules): each syscall
// with a checkable constraint once misused (a finding with its rule), and
// every syscall once used correctly (silent).  glibc declares none of
// them; all bind through syscall().
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/kexec.h>
#include <linux/keyctl.h>
#include <linux/module.h>
#include <linux/perf_event.h>

/* Linux 6.8 numbers and values; this machine's headers may predate them. */
#ifndef __NR_lsm_get_self_attr
#define __NR_lsm_get_self_attr 459
#define __NR_lsm_set_self_attr 460
#define __NR_lsm_list_modules 461
#endif
#ifndef LSM_ATTR_CURRENT
#define LSM_ATTR_UNDEF 0
#define LSM_ATTR_CURRENT 100
#define LSM_FLAG_SINGLE 0x0001
#endif

long t_add_key(const void *data, size_t len)
{
#ifdef KT_GOOD
	/* A keyring takes no payload. */
	if (syscall(SYS_add_key, "keyring", "kapi:ring", NULL, 0, KEY_SPEC_SESSION_KEYRING) < 0)
		return -1;
	return syscall(SYS_add_key, "user", "kapi:test", data, len, KEY_SPEC_SESSION_KEYRING);
#else
	// The payload is at most 1 MiB - 1.
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'plen' of syscall(SYS_add_key) is 1048576, outside the documented range [0, 1048575]{{.*}}[kapi-range]
	if (syscall(SYS_add_key, "user", "kapi:test", data, 1024 * 1024, KEY_SPEC_SESSION_KEYRING) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_add_key) break the constraint 'payload for a length' of sys_add_key{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_add_key, "user", "kapi:test", NULL, 16, KEY_SPEC_SESSION_KEYRING) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as '_type' of syscall(SYS_add_key), which is not optional{{.*}}[kapi-null]
	return syscall(SYS_add_key, NULL, "kapi:test", data, len, KEY_SPEC_SESSION_KEYRING);
#endif
}

long t_request_key(void)
{
#ifdef KT_GOOD
	long id = syscall(SYS_request_key, "user", "kapi:test", NULL, 0);
	if (id == -1 && errno == ENOKEY)
		return 0;
	return id;
#else
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as '_description' of syscall(SYS_request_key), which is not optional{{.*}}[kapi-null]
	return syscall(SYS_request_key, "user", NULL, NULL, 0);
#endif
}

long t_keyctl(long key, char *buf, size_t len)
{
#ifdef KT_GOOD
	if (syscall(SYS_keyctl, KEYCTL_READ, key, buf, len, 0) < 0)
		return -1;
	if (syscall(SYS_keyctl, KEYCTL_MOVE, key, KEY_SPEC_SESSION_KEYRING, KEY_SPEC_USER_KEYRING,
		    KEYCTL_MOVE_EXCL) == -1 && errno == EEXIST)
		return -1;
	return syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 1);
#else
	// 33 is past KEYCTL_WATCH_KEY, the last case: EOPNOTSUPP.
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'option' of syscall(SYS_keyctl) is 33, not one of the documented values{{.*}}[kapi-enum]
	if (syscall(SYS_keyctl, 33, key, buf, len, 0) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_keyctl) break the constraint 'flags of KEYCTL_MOVE' of sys_keyctl{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_keyctl, KEYCTL_MOVE, key, KEY_SPEC_SESSION_KEYRING, KEY_SPEC_USER_KEYRING, 2) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_keyctl) break the constraint 'reserved operand of KEYCTL_PKEY_QUERY' of sys_keyctl{{.*}}[kapi-arg-constraint]
	return syscall(SYS_keyctl, KEYCTL_PKEY_QUERY, key, 1, "", buf);
#endif
}

long t_modules(int fd, const void *image, unsigned long len)
{
#ifdef KT_GOOD
	if (syscall(SYS_init_module, image, len, "") < 0)
		return -1;
	if (syscall(SYS_finit_module, fd, "debug=1", MODULE_INIT_IGNORE_MODVERSIONS | MODULE_INIT_IGNORE_VERMAGIC) < 0)
		return -1;
	/* delete_module rejects no flag bit: O_NONBLOCK is a leftover. */
	if (syscall(SYS_delete_module, "kapi_test", O_NONBLOCK | O_TRUNC) == -1 && errno == EWOULDBLOCK)
		return -1;
	return syscall(SYS_delete_module, "kapi_test", 0);
#else
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_finit_module) has bits 0x8 outside the documented mask 0x7{{.*}}[kapi-mask]
	if (syscall(SYS_finit_module, fd, "", 8) < 0)
		return -1;
	// The parameter string is read even when empty: NULL is EFAULT.
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'uargs' of syscall(SYS_init_module), which is not optional{{.*}}[kapi-null]
	return syscall(SYS_init_module, image, len, NULL);
#endif
}

long t_kexec_load(void *segs)
{
#ifdef KT_GOOD
	if (syscall(SYS_kexec_load, 0x1000000UL, 0, NULL, KEXEC_ON_CRASH) < 0)
		return -1;
	return syscall(SYS_kexec_load, 0x1000000UL, 3, segs, KEXEC_ARCH_X86_64 | KEXEC_ON_CRASH);
#else
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'nr_segments' of syscall(SYS_kexec_load) is 17, outside the documented range [0, 16]{{.*}}[kapi-range]
	if (syscall(SYS_kexec_load, 0x1000000UL, 17, segs, 0) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_kexec_load) break the constraint 'segments for a load' of sys_kexec_load{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_kexec_load, 0x1000000UL, 2, NULL, 0) < 0)
		return -1;
	// KEXEC_PRESERVE_CONTEXT needs CONFIG_KEXEC_JUMP, off in x86_64 defconfig.
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_kexec_load) break the constraint 'known flags' of sys_kexec_load{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_kexec_load, 0x1000000UL, 3, segs, KEXEC_PRESERVE_CONTEXT) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_kexec_load) break the constraint 'image of this architecture' of sys_kexec_load{{.*}}[kapi-arg-constraint]
	return syscall(SYS_kexec_load, 0x1000000UL, 3, segs, KEXEC_ARCH_ARM);
#endif
}

long t_perf_event_open(struct perf_event_attr *attr, int cgroup_fd)
{
#ifdef KT_GOOD
	long fd = syscall(SYS_perf_event_open, attr, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
	if (fd < 0)
		return -1;
	if (syscall(SYS_perf_event_open, attr, -1, 0, fd, PERF_FLAG_FD_OUTPUT) < 0)
		return -1;
	return syscall(SYS_perf_event_open, attr, cgroup_fd, 0, -1, PERF_FLAG_PID_CGROUP);
#else
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_perf_event_open) has bits 0x10 outside the documented mask 0xf{{.*}}[kapi-mask]
	if (syscall(SYS_perf_event_open, attr, 0, -1, -1, 0x10) < 0)
		return -1;
	// Every task on every CPU at once is EINVAL.
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_perf_event_open) break the constraint 'some task or some CPU' of sys_perf_event_open{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_perf_event_open, attr, -1, -1, -1, 0) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_perf_event_open) break the constraint 'cgroup needs a cgroup and a CPU' of sys_perf_event_open{{.*}}[kapi-arg-constraint]
	return syscall(SYS_perf_event_open, attr, cgroup_fd, -1, -1, PERF_FLAG_PID_CGROUP);
#endif
}

long t_lsm(void *ctx, uint32_t *size, uint64_t *ids)
{
#ifdef KT_GOOD
	uint32_t n = 0;
	/* Ask for the size first: ctx and ids may be NULL then. */
	if (syscall(__NR_lsm_get_self_attr, LSM_ATTR_CURRENT, NULL, &n, 0) == -1 && errno != E2BIG)
		return -1;
	if (syscall(__NR_lsm_get_self_attr, LSM_ATTR_CURRENT, ctx, size, LSM_FLAG_SINGLE) < 0)
		return -1;
	if (syscall(__NR_lsm_list_modules, NULL, &n, 0) == -1 && errno != E2BIG)
		return -1;
	if (syscall(__NR_lsm_list_modules, ids, size, 0) < 0)
		return -1;
	return syscall(__NR_lsm_set_self_attr, LSM_ATTR_CURRENT, ctx, 64, 0);
#else
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'attr' of syscall(__NR_lsm_get_self_attr) is 0, not one of the documented values{{.*}}[kapi-enum]
	if (syscall(__NR_lsm_get_self_attr, LSM_ATTR_UNDEF, ctx, size, 0) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(__NR_lsm_get_self_attr) break the constraint 'single needs ctx' of sys_lsm_get_self_attr{{.*}}[kapi-arg-constraint]
	if (syscall(__NR_lsm_get_self_attr, LSM_ATTR_CURRENT, NULL, size, LSM_FLAG_SINGLE) < 0)
		return -1;
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(__NR_lsm_list_modules) is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	if (syscall(__NR_lsm_list_modules, ids, size, 1) < 0)
		return -1;
	// Above a page is E2BIG.
	// CHECK: kernel-admin.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of syscall(__NR_lsm_set_self_attr) is 8192, outside the documented range [32, 4096]{{.*}}[kapi-range]
	return syscall(__NR_lsm_set_self_attr, LSM_ATTR_CURRENT, ctx, 8192, 0);
#endif
}
