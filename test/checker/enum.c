// kapi-enum: a constant that is none of the documented values; the closest
// valid values are named.  Silent on documented values and non-constants.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-enum' --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <sys/mman.h>
#include <ring.h>

int fire(void *p)
{
	int n = 0;

	n += madvise(p, 4096, 5);
	// CHECK: enum.c:[[@LINE-1]]:24: warning: argument 'behavior' of madvise is 5, not one of the documented values; closest valid: 4 or 8 [kapi-enum]
	// CHECK-NEXT: {{^}}	n += madvise(p, 4096, 5);
	// CHECK-NEXT: {{^}}	                      ^
	// CHECK-NEXT: Inputs/specs.c:134:6: note: sys_madvise documents 'behavior' as enum(0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14)
	n += madvise(p, 4096, -3);
	// CHECK: enum.c:[[@LINE-1]]:24: warning: argument 'behavior' of madvise is -3, not one of the documented values; closest valid: 0 [kapi-enum]
	n += madvise(p, 4096, 100);
	// CHECK: enum.c:[[@LINE-1]]:24: warning: argument 'behavior' of madvise is 100, not one of the documented values; closest valid: 14 [kapi-enum]
	n += ring_create(8, 3);
	// CHECK: enum.c:[[@LINE-1]]:22: warning: argument 'fadvice' of ring_create is 3, not one of the documented values; closest valid: 2 [kapi-enum]
	return n;
}

int silent(void *p, int advice)
{
	int n = 0;

	n += madvise(p, 4096, MADV_DONTNEED);
	n += madvise(p, 4096, MADV_FREE);
	n += madvise(p, 4096, advice);
	n += ring_create(8, 2);
	return n;
}
