// syscall(SYS_x) binds to the spec of x's entry point, which the x86_64
// syscall table names differently for a few calls: SYS_stat reaches
// sys_newstat, SYS_uname sys_newuname, SYS_sendfile sys_sendfile64.
//
// RUN: %kapi-check --checks=-* --debug-calls %s -- -D_GNU_SOURCE | FileCheck %s --implicit-check-not=call
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

long calls(struct stat *st, struct utsname *u)
{
	long r = syscall(SYS_stat, "/", st);
	// CHECK: call [[@LINE-1]]:11 syscall(SYS_stat) -> sys_newstat (libc)
	r += syscall(SYS_fstat, 0, st);
	// CHECK: call [[@LINE-1]]:7 syscall(SYS_fstat) -> sys_newfstat (libc)
	r += syscall(SYS_lstat, "/", st);
	// CHECK: call [[@LINE-1]]:7 syscall(SYS_lstat) -> sys_newlstat (libc)
	r += syscall(SYS_uname, u);
	// CHECK: call [[@LINE-1]]:7 syscall(SYS_uname) -> sys_newuname (libc)
	r += syscall(SYS_sendfile, 1, 0, NULL, 16);
	// CHECK: call [[@LINE-1]]:7 syscall(SYS_sendfile) -> sys_sendfile64 (libc)
	return r;
}
