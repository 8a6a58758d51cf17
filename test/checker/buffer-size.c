// kapi-buffer-size: buffer(N) with a constant count larger than the array
// or object passed as the buffer.  Silent on pointers, on counts that fit,
// on non-constant counts and on array parameters (really pointers).
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-buffer-size' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <unistd.h>
#include <sys/syscall.h>

struct msg {
	int type;
	char body[32];
};

long fire(void)
{
	char b[64];
	struct msg m;
	long v;
	long n = 0;
	const size_t big = 100;

	n += read(0, b, 128);
	// CHECK: buffer-size.c:[[@LINE-1]]:18: warning: argument 'count' of read is 128, larger than the 64-byte object 'b' passed as 'buf' [kapi-buffer-size]
	// CHECK-NEXT: {{^}}	n += read(0, b, 128);
	// CHECK-NEXT: {{^}}	                ^
	// CHECK-NEXT: Inputs/specs.c:57:6: note: sys_read documents 'buf' as buffer(2)
	n += read(0, m.body, sizeof(m));
	// CHECK: buffer-size.c:[[@LINE-1]]:23: warning: argument 'count' of read is 36, larger than the 32-byte object 'body' passed as 'buf' [kapi-buffer-size]
	n += read(0, &v, 16);
	// CHECK: buffer-size.c:[[@LINE-1]]:19: warning: argument 'count' of read is 16, larger than the 8-byte object 'v' passed as 'buf' [kapi-buffer-size]
	n += read(0, b, big);
	// CHECK: buffer-size.c:[[@LINE-1]]:18: warning: argument 'count' of read is 100, larger than the 64-byte object 'b'
	n += syscall(SYS_read, 0, b, 65);
	// CHECK: buffer-size.c:[[@LINE-1]]:31: warning: argument 'count' of syscall(SYS_read) is 65, larger than the 64-byte object 'b'
	return n;
}

long silent(char *p, char param[8], size_t len)
{
	char b[64];
	struct msg m;
	long n = 0;

	n += read(0, b, sizeof(b));
	n += read(0, b, 64);
	n += read(0, &m, sizeof(m));
	n += read(0, p, 4096);          /* size unknown */
	n += read(0, param, 64);        /* a pointer, whatever it says */
	n += read(0, b, len);
	return n;
}
