// kapi-unchecked-return: the result of a call whose spec lists errors is
// discarded.  A cast to void opts out; calls whose spec lists no errors
// and results that are used stay silent.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-unchecked-return' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
//
// --unchecked-return-ignore / `unchecked-return-ignore:` leave the listed
// APIs alone, named as called (close) or by spec (sys_close, which also
// covers syscall(SYS_close)); other APIs still fire.
// RUN: %kapi-check --db %t.db --checks='-*,kapi-unchecked-return' --unchecked-return-ignore=close,sys_close %s -- -isystem %S/Inputs/include \
// RUN:   | count 0
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-unchecked-return' --unchecked-return-ignore=' close ' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --check-prefix=BYNAME --implicit-check-not=warning:
// BYNAME: warning: result of syscall(SYS_close) is ignored
// RUN: rm -rf %t.d && mkdir -p %t.d && cp %s %t.d/u.c
// RUN: printf 'unchecked-return-ignore: sys_close\n' > %t.d/.kapi-check
// RUN: %kapi-check --db %t.db --checks='-*,kapi-unchecked-return' %t.d/u.c -- -isystem %S/Inputs/include | count 0
#include <unistd.h>
#include <sys/syscall.h>

void fire(int fd, int flag)
{
	close(fd);
	// CHECK: unchecked-return.c:[[@LINE-1]]:2: warning: result of close is ignored, but it can fail with EBADF, EINTR, EIO; check it or cast the call to void [kapi-unchecked-return]
	// CHECK-NEXT: {{^}}	close(fd);
	// CHECK-NEXT: {{^}}	^
	// CHECK-NEXT: Inputs/specs.c:92:4: note: sys_close documents 3 errors
	if (flag)
		close(fd);
	// CHECK: unchecked-return.c:[[@LINE-1]]:3: warning: result of close is ignored
	(close(fd));
	// CHECK: unchecked-return.c:[[@LINE-1]]:3: warning: result of close is ignored
	syscall(SYS_close, fd);
	// CHECK: unchecked-return.c:[[@LINE-1]]:2: warning: result of syscall(SYS_close) is ignored
	while (flag--)
		close(fd);
	// CHECK: unchecked-return.c:[[@LINE-1]]:3: warning: result of close is ignored
}

int silent(int fd)
{
	int r;

	(void)close(fd);
	getpid();                  /* sys_getpid documents no errors */
	r = close(fd);
	if (close(fd) < 0)
		return -1;
	while (close(fd))
		;
	return r + close(fd);
}
