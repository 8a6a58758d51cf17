// kapi-success-check: `fd > 0` as the success test of a call returning a
// file descriptor (0 is a valid one), also through a local that holds the
// result and is tested next (`fd = open(...); if (fd > 0)`).
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

void use(int);

int fire_var(int n)
{
	int fd = open("f", O_RDONLY);

	if (fd > 0)
		return 1;
	// CHECK: success-check.c:[[@LINE-2]]:6: warning: 'fd' holds the result of open, a file descriptor, and 0 is a valid one; test '>= 0' or '< 0' [kapi-success-check]
	fd = open("g", O_RDONLY);
	use(n);                 /* does not touch fd */
	if (fd <= 0 && n)
		return 2;
	// CHECK: success-check.c:[[@LINE-2]]:6: warning: 'fd' holds the result of open
	{
		long g;

		g = open("h", O_RDONLY);
		if (0 >= g)
			return 3;
		// CHECK: success-check.c:[[@LINE-2]]:7: warning: 'g' holds the result of open
	}
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

int silent_var(int n, int *p)
{
	int fd = open("f", O_RDONLY), fd2, fd3, fd4, fd5;
	unsigned u;
	short s;

	if (fd >= 0)
		return 1;
	fd2 = open("f", O_RDONLY);
	fd2 = n;                /* reassigned before the test */
	if (fd2 > 0)
		return 2;
	fd3 = open("f", O_RDONLY);
	p = &fd3;               /* its address escapes */
	if (fd3 > 0)
		return 3;
	fd4 = open("f", O_RDONLY);
	use(fd4);               /* first use is not a test */
	if (fd4 > 0)
		return 4;
	fd5 = open("f", O_RDONLY);
	goto check;
check:                          /* reachable from elsewhere */
	if (fd5 > 0)
		return 5;
	u = open("f", O_RDONLY); /* unsigned: another meaning */
	if (u > 0)
		return 6;
	s = open("f", O_RDONLY);
	if (s > 0)
		return 7;
	if (n)
		fd = open("f", O_RDONLY); /* not directly in a compound */
	if (fd > 0)
		return 8;
	return *p;
}
