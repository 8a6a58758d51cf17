// Which arguments count as constants: constant expressions, and locals
// whose value is the same on every path (never assigned, incremented,
// address-taken, volatile, or named in asm).  When in doubt: not constant.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: %kapi-check --db %t.db --checks=-* --debug-calls %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s
#include <unistd.h>

enum { BIG = 1 << 20 };
static const int global_fd = 7;
int mutable_fd = 7;

void constants(char *b)
{
	const int c = 5;
	int plain = 6;
	int chained = plain;
	unsigned char narrow = 300;
	int assigned = 1;
	int incremented = 1;
	int compound = 1;
	int escaped = 1;
	volatile int vol = 1;
	int *ptr = &escaped;

	(void)read(c, b, BIG);
	// CHECK: fd=5 buf=? count=1048576
	(void)read(plain, b, sizeof(int) * 2);
	// CHECK: fd=6(var) buf=? count=8
	(void)read(chained, b, narrow);
	// CHECK: fd=6(var) buf=? count=44(var)
	(void)read(global_fd, b, 1);
	// CHECK: fd=7 buf=? count=1
	(void)read(mutable_fd, b, 1);
	// CHECK: fd=? buf=? count=1
	assigned = 2;
	(void)read(assigned, b, 1);
	// CHECK: fd=? buf=? count=1
	incremented++;
	(void)read(incremented, b, 1);
	// CHECK: fd=? buf=? count=1
	compound |= 4;
	(void)read(compound, b, 1);
	// CHECK: fd=? buf=? count=1
	(void)read(escaped, b, 1);
	// CHECK: fd=? buf=? count=1
	(void)read(vol, b, 1);
	// CHECK: fd=? buf=? count=1
	*ptr = 3;
}

void later_assignment(char *b)
{
	int fd = 0;

	for (int i = 0; i < 2; i++) {
		(void)read(fd, b, 1);
		// CHECK: fd=? buf=? count=1
		fd = 5;
	}
}

void asm_output(char *b)
{
	int fd = 0;

	__asm__("" : "=r"(fd));
	(void)read(fd, b, 1);
	// CHECK: fd=? buf=? count=1
}
