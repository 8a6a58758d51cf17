// Default database, x86.c specs (arch_prctl, modify_ldt, ioperm, iopl):
// each syscall with a checkable constraint once misused (a finding with its
// rule), and every syscall once used correctly (silent).  uretprobe has
// nothing to check and no correct use from a program.
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <asm/ldt.h>
#include <asm/prctl.h>
#include <stddef.h>
#include <sys/io.h>
#include <sys/syscall.h>
#include <unistd.h>

long t_arch_prctl(unsigned long *base)
{
#ifdef KT_GOOD
	if (syscall(SYS_arch_prctl, ARCH_GET_FS, base) < 0)
		return -1;
	return syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, 18);
#else
	// CHECK: x86.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_arch_prctl) break the constraint 'known option' of sys_arch_prctl{{.*}}[kapi-arg-constraint]
	return syscall(SYS_arch_prctl, 0x1005, base);
#endif
}

long t_modify_ldt(struct user_desc *desc, char *buf, size_t len)
{
#ifdef KT_GOOD
	if ((int)syscall(SYS_modify_ldt, 0, buf, len) < 0)
		return -1;
	return syscall(SYS_modify_ldt, 0x11, desc, sizeof(*desc));
#else
	// CHECK: x86.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'func' of syscall(SYS_modify_ldt) is 3, not one of the documented values{{.*}}[kapi-enum]
	if ((int)syscall(SYS_modify_ldt, 3, buf, len) < 0)
		return -1;
	// CHECK: x86.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of syscall(SYS_modify_ldt) break the constraint 'a write takes one user_desc' of sys_modify_ldt{{.*}}[kapi-arg-constraint]
	return syscall(SYS_modify_ldt, 1, desc, 8);
#endif
}

int t_ioperm(void)
{
#ifdef KT_GOOD
	if (ioperm(0x378, 3, 1) < 0)
		return -1;
	return ioperm(0xfff0, 16, 0);
#else
	// CHECK: x86.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'num' of ioperm is 0, outside the documented range [1, 65536]{{.*}}[kapi-range]
	if (ioperm(0x378, 0, 1) < 0)
		return -1;
	// CHECK: x86.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of ioperm break the constraint 'ports inside the bitmap' of sys_ioperm{{.*}}[kapi-arg-constraint]
	return ioperm(0xfff0, 32, 1);
#endif
}

int t_iopl(void)
{
#ifdef KT_GOOD
	if (iopl(3) < 0)
		return -1;
	return iopl(0);
#else
	// CHECK: x86.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'level' of iopl is 4, outside the documented range [0, 3]{{.*}}[kapi-range]
	return iopl(4);
#endif
}
