// Default database, security.c specs (bpf, landlock_*, kexec_file_load,
// map_shadow_stack; glibc wraps none of them): each syscall once misused
// (a finding with its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <linux/bpf.h>
#include <linux/kexec.h>
#include <linux/landlock.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Newer than the installed UAPI and glibc headers (6.1, 2.36). */
#ifndef __NR_map_shadow_stack
#define __NR_map_shadow_stack 453
#endif
#ifndef SHADOW_STACK_SET_TOKEN
#define SHADOW_STACK_SET_TOKEN (1ULL << 0)
#endif

long t_bpf(union bpf_attr *attr)
{
#ifdef KT_GOOD
	return syscall(SYS_bpf, BPF_MAP_CREATE, attr, sizeof(*attr));
#else
	// One past the last command of 6.12 (BPF_TOKEN_CREATE, 36) is EINVAL.
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of syscall(SYS_bpf) is 37, not one of the documented values{{.*}}[kapi-enum]
	return syscall(SYS_bpf, 37, attr, sizeof(*attr));
#endif
}

long t_bpf_size(union bpf_attr *attr)
{
#ifdef KT_GOOD
	return syscall(SYS_bpf, BPF_PROG_LOAD, attr, 4096);
#else
	// More than a page of attributes is E2BIG.
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of syscall(SYS_bpf) is 8192, outside the documented range [0, 4096]{{.*}}[kapi-range]
	return syscall(SYS_bpf, BPF_PROG_LOAD, attr, 8192);
#endif
}

long t_landlock_create_ruleset(const struct landlock_ruleset_attr *attr)
{
#ifdef KT_GOOD
	return syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
#else
	// The version query takes no attributes (EINVAL).
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_landlock_create_ruleset) break the constraint 'queries take no attributes' of sys_landlock_create_ruleset{{.*}}[kapi-arg-constraint]
	return syscall(SYS_landlock_create_ruleset, attr, sizeof(*attr), LANDLOCK_CREATE_RULESET_VERSION);
#endif
}

long t_landlock_create_ruleset_size(const struct landlock_ruleset_attr *attr)
{
#ifdef KT_GOOD
	return syscall(SYS_landlock_create_ruleset, attr, sizeof(*attr), 0);
#else
	// Fewer bytes than handled_access_fs is EINVAL.
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_landlock_create_ruleset) break the constraint 'attribute size' of sys_landlock_create_ruleset{{.*}}[kapi-arg-constraint]
	return syscall(SYS_landlock_create_ruleset, attr, 4, 0);
#endif
}

long t_landlock_add_rule(int ruleset, const struct landlock_path_beneath_attr *pb)
{
#ifdef KT_GOOD
	return syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, pb, 0);
#else
	// Rule types start at 1 (EINVAL).
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'rule_type' of syscall(SYS_landlock_add_rule) is 0, not one of the documented values{{.*}}[kapi-enum]
	return syscall(SYS_landlock_add_rule, ruleset, 0, pb, 0);
#endif
}

long t_landlock_restrict_self(int ruleset)
{
#ifdef KT_GOOD
	return syscall(SYS_landlock_restrict_self, ruleset, 0);
#else
	// No flag is defined in 6.12 (EINVAL).
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_landlock_restrict_self) is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return syscall(SYS_landlock_restrict_self, ruleset, 1);
#endif
}

long t_kexec_file_load(int kfd, int ifd)
{
	static const char cmdline[] = "console=ttyS0";
#ifdef KT_GOOD
	return syscall(SYS_kexec_file_load, kfd, ifd, sizeof(cmdline), cmdline,
		       KEXEC_FILE_ON_CRASH);
#else
	// KEXEC_ON_CRASH (0x1) is kexec_load's; the kexec_file_load flag
	// reaches 0x8 at most, so 0x10000 is EINVAL.
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_kexec_file_load) has bits 0x10000 outside the documented mask 0xf [kapi-mask]
	return syscall(SYS_kexec_file_load, kfd, ifd, sizeof(cmdline), cmdline, 0x10000);
#endif
}

long t_map_shadow_stack(void)
{
#ifdef KT_GOOD
	return syscall(__NR_map_shadow_stack, 0, 0x20000, SHADOW_STACK_SET_TOKEN);
#else
	// The token goes at the top: the size must be a multiple of 8 (EINVAL).
	// CHECK: security.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(__NR_map_shadow_stack) break the constraint 'aligned token' of sys_map_shadow_stack{{.*}}[kapi-arg-constraint]
	return syscall(__NR_map_shadow_stack, 0, 0x20004, SHADOW_STACK_SET_TOKEN);
#endif
}
