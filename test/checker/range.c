// kapi-range: a constant argument outside the documented [min, max],
// compared as the kernel receives it (after conversion to the parameter
// type).  Silent on values inside, on non-constants, on unresolved bounds.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-range' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>

int fire(char *b)
{
	int n = 0;

	n += open("f", O_CREAT, 010000);
	// CHECK: range.c:[[@LINE-1]]:26: warning: argument 'mode' of open is 4096, outside the documented range [0, 4095] [kapi-range]
	// CHECK-NEXT: {{^}}	n += open("f", O_CREAT, 010000);
	// CHECK-NEXT: {{^}}	                        ^
	// CHECK-NEXT: Inputs/specs.c:28:6: note: sys_open documents 'mode' as range(0, 07777)
	n += read(-1, b, 1);
	// CHECK: range.c:[[@LINE-1]]:12: warning: argument 'fd' of read is -1, outside the documented range [0, 2147483647] [kapi-range]
	n += read(0, b, -1);
	// CHECK: range.c:[[@LINE-1]]:18: warning: argument 'count' of read is -1 (18446744073709551615 as size_t), outside the documented range [0, 2147479552] [kapi-range]
	n += syscall(SYS_read, 0, b, 0x7ffff001);
	// CHECK: range.c:[[@LINE-1]]:31: warning: argument 'count' of syscall(SYS_read) is 2147479553, outside the documented range [0, 2147479552] [kapi-range]
	{
		const unsigned huge = 0x80000000u;
		int fd = 3;

		n += read(fd, b, huge);
		// CHECK: range.c:[[@LINE-1]]:20: warning: argument 'count' of read is 2147483648, outside the documented range [0, 2147479552] [kapi-range]
	}
	return n;
}

int silent(char *b, int fd, unsigned long len)
{
	int n = 0;
	int changed = -1;

	changed = 3;
	n += open("f", O_CREAT, 0644);
	n += open("f", O_RDONLY);          /* mode absent: nothing to check */
	n += read(fd, b, len);             /* not constants */
	n += read(changed, b, 10);         /* assigned again: not provably -1 */
	n += read(0, b, 0x7ffff000);       /* the upper bound itself */
	return n;
}
