// kapi-string: a string literal that the kernel refuses for its length:
// outside user_string(MIN, MAX), or a user_path that does not fit in
// PATH_MAX with its NUL (Linux's 4096, or the TU's own PATH_MAX).
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/resolved.json
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-string' --bindings %S/Inputs/kt.bindings %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-string' --bindings %S/Inputs/kt.bindings %s -- -isystem %S/Inputs/include -DSMALL_PATH_MAX \
// RUN:   | FileCheck %s --check-prefix=SMALL --implicit-check-not=warning:
// PATH_MAX needs no number from the spec: a user_path is enough.
// RUN: rm -f %t.c.db && %kapi-db import --db %t.c.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.c.db --checks='-*,kapi-string' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --check-prefix=CDB --implicit-check-not=warning:
#include <fcntl.h>
#include <kt.h>

#ifdef SMALL_PATH_MAX
#define PATH_MAX 64
#endif

#define P64 "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define P256 P64 P64 P64 P64
#define P1024 P256 P256 P256 P256
#define P4096 P1024 P1024 P1024 P1024

int fire(void)
{
	int r = 0;

	r |= kt_setname("much-too-long");
	// CHECK: string.c:[[@LINE-1]]:18: warning: string passed as 'name' of kt_setname is 13 bytes long, longer than the documented maximum 8 [kapi-string]
	// CHECK-NEXT: {{^}}	r |= kt_setname("much-too-long");
	// CHECK-NEXT: {{^}}	                ^
	// CHECK-NEXT: resolved.json:0: note: sys_kt_setname documents 'name' here
	// SMALL: string.c:[[@LINE-5]]:18: warning: string passed as 'name' of kt_setname is 13 bytes
	r |= kt_setname("");
	// CHECK: string.c:[[@LINE-1]]:18: warning: string passed as 'name' of kt_setname is 0 bytes long, shorter than the documented minimum 1 [kapi-string]
	// SMALL: string.c:[[@LINE-2]]:18: warning: string passed as 'name' of kt_setname is 0 bytes long
	r |= open(P4096, O_RDONLY);
	// CHECK: string.c:[[@LINE-1]]:12: warning: path passed as 'filename' of open is 4097 bytes with its NUL, more than PATH_MAX 4096 (Linux's; the translation unit defines no PATH_MAX that evaluates); the call fails with ENAMETOOLONG [kapi-string]
	// SMALL: string.c:[[@LINE-2]]:12: warning: path passed as 'filename' of open is 4097 bytes with its NUL, more than PATH_MAX 64 (from PATH_MAX at {{.*}}string.c:{{[0-9]+}}); the call fails with ENAMETOOLONG [kapi-string]
	// CDB: string.c:[[@LINE-3]]:12: warning: path passed as 'filename' of open is 4097 bytes
	r |= open(P64, O_RDONLY);
	// SMALL: string.c:[[@LINE-1]]:12: warning: path passed as 'filename' of open is 65 bytes with its NUL, more than PATH_MAX 64
	return r;
}

int silent(const char *name, char *buf)
{
	int r = 0;

	r |= kt_setname("eight-ch");          /* exactly the maximum */
	r |= kt_setname("x");                 /* exactly the minimum */
	r |= kt_setname("ab\0cdefghijklmn");  /* the kernel stops at the NUL */
	r |= kt_setname(name);                /* not a literal: unknown */
	r |= kt_setname(buf);
	r |= open("/etc/passwd", O_RDONLY);
	r |= open(P1024 P1024 P1024 "/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", O_RDONLY); /* 4096 with its NUL */
	// SMALL: string.c:[[@LINE-1]]:12: warning: path passed as 'filename' of open is 4096 bytes with its NUL, more than PATH_MAX 64
	return r;
}
