// Which calls bind to which spec (--debug-calls prints every bound call).
// A call binds only when the callee is the real entry point: declared in a
// system header or in the HEADER its binding names; syscall() binds by the
// SYS_/__NR_ spelling or by the number's value.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: %kapi-check --db %t.db --checks=-* --debug-calls %s -- -isystem %S/Inputs/include -I %S/Inputs \
// RUN:   | FileCheck %s --implicit-check-not=call
// RUN: %kapi-check --db %t.db --checks=-* --debug-calls --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include -I %S/Inputs -DUSE_RING \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RING --implicit-check-not=call
// RUN: printf 'my_read sys_read libc 0,1,2 mylib.h\nclose sys_getpid libc -\n' > %t.bindings
// RUN: %kapi-check --db %t.db --checks=-* --debug-calls --bindings %t.bindings %s -- -isystem %S/Inputs/include -I %S/Inputs \
// RUN:   | FileCheck %s --check-prefix=USER
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "mylib.h"
#ifdef USE_RING
#include <ring.h>
#endif

static int creat_like(const char *p) { return 0; }

void calls(char *b)
{
	open("f", O_RDONLY, 0644);
	// CHECK: call [[@LINE-1]]:2 open -> sys_open (libc) result discarded filename=? flags=0 mode=420
	(void)syscall(SYS_read, 0, b, 16);
	// CHECK: call [[@LINE-1]]:8 syscall(SYS_read) -> sys_read (libc) result voided fd=0 buf=? count=16
	syscall(__NR_close, 3);
	// CHECK: call [[@LINE-1]]:2 syscall(__NR_close) -> sys_close (libc) result discarded fd=3
	syscall(28, b, 4096, 4);
	// CHECK: call [[@LINE-1]]:2 syscall(28) -> sys_madvise (libc) result discarded start=? len_in=4096 behavior=4
	syscall(9999, 1);                 /* no such syscall: unbound */
	getpid();
	// CHECK: call [[@LINE-1]]:2 getpid -> sys_getpid (libc) result discarded
	// USER-NOT: close -> sys_close
	close(1);
	// CHECK: call [[@LINE-1]]:2 close -> sys_close (libc) result discarded fd=1
	// USER: call [[@LINE-2]]:2 close -> sys_getpid (libc)
	my_read(0, b, 8);
	// USER: call [[@LINE-1]]:2 my_read -> sys_read (libc) result discarded fd=0 buf=? count=8
	creat_like("f");
#ifdef USE_RING
	if (ring_create(8, 0) < 0)
		return;
	// RING: call [[@LINE-2]]:6 ring_create -> sys_ring_create (neg-errno) result compared entries=8 fadvice=0
#endif
}

/* A user function that happens to be called like a libc one never binds. */
static long write(int fd, const void *b, unsigned long n) { return 0; }
void user_write(void) { write(-1, 0, 99); }
