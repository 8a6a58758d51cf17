// kapi-success-check: `fd > 0` as the success test of a call returning a
// file descriptor (0 is a valid one).
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-success-check' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <fcntl.h>
#include <unistd.h>

int fire(void)
{
	if (open("f", O_RDONLY) > 0)
		return 1;
	// CHECK: success-check.c:[[@LINE-2]]:6: warning: result of open is a file descriptor and 0 is a valid one; test '>= 0' or '< 0' [kapi-success-check]
	// CHECK-NEXT: {{^}}	if (open("f", O_RDONLY) > 0)
	// CHECK-NEXT: {{^}}	    ^
	// CHECK-NEXT: Inputs/specs.c:{{[0-9]+}}:{{[0-9]+}}: note: sys_open documents its result as a file descriptor
	if (0 < open("f", O_RDONLY))
		return 2;
	// CHECK: success-check.c:[[@LINE-2]]:6: warning: result of open is a file descriptor
	return 0;
}

int silent(int fd)
{
	if (open("f", O_RDONLY) >= 0)
		return 1;
	if (open("f", O_RDONLY) < 0)
		return 2;
	if (read(fd, 0, 0) > 0)       /* not a descriptor */
		return 3;
	return 0;
}
