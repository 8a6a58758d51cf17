// kapi-null: a null pointer for a pointer parameter that is not optional.
// Silent on optional parameters, on real pointers, on a NULL buffer whose
// count is 0, and on pointers that may change.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-null' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <stddef.h>
#include <fcntl.h>
#include <unistd.h>
#include <libaio.h>
#include <sys/syscall.h>

#define NULL_PTR ((void *)0)

int fire(void)
{
	int n = 0;
	const char *none = NULL;

	n += open(NULL, O_RDONLY);
	// CHECK: null.c:[[@LINE-1]]:12: warning: null pointer passed as 'filename' of open, which is not optional [kapi-null]
	// CHECK-NEXT: {{^}}	n += open(NULL, O_RDONLY);
	// CHECK-NEXT: {{^}}	          ^
	// CHECK-NEXT: Inputs/specs.c:18:6: note: sys_open does not mark 'filename' optional
	n += open(none, O_RDONLY);
	// CHECK: null.c:[[@LINE-1]]:12: warning: null pointer passed as 'filename' of open
	n += read(0, NULL_PTR, 16);
	// CHECK: null.c:[[@LINE-1]]:15: warning: null pointer passed as 'buf' of read
	n += io_setup(8, 0);
	// CHECK: null.c:[[@LINE-1]]:19: warning: null pointer passed as 'ctxp' of io_setup
	n += syscall(SYS_read, 0, 0, 16);
	// CHECK: null.c:[[@LINE-1]]:28: warning: null pointer passed as 'buf' of syscall(SYS_read)
	n += read(0, (struct iocb *)0, 16); /* a cast to a struct pointer */
	// CHECK: null.c:[[@LINE-1]]:15: warning: null pointer passed as 'buf' of read
	return n;
}

int silent(const char *path, char *buf)
{
	int n = 0;
	const char *maybe = NULL;
	io_context_t ctx = 0;

	if (path)
		maybe = path;
	n += open(path, O_RDONLY);
	n += open(maybe, O_RDONLY);          /* assigned: not provably NULL */
	n += read(0, NULL, 0);               /* nothing is read */
	n += read(0, buf, 16);
	n += io_setup(8, &ctx);
	n += syscall(SYS_rseq, NULL, 32, 0, 0); /* rseq is optional */
	return n;
}
