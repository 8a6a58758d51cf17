// Default database, mm_policy.c specs (NUMA policy and page migration):
// each syscall once misused (a finding with its rule) and once used
// correctly (silent). The C library has no wrappers and libnuma is not
// installed, so the calls go through syscall().
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <linux/mempolicy.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned long nodes[1] = { 1 };

long t_set_mempolicy(void)
{
#ifdef KT_GOOD
	if (syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0) < 0)
		return -1;
	if (syscall(SYS_set_mempolicy, MPOL_PREFERRED_MANY | MPOL_F_NUMA_BALANCING, nodes, 65) < 0)
		return -1;
	return syscall(SYS_set_mempolicy, MPOL_BIND | MPOL_F_STATIC_NODES, nodes, 65);
#else
	// The two node-numbering flags exclude each other (EINVAL).
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_set_mempolicy) break the constraint 'static and relative nodes exclude each other' of sys_set_mempolicy{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_set_mempolicy, MPOL_BIND | MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES, nodes, 65) < 0)
		return -1;
	// NUMA balancing works with MPOL_BIND and MPOL_PREFERRED_MANY only.
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_set_mempolicy) break the constraint 'numa balancing needs bind or preferred-many' of sys_set_mempolicy{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_set_mempolicy, MPOL_INTERLEAVE | MPOL_F_NUMA_BALANCING, nodes, 65) < 0)
		return -1;
	// 7 is MPOL_MAX of the 6.12 UAPI, an end marker and not a policy.
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_set_mempolicy) break the constraint 'mode is a known policy' of sys_set_mempolicy{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_set_mempolicy, 7, nodes, 65) < 0)
		return -1;
	// A node mask with maxnode 0 is EINVAL.
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_set_mempolicy) break the constraint 'node mask size' of sys_set_mempolicy{{.*}}[kapi-arg-constraint]
	return syscall(SYS_set_mempolicy, MPOL_BIND, nodes, 0);
#endif
}

long t_mbind(void *p)
{
#ifdef KT_GOOD
	return syscall(SYS_mbind, p, 8192, MPOL_BIND, nodes, 65,
		       MPOL_MF_STRICT | MPOL_MF_MOVE);
#else
	// MPOL_MF_LAZY is defined but not supported (EINVAL).
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_mbind) has bits 0x8 outside the documented mask 0x7 [kapi-mask]
	if (syscall(SYS_mbind, p, 8192, MPOL_BIND, nodes, 65, MPOL_MF_LAZY) < 0)
		return -1;
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'start' of syscall(SYS_mbind) is 0x10100, not aligned to the page size 4096{{.*}}[kapi-alignment]
	return syscall(SYS_mbind, 0x10100, 8192, MPOL_BIND, nodes, 65, 0);
#endif
}

long t_get_mempolicy(void *p)
{
	int mode;

#ifdef KT_GOOD
	if (syscall(SYS_get_mempolicy, &mode, nodes, 64, p, MPOL_F_ADDR) < 0)
		return -1;
	return syscall(SYS_get_mempolicy, NULL, nodes, 64, 0, MPOL_F_MEMS_ALLOWED);
#else
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_get_mempolicy) break the constraint 'mems_allowed stands alone' of sys_get_mempolicy{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, MPOL_F_MEMS_ALLOWED | MPOL_F_NODE) < 0)
		return -1;
	// Without MPOL_F_ADDR the address must be 0 (EINVAL).
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_get_mempolicy) break the constraint 'address needs MPOL_F_ADDR' of sys_get_mempolicy{{.*}}[kapi-arg-constraint]
	if (syscall(SYS_get_mempolicy, &mode, NULL, 0, 0x10000, MPOL_F_NODE) < 0)
		return -1;
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_get_mempolicy) has bits 0x8 outside the documented mask 0x7 [kapi-mask]
	return syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, 8);
#endif
}

long t_set_mempolicy_home_node(void *p)
{
#ifdef KT_GOOD
	return syscall(SYS_set_mempolicy_home_node, p, 8192, 0, 0);
#else
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_set_mempolicy_home_node) is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return syscall(SYS_set_mempolicy_home_node, p, 8192, 0, 1);
#endif
}

long t_migrate_pages(pid_t pid)
{
	static unsigned long to[1] = { 2 };

#ifdef KT_GOOD
	return syscall(SYS_migrate_pages, pid, 65, nodes, to);
#else
	// maxnode 0 leaves no room for the nodes (EINVAL).
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_migrate_pages) break the constraint 'node mask size' of sys_migrate_pages{{.*}}[kapi-arg-constraint]
	return syscall(SYS_migrate_pages, pid, 0, nodes, to);
#endif
}

long t_move_pages(pid_t pid, void **pages, const int *to, int *status)
{
#ifdef KT_GOOD
	if (syscall(SYS_move_pages, pid, 4, pages, NULL, status, 0) < 0)
		return -1;
	return syscall(SYS_move_pages, pid, 4, pages, to, status, MPOL_MF_MOVE);
#else
	// MPOL_MF_STRICT is mbind's; move_pages rejects it (EINVAL).
	// CHECK: mm-policy.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_move_pages) has bits 0x1 outside the documented mask 0x6 [kapi-mask]
	return syscall(SYS_move_pages, pid, 4, pages, to, status, MPOL_MF_STRICT | MPOL_MF_MOVE);
#endif
}
