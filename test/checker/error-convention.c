// kapi-error-convention: an error test the wrapper's convention makes
// useless: `== -1` on a neg-errno wrapper, `< 0` on an errno-value one.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-error-convention' --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <libaio.h>
#include <ring.h>
#include <unistd.h>

int fire(io_context_t *ctx)
{
	if (io_setup(8, ctx) == -1)
		return 1;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: io_setup returns a negative errno on failure, not -1; test '< 0' [kapi-error-convention]
	// CHECK-NEXT: {{^}}	if (io_setup(8, ctx) == -1)
	// CHECK-NEXT: {{^}}	    ^
	// CHECK-NEXT: Inputs/specs.c:{{[0-9]+}}: note: io_setup is bound with the neg-errno convention
	if (-1 != io_setup(8, ctx))
		return 2;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: io_setup returns a negative errno
	if (ring_create_errno(8, 0) < 0)
		return 3;
	// CHECK: error-convention.c:[[@LINE-2]]:6: warning: ring_create_errno returns the (positive) errno number on failure and never sets errno; test '!= 0' [kapi-error-convention]
	return 0;
}

int silent(io_context_t *ctx, int fd)
{
	if (io_setup(8, ctx) < 0)
		return 1;
	if (ring_create_errno(8, 0) != 0)
		return 2;
	if (close(fd) == -1)          /* libc: -1 and errno is right */
		return 3;
	return 0;
}
